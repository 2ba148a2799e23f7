/** Time helpers: ISO dates with the portal's offset, and a clock that can run faster than real time. */

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

/** `2024-08-29T10:34:19+03:00`, the format the portal uses for datetimes. */
export function formatPortalDate(ms: number, offsetMinutes: number): string {
	const shifted = new Date(ms + offsetMinutes * 60_000);
	const sign = offsetMinutes < 0 ? '-' : '+';
	const abs = Math.abs(offsetMinutes);
	return (
		`${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
		`T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}` +
		`${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
	);
}

/** Normalises a client-sent date to the portal format; unparseable text is kept as sent. */
export function normalizeDate(value: string, offsetMinutes: number): string {
	if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
	const parsed = Date.parse(value);
	return Number.isNaN(parsed) ? value : formatPortalDate(parsed, offsetMinutes);
}

/** `05/17/2023 04:09:23 pm`: how an English-language site prints dates in lists and calendars. */
export function formatSiteDate(ms: number, offsetMinutes: number, withTime = true): string {
	const d = new Date(ms + offsetMinutes * 60_000);
	const date = `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
	if (!withTime) return date;
	const hours = d.getUTCHours();
	const hour12 = hours % 12 === 0 ? 12 : hours % 12;
	return `${date} ${pad(hour12)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${hours < 12 ? 'am' : 'pm'}`;
}

export function unixSeconds(ms: number): number {
	return ms / 1000;
}

/** Emulated time that advances `scale` emulated milliseconds per real millisecond. */
export class ScaledClock {
	private realBase = Date.now();
	private emulatedBase = this.realBase;
	private scale = 1;

	now(): number {
		return this.emulatedBase + (Date.now() - this.realBase) * this.scale;
	}

	get timeScale(): number {
		return this.scale;
	}

	setTimeScale(scale: number): void {
		if (!(scale > 0)) throw new RangeError('timeScale must be a positive number');
		this.emulatedBase = this.now();
		this.realBase = Date.now();
		this.scale = scale;
	}

	/** Moves emulated time forward without waiting (for tests). */
	advance(ms: number): void {
		this.emulatedBase += ms;
	}
}
