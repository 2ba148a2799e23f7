import type { IDataObject } from 'n8n-workflow';

import type { EventSpec } from './eventCatalog';
import { FALLBACK_ID_PATHS, findEvent } from './eventCatalog';
import { valueAt } from './formBody';

/** Keys whose values are credentials; they never leave the trigger. */
const SECRET_KEYS = new Set(['access_token', 'refresh_token', 'application_token', 'client_secret', 'auth']);

/** Bot events carry the bot's own tokens inside `data` (`data[BOT][567][access_token]`). */
export function withoutSecrets(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutSecrets);
	if (typeof value !== 'object' || value === null) return value;
	const out: IDataObject = {};
	for (const [key, entry] of Object.entries(value)) {
		if (SECRET_KEYS.has(key.toLowerCase())) continue;
		out[key] = withoutSecrets(entry) as IDataObject[string];
	}
	return out;
}

function scalar(value: unknown): string | number | undefined {
	if (typeof value === 'number') return value;
	if (typeof value !== 'string' || value === '' || value === 'undefined') return undefined;
	return /^(0|[1-9]\d{0,14})$/.test(value) ? Number(value) : value;
}

export interface ParsedEvent {
	/** The event code, upper case. */
	event: string;
	spec?: EventSpec;
	json: IDataObject;
	/** The posted `data`, secrets removed. */
	data: IDataObject;
}

/** Ids of an event: the catalog's paths, or common places for events it does not know. */
function idsOf(spec: EventSpec | undefined, data: IDataObject, event: string): IDataObject {
	const ids: IDataObject = {};
	if (spec) {
		for (const [name, path] of Object.entries(spec.ids)) {
			const value = scalar(valueAt(data, path));
			if (value !== undefined) ids[name] = value;
		}
		for (const [name, value] of Object.entries(spec.constants ?? {})) ids[name] ??= value;
	} else {
		for (const path of FALLBACK_ID_PATHS) {
			const value = scalar(valueAt(data, path));
			if (value !== undefined) {
				ids.id = value;
				break;
			}
		}
	}
	const typed = /^ONCRMDYNAMICITEM[A-Z]+_(\d+)$/.exec(event);
	if (typed && ids.entityTypeId === undefined) ids.entityTypeId = Number(typed[1]);
	return ids;
}

function timestampOf(ts: unknown): { ts?: number; timestamp: string } {
	const seconds = Number(ts);
	if (ts === undefined || ts === '' || !Number.isFinite(seconds) || seconds <= 0) {
		return { timestamp: new Date().toISOString() };
	}
	return { ts: seconds, timestamp: new Date(seconds * 1000).toISOString() };
}

/** One output item for one posted event: its name, ids, time, the portal and the data. */
export function parseEvent(body: IDataObject): ParsedEvent {
	const event = String(body.event ?? '').toUpperCase();
	const spec = findEvent(event);
	const data = (withoutSecrets(body.data ?? {}) ?? {}) as IDataObject;
	const auth = (typeof body.auth === 'object' && body.auth !== null ? body.auth : {}) as IDataObject;
	const handlerId = scalar(body.event_handler_id);
	const json: IDataObject = {
		event,
		...(spec ? { eventName: spec.name } : {}),
		...idsOf(spec, typeof data === 'object' ? data : {}, event),
		...timestampOf(body.ts),
		...(handlerId !== undefined ? { eventHandlerId: handlerId } : {}),
		...(typeof auth.domain === 'string' ? { domain: auth.domain } : {}),
		...(typeof auth.member_id === 'string' ? { memberId: auth.member_id } : {}),
		data,
	};
	return { event, spec, json, data };
}
