import { classicCrudResource } from './classicCrud';
import { choice, collection, flag, id, integer, json, portalChoice, text, textList, yesNo } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

const OWNER_TYPES = 'CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, or a smart process type ID';

const ownerTypeId = (name: string, to: string) =>
	integer(name, 'Owner Type ID', to, { required: true, default: 2, description: `${OWNER_TYPES} the activity belongs to` });
const ownerId = (name: string, to: string) =>
	id(name, 'Owner ID', to, { placeholder: 'e.g. 12', description: 'ID of the CRM record the activity belongs to' });

const ACTIVITY_TYPES = [
	{ name: 'Meeting', value: '1' },
	{ name: 'Call', value: '2' },
	{ name: 'Task', value: '3' },
	{ name: 'Email', value: '4' },
	{ name: 'Action', value: '5' },
	{ name: 'Custom (Provider)', value: '6' },
];

export const activity = classicCrudResource({
	value: 'activity',
	name: 'Activity',
	plural: 'activities',
	prefix: 'crm.activity',
	description: 'Classic CRM activities (calls, meetings, e-mails) in the timeline of a record; for new to-dos see Activity To-Do',
	createOnly: [
		ownerTypeId('ownerTypeId', 'fields.OWNER_TYPE_ID'),
		ownerId('ownerId', 'fields.OWNER_ID'),
		choice('typeId', 'Type', 'fields.TYPE_ID', ACTIVITY_TYPES, { description: 'Kind of activity (crm.enum.activitytype)' }),
		json('communications', 'Communications (JSON)', 'fields.COMMUNICATIONS', {
			required: true,
			default: '[{"VALUE": "+15550100", "ENTITY_ID": 12, "ENTITY_TYPE_ID": 3}]',
			description: 'Who the activity is with: a list of {VALUE, ENTITY_ID, ENTITY_TYPE_ID}, e.g. a phone or e-mail of a contact',
		}),
	],
	required: [
		text('subject', 'Subject', 'fields.SUBJECT', { required: true, description: 'Title of the activity' }),
		portalChoice('responsibleId', 'Responsible User Name or ID', 'fields.RESPONSIBLE_ID', 'getUsers', {
			required: true,
			default: 1,
			description: 'The user in charge',
		}),
	],
	optional: [
		text('description', 'Description', 'fields.DESCRIPTION'),
		text('startTime', 'Start Time', 'fields.START_TIME', { placeholder: 'e.g. 2025-02-03T15:00:00+02:00' }),
		text('endTime', 'End Time', 'fields.END_TIME', { placeholder: 'e.g. 2025-02-03T16:00:00+02:00' }),
		yesNo('completed', 'Completed', 'fields.COMPLETED'),
		choice('direction', 'Direction', 'fields.DIRECTION', [
			{ name: 'Incoming', value: '1' },
			{ name: 'Outgoing', value: '2' },
		], { description: 'For calls and e-mails' }),
		choice('priority', 'Priority', 'fields.PRIORITY', [
			{ name: 'Low', value: '1' },
			{ name: 'Medium', value: '2' },
			{ name: 'High', value: '3' },
		]),
		text('location', 'Location', 'fields.LOCATION'),
	],
	fieldsExample: '{"DESCRIPTION_TYPE": 1, "SETTINGS": {"DISABLE_SENDING_MESSAGE_COPY": "Y"}}',
	filterExample: '{"OWNER_TYPE_ID": 2, "OWNER_ID": 12, "COMPLETED": "N"}',
	extraOperations: [
		{
			value: 'getCommunicationFields',
			name: 'Get Communication Fields',
			action: 'Get the fields of activity communications',
			description: 'List the fields of an activity communication (the COMMUNICATIONS entries)',
			method: 'crm.activity.communication.fields',
			fields: [],
			output: { kind: 'entries', keyName: 'name' },
			retrySafe: true,
		},
	],
});

const todoId = id('activityId', 'Activity ID', 'id', { placeholder: 'e.g. 999', description: 'ID of the to-do activity' });
const todoOwner: CatalogField[] = [ownerTypeId('ownerTypeId', 'ownerTypeId'), ownerId('ownerId', 'ownerId')];
const todoDeadline = text('deadline', 'Deadline', 'deadline', {
	required: true,
	placeholder: 'e.g. 2025-02-03T15:00:00',
	description: 'When the to-do is due',
});
const todoOptions = collection('todoFields', 'Fields', [
	text('title', 'Title', 'title'),
	text('description', 'Description', 'description'),
	portalChoice('responsibleId', 'Responsible User Name or ID', 'responsibleId', 'getUsers', { description: 'The user in charge' }),
	integer('parentActivityId', 'Parent Activity ID', 'parentActivityId', { description: 'An activity of the timeline this to-do follows up' }),
	textList('pingOffsets', 'Reminders (Minutes Before)', 'pingOffsets', { description: 'Comma-separated minutes before the deadline to remind, e.g. 0, 15' }),
	choice('colorId', 'Color', 'colorId', ['Default', '1', '2', '3', '4', '5', '6', '7'].map((color) => ({ name: color, value: color === 'Default' ? '' : color }))),
]);

function todoAction(value: string, name: string, action: string, method: string, fields: CatalogField[]): CatalogOperation {
	return { value, name, action, description: action, method, fields, output: { kind: 'record' }, retrySafe: true };
}

export const activityTodo: CatalogResource = {
	value: 'activityTodo',
	name: 'Activity To-Do',
	description: 'Universal activities (to-dos) with a deadline in the timeline of a CRM record',
	operations: [
		{ ...todoAction('create', 'Create', 'Create a to-do', 'crm.activity.todo.add', [...todoOwner, todoDeadline, todoOptions]), retrySafe: false },
		todoAction('update', 'Update', 'Update a to-do', 'crm.activity.todo.update', [todoId, ...todoOwner, todoDeadline, todoOptions]),
		todoAction('updateDeadline', 'Update Deadline', 'Change the deadline of a to-do', 'crm.activity.todo.updateDeadline', [
			todoId,
			...todoOwner,
			text('deadline', 'Deadline', 'value', { required: true, placeholder: 'e.g. 2025-02-03T15:00:00', description: 'The new deadline' }),
		]),
		todoAction('updateDescription', 'Update Description', 'Change the description of a to-do', 'crm.activity.todo.updateDescription', [
			todoId,
			...todoOwner,
			text('description', 'Description', 'value', { required: true, typeOptions: { rows: 3 }, description: 'The new description' }),
		]),
		todoAction('updateColor', 'Update Color', 'Change the color of a to-do', 'crm.activity.todo.updateColor', [
			todoId,
			...todoOwner,
			choice('colorId', 'Color', 'colorId', ['1', '2', '3', '4', '5', '6', '7'].map((color) => ({ name: color, value: color })), {
				description: 'One of the seven timeline colors',
			}),
		]),
		todoAction('updateResponsibleUser', 'Update Responsible User', 'Change who is responsible for a to-do', 'crm.activity.todo.updateResponsibleUser', [
			todoId,
			...todoOwner,
			portalChoice('responsibleId', 'Responsible User Name or ID', 'responsibleId', 'getUsers', {
				required: true,
				description: 'The user who takes over the to-do',
			}),
		]),
	],
};

const bindingFields: CatalogField[] = [
	id('activityId', 'Activity ID', 'activityId', { placeholder: 'e.g. 999' }),
	integer('entityTypeId', 'Entity Type ID', 'entityTypeId', { required: true, default: 2, description: OWNER_TYPES }),
	id('entityId', 'Entity ID', 'entityId', { placeholder: 'e.g. 12', description: 'ID of the CRM record' }),
];

export const activityBinding: CatalogResource = {
	value: 'activityBinding',
	name: 'Activity Binding',
	description: 'The CRM records an activity appears on (up to 100)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Bind an activity to a record',
			description: 'Show an activity on one more CRM record',
			method: 'crm.activity.binding.add',
			fields: bindingFields,
			output: { kind: 'success' },
			retrySafe: false,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Unbind an activity from a record',
			description: 'Remove an activity from a CRM record; its last binding cannot be removed',
			method: 'crm.activity.binding.delete',
			fields: bindingFields,
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'move',
			name: 'Move',
			action: 'Move an activity to another record',
			description: 'Rebind an activity from one CRM record to another record of the same type',
			method: 'crm.activity.binding.move',
			fields: [
				bindingFields[0],
				integer('sourceEntityTypeId', 'From Entity Type ID', 'sourceEntityTypeId', { required: true, default: 2, description: `${OWNER_TYPES} of the record the activity is on now` }),
				id('sourceEntityId', 'From Entity ID', 'sourceEntityId', { placeholder: 'e.g. 12', description: 'ID of the record the activity is on now' }),
				integer('targetEntityTypeId', 'To Entity Type ID', 'targetEntityTypeId', { required: true, default: 2, description: 'Type of the record the activity moves to; must be the same type' }),
				id('targetEntityId', 'To Entity ID', 'targetEntityId', { placeholder: 'e.g. 13', description: 'ID of the record the activity moves to' }),
			],
			output: { kind: 'success' },
			retrySafe: false,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get the bindings of an activity',
			description: 'List the CRM records an activity is bound to',
			method: 'crm.activity.binding.list',
			fields: [bindingFields[0]],
			output: { kind: 'rows' },
			retrySafe: true,
		},
	],
};

const typeId = text('typeId', 'Type ID', 'fields.TYPE_ID', {
	required: true,
	placeholder: 'e.g. 1C',
	description: 'Code of the custom type; activities name it in PROVIDER_TYPE_ID',
});

export const activityType: CatalogResource = {
	value: 'activityType',
	name: 'Activity Type',
	description: 'Custom activity types of this application (application credentials only)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create an activity type',
			description: 'Register a custom activity type for this application',
			method: 'crm.activity.type.add',
			fields: [
				typeId,
				text('name', 'Name', 'fields.NAME', { description: 'Name shown for activities of this type' }),
				yesNo('configurable', 'Configurable', 'fields.IS_CONFIGURABLE_TYPE', { description: 'Whether the type is for configurable activities' }),
			],
			output: { kind: 'success' },
			retrySafe: false,
			needsApplication: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many activity types',
			description: 'List the custom activity types this application registered',
			method: 'crm.activity.type.list',
			fields: [],
			output: { kind: 'rows' },
			retrySafe: true,
			needsApplication: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete an activity type',
			description: 'Delete a custom activity type of this application',
			method: 'crm.activity.type.delete',
			fields: [{ ...typeId, to: 'TYPE_ID' }],
			output: { kind: 'deleted' },
			retrySafe: true,
			needsApplication: true,
		},
	],
};

const configurableId = id('activityId', 'Activity ID', 'id', { placeholder: 'e.g. 999', description: 'ID of the configurable activity' });
const configurableFields: CatalogField[] = [
	text('typeId', 'Type ID', 'fields.typeId', {
		required: true,
		default: 'CONFIGURABLE',
		description: 'CONFIGURABLE, or the TYPE_ID of a configurable type this application registered (see Activity Type)',
	}),
	collection('activityFields', 'Fields', [
		flag('completed', 'Completed', 'fields.completed'),
		text('deadline', 'Deadline', 'fields.deadline', { placeholder: 'e.g. 2025-02-01T01:00:00+03:00' }),
		flag('isIncomingChannel', 'Incoming Channel', 'fields.isIncomingChannel', { description: 'Whether it came from an incoming channel; such activities have no deadline' }),
		portalChoice('responsibleId', 'Responsible User Name or ID', 'fields.responsibleId', 'getUsers', { description: 'The user in charge' }),
		textList('pingOffsets', 'Reminders (Minutes Before)', 'fields.pingOffsets', { description: 'Comma-separated minutes before the deadline, e.g. 0, 15' }),
		text('badgeCode', 'Badge Code', 'fields.badgeCode', { description: 'Code of the kanban badge shown for the activity' }),
		text('originatorId', 'Source ID', 'fields.originatorId'),
		text('originId', 'ID in Source', 'fields.originId'),
	]),
	json('layout', 'Layout (JSON)', 'layout', {
		required: true,
		default: '{"icon": {"code": "call-completed"}, "header": {"title": "Incoming call"}, "body": {"logo": {"code": "call-incoming"}, "blocks": {}}}',
		description: 'How the activity looks in the timeline: icon, header, body blocks and footer buttons (LayoutDto)',
	}),
];

export const configurableActivity: CatalogResource = {
	value: 'configurableActivity',
	name: 'Configurable Activity',
	description: 'Activities whose look this application describes with a layout (application credentials only)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a configurable activity',
			description: 'Add an activity with an application-defined layout to the timeline of a CRM item',
			method: 'crm.activity.configurable.add',
			fields: [ownerTypeId('ownerTypeId', 'ownerTypeId'), ownerId('ownerId', 'ownerId'), ...configurableFields],
			output: { kind: 'record', path: 'activity' },
			retrySafe: false,
			needsApplication: true,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a configurable activity',
			description: 'Get a configurable activity with its fields and layout',
			method: 'crm.activity.configurable.get',
			fields: [configurableId],
			output: { kind: 'record', path: 'activity' },
			retrySafe: true,
			needsApplication: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a configurable activity',
			description: 'Replace the fields and layout of a configurable activity this application created',
			method: 'crm.activity.configurable.update',
			fields: [configurableId, ...configurableFields],
			output: { kind: 'record', path: 'activity' },
			retrySafe: true,
			needsApplication: true,
		},
	],
};

export const activityResources: CatalogResource[] = [activity, activityTodo, activityBinding, activityType, configurableActivity];
