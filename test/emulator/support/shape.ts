/**
 * Compares the SHAPE of two JSON values: same keys and JSON types, recursively,
 * never the values. Rules that follow from PHP's json_encode:
 * - an object whose keys are all numeric is a map (ids as keys): the actual map may
 *   hold other ids (or be empty, printed as []), each value must fit one of the expected values;
 * - array elements must each fit one of the expected elements;
 * - an expected null only says "nullable scalar" (the docs' sample had no value).
 */

export interface ShapeOptions {
	/** Keys that may be missing from the actual answer (portal-specific fields like ufCrm_123). */
	ignoreMissing?: RegExp[];
	/** Paths (`$.result.item`, `*` matches one segment) where the actual object may have extra keys. */
	allowExtra?: string[];
	/** Paths not compared at all. */
	ignore?: string[];
	/** Paths of objects keyed by dynamic codes (treated like id maps). */
	maps?: string[];
}

type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

function typeOf(value: unknown): JsonType {
	if (value === null || value === undefined) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value as JsonType;
}

function pathMatches(pattern: string, path: string): boolean {
	const a = pattern.split('.');
	const b = path.split('.');
	return a.length === b.length && a.every((segment, index) => segment === '*' || segment === b[index]);
}

function anyMatch(patterns: string[] | undefined, path: string): boolean {
	return (patterns ?? []).some((pattern) => pathMatches(pattern, path));
}

function isIdMap(value: Record<string, unknown>): boolean {
	const keys = Object.keys(value);
	return keys.length > 0 && keys.every((key) => /^\d+$/.test(key));
}

function fitsOneOf(candidates: unknown[], actual: unknown, options: ShapeOptions, path: string): string[] {
	let best: string[] | undefined;
	for (const candidate of candidates) {
		const problems = shapeDiff(candidate, actual, options, path);
		if (problems.length === 0) return [];
		if (!best || problems.length < best.length) best = problems;
	}
	return best ?? [];
}

/** Returns a list of differences; empty when the shapes agree. */
export function shapeDiff(expected: unknown, actual: unknown, options: ShapeOptions = {}, path = '$'): string[] {
	if (anyMatch(options.ignore, path)) return [];
	const expectedType = typeOf(expected);
	const actualType = typeOf(actual);

	if (expectedType === 'null') {
		return actualType === 'array' || actualType === 'object' ? [`${path}: expected a nullable scalar, got ${actualType}`] : [];
	}
	if (expectedType === 'object') {
		const expectedObject = expected as Record<string, unknown>;
		const asMap = isIdMap(expectedObject) || anyMatch(options.maps, path);
		if (asMap) {
			if (actualType === 'array' && (actual as unknown[]).length === 0) return [];
			if (actualType !== 'object') return [`${path}: expected a map object, got ${actualType}`];
			const candidates = Object.values(expectedObject);
			return Object.entries(actual as Record<string, unknown>).flatMap(([key, value]) =>
				fitsOneOf(candidates, value, options, `${path}.${key}`),
			);
		}
		if (actualType !== 'object') return [`${path}: expected object, got ${actualType}`];
		const actualObject = actual as Record<string, unknown>;
		const problems: string[] = [];
		for (const key of Object.keys(expectedObject)) {
			if (!(key in actualObject)) {
				if (!(options.ignoreMissing ?? []).some((pattern) => pattern.test(key))) problems.push(`${path}.${key}: missing`);
				continue;
			}
			problems.push(...shapeDiff(expectedObject[key], actualObject[key], options, `${path}.${key}`));
		}
		if (!anyMatch(options.allowExtra, path)) {
			for (const key of Object.keys(actualObject)) {
				if (!(key in expectedObject) && !(options.ignoreMissing ?? []).some((pattern) => pattern.test(key))) {
					problems.push(`${path}.${key}: unexpected key`);
				}
			}
		}
		return problems;
	}
	if (expectedType === 'array') {
		if (actualType !== 'array') return [`${path}: expected array, got ${actualType}`];
		const expectedItems = expected as unknown[];
		if (expectedItems.length === 0) return [];
		return (actual as unknown[]).flatMap((item, index) => fitsOneOf(expectedItems, item, options, `${path}[${index}]`));
	}
	return expectedType === actualType ? [] : [`${path}: expected ${expectedType}, got ${actualType}`];
}
