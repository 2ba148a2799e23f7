/**
 * Filter and order engine for list methods: `{">=opportunity": 5000, "@stageId": [...],
 * "0": {"logic": "OR", ...}}` and `{"lastName": "ASC"}`.
 */
import { isDict, isNumeric, isPhpIntKey, phpValues, toYN } from './php';

export interface ListSchema<Row> {
	/** The canonical field name for a key as the client wrote it, or undefined if unknown. */
	resolve(name: string): string | undefined;
	get(row: Row, field: string): unknown;
	/** Throw to reject an unknown field; return to ignore the condition. */
	unknownField(name: string, where: 'filter' | 'order'): void;
	/** Throw to reject a bad sort direction. */
	badDirection(field: string, direction: string): void;
}

const OPERATORS = ['!><', '!=%', '!%=', '><', '>=', '<=', '=%', '%=', '!%', '!@', '!=', '>', '<', '@', '%', '=', '!', '?'];

export function splitFilterKey(key: string): { op: string; field: string } {
	for (const op of OPERATORS) if (key.startsWith(op) && key.length > op.length) return { op, field: key.slice(op.length) };
	return { op: '=', field: key };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function isBlank(value: unknown): boolean {
	return value === null || value === undefined || value === '' || value === false;
}

function scalarEquals(actual: unknown, expected: unknown): boolean {
	if (isBlank(expected)) return isBlank(actual);
	if (isBlank(actual)) return false;
	if ((actual === 'Y' || actual === 'N') && !isNumeric(actual)) return actual === toYN(expected);
	if (isNumeric(actual) && isNumeric(expected)) return Number(actual) === Number(expected);
	return String(actual).toLowerCase() === String(expected).toLowerCase();
}

/** Orders two values the way the list methods do: numbers, then dates, then text. */
export function compareValues(a: unknown, b: unknown): number {
	if (isBlank(a) && isBlank(b)) return 0;
	if (isBlank(a)) return -1;
	if (isBlank(b)) return 1;
	if (isNumeric(a) && isNumeric(b)) return Number(a) - Number(b);
	if (typeof a === 'string' && typeof b === 'string' && ISO_DATE.test(a) && ISO_DATE.test(b)) {
		const left = Date.parse(a);
		const right = Date.parse(b);
		if (!Number.isNaN(left) && !Number.isNaN(right)) return left - right;
	}
	return String(a).localeCompare(String(b));
}

function likePattern(pattern: string): RegExp {
	const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
	return new RegExp(`^${escaped}$`, 'is');
}

function listOf(value: unknown): unknown[] {
	if (Array.isArray(value) || isDict(value)) return phpValues(value);
	if (typeof value === 'string' && value.includes(',')) return value.split(',');
	return [value];
}

/** Tests one scalar field value against a positive (non-negated) operator. */
function scalarMatches(op: string, actual: unknown, expected: unknown): boolean {
	switch (op) {
		case '=':
			return Array.isArray(expected) || isDict(expected)
				? phpValues(expected).some((candidate) => scalarEquals(actual, candidate))
				: scalarEquals(actual, expected);
		case '@':
			return listOf(expected).some((candidate) => scalarEquals(actual, candidate));
		case '>':
			return !isBlank(actual) && compareValues(actual, expected) > 0;
		case '>=':
			return !isBlank(actual) && compareValues(actual, expected) >= 0;
		case '<':
			return !isBlank(actual) && compareValues(actual, expected) < 0;
		case '<=':
			return !isBlank(actual) && compareValues(actual, expected) <= 0;
		case '%':
			return !isBlank(actual) && String(actual).toLowerCase().includes(String(expected).toLowerCase());
		case '=%':
			return !isBlank(actual) && likePattern(String(expected)).test(String(actual));
		case '><': {
			const [low, high] = phpValues(expected);
			return !isBlank(actual) && compareValues(actual, low) >= 0 && compareValues(actual, high) <= 0;
		}
		case '?':
			return isBlank(expected) || expected === 'N' ? isBlank(actual) : !isBlank(actual);
		default:
			return false;
	}
}

const NEGATED: Record<string, string> = { '!': '=', '!=': '=', '!@': '@', '!%': '%', '!=%': '=%', '!%=': '=%', '!><': '><' };
const ALIASES: Record<string, string> = { '%=': '=%' };

function fieldMatches(op: string, actual: unknown, expected: unknown): boolean {
	const negatedOf = NEGATED[op];
	const positiveOp = ALIASES[negatedOf ?? op] ?? negatedOf ?? op;
	const values = Array.isArray(actual) ? actual : [actual];
	const positive = Array.isArray(actual) && actual.length === 0
		? scalarMatches(positiveOp, null, expected)
		: values.some((value) => scalarMatches(positiveOp, value, expected));
	return negatedOf ? !positive : positive;
}

type Predicate<Row> = (row: Row) => boolean;

function compileGroup<Row>(group: Record<string, unknown>, schema: ListSchema<Row>): Predicate<Row> {
	const logic = String(group.logic ?? 'AND').toUpperCase() === 'OR' ? 'OR' : 'AND';
	const parts: Array<Predicate<Row>> = [];
	for (const [key, value] of Object.entries(group)) {
		if (key.toLowerCase() === 'logic') continue;
		if (isPhpIntKey(key) && (isDict(value) || Array.isArray(value))) {
			parts.push(compileFilter(value, schema));
			continue;
		}
		const { op, field } = splitFilterKey(key);
		const canonical = schema.resolve(field);
		if (canonical === undefined) {
			schema.unknownField(field, 'filter');
			continue;
		}
		parts.push((row) => fieldMatches(op, schema.get(row, canonical), value));
	}
	if (parts.length === 0) return () => true;
	return logic === 'OR' ? (row) => parts.some((part) => part(row)) : (row) => parts.every((part) => part(row));
}

/** Compiles a filter (object, or a list of groups) into a row predicate. */
export function compileFilter<Row>(filter: unknown, schema: ListSchema<Row>): Predicate<Row> {
	if (Array.isArray(filter)) {
		const groups = filter.filter(isDict).map((group) => compileGroup(group, schema));
		return (row) => groups.every((group) => group(row));
	}
	if (isDict(filter)) return compileGroup(filter, schema);
	return () => true;
}

export interface OrderTerm {
	field: string;
	descending: boolean;
}

export function parseOrder<Row>(order: unknown, schema: ListSchema<Row>): OrderTerm[] {
	if (!isDict(order)) return [];
	const terms: OrderTerm[] = [];
	for (const [key, direction] of Object.entries(order)) {
		const canonical = schema.resolve(key);
		if (canonical === undefined) {
			schema.unknownField(key, 'order');
			continue;
		}
		const text = String(direction).toUpperCase();
		if (text !== 'ASC' && text !== 'DESC') {
			schema.badDirection(key, String(direction));
			continue;
		}
		terms.push({ field: canonical, descending: text === 'DESC' });
	}
	return terms;
}

export function sortRows<Row>(rows: Row[], terms: OrderTerm[], schema: ListSchema<Row>): Row[] {
	if (terms.length === 0) return rows;
	return [...rows].sort((a, b) => {
		for (const term of terms) {
			const diff = compareValues(schema.get(a, term.field), schema.get(b, term.field));
			if (diff !== 0) return term.descending ? -diff : diff;
		}
		return 0;
	});
}

/** Filter, then order, in one step. */
export function selectRows<Row>(rows: Row[], filter: unknown, order: unknown, schema: ListSchema<Row>): Row[] {
	const predicate = compileFilter(filter, schema);
	return sortRows(rows.filter(predicate), parseOrder(order, schema), schema);
}
