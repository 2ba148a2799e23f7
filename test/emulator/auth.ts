/**
 * Who is calling: an inbound webhook (`/rest/{USER_ID}/{CODE}/method`) or an
 * application token (Bearer header first, then `auth`, then `access_token`).
 */
import { RestError, systemErrors } from './errors';
import type { Dict } from './php';
import type { TokenStore } from './tokens';
import type { AuthCarrier, AuthContext } from './types';

export interface Webhook {
	userId: number;
	code: string;
	scopes: string[];
}

export type RestRoute =
	| { kind: 'webhook'; userId: number; code: string; method: string }
	| { kind: 'token'; method: string };

/** Parses `/rest/...` paths; returns undefined for anything else. */
export function routeRestPath(pathname: string): RestRoute | undefined {
	const match = /^\/rest\/(.*)$/.exec(pathname);
	if (!match) return undefined;
	const segments = match[1].split('/').filter((segment) => segment !== '').map((segment) => decodeURIComponent(segment));
	const stripFormat = (name: string) => name.replace(/\.json$/i, '');
	if (segments.length >= 2 && /^\d+$/.test(segments[0])) {
		return { kind: 'webhook', userId: Number(segments[0]), code: segments[1], method: stripFormat(segments.slice(2).join('/')) };
	}
	return { kind: 'token', method: stripFormat(segments.join('/')) };
}

interface FoundToken {
	token: string;
	carrier: AuthCarrier;
}

function bearerToken(header: string | string[] | undefined): string | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	const match = value ? /^Bearer\s+(\S+)/i.exec(value) : null;
	return match ? match[1] : undefined;
}

function stringParam(source: Dict, key: string): string | undefined {
	const value = source[key];
	return typeof value === 'string' && value !== '' ? value : undefined;
}

export function findToken(authorization: string | string[] | undefined, query: Dict, body: Dict): FoundToken | undefined {
	const bearer = bearerToken(authorization);
	if (bearer) return { token: bearer, carrier: 'bearer' };
	const candidates: Array<[Dict, string, AuthCarrier]> = [
		[body, 'auth', 'body-auth'],
		[query, 'auth', 'query-auth'],
		[body, 'access_token', 'body-access_token'],
		[query, 'access_token', 'query-access_token'],
	];
	for (const [source, key, carrier] of candidates) {
		const token = stringParam(source, key);
		if (token) return { token, carrier };
	}
	return undefined;
}

export interface AuthSources {
	webhooks: Map<string, Webhook>;
	tokens: TokenStore;
}

export function authenticate(
	route: RestRoute,
	authorization: string | string[] | undefined,
	query: Dict,
	body: Dict,
	sources: AuthSources,
): AuthContext {
	if (route.kind === 'webhook') {
		const hook = sources.webhooks.get(route.code);
		if (!hook || hook.userId !== route.userId) throw systemErrors.noAuth();
		return {
			kind: 'webhook',
			carrier: 'webhook-path',
			userId: hook.userId,
			scopes: hook.scopes,
			limiterKey: `webhook:${hook.userId}:${hook.code}`,
		};
	}
	const found = findToken(authorization, query, body);
	if (!found) throw systemErrors.noAuth();
	const record = sources.tokens.findAccess(found.token);
	if (!record) throw systemErrors.noAuth();
	if (sources.tokens.isExpired(record)) throw systemErrors.expiredToken();
	return {
		kind: 'token',
		carrier: found.carrier,
		userId: record.userId,
		clientId: record.clientId,
		scopes: record.scopes,
		limiterKey: `app:${record.clientId}`,
	};
}

/** Methods that need an application context refuse webhooks with this error. */
export function requireApplication(auth: AuthContext, error: () => RestError = systemErrors.applicationContextRequired): string {
	if (!auth.clientId) throw error();
	return auth.clientId;
}
