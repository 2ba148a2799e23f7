import { crmFileFieldOperations } from './crmFileFields';
import { collection, decimal, fieldMapper, flag, integer, json, portalChoice, recordLocator, text, textList, yesNo } from './fields';
import type { CatalogField, CatalogOperation } from './types';
import { upsertOperation } from './upsert';

const ITEM_FIELDS: CatalogField[] = [
	text('title', 'Title', 'fields.title'),
	portalChoice('stageId', 'Stage Name or ID', 'fields.stageId', 'getStages', {
		description: "Stage of the item: the stages of the pipeline chosen here, or every pipeline's stages",
		dependsOn: ['entityTypeId', '&categoryId'],
	}),
	portalChoice('categoryId', 'Pipeline Name or ID', 'fields.categoryId', 'getPipelines', {
		description: 'Pipeline (category) of the item; leads and quotes have none',
		dependsOn: ['entityTypeId'],
	}),
	portalChoice('assignedById', 'Responsible User Name or ID', 'fields.assignedById', 'getUsers', {
		description: 'The user responsible for the item',
	}),
	decimal('opportunity', 'Amount', 'fields.opportunity'),
	portalChoice('currencyId', 'Currency Name or ID', 'fields.currencyId', 'getCurrencies', { description: 'Currency of the amount' }),
	integer('companyId', 'Company ID', 'fields.companyId'),
	integer('contactId', 'Contact ID', 'fields.contactId'),
	flag('opened', 'Available to Everyone', 'fields.opened', {
		description: 'Whether every user may see the record.',
	}),
	text('comments', 'Comments', 'fields.comments'),
];

const itemFields = (required: boolean, mode: 'add' | 'update'): CatalogField[] => [
	collection('itemFields', 'Fields', ITEM_FIELDS, { placeholder: 'Add Field', displayOptions: { show: { '@version': [1] } } }),
	fieldMapper('mappedFields', 'Fields', 'fields', 'crmItem', mode, { displayOptions: { show: { '@version': [2] } } }),
	json('fieldsJson', 'Fields (JSON)', 'fields', {
		description:
			'Any further fields as a JSON object, camelCase as Bitrix24 names them (e.g. {"ufCrm5_1700000000": "x"}); merged last, so it wins over the fields above.',
		required,
	}),
];

export const ufNames = collection('options', 'Options', [
	yesNo('useOriginalUfNames', 'Use Original UF Names', 'useOriginalUfNames', {
		description: 'Whether custom fields keep their UF_CRM_... names instead of ufCrm... names.',
	}),
]);

const itemId = recordLocator('itemId', 'Item', 'id', 'crmItem');

/** "a CRM item" -> "CRM items" */
function plural(noun: string): string {
	return `${noun.replace(/^an? /, '')}s`;
}

/**
 * The universal `crm.item.*` operations. Leads, deals, contacts, companies, quotes, smart
 * invoices and smart-process items differ only in how the entity type is chosen.
 */
export function crmItemOperations(entityType: CatalogField, noun: string): CatalogOperation[] {
	return [
		{
			value: 'create',
			name: 'Create',
			action: `Create ${noun}`,
			description: `Create ${noun}`,
			method: 'crm.item.add',
			fields: [entityType, ...itemFields(false, 'add'), ufNames],
			output: { kind: 'record', path: 'item' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: `Get ${noun}`,
			description: `Get ${noun} by ID`,
			method: 'crm.item.get',
			fields: [entityType, itemId, ufNames],
			output: { kind: 'record', path: 'item' },
			simplify: { api: 'item' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: `Get many ${plural(noun)}`,
			description: `Get many ${plural(noun)}, filtered and ordered`,
			method: 'crm.item.list',
			fields: [
				entityType,
				json('filter', 'Filter (JSON)', 'filter', {
					description:
						'Bitrix24 filter with operators in the keys, e.g. {">opportunity": 1000, "stageId": "NEW"}.',
				}),
				json('order', 'Order (JSON)', 'order', {
					description: 'Sort order, e.g. {"id": "DESC"}. Leave empty for the fastest paging.',
				}),
				textList('select', 'Select', 'select', {
					description: 'Comma-separated fields to return, e.g. id, title, stageId. Empty returns all.',
				}),
				ufNames,
			],
			output: { kind: 'rows' },
			simplify: { api: 'item' },
			list: {
				rowsPath: 'items',
				idKey: 'id',
				filterParam: 'filter',
				orderParam: 'order',
				selectParam: 'select',
				fast: true,
			},
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: `Update ${noun}`,
			description: `Update ${noun}`,
			method: 'crm.item.update',
			fields: [entityType, itemId, ...itemFields(false, 'update'), ufNames],
			output: { kind: 'record', path: 'item' },
			retrySafe: true,
		},
		upsertOperation({
			one: noun,
			crm: { api: 'item' },
			communications: true,
			entityType,
			fields: [...itemFields(false, 'update'), ufNames],
			fieldExample: 'ufCrm5_1700000000',
		}),
		{
			value: 'delete',
			name: 'Delete',
			action: `Delete ${noun}`,
			description: `Delete ${noun}`,
			method: 'crm.item.delete',
			fields: [entityType, itemId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		...crmFileFieldOperations(entityType, itemId, noun),
	];
}
