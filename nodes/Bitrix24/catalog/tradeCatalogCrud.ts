import { collection, id, json, textList } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

export type TradeCatalogVerb = 'create' | 'get' | 'getAll' | 'update' | 'delete' | 'getFields';

/**
 * A family of the trade catalog (`catalog.product`, `catalog.section`, ...): camelCase fields,
 * answers wrapped in the entity's key (`{product: {...}}`, `{products: [...]}`), `.getFields` for
 * the field descriptions.
 */
export interface TradeCatalogFamily {
	value: string;
	name: string;
	/** The singular inside a sentence, when not the name in lower case. */
	noun?: string;
	plural: string;
	prefix: string;
	description: string;
	/** Key of one record in answers (`product`) and of a list (`products`). */
	single: string;
	many: string;
	/** Key `.update` answers with, when not `single`. */
	updateKey?: string;
	/** Fields a create needs; required on create, optional on update. */
	required?: CatalogField[];
	/** Fields set on create only. */
	createOnly?: CatalogField[];
	optional?: CatalogField[];
	/** Fields of Get Many before the filter box (filter keys the list requires). */
	listFields?: CatalogField[];
	fieldsExample: string;
	filterExample: string;
	verbs?: TradeCatalogVerb[];
	/** Replaces the default Get Fields (`<prefix>.getFields` without parameters). */
	getFields?: CatalogOperation;
	/** The family's own operations, listed after the standard ones. */
	extraOperations?: CatalogOperation[];
}

const ALL_VERBS: TradeCatalogVerb[] = ['create', 'get', 'getAll', 'update', 'delete', 'getFields'];

function optionalCopy(field: CatalogField): CatalogField {
	return { ...field, property: { ...field.property, required: false } };
}

export function tradeCatalogResource(family: TradeCatalogFamily): CatalogResource {
	const noun = family.noun ?? family.name.toLowerCase();
	const one = `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
	const required = family.required ?? [];
	const optional = family.optional ?? [];
	const recordId = id('recordId', `${family.name} ID`, 'id', { placeholder: 'e.g. 42' });
	const fieldsJson = json('fieldsJson', 'Fields (JSON)', 'fields', {
		description: `Any further fields in Bitrix24's camelCase names, e.g. ${family.fieldsExample}; merged last, so it wins over the fields above`,
	});
	const typed = (all: CatalogField[]) => (all.length > 0 ? [collection('recordFields', 'Fields', all)] : []);
	const record = { kind: 'record' as const, path: family.single };

	const operations: Record<TradeCatalogVerb, CatalogOperation> = {
		create: {
			value: 'create',
			name: 'Create',
			action: `Create ${one}`,
			description: `Create ${one}; outputs the stored record`,
			method: `${family.prefix}.add`,
			fields: [...(family.createOnly ?? []), ...required, ...typed(optional), fieldsJson],
			output: record,
			retrySafe: false,
		},
		get: {
			value: 'get',
			name: 'Get',
			action: `Get ${one}`,
			description: `Get ${one} by ID`,
			method: `${family.prefix}.get`,
			fields: [recordId],
			output: record,
			retrySafe: true,
		},
		getAll: {
			value: 'getAll',
			name: 'Get Many',
			action: `Get many ${family.plural}`,
			description: `Get many ${family.plural}, filtered and ordered`,
			method: `${family.prefix}.list`,
			fields: [
				...(family.listFields ?? []),
				json('filter', 'Filter (JSON)', 'filter', {
					description: `Filter with operators in the keys (>=, >, <=, <, %, =, !=), e.g. ${family.filterExample}`,
				}),
				json('order', 'Order (JSON)', 'order', { description: 'Sort order, e.g. {"id": "desc"}' }),
				textList('select', 'Select', 'select', { description: 'Comma-separated fields to return, e.g. id, name. Empty returns all fields.' }),
			],
			output: { kind: 'rows' },
			list: { rowsPath: family.many, idKey: 'id', filterParam: 'filter', orderParam: 'order', selectParam: 'select', fast: false },
			retrySafe: true,
		},
		update: {
			value: 'update',
			name: 'Update',
			action: `Update ${one}`,
			description: `Update ${one}; outputs the stored record`,
			method: `${family.prefix}.update`,
			fields: [recordId, ...typed([...required.map(optionalCopy), ...optional]), fieldsJson],
			output: { kind: 'record', path: family.updateKey ?? family.single },
			retrySafe: true,
		},
		delete: {
			value: 'delete',
			name: 'Delete',
			action: `Delete ${one}`,
			description: `Delete ${one}`,
			method: `${family.prefix}.delete`,
			fields: [recordId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		getFields: family.getFields ?? {
			value: 'getFields',
			name: 'Get Fields',
			action: `Get the fields of ${family.plural}`,
			description: `List the fields of ${family.plural} with their types`,
			method: `${family.prefix}.getFields`,
			fields: [],
			output: { kind: 'entries', path: family.single, keyName: 'field' },
			retrySafe: true,
		},
	};
	return {
		value: family.value,
		name: family.name,
		description: family.description,
		operations: [...(family.verbs ?? ALL_VERBS).map((verb) => operations[verb]), ...(family.extraOperations ?? [])],
	};
}
