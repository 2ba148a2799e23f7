import { Bitrix24Error } from './errors';

export type RetryKind = 'rateLimited' | 'transient' | 'final';

const MAX_ATTEMPTS: Record<Exclude<RetryKind, 'final'>, number> = {
	rateLimited: 6,
	transient: 3,
};

/** Failures where the request never reached the method, so repeating it cannot do anything twice. */
const NOT_EXECUTED_CODES = new Set(['QUERY_LIMIT_EXCEEDED', 'ECONNREFUSED']);

const NEVER_RETRIED = new Set(['OVERLOAD_LIMIT', 'OPERATION_TIME_LIMIT', 'PORTAL_DELETED']);

export function classify(error: unknown, retrySafe: boolean): RetryKind {
	if (!(error instanceof Bitrix24Error) || NEVER_RETRIED.has(error.code)) return 'final';
	if (error.code === 'QUERY_LIMIT_EXCEEDED') return 'rateLimited';
	if (NOT_EXECUTED_CODES.has(error.code)) return 'transient';
	const serverSide = error.httpStatus === undefined || error.httpStatus >= 500;
	return serverSide && retrySafe ? 'transient' : 'final';
}

export function mayRetry(kind: RetryKind, attempt: number): boolean {
	return kind !== 'final' && attempt < MAX_ATTEMPTS[kind];
}

/** Exponential backoff with ±20 % jitter so parallel workflows do not retry in step. */
export function backoffMs(attempt: number, baseMs: number): number {
	const jitter = 0.8 + Math.random() * 0.4;
	return Math.min(Math.round(baseMs * 2 ** (attempt - 1) * jitter), 20_000);
}
