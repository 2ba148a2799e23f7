import type { IDataObject } from 'n8n-workflow';

import type { CommandOutcome, RestCall } from './batch';
import { MAX_BATCH_COMMANDS } from './batch';
import type { ListShape } from './pagination';
import { PAGE_SIZE, pageByIdParams, rowsOf } from './pagination';

type SendBatch = (calls: RestCall[]) => Promise<CommandOutcome[]>;

type SendOne = (method: string, params: IDataObject) => Promise<unknown>;

interface IdWindow {
	/** First id of the window (inclusive). */
	from: number;
	/** End of the window (exclusive). */
	to: number;
}

const OPERATOR = /^[!<>=%@?]+/;

/**
 * Window batches in flight at once. The portal's limit counts requests, not connections, so a
 * few at a time overlap their latency without costing any more of the budget.
 */
const PARALLEL_REQUESTS = 4;

function cursorOf(shape: ListShape): string {
	return shape.cursorKey ?? shape.idKey;
}

/** Windows are cut by id, so a caller's own id condition would fight them. */
export function filtersById(shape: ListShape, params: IDataObject): boolean {
	const filter = (params[shape.filterParam] ?? {}) as IDataObject;
	const cursor = cursorOf(shape).toLowerCase();
	return Object.keys(filter).some((key) => key.replace(OPERATOR, '').toLowerCase() === cursor);
}

function rowsOrThrow(outcome: CommandOutcome, shape: ListShape): IDataObject[] {
	if (!outcome.ok) throw outcome.error;
	return rowsOf(outcome.result, shape.rowsPath);
}

function windowParams(shape: ListShape, params: IDataObject, window: IdWindow): IDataObject {
	const cursor = cursorOf(shape);
	return {
		...params,
		[shape.orderParam]: { [cursor]: 'ASC' },
		[shape.filterParam]: {
			...((params[shape.filterParam] as IDataObject) ?? {}),
			[`>=${cursor}`]: window.from,
			[`<${cursor}`]: window.to,
		},
		start: -1,
	};
}

function lastRowParams(shape: ListShape, params: IDataObject): IDataObject {
	return {
		...pageByIdParams(shape, params, 0),
		[shape.orderParam]: { [cursorOf(shape)]: 'DESC' },
		...(shape.selectParam ? { [shape.selectParam]: [shape.idKey] } : {}),
	};
}

/**
 * Reads a whole list with up to 50 pages per `batch` request. The first page comes alone (a
 * short list ends there); then one request finds the last id, the range between is cut into
 * windows sized from the density of the first page, each window is one command, and a window
 * that comes back full is read on from its last id. Rows come out in id order.
 */
export async function listInIdWindows(
	sendOne: SendOne,
	send: SendBatch,
	method: string,
	params: IDataObject,
	shape: ListShape,
): Promise<IDataObject[]> {
	const idOf = (row: IDataObject) => Number(row[shape.idKey]);
	const firstRows = rowsOf(await sendOne(method, pageByIdParams(shape, params, 0)), shape.rowsPath);
	if (firstRows.length < PAGE_SIZE) return firstRows;
	const lastRows = rowsOf(await sendOne(method, lastRowParams(shape, params)), shape.rowsPath);
	if (lastRows.length === 0) return firstRows;

	const lastId = idOf(lastRows[0]);
	const firstPageEnd = idOf(firstRows[firstRows.length - 1]);
	const width = Math.max(firstPageEnd - idOf(firstRows[0]) + 1, PAGE_SIZE);
	let pending: IdWindow[] = [];
	for (let from = firstPageEnd + 1; from <= lastId; from += width) {
		pending.push({ from, to: Math.min(from + width, lastId + 1) });
	}

	const segments: Array<{ from: number; rows: IDataObject[] }> = [{ from: 0, rows: firstRows }];
	while (pending.length) {
		const chunks: IdWindow[][] = [];
		while (pending.length && chunks.length < PARALLEL_REQUESTS) chunks.push(pending.splice(0, MAX_BATCH_COMMANDS));
		const answers = await Promise.all(
			chunks.map((chunk) => send(chunk.map((window) => ({ method, params: windowParams(shape, params, window) })))),
		);
		const carried: IdWindow[] = [];
		chunks.forEach((chunk, chunkIndex) =>
			chunk.forEach((window, index) => {
				const rows = rowsOrThrow(answers[chunkIndex][index], shape);
				segments.push({ from: window.from, rows });
				const next = idOf(rows[rows.length - 1]) + 1;
				if (rows.length === PAGE_SIZE && next < window.to) carried.push({ from: next, to: window.to });
			}),
		);
		pending = [...carried, ...pending];
	}
	segments.sort((a, b) => a.from - b.from);
	return segments.flatMap((segment) => segment.rows);
}
