import { collection, id, json, textList } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource, OutputSpec } from './types';

export type ClassicVerb = 'create' | 'get' | 'getAll' | 'update' | 'delete' | 'getFields';

/**
 * A family in Bitrix24's classic shape: `<prefix>.add` takes `fields` and returns the new id,
 * `.get`/`.delete` take `id`, `.update` takes `id` and `fields`, `.list` takes `filter`, `order`,
 * `select` and `start` (and pages by `ID`), `.fields` describes the fields.
 */
export interface ClassicFamily {
	/** Resource value in the node. */
	value: string;
	/** Singular display name, e.g. `Requisite`. */
	name: string;
	/** The singular as it reads inside a sentence, when it is not the name in lower case (e.g. `CRM product`). */
	noun?: string;
	plural: string;
	/** Method prefix, e.g. `crm.requisite`. */
	prefix: string;
	description: string;
	/** Fields a create needs; shown on their own, required on create, optional on update. */
	required?: CatalogField[];
	/** Typed optional fields, offered under "Fields" on create and update. */
	optional?: CatalogField[];
	/** Required on create and fixed afterwards (the family's immutable fields); not offered on update. */
	createOnly?: CatalogField[];
	/** Further fields of single operations, e.g. a documented flag of `.delete`. */
	extraFields?: Partial<Record<ClassicVerb, CatalogField[]>>;
	/** An example for the "Fields (JSON)" box, in Bitrix24's own names. */
	fieldsExample: string;
	/** An example for the "Filter (JSON)" box. */
	filterExample: string;
	/** Operations the family has (default: all six). */
	verbs?: ClassicVerb[];
	/** Whether `.list` takes `select` (default true). */
	selectable?: boolean;
	/** Fields of Get Many shown before the filter box, for lists that require some filter keys. */
	listFields?: CatalogField[];
	/** Whether `.list` honours the `>ID` filter the fast paging relies on (default true). */
	fastPaging?: boolean;
	/** Example for the "Order (JSON)" box (default `{"ID": "DESC"}`). */
	orderExample?: string;
	/** The family's own operations beyond the classic six, listed after them. */
	extraOperations?: CatalogOperation[];
	/** Replaces the standard Get Fields. */
	getFields?: CatalogOperation;
	/**
	 * For families that answer in the entity's key with camelCase names (the trade catalog:
	 * `{product: {...}}`, `{products: [...]}`, `.getFields`); `updateKey` when `.update` answers in another key.
	 */
	wrapped?: { single: string; many: string; updateKey?: string };
}

const ALL_VERBS: ClassicVerb[] = ['create', 'get', 'getAll', 'update', 'delete', 'getFields'];

function article(noun: string): string {
	return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}

function optionalCopy(field: CatalogField): CatalogField {
	return { ...field, property: { ...field.property, required: false } };
}

export function classicCrudResource(family: ClassicFamily): CatalogResource {
	const noun = family.noun ?? family.name.toLowerCase();
	const one = `${article(noun)} ${noun}`;
	const required = family.required ?? [];
	const optional = family.optional ?? [];
	const createOnly = family.createOnly ?? [];
	const wrapped = family.wrapped;
	const extra = (verb: ClassicVerb) => family.extraFields?.[verb] ?? [];
	const recordId = id('recordId', `${family.name} ID`, 'id', { placeholder: 'e.g. 42' });
	const fieldsJson = json('fieldsJson', 'Fields (JSON)', 'fields', {
		description: `Any further fields as a JSON object in Bitrix24's ${wrapped ? 'camelCase ' : ''}names, e.g. ${family.fieldsExample}; merged last, so it wins over the fields above`,
	});
	const typedFields = (all: CatalogField[]) =>
		all.length > 0 ? [collection('recordFields', 'Fields', all)] : [];
	const selectable = family.selectable ?? true;
	const fast = !wrapped && (family.fastPaging ?? true);
	const stored = wrapped ? '; outputs the stored record' : '';
	const record = (path = wrapped?.single): OutputSpec => ({ kind: 'record', ...(path ? { path } : {}) });

	const operations: Record<ClassicVerb, CatalogOperation> = {
		create: {
			value: 'create',
			name: 'Create',
			action: `Create ${one}`,
			description: `Create ${one}${stored}`,
			method: `${family.prefix}.add`,
			fields: [...createOnly, ...required, ...typedFields(optional), fieldsJson, ...extra('create')],
			output: wrapped ? record() : { kind: 'value', key: 'id' },
			retrySafe: false,
		},
		get: {
			value: 'get',
			name: 'Get',
			action: `Get ${one}`,
			description: `Get ${one} by ID`,
			method: `${family.prefix}.get`,
			fields: [recordId, ...extra('get')],
			output: record(),
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
					description: `Bitrix24 filter with operators in the keys, e.g. ${family.filterExample}`,
				}),
				json('order', 'Order (JSON)', 'order', {
					description: `Sort order, e.g. ${family.orderExample ?? (wrapped ? '{"id": "desc"}' : '{"ID": "DESC"}')}.${fast ? ' Leave empty for the fastest paging.' : ''}`,
				}),
				...(selectable
					? [
							textList('select', 'Select', 'select', {
								description: 'Comma-separated fields to return. Empty returns all fields.',
							}),
						]
					: []),
				...extra('getAll'),
			],
			output: { kind: 'rows' },
			list: {
				...(wrapped ? { rowsPath: wrapped.many } : {}),
				idKey: wrapped ? 'id' : 'ID',
				filterParam: 'filter',
				orderParam: 'order',
				selectParam: selectable ? 'select' : undefined,
				fast,
			},
			retrySafe: true,
		},
		update: {
			value: 'update',
			name: 'Update',
			action: `Update ${one}`,
			description: `Update ${one}${stored}`,
			method: `${family.prefix}.update`,
			fields: [recordId, ...typedFields([...required.map(optionalCopy), ...optional]), fieldsJson, ...extra('update')],
			output: wrapped ? record(wrapped.updateKey ?? wrapped.single) : { kind: 'success' },
			retrySafe: true,
		},
		delete: {
			value: 'delete',
			name: 'Delete',
			action: `Delete ${one}`,
			description: `Delete ${one}`,
			method: `${family.prefix}.delete`,
			fields: [recordId, ...extra('delete')],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		getFields: family.getFields ?? {
			value: 'getFields',
			name: 'Get Fields',
			action: `Get the fields of ${family.plural}`,
			description: `List the fields of ${family.plural} with their types${wrapped ? '' : ' and labels'}`,
			method: `${family.prefix}.${wrapped ? 'getFields' : 'fields'}`,
			fields: extra('getFields'),
			output: wrapped ? { kind: 'entries', path: wrapped.single, keyName: 'field' } : { kind: 'entries', keyName: 'name' },
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
