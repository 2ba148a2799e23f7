/**
 * PHP value semantics, so that parameters arriving as JSON types or as
 * form strings are read the way the portal (PHP) reads them.
 */

export type Dict = Record<string, unknown>;

const PHP_INT_KEY = /^(0|-?[1-9][0-9]{0,17})$/;

export function isPhpIntKey(key: string): boolean {
	return PHP_INT_KEY.test(key);
}

export function isDict(value: unknown): value is Dict {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** PHP empty(): null, false, 0, 0.0, "", "0" and empty arrays. */
export function phpEmpty(value: unknown): boolean {
	if (value === undefined || value === null || value === false) return true;
	if (value === 0 || value === '' || value === '0') return true;
	if (Array.isArray(value)) return value.length === 0;
	if (isDict(value)) return Object.keys(value).length === 0;
	return false;
}

/** PHP (int) cast. */
export function toInt(value: unknown): number {
	if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0;
	if (typeof value === 'boolean') return value ? 1 : 0;
	if (typeof value === 'string') {
		const match = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(value);
		return match ? Math.trunc(Number(match[0])) : 0;
	}
	if (Array.isArray(value)) return value.length > 0 ? 1 : 0;
	if (isDict(value)) return Object.keys(value).length > 0 ? 1 : 0;
	return 0;
}

/** PHP (float) cast. */
export function toFloat(value: unknown): number {
	if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
	if (typeof value === 'string') {
		const match = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(value);
		return match ? Number(match[0]) : 0;
	}
	return toInt(value);
}

/** PHP (string) cast for scalars. */
export function toPhpString(value: unknown): string {
	if (value === undefined || value === null || value === false) return '';
	if (value === true) return '1';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	return 'Array';
}

/** Whether a string (or number) is numeric the way PHP is_numeric() sees it. */
export function isNumeric(value: unknown): boolean {
	if (typeof value === 'number') return Number.isFinite(value);
	if (typeof value !== 'string') return false;
	return /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value);
}

const TRUE_WORDS = new Set(['y', '1', 'true', 'yes', 'on']);

/** Reads "Y"/"N", "1"/"0", "true"/"false", 1/0 and booleans as a flag. */
export function isYes(value: unknown): boolean {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'number') return value !== 0;
	if (typeof value === 'string') return TRUE_WORDS.has(value.trim().toLowerCase());
	return false;
}

export function toYN(value: unknown): 'Y' | 'N' {
	return isYes(value) ? 'Y' : 'N';
}

/** A list of values from a PHP array (JS array or object with any keys). */
export function phpValues(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (isDict(value)) return Object.values(value);
	return [];
}

/** PHP arrays are JS arrays or plain objects; anything else is not an array. */
export function isPhpArray(value: unknown): value is unknown[] | Dict {
	return Array.isArray(value) || isDict(value);
}

/**
 * json_encode of a PHP array given as ordered entries: a list when the keys
 * are exactly 0..n-1 in order (an empty array included), an object otherwise.
 */
export function encodePhpArray(entries: Array<[string, unknown]>): unknown[] | Dict {
	const isList = entries.every(([key], index) => key === String(index));
	if (isList) return entries.map(([, value]) => value);
	const out: Dict = {};
	for (const [key, value] of entries) out[key] = value;
	return out;
}

/** A map that json_encode would print as [] when empty (PHP has no empty object). */
export function phpMap(dict: Dict): Dict | unknown[] {
	return Object.keys(dict).length === 0 ? [] : dict;
}
