/** Counts the rows a result carries, for per-row latency. */
import { isDict } from './php';

const LIST_KEYS = ['items', 'types', 'tasks'];

export function countRows(result: unknown): number {
	if (Array.isArray(result)) return result.length;
	if (!isDict(result)) return 0;
	for (const key of LIST_KEYS) {
		const list = result[key];
		if (Array.isArray(list)) return list.length;
	}
	return 0;
}
