import type { IDataObject } from 'n8n-workflow';

/**
 * Where the polling trigger stands, kept in the workflow's static data between polls.
 *
 * Bitrix24 stamps records to the second, so many records can share one time and a poll can
 * land inside that second. The cursor therefore holds the latest time seen and, for a short
 * window before it, the time of every record already handled, by id. Each poll asks for
 * records from `time - LOOKBACK_MS` on and emits a record only when its id is new (or, for
 * "new or updated", when its time is later than the one handled). So records sharing a time
 * are neither missed nor emitted twice, a record changed several times between two polls is
 * emitted once, and the window also covers records whose change was saved while a poll ran.
 */
export interface PollCursor {
	/** Which list the cursor belongs to; another resource, type or event starts afresh. */
	key: string;
	/** Latest creation / modification time seen, in ms. */
	time: number;
	/** UTC offset of the portal's timestamps, in minutes, to write filter values like it does. */
	offsetMinutes: number;
	/** Id -> time (ms) of the version already handled, for records inside the window. */
	seen: Record<string, number>;
}

export type PollEvent = 'new' | 'newOrUpdated';

/** How far before the latest time each poll looks again. */
export const LOOKBACK_MS = 60_000;

export function offsetOf(timestamp: string): number {
	const match = /([+-])(\d{2}):?(\d{2})$/.exec(timestamp.trim());
	if (!match) return 0;
	const minutes = Number(match[2]) * 60 + Number(match[3]);
	return match[1] === '-' ? -minutes : minutes;
}

export function timeOf(value: unknown): number {
	if (typeof value !== 'string' || value === '') return Number.NaN;
	return Date.parse(value);
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** `2024-08-29T10:34:19+03:00`: the portal's own format, to the second. */
export function formatPortalTime(ms: number, offsetMinutes: number): string {
	const shifted = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000);
	const sign = offsetMinutes < 0 ? '-' : '+';
	const abs = Math.abs(offsetMinutes);
	return (
		`${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
		`T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}` +
		`${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
	);
}

/** The lower bound of the next query. */
export function windowStart(cursor: PollCursor): string {
	return formatPortalTime(cursor.time - LOOKBACK_MS, cursor.offsetMinutes);
}

export interface RowKeys {
	idKey: string;
	timeKey: string;
}

interface Version {
	row: IDataObject;
	id: string;
	time: number;
}

/** One version per id: a list read while records change may hold one twice. */
function latestVersions(rows: IDataObject[], keys: RowKeys): Version[] {
	const byId = new Map<string, Version>();
	for (const row of rows) {
		const id = String(row[keys.idKey]);
		const time = timeOf(row[keys.timeKey]);
		const current = byId.get(id);
		if (!current || !(time < current.time)) byId.set(id, { row, id, time: Number.isNaN(time) ? 0 : time });
	}
	return [...byId.values()];
}

/** The largest of the times (a reduce: a spread of a long list would overflow the stack). */
function latestTime(start: number, versions: Version[]): number {
	return versions.reduce((max, version) => Math.max(max, version.time), start);
}

function prune(seen: Record<string, number>, time: number): Record<string, number> {
	const floor = time - LOOKBACK_MS;
	return Object.fromEntries(Object.entries(seen).filter(([, at]) => at >= floor));
}

/** The cursor of a fresh activation: now, with the records inside the window already handled. */
export function startCursor(key: string, serverTime: string, rows: IDataObject[], keys: RowKeys): PollCursor {
	const now = timeOf(serverTime);
	const versions = latestVersions(rows, keys);
	const time = latestTime(Number.isNaN(now) ? 0 : now, versions);
	const seen = Object.fromEntries(versions.map((version) => [version.id, version.time]));
	return { key, time, offsetMinutes: offsetOf(serverTime), seen: prune(seen, time) };
}

/** The records to emit, oldest first, and the cursor after them. */
export function advance(
	cursor: PollCursor,
	rows: IDataObject[],
	keys: RowKeys,
	event: PollEvent,
): { fresh: IDataObject[]; cursor: PollCursor } {
	const seen = { ...cursor.seen };
	const fresh: Version[] = [];
	const versions = latestVersions(rows, keys);
	for (const version of versions) {
		const known = seen[version.id];
		const isFresh = known === undefined || (event === 'newOrUpdated' && version.time > known);
		if (isFresh) fresh.push(version);
		seen[version.id] = known === undefined ? version.time : Math.max(known, version.time);
	}
	const time = latestTime(cursor.time, versions);
	fresh.sort((a, b) => a.time - b.time || Number(a.id) - Number(b.id) || a.id.localeCompare(b.id));
	return {
		fresh: fresh.map((version) => version.row),
		cursor: { ...cursor, time, seen: prune(seen, time) },
	};
}
