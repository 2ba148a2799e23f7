import type { IDataObject } from 'n8n-workflow';

import { Bitrix24Error } from './errors';

/**
 * When each method's operating-time block lifts, as the portal last reported it
 * (`time.operating_reset_at` of a successful answer), per portal and method.
 */
const resets = new Map<string, number>();

const keyOf = (portal: string, method: string) => `${portal} ${method}`;

export function rememberReset(portal: string, method: string, time: IDataObject | undefined): void {
	const resetAt = Number(time?.operating_reset_at);
	if (resetAt > 0) resets.set(keyOf(portal, method), resetAt * 1000);
}

/**
 * How long to wait before repeating a call refused with OPERATION_TIME_LIMIT, or a clear
 * failure when the block lifts later than the caller is willing to wait (or at an unknown time).
 */
export function waitForUnblock(
	portal: string,
	error: Bitrix24Error,
	maxWaitMs: number,
	now = Date.now(),
): number {
	const resetAt = resets.get(keyOf(portal, error.method));
	const waitMs = resetAt === undefined ? undefined : Math.max(resetAt - now, 0) + 1000;
	if (waitMs !== undefined && waitMs <= maxWaitMs) return waitMs;
	const when =
		resetAt === undefined
			? 'within 10 minutes'
			: `at ${new Date(resetAt).toISOString()} (in ${Math.ceil((resetAt - now) / 1000)} s)`;
	throw new Bitrix24Error(
		error.code,
		`${error.description || 'Method is blocked due to operation time limit'}; Bitrix24 lifts the block ${when}: retry after that`,
		error.httpStatus,
		error.method,
	);
}
