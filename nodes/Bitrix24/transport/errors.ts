import type { IDataObject } from 'n8n-workflow';

/** A failure reported by Bitrix24 (or by the way to it), already free of secrets. */
export class Bitrix24Error extends Error {
	constructor(
		readonly code: string,
		readonly description: string,
		readonly httpStatus: number | undefined,
		readonly method: string,
	) {
		super(description || code);
		this.name = 'Bitrix24Error';
	}
}

const REDACTED = '***';

export function redact(text: string, secrets: string[]): string {
	return secrets.reduce(
		(current, secret) => (secret.length >= 4 ? current.split(secret).join(REDACTED) : current),
		text,
	);
}

/** Bitrix24 sends `error` as a string, an empty string or a number depending on the method family. */
export function errorFromEnvelope(
	body: IDataObject,
	httpStatus: number | undefined,
	method: string,
): Bitrix24Error {
	const code = body.error === undefined || body.error === null ? '' : String(body.error);
	const description = typeof body.error_description === 'string' ? body.error_description : '';
	return new Bitrix24Error(code || 'ERROR', description, httpStatus, method);
}

export function isErrorEnvelope(body: unknown): body is IDataObject {
	return (
		typeof body === 'object' &&
		body !== null &&
		!Array.isArray(body) &&
		'error' in body &&
		!('result' in body)
	);
}
