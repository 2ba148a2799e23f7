import { choice, collection, id, integer, json, recordLocator, text, yesNo } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

const storage = text('entity', 'Storage Code', 'ENTITY', {
	required: true,
	placeholder: 'e.g. dish',
	description: 'Code of the application storage: latin letters, digits and underscores.',
});

const access = json('access', 'Access Rights (JSON)', 'ACCESS', {
	default: '',
	description:
		'Access codes and levels, e.g. {"U1": "W", "AU": "R"}: R read, W write, X manage; U<ID> user, G<ID> group, AU all users.',
});

const sortOrder = integer('sort', 'Sort', 'SORT', { default: 500 });

const listFields = (example: string): CatalogField[] => [
	json('filter', 'Filter (JSON)', 'FILTER', { description: `E.g. ${example}.` }),
	json('sortBy', 'Sort (JSON)', 'SORT', { description: 'E.g. {"ID": "ASC"}.' }),
];

/** Every entity.* method needs an application context; inbound webhooks are refused. */
const op = (operation: Omit<CatalogOperation, 'needsApplication'>): CatalogOperation => ({
	...operation,
	needsApplication: true,
});

export const dataStorage: CatalogResource = {
	value: 'dataStorage',
	name: 'Data Storage',
	description: 'Application data storages (entity methods)',
	operations: [
		op({
			value: 'create',
			name: 'Create',
			action: 'Create a storage',
			description: 'Create an application data storage',
			method: 'entity.add',
			fields: [storage, text('name', 'Name', 'NAME', { required: true }), access],
			output: { kind: 'success' },
			retrySafe: false,
		}),
		op({
			value: 'get',
			name: 'Get',
			action: 'Get a storage',
			description: 'Get a data storage by its code',
			method: 'entity.get',
			fields: [storage],
			output: { kind: 'record' },
			retrySafe: true,
		}),
		op({
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many storages',
			description: "List the application's data storages",
			method: 'entity.get',
			fields: [],
			output: { kind: 'rows' },
			retrySafe: true,
		}),
		op({
			value: 'update',
			name: 'Update',
			action: 'Update a storage',
			description: 'Rename a data storage, change its code or its rights',
			method: 'entity.update',
			fields: [
				storage,
				collection('updateFields', 'Update Fields', [
					text('name', 'Name', 'NAME'),
					text('newCode', 'New Storage Code', 'ENTITY_NEW'),
					access,
				]),
			],
			output: { kind: 'success' },
			retrySafe: true,
		}),
		op({
			value: 'delete',
			name: 'Delete',
			action: 'Delete a storage',
			description: 'Delete a data storage with its sections and items',
			method: 'entity.delete',
			fields: [storage],
			output: { kind: 'deleted' },
			retrySafe: true,
		}),
		op({
			value: 'getRights',
			name: 'Get Rights',
			action: 'Get the access rights of a storage',
			description: 'Get the access rights of a data storage',
			method: 'entity.rights',
			fields: [storage],
			output: { kind: 'record' },
			retrySafe: true,
		}),
		op({
			value: 'setRights',
			name: 'Set Rights',
			action: 'Set the access rights of a storage',
			description: 'Replace the access rights of a data storage',
			method: 'entity.rights',
			fields: [storage, { ...access, property: { ...access.property, required: true } }],
			output: { kind: 'record' },
			retrySafe: true,
		}),
	],
};

interface StorageRecordKind {
	value: string;
	name: string;
	description: string;
	/** `section` or `item`: the middle of the entity.*.add/get/update/delete method names. */
	family: string;
	/** The record in words, e.g. "storage section". */
	noun: string;
	recordId: CatalogField;
	fields: CatalogField[];
	filterExample: string;
}

/** Sections and items of a storage share one shape: create, list, update and delete by ID. */
function storageRecords(kind: StorageRecordKind): CatalogResource {
	const method = (verb: string) => `entity.${kind.family}.${verb}`;
	return {
		value: kind.value,
		name: kind.name,
		description: kind.description,
		operations: [
			op({
				value: 'create',
				name: 'Create',
				action: `Create a ${kind.noun}`,
				description: `Create a ${kind.noun} in a data storage`,
				method: method('add'),
				fields: [
					storage,
					text('name', 'Name', 'NAME', { required: true }),
					collection('additionalFields', 'Additional Fields', kind.fields),
				],
				output: { kind: 'value', key: 'ID' },
				retrySafe: false,
			}),
			op({
				value: 'getAll',
				name: 'Get Many',
				action: `Get many ${kind.noun}s`,
				description: `List the ${kind.noun}s of a data storage`,
				method: method('get'),
				fields: [storage, ...listFields(kind.filterExample)],
				output: { kind: 'rows' },
				list: { idKey: 'ID', filterParam: 'FILTER', orderParam: 'SORT', fast: false },
				retrySafe: true,
			}),
			op({
				value: 'update',
				name: 'Update',
				action: `Update a ${kind.noun}`,
				description: `Update a ${kind.noun} of a data storage`,
				method: method('update'),
				fields: [
					storage,
					kind.recordId,
					collection('updateFields', 'Update Fields', [text('name', 'Name', 'NAME'), ...kind.fields]),
				],
				output: { kind: 'success' },
				retrySafe: true,
			}),
			op({
				value: 'delete',
				name: 'Delete',
				action: `Delete a ${kind.noun}`,
				description: `Delete a ${kind.noun} of a data storage`,
				method: method('delete'),
				fields: [storage, kind.recordId],
				output: { kind: 'deleted' },
				retrySafe: true,
			}),
		],
	};
}

export const dataStorageSection = storageRecords({
	value: 'dataStorageSection',
	name: 'Data Storage Section',
	description: 'Sections that group the items of a data storage',
	family: 'section',
	noun: 'storage section',
	recordId: id('sectionId', 'Section ID', 'ID'),
	fields: [
		integer('parentSection', 'Parent Section ID', 'SECTION'),
		yesNo('active', 'Active', 'ACTIVE', { default: true, description: 'Whether the section is active.' }),
		sortOrder,
		text('code', 'Code', 'CODE'),
		text('description', 'Description', 'DESCRIPTION'),
	],
	filterExample: '{"CODE": "drinks"}',
});

export const dataStorageItem = storageRecords({
	value: 'dataStorageItem',
	name: 'Data Storage Item',
	description: 'Items kept in a data storage',
	family: 'item',
	noun: 'storage item',
	recordId: recordLocator('itemId', 'Item', 'ID', 'storageItem'),
	fields: [
		integer('section', 'Section ID', 'SECTION'),
		yesNo('active', 'Active', 'ACTIVE', { default: true, description: 'Whether the item is active.' }),
		sortOrder,
		text('code', 'Code', 'CODE'),
		text('previewText', 'Preview Text', 'PREVIEW_TEXT'),
		text('detailText', 'Detail Text', 'DETAIL_TEXT'),
		text('activeFrom', 'Active From', 'DATE_ACTIVE_FROM', { placeholder: 'e.g. 2026-01-31T10:00:00+03:00' }),
		text('activeTo', 'Active To', 'DATE_ACTIVE_TO', { placeholder: 'e.g. 2026-12-31T18:00:00+03:00' }),
		json('propertyValues', 'Property Values (JSON)', 'PROPERTY_VALUES', {
			description: 'Values of the storage properties by code, e.g. {"price": 12.5}.',
		}),
	],
	filterExample: '{"SECTION": 3, ">PROPERTY_price": 10}',
});

const propertyCode = text('property', 'Property Code', 'PROPERTY', {
	required: true,
	placeholder: 'e.g. price',
});

const propertyType = choice('type', 'Type', 'TYPE', [
	{ name: 'File', value: 'F' },
	{ name: 'Number', value: 'N' },
	{ name: 'String', value: 'S' },
]);

export const dataStorageProperty: CatalogResource = {
	value: 'dataStorageProperty',
	name: 'Data Storage Property',
	description: 'Properties that the items of a data storage carry',
	operations: [
		op({
			value: 'create',
			name: 'Create',
			action: 'Create a storage property',
			description: 'Add a property to the items of a data storage',
			method: 'entity.item.property.add',
			fields: [
				storage,
				propertyCode,
				text('name', 'Name', 'NAME', { required: true }),
				{ ...propertyType, property: { ...propertyType.property, default: 'S' } },
				collection('additionalFields', 'Additional Fields', [sortOrder]),
			],
			output: { kind: 'success' },
			retrySafe: false,
		}),
		op({
			value: 'get',
			name: 'Get',
			action: 'Get a storage property',
			description: 'Get one property of a data storage',
			method: 'entity.item.property.get',
			fields: [storage, propertyCode],
			output: { kind: 'record' },
			retrySafe: true,
		}),
		op({
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many storage properties',
			description: 'List the properties of a data storage',
			method: 'entity.item.property.get',
			fields: [storage],
			output: { kind: 'rows' },
			retrySafe: true,
		}),
		op({
			value: 'update',
			name: 'Update',
			action: 'Update a storage property',
			description: 'Rename a property or change its code, type or sort',
			method: 'entity.item.property.update',
			fields: [
				storage,
				propertyCode,
				collection('updateFields', 'Update Fields', [
					text('newCode', 'New Property Code', 'PROPERTY_NEW'),
					text('name', 'Name', 'NAME'),
					propertyType,
					sortOrder,
				]),
			],
			output: { kind: 'success' },
			retrySafe: true,
		}),
		op({
			value: 'delete',
			name: 'Delete',
			action: 'Delete a storage property',
			description: 'Delete a property of a data storage',
			method: 'entity.item.property.delete',
			fields: [storage, propertyCode],
			output: { kind: 'deleted' },
			retrySafe: true,
		}),
	],
};
