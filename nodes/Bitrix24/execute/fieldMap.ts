import type { IDataObject, ResourceMapperField } from 'n8n-workflow';

import type { CatalogField } from '../catalog';
import { MULTI_FIELD_SEPARATOR } from '../catalog/fieldMaps';
import { InputError } from './inputError';

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function listOf(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	return String(value)
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

/**
 * One mapped value as Bitrix24 takes it, by the type the field description gave it; `numbered`
 * marks a dropdown of ids (users), whose typed-in values are sent as numbers too.
 */
function typed(where: string, type: ResourceMapperField['type'], value: unknown, numbered = false): unknown {
	switch (type) {
		case 'number': {
			const number = typeof value === 'number' ? value : Number(String(value).trim());
			if (!Number.isFinite(number)) throw new InputError(`${where} must be a number, got ${JSON.stringify(value)}`);
			return number;
		}
		case 'boolean': {
			const text = String(value).trim().toLowerCase();
			if (value === true || ['true', 'y', 'yes', '1'].includes(text)) return 'Y';
			if (value === false || ['false', 'n', 'no', '0'].includes(text)) return 'N';
			throw new InputError(`${where} must be true or false, got ${JSON.stringify(value)}`);
		}
		case 'dateTime': {
			const date = value as { toISO?: () => string };
			return typeof date?.toISO === 'function' ? date.toISO() : String(value).trim();
		}
		case 'array':
			return listOf(value);
		case 'options':
			return numbered ? typed(where, 'number', value) : typeof value === 'string' ? value.trim() : value;
		default:
			return typeof value === 'string' ? value.trim() : value;
	}
}

function contactEntries(api: CatalogField['api'], channel: string, valueType: string, value: unknown): IDataObject[] {
	return listOf(value).map((entry) =>
		api === 'item'
			? { typeId: channel, valueType, value: String(entry) }
			: { VALUE: String(entry), VALUE_TYPE: valueType },
	);
}

/**
 * The record fields a resource mapper holds, by field code. Fields left empty are left out;
 * `PHONE:WORK` style entries become typed multi-field values (`fm` for crm.item).
 */
export function mappedFields(field: CatalogField, raw: unknown): IDataObject | undefined {
	const mapper = (raw ?? {}) as { value?: IDataObject | null; schema?: ResourceMapperField[] };
	const schema = new Map((mapper.schema ?? []).map((entry) => [entry.id, entry]));
	const fields: IDataObject = {};
	for (const [id, value] of Object.entries(mapper.value ?? {})) {
		const entry = schema.get(id);
		if (isBlank(value) || entry?.removed) continue;
		const where = `"${field.property.displayName}" field "${entry?.displayName ?? id}"`;
		const [code, valueType] = id.split(MULTI_FIELD_SEPARATOR);
		if (valueType) {
			const key = field.api === 'item' ? 'fm' : code;
			const entries = contactEntries(field.api, code, valueType, value);
			fields[key] = [...((fields[key] as IDataObject[] | undefined) ?? []), ...entries];
		} else {
			const numbered = (entry?.options ?? []).length > 0 && (entry?.options ?? []).every((option) => typeof option.value === 'number');
			fields[code] = typed(where, entry?.type, value, numbered) as IDataObject[string];
		}
	}
	return Object.keys(fields).length ? fields : undefined;
}
