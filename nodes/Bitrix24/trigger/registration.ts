import type { IDataObject } from 'n8n-workflow';

import type { CommandOutcome } from '../transport/batch';
import type { Bitrix24Client } from '../transport/client';
import { Bitrix24Error } from '../transport/errors';
import { isSmartProcessItemEvent } from './eventCatalog';
import { HANDLER_KEY_PARAM } from './verify';

/**
 * Registering the trigger's events with `event.bind` and removing them with `event.unbind`
 * (both in one `batch` request), and finding them with `event.get`. Bitrix24 allows these
 * calls only in an application context (OAuth2 or a local application's token).
 */

export interface Binding {
	event: string;
	handler: string;
}

/** What the trigger keeps in the workflow's static data about its registration. */
export interface RegistrationState {
	/** The webhook URL the events were bound for (production and test URLs differ). */
	webhookUrl?: string;
	/** The full handler URL, with the random key. */
	handler?: string;
	handlerKey?: string;
	events?: string[];
	/** The application token learnt from the first verified event. */
	applicationToken?: string;
}

/** The codes to bind: the chosen events, with smart-process item events narrowed to one type. */
export function eventsToBind(events: string[], smartProcessTypeId: number): string[] {
	const codes = events.map((event) =>
		smartProcessTypeId > 0 && isSmartProcessItemEvent(event) ? `${event.toUpperCase()}_${smartProcessTypeId}` : event.toUpperCase(),
	);
	return [...new Set(codes)].sort();
}

export async function listBindings(client: Bitrix24Client): Promise<Binding[]> {
	const answer = await client.call('event.get', {}, { retrySafe: true });
	const rows = Array.isArray(answer.result) ? (answer.result as IDataObject[]) : [];
	return rows.map((row) => ({ event: String(row.event ?? '').toUpperCase(), handler: String(row.handler ?? '') }));
}

export function isRegistered(bindings: Binding[], events: string[], handler: string): boolean {
	return events.every((event) => bindings.some((binding) => binding.event === event && binding.handler === handler));
}

/** Handlers this trigger bound earlier for the same webhook URL with another key. */
export function staleBindings(bindings: Binding[], webhookUrl: string, handler: string): Binding[] {
	const prefixes = [`${webhookUrl}?${HANDLER_KEY_PARAM}=`, `${webhookUrl}&${HANDLER_KEY_PARAM}=`];
	return bindings.filter(
		(binding) => binding.handler !== handler && prefixes.some((prefix) => binding.handler.startsWith(prefix)),
	);
}

function failuresOf(bindings: Binding[], outcomes: CommandOutcome[]): Array<{ binding: Binding; error: Bitrix24Error }> {
	return outcomes.flatMap((outcome, index) =>
		outcome.ok ? [] : [{ binding: bindings[index], error: outcome.error }],
	);
}

/** One error naming every event Bitrix24 refused, with the first refusal's code. */
function combined(verb: string, failures: Array<{ binding: Binding; error: Bitrix24Error }>): Bitrix24Error {
	const first = failures[0].error;
	const list = failures.map(({ binding, error }) => `${binding.event}: ${error.description || error.code}`).join('; ');
	return new Bitrix24Error(first.code, `Could not ${verb} ${failures.length} event(s): ${list}`, first.httpStatus, first.method);
}

export async function unbind(client: Bitrix24Client, bindings: Binding[]): Promise<void> {
	if (bindings.length === 0) return;
	const outcomes = await client.batch(
		bindings.map(({ event, handler }) => ({ method: 'event.unbind', params: { event, handler } })),
		{ retrySafe: true, halt: false },
	);
	const failures = failuresOf(bindings, outcomes);
	if (failures.length) throw combined('unbind', failures);
}

/**
 * Binds every event or none: when Bitrix24 refuses some, the ones it accepted are unbound
 * again and the refusals are reported together.
 */
export async function bindAll(client: Bitrix24Client, events: string[], handler: string): Promise<void> {
	const bindings = events.map((event) => ({ event, handler }));
	const outcomes = await client.batch(
		bindings.map(({ event }) => ({ method: 'event.bind', params: { event, handler } })),
		{ retrySafe: false, halt: false },
	);
	const failures = failuresOf(bindings, outcomes);
	if (failures.length === 0) return;
	const refused = combined('bind', failures);
	const accepted = bindings.filter((_, index) => outcomes[index].ok);
	const rollback = await unbind(client, accepted).then(
		() => undefined,
		(error: Error) => error,
	);
	if (!rollback) throw refused;
	const detail = `${refused.description}; removing the accepted ones failed too: ${rollback.message}`;
	throw new Bitrix24Error(refused.code, detail, refused.httpStatus, refused.method);
}
