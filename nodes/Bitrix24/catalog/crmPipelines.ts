import { classicCrudResource } from './classicCrud';
import { choice, collection, id, integer, portalChoice, text, yesNo } from './fields';
import type { CatalogField, CatalogResource } from './types';

const entityTypeId = id('entityTypeId', 'Entity Type ID', 'entityTypeId', {
	default: '2',
	description: 'CRM object type whose pipelines to use: 2 deals, 3 contacts, 4 companies, 31 smart invoices, 128 and up smart processes',
});

/** A whole number rather than an id: the default deal pipeline is 0. */
const pipelineId = portalChoice('pipelineId', 'Pipeline Name or ID', 'id', 'getPipelines', {
	required: true,
	description: 'The pipeline (category) of the entity type above',
	dependsOn: ['entityTypeId'],
});

const pipelineFields = (required: boolean): CatalogField[] => [
	...(required ? [text('name', 'Name', 'fields.name', { required: true, placeholder: 'e.g. Wholesale' })] : []),
	collection('pipelineFields', 'Fields', [
		...(required ? [] : [text('name', 'Name', 'fields.name')]),
		integer('sort', 'Sort', 'fields.sort', { description: 'Position among the pipelines; negative values become 0' }),
		yesNo('isDefault', 'Default', 'fields.isDefault', {
			description: 'Whether new items land in this pipeline; smart processes and smart invoices only',
		}),
	]),
];

export const crmPipeline: CatalogResource = {
	value: 'crmPipeline',
	name: 'CRM Pipeline',
	description: 'Pipelines (categories) of deals, contacts, companies, smart invoices and smart processes',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a pipeline',
			description: 'Create a pipeline; deal and smart-process pipelines get their default stages',
			method: 'crm.category.add',
			fields: [entityTypeId, ...pipelineFields(true)],
			output: { kind: 'record', path: 'category' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a pipeline',
			description: 'Get a pipeline by ID',
			method: 'crm.category.get',
			fields: [entityTypeId, pipelineId],
			output: { kind: 'record', path: 'category' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many pipelines',
			description: 'List every pipeline of a CRM object type, the default one included',
			method: 'crm.category.list',
			fields: [entityTypeId],
			output: { kind: 'rows', path: 'categories' },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a pipeline',
			description: 'Rename, reorder or make a pipeline the default',
			method: 'crm.category.update',
			fields: [entityTypeId, pipelineId, ...pipelineFields(false)],
			output: { kind: 'record', path: 'category' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a pipeline',
			description: 'Delete a pipeline that holds no items and is not the default',
			method: 'crm.category.delete',
			fields: [entityTypeId, pipelineId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getFields',
			name: 'Get Fields',
			action: 'Get the fields of pipelines',
			description: 'List the fields a pipeline has',
			method: 'crm.category.fields',
			fields: [entityTypeId],
			output: { kind: 'entries', path: 'fields', keyName: 'name' },
			retrySafe: true,
		},
	],
};

const dictionaryId = (name: string, to: string) =>
	text(name, 'Dictionary ID', to, {
		required: true,
		placeholder: 'e.g. DEAL_STAGE',
		description:
			'ENTITY_ID of the dictionary: STATUS (lead stages), DEAL_STAGE, DEAL_STAGE_<pipeline ID>, QUOTE_STATUS, SOURCE, DEAL_TYPE, DYNAMIC_<type>_STAGE_<pipeline ID>, ...',
	});

const status = classicCrudResource({
	value: 'crmStatus',
	name: 'CRM Status',
	plural: 'CRM statuses',
	prefix: 'crm.status',
	description: 'Entries of CRM dictionaries: stages of every pipeline, sources, contact and deal types',
	createOnly: [
		dictionaryId('entityId', 'fields.ENTITY_ID'),
		text('statusId', 'Status ID', 'fields.STATUS_ID', {
			required: true,
			placeholder: 'e.g. NEGOTIATION',
			description: 'Code of the entry, unique within the dictionary (Latin letters, digits, - and _ for stages)',
		}),
	],
	required: [text('name', 'Name', 'fields.NAME', { required: true, placeholder: 'e.g. Negotiation' })],
	optional: [
		integer('sort', 'Sort', 'fields.SORT', { description: 'Position in the dictionary; default 10' }),
		text('color', 'Color', 'fields.COLOR', { placeholder: 'e.g. #39A8EF', description: 'Hex color of a stage' }),
		choice(
			'semantics',
			'Semantics',
			'fields.SEMANTICS',
			[
				{ name: 'In Progress', value: '' },
				{ name: 'Success', value: 'S' },
				{ name: 'Failure', value: 'F' },
			],
			{ description: 'Stage group, set on create only' },
		),
	],
	fieldsExample: '{"COLOR": "#FFA900"}',
	filterExample: '{"ENTITY_ID": "DEAL_STAGE"}',
	selectable: false,
	extraFields: {
		delete: [
			collection('deleteOptions', 'Options', [
				yesNo('forced', 'Force', 'params.FORCED', { description: 'Whether to delete a system entry too' }),
			]),
		],
	},
});

export const crmStatus: CatalogResource = {
	...status,
	operations: [
		...status.operations,
		{
			value: 'getDictionaries',
			name: 'Get Dictionaries',
			action: 'Get the CRM dictionaries',
			description: 'List the dictionaries (ENTITY_ID values), stage dictionaries of every pipeline included',
			method: 'crm.status.entity.types',
			fields: [],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'getDictionaryItems',
			name: 'Get Dictionary Items',
			action: 'Get the entries of a CRM dictionary',
			description: 'List the entries of one dictionary, sorted, with their codes and names',
			method: 'crm.status.entity.items',
			fields: [dictionaryId('dictionaryId', 'entityId')],
			output: { kind: 'rows' },
			retrySafe: true,
		},
	],
};

