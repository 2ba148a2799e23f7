import type { RestCall } from '../transport/batch';
import type { Bitrix24Client } from '../transport/client';
import { rowsOf } from '../transport/pagination';

/** Where a page keeps its rows: the result itself, the one list inside it (`items`, `tasks`, ...), or nowhere (null). */
function rowsPathOf(result: unknown): string | undefined | null {
	if (Array.isArray(result)) return undefined;
	if (typeof result !== 'object' || result === null) return null;
	const lists = Object.entries(result).filter(([, value]) => Array.isArray(value));
	return lists.length === 1 ? lists[0][0] : null;
}

/**
 * The rows of every page of a method the catalog does not describe, following `next`;
 * an answer with no rows in it is returned as it came.
 */
export async function readAllPages(client: Bitrix24Client, { method, params }: RestCall): Promise<unknown> {
	const first = await client.call(method, params, { retrySafe: false });
	const rowsPath = rowsPathOf(first.result);
	if (rowsPath === null) return first.result;
	const rows = rowsOf(first.result, rowsPath);
	if (first.next === undefined || first.next === null) return rows;
	const shape = { rowsPath, idKey: 'ID', filterParam: 'filter', orderParam: 'order', fast: false };
	return [...rows, ...(await client.list(method, { ...params, start: first.next }, shape))];
}
