/** Errors, owner checks and dates shared by the `calendar.*` methods. */
import { RestError } from '../../errors';
import { Dict, phpEmpty, toInt, toPhpString } from '../../php';
import type { CallContext } from '../../types';

/** Calendar methods answer every error with an empty `error` code and HTTP 400. */
export function calendarError(description: string): RestError {
	return new RestError('', description);
}

/** `The required parameter "x" for the method "m" is not set` (some pages end it with a period). */
export function notSet(ctx: CallContext, name: string, period = false): RestError {
	return calendarError(`The required parameter "${name}" for the method "${ctx.method}" is not set${period ? '.' : ''}`);
}

export function isSet(params: Dict, name: string): boolean {
	return params[name] !== undefined && params[name] !== null && params[name] !== '';
}

/** `type` and `ownerId`; a user calendar's owner defaults to the caller where the page says so. */
export function calendarOwner(ctx: CallContext, options: { period?: boolean; userDefault?: boolean } = {}): { calType: string; ownerId: number } {
	const { params } = ctx;
	if (phpEmpty(params.type)) throw notSet(ctx, 'type', options.period);
	const calType = toPhpString(params.type);
	if (!isSet(params, 'ownerId')) {
		if (options.userDefault && calType === 'user') return { calType, ownerId: ctx.auth.userId };
		throw notSet(ctx, 'ownerId', options.period);
	}
	return { calType, ownerId: toInt(params.ownerId) };
}

/** The IANA name of a fixed offset, e.g. `Etc/GMT-3` for UTC+3 (the sign is inverted by convention). */
export function zoneOfOffset(offsetMinutes: number): string {
	if (offsetMinutes === 0 || offsetMinutes % 60 !== 0) return 'UTC';
	return `Etc/GMT${offsetMinutes > 0 ? '-' : '+'}${Math.abs(offsetMinutes) / 60}`;
}

/** Offset of a time zone at an instant, in minutes east of UTC. */
export function zoneOffsetMinutes(zone: string, ms: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(ms));
	const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	const asUtc = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
	return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

export function isZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/**
 * An ISO-8601 date: with an offset or `Z` it is absolute; without, it is wall time in `zone`
 * (a date alone is midnight). Undefined when it cannot be read.
 */
export function parseCalendarDate(text: string, zone: string): number | undefined {
	const trimmed = text.trim();
	if (/(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)) {
		const ms = Date.parse(trimmed);
		return Number.isNaN(ms) ? undefined : ms;
	}
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(trimmed);
	if (!match) return undefined;
	const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
	const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
	const first = wall - zoneOffsetMinutes(zone, wall) * 60_000;
	return wall - zoneOffsetMinutes(zone, first) * 60_000;
}
