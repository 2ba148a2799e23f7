import { classicCrudResource } from './classicCrud';
import { choice, id, integer, json, text } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

const TYPE_IDS = 'CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, or a smart process type ID';
const TYPE_NAME_HINT = 'Type of the CRM item by name: lead, deal, contact, company, or dynamic_<type ID> for a smart process';

const entityType = (to: string) =>
	text('entityType', 'Entity Type', to, { required: true, default: 'deal', placeholder: 'e.g. deal', description: TYPE_NAME_HINT });
const entityId = (to: string) => id('entityId', 'Entity ID', to, { placeholder: 'e.g. 12', description: 'ID of the CRM item' });

export const timelineComment = classicCrudResource({
	value: 'timelineComment',
	name: 'Timeline Comment',
	noun: 'timeline comment',
	plural: 'timeline comments',
	prefix: 'crm.timeline.comment',
	description: 'Comments in the timeline of a CRM item',
	createOnly: [entityType('fields.ENTITY_TYPE'), entityId('fields.ENTITY_ID')],
	required: [text('comment', 'Comment', 'fields.COMMENT', { required: true, typeOptions: { rows: 3 }, description: 'Text of the comment' })],
	fieldsExample: '{"FILES": [["note.txt", "SGVsbG8="]]} (files as name and base64 content)',
	listFields: [entityType('filter.ENTITY_TYPE'), entityId('filter.ENTITY_ID')],
	filterExample: '{"AUTHOR_ID": 1}',
	orderExample: '{"CREATED": "DESC"} (ID, CREATED or AUTHOR_ID)',
	fastPaging: false,
});

const noteTarget: CatalogField[] = [
	integer('ownerTypeId', 'Owner Type ID', 'ownerTypeId', { required: true, default: 2, description: TYPE_IDS }),
	id('ownerId', 'Owner ID', 'ownerId', { placeholder: 'e.g. 12', description: 'ID of the CRM item whose timeline holds the record' }),
	choice('itemType', 'Record Type', 'itemType', [
		{ name: 'History Record', value: '1' },
		{ name: 'Activity', value: '2' },
	], { description: 'Whether the note is on a timeline history record or on an activity' }),
	id('itemId', 'Record ID', 'itemId', { placeholder: 'e.g. 999', description: 'ID of the history record or activity' }),
];

export const timelineNote: CatalogResource = {
	value: 'timelineNote',
	name: 'Timeline Note',
	description: 'The note attached to a timeline record or activity',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a timeline note',
			description: 'Get the note of a timeline record or activity',
			method: 'crm.timeline.note.get',
			fields: noteTarget,
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'save',
			name: 'Save',
			action: 'Save a timeline note',
			description: 'Write the note of a timeline record or activity, replacing any earlier text',
			method: 'crm.timeline.note.save',
			fields: [...noteTarget, text('text', 'Text', 'text', { required: true, typeOptions: { rows: 3 }, description: 'Text of the note' })],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a timeline note',
			description: 'Remove the note of a timeline record or activity',
			method: 'crm.timeline.note.delete',
			fields: noteTarget,
			output: { kind: 'deleted' },
			retrySafe: true,
		},
	],
};

const bindingFields: CatalogField[] = [
	id('ownerId', 'Timeline Record ID', 'fields.OWNER_ID', { placeholder: 'e.g. 999', description: 'ID of the timeline record (a comment, a log message, ...)' }),
	choice('entityType', 'Entity Type', 'fields.ENTITY_TYPE', ['lead', 'deal', 'contact', 'company', 'order'].map((type) => ({
		name: type.charAt(0).toUpperCase() + type.slice(1),
		value: type,
	})), { default: 'deal', description: 'Type of the CRM item' }),
	entityId('fields.ENTITY_ID'),
];

export const timelineBinding: CatalogResource = {
	value: 'timelineBinding',
	name: 'Timeline Binding',
	description: 'The CRM items a timeline record is shown on',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Bind a timeline record to an item',
			description: 'Show a timeline record on one more CRM item',
			method: 'crm.timeline.bindings.bind',
			fields: bindingFields,
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Unbind a timeline record from an item',
			description: 'Stop showing a timeline record on a CRM item',
			method: 'crm.timeline.bindings.unbind',
			fields: bindingFields,
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get the bindings of a timeline record',
			description: 'List the CRM items a timeline record is shown on',
			method: 'crm.timeline.bindings.list',
			fields: [{ ...bindingFields[0], to: 'filter.OWNER_ID' }],
			output: { kind: 'rows' },
			list: { idKey: 'ENTITY_ID', filterParam: 'filter', orderParam: 'order', fast: false },
			retrySafe: true,
		},
		{
			value: 'getFields',
			name: 'Get Fields',
			action: 'Get the fields of timeline bindings',
			description: 'List the fields of a timeline binding with their types and labels',
			method: 'crm.timeline.bindings.fields',
			fields: [],
			output: { kind: 'entries', keyName: 'name' },
			retrySafe: true,
		},
	],
};

const logMessageId = id('logMessageId', 'Log Message ID', 'id', { placeholder: 'e.g. 1' });
const logOwner: CatalogField[] = [
	integer('entityTypeId', 'Entity Type ID', 'fields.entityTypeId', { required: true, default: 2, description: TYPE_IDS }),
	id('entityId', 'Entity ID', 'fields.entityId', { placeholder: 'e.g. 12', description: 'ID of the CRM item' }),
];

function logOperation(operation: Omit<CatalogOperation, 'description'>): CatalogOperation {
	return { ...operation, description: operation.action };
}

export const timelineLogMessage: CatalogResource = {
	value: 'timelineLogMessage',
	name: 'Timeline Log Message',
	description: 'Log entries an integration writes into the timeline of a CRM item',
	operations: [
		logOperation({
			value: 'create',
			name: 'Create',
			action: 'Create a timeline log message',
			method: 'crm.timeline.logmessage.add',
			fields: [
				...logOwner,
				text('title', 'Title', 'fields.title', { required: true }),
				text('text', 'Text', 'fields.text', { required: true, typeOptions: { rows: 3 } }),
				text('iconCode', 'Icon Code', 'fields.iconCode', { required: true, default: 'info', description: 'Code of the icon, e.g. info; see crm.timeline.icon.list' }),
			],
			output: { kind: 'record', path: 'logMessage' },
			retrySafe: false,
		}),
		logOperation({
			value: 'get',
			name: 'Get',
			action: 'Get a timeline log message',
			method: 'crm.timeline.logmessage.get',
			fields: [logMessageId],
			output: { kind: 'record', path: 'logMessage' },
			retrySafe: true,
		}),
		logOperation({
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many timeline log messages',
			method: 'crm.timeline.logmessage.list',
			fields: [
				integer('entityTypeId', 'Entity Type ID', 'entityTypeId', { required: true, default: 2, description: TYPE_IDS }),
				id('entityId', 'Entity ID', 'entityId', { placeholder: 'e.g. 12', description: 'ID of the CRM item' }),
				json('order', 'Order (JSON)', 'order', { description: 'Sort by id or created, e.g. {"created": "asc"}; newest first by default' }),
			],
			output: { kind: 'rows' },
			list: { idKey: 'id', filterParam: 'filter', orderParam: 'order', fast: false },
			retrySafe: true,
		}),
		logOperation({
			value: 'delete',
			name: 'Delete',
			action: 'Delete a timeline log message',
			method: 'crm.timeline.logmessage.delete',
			fields: [logMessageId],
			output: { kind: 'deleted' },
			retrySafe: true,
		}),
	],
};

const pinTarget: CatalogField[] = [
	id('itemId', 'Timeline Record ID', 'id', { placeholder: 'e.g. 999', description: 'ID of the timeline record (a comment, a log message, ...)' }),
	integer('ownerTypeId', 'Owner Type ID', 'ownerTypeId', { required: true, default: 2, description: TYPE_IDS }),
	id('ownerId', 'Owner ID', 'ownerId', { placeholder: 'e.g. 12', description: 'ID of the CRM item whose timeline shows the record' }),
];

export const timelineItem: CatalogResource = {
	value: 'timelineItem',
	name: 'Timeline Item',
	description: 'Records of a CRM item\'s timeline, pinned to its top (at most three)',
	operations: [
		{
			value: 'pin',
			name: 'Pin',
			action: 'Pin a timeline record',
			description: 'Pin a record to the top of a CRM item\'s timeline',
			method: 'crm.timeline.item.pin',
			fields: pinTarget,
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'unpin',
			name: 'Unpin',
			action: 'Unpin a timeline record',
			description: 'Unpin a record from the top of a CRM item\'s timeline',
			method: 'crm.timeline.item.unpin',
			fields: pinTarget,
			output: { kind: 'success' },
			retrySafe: true,
		},
	],
};

export const timelineResources: CatalogResource[] = [timelineComment, timelineNote, timelineBinding, timelineLogMessage, timelineItem];
