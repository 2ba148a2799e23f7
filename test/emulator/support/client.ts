/** Tiny HTTP helpers for the emulator tests (global fetch of Node 20). */
import type { Emulator } from '../index';

export interface Reply {
	status: number;
	body: any;
	text: string;
}

async function toReply(response: Response): Promise<Reply> {
	const text = await response.text();
	let body: unknown;
	try {
		body = text === '' ? undefined : JSON.parse(text);
	} catch {
		body = undefined;
	}
	return { status: response.status, body, text };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
		body: JSON.stringify(body),
	});
	return toReply(response);
}

export async function postForm(url: string, form: string, headers: Record<string, string> = {}): Promise<Reply> {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
		body: form,
	});
	return toReply(response);
}

export async function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
	return toReply(await fetch(url, { headers }));
}

/** Calls a method through the emulator's inbound webhook with a JSON body. */
export function viaWebhook(emulator: Emulator, method: string, params: unknown = {}): Promise<Reply> {
	return postJson(`${emulator.webhookUrl}${method}`, params);
}

/** Calls a method with an application token passed as `auth` in the JSON body. */
export function viaToken(emulator: Emulator, token: string, method: string, params: Record<string, unknown> = {}): Promise<Reply> {
	return postJson(`${emulator.restUrl}${method}`, { ...params, auth: token });
}
