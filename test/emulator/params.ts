/**
 * Request parameters as the portal sees them: the query string merged with
 * a JSON, urlencoded or multipart body (body keys win, like PHP's $_REQUEST).
 */
import { Dict, isDict } from './php';
import { buildFromPairs, parsePhpQuery } from './phpQuery';
import { boundaryOf, parseMultipart } from './multipart';

export type BodyKind = 'none' | 'json' | 'form' | 'multipart' | 'invalid-json' | 'other';

export interface ParsedParams {
	query: Dict;
	body: Dict;
	merged: Dict;
	bodyKind: BodyKind;
}

function parseJsonBody(text: string): { body: Dict; kind: BodyKind } {
	if (text.trim() === '') return { body: {}, kind: 'json' };
	try {
		const parsed: unknown = JSON.parse(text);
		if (isDict(parsed)) return { body: parsed, kind: 'json' };
		if (Array.isArray(parsed)) return { body: { ...parsed }, kind: 'json' };
		return { body: {}, kind: 'json' };
	} catch {
		// json_decode() failure leaves the portal with no body parameters.
		return { body: {}, kind: 'invalid-json' };
	}
}

export function parseBody(contentType: string | undefined, raw: Buffer): { body: Dict; kind: BodyKind } {
	if (raw.length === 0) return { body: {}, kind: 'none' };
	const type = (contentType ?? '').toLowerCase();
	if (type.includes('application/json')) return parseJsonBody(raw.toString('utf8'));
	if (type.includes('multipart/form-data')) {
		const boundary = boundaryOf(contentType ?? '');
		if (!boundary) return { body: {}, kind: 'multipart' };
		return { body: buildFromPairs(parseMultipart(raw, boundary)), kind: 'multipart' };
	}
	if (type.includes('application/x-www-form-urlencoded') || type === '') {
		return { body: parsePhpQuery(raw.toString('utf8')), kind: 'form' };
	}
	return { body: {}, kind: 'other' };
}

export function parseRequestParams(rawQuery: string, contentType: string | undefined, rawBody: Buffer): ParsedParams {
	const query = parsePhpQuery(rawQuery);
	const { body, kind } = parseBody(contentType, rawBody);
	return { query, body, merged: { ...query, ...body }, bodyKind: kind };
}
