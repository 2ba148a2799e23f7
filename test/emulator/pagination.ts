/**
 * List navigation: fixed pages of 50, `start` offset, `total` and `next`
 * (only when rows remain). `start=-1` skips the count: `total: 0`, no `next`.
 */
import { toInt } from './php';

export const PAGE_SIZE = 50;

export interface Page<T> {
	rows: T[];
	total: number;
	next?: number;
}

export function readStart(params: Record<string, unknown>, key = 'start'): number {
	const raw = params[key] ?? params[key.toUpperCase()];
	return raw === undefined ? 0 : toInt(raw);
}

export function paginate<T>(rows: T[], start: number): Page<T> {
	if (start === -1) return { rows: rows.slice(0, PAGE_SIZE), total: 0 };
	const offset = Math.max(0, start);
	const page = rows.slice(offset, offset + PAGE_SIZE);
	const next = offset + PAGE_SIZE < rows.length ? offset + PAGE_SIZE : undefined;
	return next === undefined ? { rows: page, total: rows.length } : { rows: page, total: rows.length, next };
}
