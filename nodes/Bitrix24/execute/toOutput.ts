import type { IDataObject } from 'n8n-workflow';

import type { OutputSpec } from '../catalog';
import { rowsOf } from '../transport/pagination';

export class RecordNotFoundError extends Error {
	constructor(what: string) {
		super(`The ${what} was not found (Bitrix24 answered with an empty result)`);
		this.name = 'RecordNotFoundError';
	}
}

const isEmpty = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'object' && Object.keys(value).length === 0);

function at(result: unknown, path?: string): unknown {
	let value = result;
	for (const key of path ? path.split('.') : []) {
		value = typeof value === 'object' && value !== null ? (value as IDataObject)[key] : undefined;
	}
	return value;
}

function asRecord(value: unknown, key: string): IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as IDataObject)
		: { [key]: value as IDataObject[string] };
}

/** Turns the `result` of one call (or the rows of a list) into the JSON of its output items. */
export function toOutput(result: unknown, spec: OutputSpec): IDataObject[] {
	switch (spec.kind) {
		case 'record':
		case 'download': {
			const value = at(result, spec.path);
			if (spec.kind === 'record' && spec.missing && isEmpty(value)) throw new RecordNotFoundError(spec.missing);
			return Array.isArray(value) ? value.map((row) => asRecord(row, 'result')) : [asRecord(value, 'result')];
		}
		case 'rows':
			return rowsOf(at(result, spec.path)).map((row) => asRecord(row, spec.valueKey ?? 'value'));
		case 'entries':
			return Object.entries((at(result, spec.path) ?? {}) as IDataObject).map(([key, value]) => ({
				[spec.keyName]: key,
				...asRecord(value, 'value'),
			}));
		case 'value':
			return [{ [spec.key]: result as IDataObject[string] }];
		case 'success':
			return [{ success: true }];
		case 'deleted':
			return [{ deleted: true }];
	}
}
