import type {
	FieldType,
	IDataObject,
	ILoadOptionsFunctions,
	ResourceMapperField,
	ResourceMapperFields,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { FieldMapKey } from '../catalog/fieldMaps';
import { FIELD_MAPS, mapperMethodOf, MULTI_FIELD_SEPARATOR, VALUE_TYPES } from '../catalog/fieldMaps';
import { RESOURCE_ENTITY_TYPES } from '../catalog/stageDictionaries';
import { clientFor } from './clientFor';
import type { MapperScope } from './mapperOptions';
import { withPortalOptions } from './mapperOptions';

type MapperMethod = (this: ILoadOptionsFunctions) => Promise<ResourceMapperFields>;

const CHANNEL_NAMES: Record<keyof typeof VALUE_TYPES, string> = {
	PHONE: 'Phone',
	EMAIL: 'Email',
	WEB: 'Website',
	IM: 'Messenger',
};

/** Field types whose value is a record or user id. */
const ID_TYPES = new Set([
	'integer', 'double', 'user', 'employee', 'crm_lead', 'crm_deal', 'crm_contact', 'crm_company', 'crm_quote',
	'crm_category', 'crm_entity', 'location',
]);

/** Field types the mapper does not offer: files, and multi-fields (offered per channel and type instead). */
const LEFT_OUT = new Set(['file', 'crm_multifield']);

function typeOf(description: IDataObject): FieldType {
	const type = String(description.type);
	if (type === 'enumeration') return description.isMultiple ? 'array' : 'options';
	if (description.isMultiple) return 'array';
	if (ID_TYPES.has(type)) return 'number';
	if (type === 'char' || type === 'boolean') return 'boolean';
	if (type === 'date' || type === 'datetime') return 'dateTime';
	return 'string';
}

function labelOf(description: IDataObject, code: string): string {
	const label = description.isDynamic
		? description.formLabel || description.listLabel || description.title
		: description.title;
	return String(label || code);
}

function fieldOf(code: string, description: IDataObject): ResourceMapperField {
	const field: ResourceMapperField = {
		id: code,
		displayName: labelOf(description, code),
		required: description.isRequired === true,
		defaultMatch: false,
		canBeUsedToMatch: false,
		display: true,
		type: typeOf(description),
	};
	if (Array.isArray(description.items)) {
		field.options = (description.items as IDataObject[]).map((item) => ({ name: String(item.VALUE), value: String(item.ID) }));
	}
	return field;
}

function channelFields(): ResourceMapperField[] {
	return (Object.entries(VALUE_TYPES) as Array<[keyof typeof VALUE_TYPES, string[]]>).flatMap(([channel, types]) =>
		types.map((valueType) => ({
			id: `${channel}${MULTI_FIELD_SEPARATOR}${valueType}`,
			displayName: `${CHANNEL_NAMES[channel]} (${valueType.charAt(0)}${valueType.slice(1).toLowerCase()})`,
			required: false,
			defaultMatch: false,
			canBeUsedToMatch: false,
			display: true,
			type: 'string' as FieldType,
		})),
	);
}

/** Two fields with one label are told apart by their codes. */
function distinctNames(fields: ResourceMapperField[]): ResourceMapperField[] {
	const counts = new Map<string, number>();
	for (const field of fields) counts.set(field.displayName, (counts.get(field.displayName) ?? 0) + 1);
	return fields.map((field) =>
		(counts.get(field.displayName) ?? 0) > 1 ? { ...field, displayName: `${field.displayName} (${field.id})` } : field,
	);
}

function plainValue(value: unknown): unknown {
	return typeof value === 'object' && value !== null && 'value' in value ? (value as IDataObject).value : value;
}

/** The pipeline the mapping being edited sets, when it is a plain number. */
function mappedPipeline(ctx: ILoadOptionsFunctions): number | undefined {
	const mapping = ctx.getNodeParameter('mappedFields', {}) as { value?: IDataObject | null };
	const value = mapping?.value?.CATEGORY_ID ?? mapping?.value?.categoryId;
	const text = String(value ?? '').trim();
	return /^\d+$/.test(text) ? Number(text) : undefined;
}

function mapperFor(key: FieldMapKey): MapperMethod {
	const { describe, api } = FIELD_MAPS[key];
	return async function (this: ILoadOptionsFunctions) {
		try {
			const params: IDataObject = {};
			if (api === 'item') {
				const entityTypeId = plainValue(this.getNodeParameter('entityTypeId', ''));
				if (entityTypeId === undefined || entityTypeId === null || String(entityTypeId).trim() === '') {
					throw new Error('Fill in the entity type first: the fields depend on it');
				}
				params.entityTypeId = entityTypeId as IDataObject[string];
			}
			const client = await clientFor(this);
			const { result } = await client.call(describe, params, { retrySafe: true });
			const described = ((api === 'item' ? (result as IDataObject).fields : result) ?? {}) as Record<string, IDataObject>;
			const fields: ResourceMapperField[] = [];
			let hasChannels = false;
			for (const [code, description] of Object.entries(described)) {
				if (description.type === 'crm_multifield') hasChannels = true;
				if (description.isReadOnly || LEFT_OUT.has(String(description.type)) || code.toLowerCase() === 'id') continue;
				fields.push(fieldOf(code, description));
			}
			const scope: MapperScope = {
				entityTypeId: api === 'item' ? Number(params.entityTypeId) : RESOURCE_ENTITY_TYPES[key],
				categoryId: mappedPipeline(this),
			};
			const offered = await withPortalOptions(client, fields, described, scope);
			return { fields: distinctNames([...offered, ...(hasChannels ? channelFields() : [])]) };
		} catch (error) {
			throw new NodeOperationError(this.getNode(), `Could not load the fields: ${(error as Error).message}`);
		}
	};
}

/** One resourceMapping method per FIELD_MAPS entry, named as `fieldMapper` refers to it. */
export const resourceMapping: Record<string, MapperMethod> = Object.fromEntries(
	(Object.keys(FIELD_MAPS) as FieldMapKey[]).map((key) => [mapperMethodOf(key), mapperFor(key)]),
);
