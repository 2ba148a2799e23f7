import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { batchParams, MAX_BATCH_COMMANDS, splitBatchResult } from './batch';
import type { CommandOutcome, RestCall } from './batch';
import type { Connection } from './connection';
import type { DownloadedFile } from './download';
import { downloadFile } from './download';
import { Bitrix24Error } from './errors';
import { rememberReset, waitForUnblock } from './operatingTime';
import type { ListShape } from './pagination';
import { canPageById, PAGE_SIZE, pageByIdParams, rowsOf, withIdSelected } from './pagination';
import { bucketFor } from './rateLimiter';
import type { RequestContext, RestEnvelope } from './request';
import { postRest } from './request';
import { backoffMs, classify, mayRetry } from './retryPolicy';
import { filtersById, listInIdWindows } from './windowedList';

export interface CallOptions {
	/** Whether repeating the call after an unknown outcome cannot do anything twice. */
	retrySafe: boolean;
}

export interface Bitrix24Client {
	readonly connection: Connection;
	call(method: string, params: IDataObject, options: CallOptions): Promise<RestEnvelope>;
	batch(calls: RestCall[], options: CallOptions & { halt: boolean }): Promise<CommandOutcome[]>;
	list(method: string, params: IDataObject, shape: ListShape, limit?: number): Promise<IDataObject[]>;
	/** Fetches a file link from a record; `label` names the call in errors. */
	download(url: string, label: string): Promise<DownloadedFile>;
}

export function createClient(ctx: RequestContext, connection: Connection): Bitrix24Client {
	const bucket = bucketFor(connection.portal, connection.rate);
	const baseDelayMs = Math.max(1000 / connection.rate.perSecond, 250);

	async function call(method: string, params: IDataObject, { retrySafe }: CallOptions) {
		for (let attempt = 1; ; attempt++) {
			await bucket.take();
			let failure: unknown;
			try {
				const answer = await postRest(ctx, connection, method, params);
				rememberReset(connection.portal, method, answer.time);
				return answer;
			} catch (error) {
				if (error instanceof Bitrix24Error && error.code === 'OPERATION_TIME_LIMIT' && attempt === 1) {
					await sleep(waitForUnblock(connection.portal, error, connection.maxOperatingWaitMs));
					continue;
				}
				const kind = classify(error, retrySafe);
				if (mayRetry(kind, attempt)) {
					if (kind === 'rateLimited') bucket.markFull();
					await sleep(backoffMs(attempt, baseDelayMs));
					continue;
				}
				failure = error;
			}
			// given up: the pipeline turns it into a NodeApiError for its item
			throw failure;
		}
	}

	/**
	 * Commands refused for their method's operating time never ran (nor did those a halted batch
	 * skipped after them): send them again once the block lifts.
	 */
	async function resendBlocked(chunk: RestCall[], outcomes: CommandOutcome[], options: CallOptions & { halt: boolean }) {
		const codeOf = (outcome: CommandOutcome) => (outcome.ok ? '' : outcome.error.code);
		if (!outcomes.some((outcome) => codeOf(outcome) === 'OPERATION_TIME_LIMIT')) return outcomes;
		const blocked = outcomes
			.map((outcome, index) => (['OPERATION_TIME_LIMIT', 'NOT_EXECUTED'].includes(codeOf(outcome)) ? index : -1))
			.filter((index) => index !== -1);
		try {
			const first = outcomes.find((outcome) => codeOf(outcome) === 'OPERATION_TIME_LIMIT') as { error: Bitrix24Error };
			await sleep(waitForUnblock(connection.portal, first.error, connection.maxOperatingWaitMs));
		} catch (failure) {
			return outcomes.map((outcome, index) => (blocked.includes(index) ? { ok: false as const, error: failure as Bitrix24Error } : outcome));
		}
		const answer = await call('batch', batchParams(blocked.map((index) => chunk[index]), options.halt), options);
		const retried = splitBatchResult(answer.result, blocked.map((index) => chunk[index]));
		return outcomes.map((outcome, index) => (blocked.includes(index) ? retried[blocked.indexOf(index)] : outcome));
	}

	async function batch(calls: RestCall[], options: CallOptions & { halt: boolean }) {
		const outcomes: CommandOutcome[] = [];
		for (let start = 0; start < calls.length; start += MAX_BATCH_COMMANDS) {
			const chunk = calls.slice(start, start + MAX_BATCH_COMMANDS);
			const answer = await call('batch', batchParams(chunk, options.halt), options);
			const chunkOutcomes = await resendBlocked(chunk, splitBatchResult(answer.result, chunk), options);
			outcomes.push(...chunkOutcomes);
			if (options.halt && chunkOutcomes.some((outcome) => !outcome.ok)) {
				const skipped = splitBatchResult({}, calls.slice(start + MAX_BATCH_COMMANDS));
				return outcomes.concat(skipped);
			}
		}
		return outcomes;
	}

	async function list(method: string, listParams: IDataObject, shape: ListShape, limit?: number) {
		const byId = canPageById(shape, listParams);
		const params = byId ? withIdSelected(shape, listParams) : listParams;
		if (byId && limit === undefined && !filtersById(shape, params)) {
			const sendOne = async (name: string, pageParams: IDataObject) =>
				(await call(name, pageParams, { retrySafe: true })).result;
			const send = (calls: RestCall[]) => batch(calls, { retrySafe: true, halt: false });
			return await listInIdWindows(sendOne, send, method, params, shape);
		}
		const rows: IDataObject[] = [];
		const wanted = limit ?? Infinity;
		let lastId = 0;
		let start = Number(listParams.start ?? 0);
		while (rows.length < wanted) {
			const pageParams = byId ? pageByIdParams(shape, params, lastId) : { ...params, start };
			const page = await call(method, pageParams, { retrySafe: true });
			const pageRows = rowsOf(page.result, shape.rowsPath);
			rows.push(...pageRows);
			if (byId) {
				if (pageRows.length < PAGE_SIZE) break;
				lastId = Number(pageRows[pageRows.length - 1][shape.idKey]);
			} else {
				if (page.next === undefined || page.next === null) break;
				start = Number(page.next);
			}
		}
		return rows.length > wanted ? rows.slice(0, wanted) : rows;
	}

	async function download(url: string, label: string) {
		await bucket.take();
		return await downloadFile(ctx, connection, url, label);
	}

	return { connection, call, batch, list, download };
}
