import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import type { Connection } from './connection';
import { Bitrix24Error, errorFromEnvelope, isErrorEnvelope, redact } from './errors';

/** Every n8n context the client runs in: executions, editor look-ups and the triggers' hooks. */
export type RequestContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IWebhookFunctions
	| IPollFunctions;

export interface RestEnvelope {
	result: unknown;
	total?: number;
	next?: number;
	time?: IDataObject;
}

export interface HttpFailure {
	message?: string;
	code?: string;
	httpCode?: string | number;
	statusCode?: number;
	error?: unknown;
	response?: { status?: number; data?: unknown };
	context?: { data?: unknown };
	cause?: HttpFailure;
}

function parseBody(raw: unknown): unknown {
	const data = raw instanceof ArrayBuffer || Buffer.isBuffer(raw) ? Buffer.from(raw as ArrayBuffer).toString() : raw;
	if (typeof data !== 'string') return data;
	try {
		return JSON.parse(data);
	} catch {
		return data;
	}
}

/** n8n wraps failed requests differently across versions; dig out the HTTP status and body. */
export function failureFromHttpError(error: HttpFailure, method: string, secrets: string[]): Bitrix24Error {
	const cause = error.cause ?? error;
	const httpCode = error.httpCode === undefined || error.httpCode === null ? '' : String(error.httpCode);
	const status =
		Number(cause.response?.status ?? cause.statusCode ?? error.statusCode ?? httpCode) || undefined;
	const networkCode = cause.code ?? error.code ?? (/^[A-Z_]+$/.test(httpCode) ? httpCode : 'NETWORK_ERROR');
	const body = parseBody(cause.error ?? cause.response?.data ?? error.context?.data);
	if (isErrorEnvelope(body)) {
		const failure = errorFromEnvelope(body, status, method);
		return new Bitrix24Error(
			failure.code,
			redact(failure.description, secrets),
			status,
			method,
		);
	}
	const code = status ? `HTTP_${status}` : networkCode;
	const text = status
		? `Bitrix24 answered with HTTP status ${status} and no REST error`
		: `The portal could not be reached (${cause.message ?? error.message ?? code})`;
	return new Bitrix24Error(String(code), redact(text, secrets), status, method);
}

export async function postRest(
	ctx: RequestContext,
	connection: Connection,
	method: string,
	params: IDataObject,
): Promise<RestEnvelope> {
	let body: unknown;
	try {
		body = await ctx.helpers.httpRequestWithAuthentication.call(ctx, connection.credentialType, {
			method: 'POST',
			url: `${connection.endpoint}${method}`,
			body: params,
			json: true,
		});
	} catch (error) {
		throw failureFromHttpError(error as HttpFailure, method, connection.secrets);
	}
	body = parseBody(body);
	if (isErrorEnvelope(body)) {
		const failure = errorFromEnvelope(body, 200, method);
		throw new Bitrix24Error(failure.code, redact(failure.description, connection.secrets), 200, method);
	}
	if (typeof body !== 'object' || body === null || !('result' in body)) {
		throw new Bitrix24Error(
			'ERROR_UNEXPECTED_ANSWER',
			'The portal sent a response that is not a Bitrix24 REST answer',
			200,
			method,
		);
	}
	return body as RestEnvelope;
}
