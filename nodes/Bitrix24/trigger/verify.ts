import { createHash, randomBytes, timingSafeEqual } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * Who may start the workflow. Bitrix24 signs nothing; it sends `auth[application_token]`, the
 * token of the application (or of the outgoing webhook) the event was bound for. Automatic
 * registration also puts a random key in the handler URL it binds, so a caller must know both.
 */

/** Name of the query parameter that carries the key of an automatic registration. */
export const HANDLER_KEY_PARAM = 'bx24key';

export function newHandlerKey(): string {
	return randomBytes(24).toString('hex');
}

/** Compares without leaking through timing how much of a secret matched. */
export function sameSecret(received: unknown, expected: string): boolean {
	if (typeof received !== 'string' || received === '' || expected === '') return false;
	const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
	return timingSafeEqual(digest(received), digest(expected));
}

export function handlerUrl(webhookUrl: string, key: string): string {
	const separator = webhookUrl.includes('?') ? '&' : '?';
	return `${webhookUrl}${separator}${HANDLER_KEY_PARAM}=${key}`;
}

export interface Verdict {
	ok: boolean;
	/** 401 when no credential came, 403 when a wrong one did. */
	status?: 401 | 403;
	reason?: string;
	/** An application token seen for the first time, to keep for later calls. */
	learnedToken?: string;
}

export interface Expectation {
	/** The token the user entered, if any. */
	applicationToken: string;
	/** The token kept from an earlier event of an automatic registration. */
	pinnedToken?: string;
	/** The key of an automatic registration; undefined for a manual one. */
	handlerKey?: string;
}

function applicationTokenOf(body: IDataObject): unknown {
	const auth = body.auth;
	return typeof auth === 'object' && auth !== null ? (auth as IDataObject).application_token : undefined;
}

/**
 * Checks an incoming call. With a key (automatic registration) the key must match, and the
 * application token must match the entered or kept one; the first event that passes the key
 * check while no token is known teaches it. Without a key (manual registration) the entered
 * application token is the only proof, so it is required.
 */
export function verifyCall(body: IDataObject, query: IDataObject, expected: Expectation): Verdict {
	const received = applicationTokenOf(body);
	if (expected.handlerKey !== undefined) {
		const key = query[HANDLER_KEY_PARAM];
		if (key === undefined || key === '') return { ok: false, status: 401, reason: 'The handler key is missing' };
		if (!sameSecret(key, expected.handlerKey)) return { ok: false, status: 403, reason: 'The handler key does not match' };
	}
	if (typeof received !== 'string' || received === '') {
		return { ok: false, status: 401, reason: 'The call carries no application token' };
	}
	const known = expected.applicationToken || expected.pinnedToken || '';
	if (known === '') {
		if (expected.handlerKey === undefined) {
			return { ok: false, status: 403, reason: 'No application token is set in the trigger' };
		}
		return { ok: true, learnedToken: received };
	}
	return sameSecret(received, known)
		? { ok: true }
		: { ok: false, status: 403, reason: 'The application token does not match' };
}
