import { crmItemOperations } from './crmItemOperations';
import { collection, id, json, text, yesNo } from './fields';
import type { CatalogField, CatalogResource } from './types';

const TYPE_FLAGS: Array<[string, string, string]> = [
	['isAutomationEnabled', 'Automation Rules', 'Whether automation rules and triggers are available.'],
	['isBeginCloseDatesEnabled', 'Start and End Dates', 'Whether items have start and end dates.'],
	['isBizProcEnabled', 'Workflows', 'Whether business processes can run on items.'],
	['isCategoriesEnabled', 'Pipelines', 'Whether items can be split into pipelines.'],
	['isClientEnabled', 'Client Fields', 'Whether items link to contacts and companies.'],
	['isDocumentsEnabled', 'Documents', 'Whether documents can be printed from items.'],
	['isLinkWithProductsEnabled', 'Products', 'Whether catalog products can be added to items.'],
	['isMycompanyEnabled', 'Your Company Details', 'Whether items carry your company details.'],
	['isObserversEnabled', 'Observers', 'Whether items have observers.'],
	['isRecyclebinEnabled', 'Recycle Bin', 'Whether deleted items go to the recycle bin.'],
	['isSourceEnabled', 'Source Fields', 'Whether items have source fields.'],
	['isStagesEnabled', 'Custom Stages', 'Whether items use custom stages.'],
	['isUseInUserfieldEnabled', 'Use in Custom Fields', 'Whether the type can be linked from custom fields.'],
];

const typeFields = (required: boolean): CatalogField[] => [
	collection('typeFields', 'Fields', [
		text('code', 'Code', 'fields.code'),
		...TYPE_FLAGS.map(([name, displayName, description]) =>
			yesNo(name, displayName, `fields.${name}`, { description }),
		),
	]),
	json('fieldsJson', 'Fields (JSON)', 'fields', {
		description:
			'Any further settings as JSON, e.g. {"relations": {"parent": [{"entityTypeId": 2}]}}; merged last.',
		required,
	}),
];

const typeId = id('typeId', 'Type ID', 'id', {
	description: 'ID of the smart-process type (not its entity type ID).',
});

export const smartProcessType: CatalogResource = {
	value: 'smartProcessType',
	name: 'Smart Process Type',
	description: 'Smart-process (SPA) types through the crm.type methods',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a smart-process type',
			description: 'Create a smart-process type',
			method: 'crm.type.add',
			fields: [
				text('title', 'Title', 'fields.title', { required: true, placeholder: 'e.g. Shipments' }),
				id('entityTypeId', 'Entity Type ID', 'fields.entityTypeId', {
					required: false,
					description: 'Leave empty to let Bitrix24 choose; otherwise 128-192 or an even number from 1030.',
				}),
				...typeFields(false),
			],
			output: { kind: 'record', path: 'type' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a smart-process type',
			description: 'Get a smart-process type by its ID',
			method: 'crm.type.get',
			fields: [typeId],
			output: { kind: 'record', path: 'type' },
			retrySafe: true,
		},
		{
			value: 'getByEntityTypeId',
			name: 'Get by Entity Type ID',
			action: 'Get a smart-process type by entity type ID',
			description: 'Get a smart-process type by the entity type ID its items use',
			method: 'crm.type.getByEntityTypeId',
			fields: [id('entityTypeId', 'Entity Type ID', 'entityTypeId', { placeholder: 'e.g. 128' })],
			output: { kind: 'record', path: 'type' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many smart-process types',
			description: 'List smart-process types',
			method: 'crm.type.list',
			fields: [
				json('filter', 'Filter (JSON)', 'filter', { description: 'E.g. {"%title": "Ship"}.' }),
				json('order', 'Order (JSON)', 'order', { description: 'E.g. {"id": "DESC"}.' }),
			],
			output: { kind: 'rows' },
			list: { rowsPath: 'types', idKey: 'id', filterParam: 'filter', orderParam: 'order', fast: false },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a smart-process type',
			description: 'Update a smart-process type',
			method: 'crm.type.update',
			fields: [typeId, text('title', 'Title', 'fields.title'), ...typeFields(false)],
			output: { kind: 'record', path: 'type' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a smart-process type',
			description: 'Delete a smart-process type that has no items',
			method: 'crm.type.delete',
			fields: [typeId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getFields',
			name: 'Get Fields',
			action: 'Get the fields of smart-process types',
			description: 'List the settings a smart-process type has',
			method: 'crm.type.fields',
			fields: [],
			output: { kind: 'entries', path: 'fields', keyName: 'name' },
			retrySafe: true,
		},
	],
};

const smartProcessPicker = id('entityTypeId', 'Smart Process Name or ID', 'entityTypeId', {
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getSmartProcessTypes' },
	description:
		'Choose from the list, or specify an entity type ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
});

export const smartProcessItem: CatalogResource = {
	value: 'smartProcessItem',
	name: 'Smart Process Item',
	description: 'Items of a smart process chosen from the portal',
	operations: crmItemOperations(smartProcessPicker, 'a smart-process item'),
};
