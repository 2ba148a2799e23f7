import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { CatalogField, CatalogOperation } from '../catalog';
import { mappedFields } from './fieldMap';
import { InputError } from './inputError';
import { locatorValue } from './locatorValue';

export interface PreparedParams {
	method: string;
	params: IDataObject;
}

/** Dotted words of letters, digits and underscores: crm.deal.list, user.current, batch. */
const METHOD_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function isEmptyContainer(value: unknown): boolean {
	return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

function wholeNumber(label: string, raw: unknown, minimum: number, what: string): number {
	const value = typeof raw === 'string' ? raw.trim() : raw;
	const number = typeof value === 'number' ? value : /^-?\d+$/.test(String(value)) ? Number(value) : NaN;
	if (!Number.isSafeInteger(number) || number < minimum) {
		throw new InputError(`"${label}" must be ${what}, got ${JSON.stringify(raw)}`);
	}
	return number;
}

function parseJson(label: string, raw: unknown): unknown {
	if (typeof raw !== 'string') return raw;
	let problem: string;
	try {
		return JSON.parse(raw);
	} catch (error) {
		problem = (error as Error).message;
	}
	// thrown outside the catch: the pipeline turns it into a NodeOperationError for its item
	throw new InputError(`"${label}" must be valid JSON (${problem})`);
}

function splitList(raw: unknown): unknown[] {
	if (Array.isArray(raw)) return raw;
	return String(raw)
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

/** The VALUE_TYPE choices a multi-field offers, read from its own dropdown. */
function valueTypesOf(field: CatalogField): string[] {
	const group = (field.property.options ?? [])[0] as { values?: Array<{ name: string; options?: Array<{ value: unknown }> }> };
	const dropdown = group?.values?.find((entry) => entry.name === 'valueType');
	return (dropdown?.options ?? []).map((option) => String(option.value));
}

function multiFieldEntries(field: CatalogField, raw: unknown): IDataObject[] | undefined {
	const label = field.property.displayName;
	const entries = Array.isArray(raw) ? raw : (raw as IDataObject)?.entries;
	if (entries === undefined) return undefined;
	if (!Array.isArray(entries)) throw new InputError(`"${label}" must be a list of values with types`);
	const allowed = valueTypesOf(field);
	const list = entries.map((entry: IDataObject, index) => {
		const position = `"${label}" entry ${index + 1}`;
		const value = entry?.value ?? entry?.VALUE;
		if (isBlank(value)) throw new InputError(`${position} has an empty value`);
		const type = String(entry.valueType ?? entry.VALUE_TYPE ?? '').trim().toUpperCase();
		if (!allowed.includes(type)) {
			throw new InputError(`${position} has type ${JSON.stringify(type)}; allowed: ${allowed.join(', ')}`);
		}
		return { VALUE: String(value).trim(), VALUE_TYPE: type };
	});
	return list.length ? list : undefined;
}

/** Checks and converts one value; `undefined` means "leave the parameter out". */
function convert(field: CatalogField, raw: unknown): unknown {
	const label = field.property.displayName;
	switch (field.kind) {
		case 'id':
			return wholeNumber(label, raw, 1, 'a positive whole number');
		case 'integer':
			return wholeNumber(label, raw, 0, 'a whole number of 0 or more');
		case 'number': {
			const number = Number(raw);
			if (!Number.isFinite(number)) throw new InputError(`"${label}" must be a number, got ${JSON.stringify(raw)}`);
			return number;
		}
		case 'boolean':
			return Boolean(raw);
		case 'yesNo':
			return raw ? 'Y' : 'N';
		case 'json': {
			const value = parseJson(label, raw);
			if (typeof value !== 'object' || value === null) {
				throw new InputError(`"${label}" must be a JSON object, got ${JSON.stringify(raw)}`);
			}
			return isEmptyContainer(value) ? undefined : value;
		}
		case 'integerList': {
			const list = splitList(raw).map((entry) => wholeNumber(label, entry, 1, 'a list of positive whole numbers'));
			return list.length ? list : undefined;
		}
		case 'multiField':
			return multiFieldEntries(field, raw);
		case 'fieldMap':
			return mappedFields(field, raw);
		case 'stringList': {
			const list = splitList(raw).map(String);
			return list.length ? list : undefined;
		}
		case 'method': {
			const name = String(raw).trim();
			if (!METHOD_NAME.test(name)) {
				throw new InputError(`"${label}" must be a REST method name such as crm.deal.list, got ${JSON.stringify(raw)}`);
			}
			return name;
		}
		default:
			return typeof raw === 'string' ? raw : String(raw);
	}
}

function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects meeting objects are merged key by key, the newer value winning; anything else is replaced. */
function combine(current: unknown, value: unknown): unknown {
	if (!isPlainObject(current) || !isPlainObject(value)) return value;
	const result: IDataObject = { ...current };
	for (const [key, entry] of Object.entries(value)) {
		result[key] = combine(result[key], entry) as IDataObject[string];
	}
	return result;
}

export function place(params: IDataObject, path: string, value: unknown): void {
	if (path === '') {
		Object.assign(params, combine(params, value));
		return;
	}
	const keys = path.split('.');
	const last = keys.pop() as string;
	let node = params;
	for (const key of keys) {
		if (!isPlainObject(node[key])) node[key] = {};
		node = node[key] as IDataObject;
	}
	node[last] = combine(node[last], value) as IDataObject[string];
}

/** An optional number left at its default means "not set"; inside a collection it was added on purpose. */
function untouchedDefault(field: CatalogField, raw: unknown, inCollection: boolean): boolean {
	return !inCollection && !field.property.required && field.kind === 'integer' && raw === field.property.default;
}

function apply(field: CatalogField, given: unknown, target: PreparedParams, inCollection = false): void {
	const raw = field.locator ? locatorValue(field, given, target.params) : given;
	if (field.kind === 'collection') {
		const values = (raw ?? {}) as IDataObject;
		for (const child of field.children ?? []) {
			if (child.property.name in values) apply(child, values[child.property.name], target, true);
		}
		return;
	}
	if (field.kind === 'binaryProperty') return; // bytes are read by binaryInput, not from parameters
	if (untouchedDefault(field, raw, inCollection)) return;
	if (isBlank(raw)) {
		if (field.property.required) throw new InputError(`"${field.property.displayName}" is required`);
		return;
	}
	const value = convert(field, raw);
	if (value === undefined) {
		if (field.property.required) throw new InputError(`"${field.property.displayName}" must not be empty`);
		return;
	}
	if (field.kind === 'method') {
		target.method = String(value);
		return;
	}
	if (field.to === '' && !isPlainObject(value)) {
		throw new InputError(`"${field.property.displayName}" must be a JSON object, got ${JSON.stringify(raw)}`);
	}
	if (field.to !== undefined) place(target.params, field.to, value);
}

export function readParams(
	ctx: IExecuteFunctions,
	itemIndex: number,
	operation: CatalogOperation,
): PreparedParams {
	const prepared: PreparedParams = { method: operation.method, params: structuredClone(operation.fixed ?? {}) };
	for (const field of operation.fields) {
		apply(field, ctx.getNodeParameter(field.property.name, itemIndex, field.property.default), prepared);
	}
	return prepared;
}
