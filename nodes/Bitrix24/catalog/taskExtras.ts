/** Task results, custom task fields, Kanban / My Plan stages and task dependencies. */
import { choice, collection, flag, id, integer, json, recordLocator, text, yesNo } from './fields';
import type { CatalogField, CatalogResource } from './types';

const taskIdField = recordLocator('taskId', 'Task', 'taskId', 'task');
const commentIdField = id('commentId', 'Comment ID', 'commentId', { placeholder: 'e.g. 3199', description: 'ID of the task comment.' });

export const taskResult: CatalogResource = {
	value: 'taskResult',
	name: 'Task Result',
	description: 'Comments pinned as the result of a task (tasks.task.result methods)',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many task results',
			description: 'List the results of a task',
			method: 'tasks.task.result.list',
			fields: [taskIdField],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'createFromComment',
			name: 'Create From Comment',
			action: 'Pin a comment as a task result',
			description: 'Mark a task comment as a result of the task',
			method: 'tasks.task.result.addFromComment',
			fields: [commentIdField],
			output: { kind: 'record' },
			retrySafe: false,
		},
		{
			value: 'deleteFromComment',
			name: 'Delete From Comment',
			action: 'Unpin a comment from the task results',
			description: 'Remove the result mark from a task comment; the comment stays',
			method: 'tasks.task.result.deleteFromComment',
			fields: [commentIdField],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
	],
};

const userFieldId = id('userFieldId', 'Custom Field ID', 'ID', { placeholder: 'e.g. 1325' });

/** Settings shared by create (under PARAMS) and update (under DATA). */
const userFieldOptions = (root: string): CatalogField[] => [
	text('label', 'Label', `${root}.LABEL`, { description: 'Name shown to users.' }),
	text('xmlId', 'External ID', `${root}.XML_ID`),
	integer('sort', 'Sort', `${root}.SORT`),
	yesNo('multiple', 'Multiple', `${root}.MULTIPLE`, { description: 'Whether the field holds several values (not for Yes/No fields).' }),
	yesNo('mandatory', 'Mandatory', `${root}.MANDATORY`, { description: 'Whether every task must fill the field.' }),
	json('settings', 'Settings (JSON)', `${root}.SETTINGS`, {
		description: 'Type settings, e.g. {"DEFAULT_VALUE": "Clarify the goal", "ROWS": 10} for a string.',
	}),
];

export const taskUserField: CatalogResource = {
	value: 'taskUserField',
	name: 'Task Custom Field',
	description: 'Custom fields of tasks (task.item.userfield methods)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a task custom field',
			description: 'Create a custom field for tasks',
			method: 'task.item.userfield.add',
			fields: [
				text('fieldName', 'Field Name', 'PARAMS.FIELD_NAME', { required: true, placeholder: 'e.g. UF_TASK_CLIENT_REQUEST' }),
				choice('userTypeId', 'Type', 'PARAMS.USER_TYPE_ID', [
					{ name: 'String', value: 'string' },
					{ name: 'Number', value: 'double' },
					{ name: 'Date and Time', value: 'datetime' },
					{ name: 'Yes/No', value: 'boolean' },
				]),
				collection('userFieldOptions', 'Options', userFieldOptions('PARAMS')),
				json('paramsJson', 'Parameters (JSON)', 'PARAMS', {
					description: 'Further parameters in Bitrix24\'s names, e.g. {"EDIT_FORM_LABEL": {"en": "Client request"}}; merged last.',
				}),
			],
			output: { kind: 'value', key: 'id' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a task custom field',
			description: 'Get a custom task field by ID',
			method: 'task.item.userfield.get',
			fields: [userFieldId],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many task custom fields',
			description: 'List the custom task fields',
			method: 'task.item.userfield.getlist',
			fields: [
				json('order', 'Order (JSON)', 'ORDER', { description: 'E.g. {"SORT": "ASC"}; sortable: ID, FIELD_NAME, USER_TYPE_ID, SORT.' }),
				json('filter', 'Filter (JSON)', 'FILTER', { description: 'E.g. {"USER_TYPE_ID": "string", "MANDATORY": "Y"}.' }),
			],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a task custom field',
			description: 'Change the label, sort, settings or flags of a custom task field',
			method: 'task.item.userfield.update',
			fields: [
				userFieldId,
				collection('userFieldOptions', 'Options', userFieldOptions('DATA')),
				json('dataJson', 'Data (JSON)', 'DATA', { description: 'Further changes in Bitrix24\'s names, e.g. {"EDIT_FORM_LABEL": {"en": "Request"}}; merged last.' }),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a task custom field',
			description: 'Delete a custom task field with its values',
			method: 'task.item.userfield.delete',
			fields: [userFieldId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getFields',
			name: 'Get Fields',
			action: 'Get the properties of task custom fields',
			description: 'Describe the properties a custom task field has',
			method: 'task.item.userfield.getfields',
			fields: [],
			output: { kind: 'entries', keyName: 'name' },
			retrySafe: true,
		},
		{
			value: 'getTypes',
			name: 'Get Types',
			action: 'Get the types of custom fields',
			description: 'List the custom field types (tasks support string, double, datetime and boolean)',
			method: 'task.item.userfield.gettypes',
			fields: [],
			output: { kind: 'rows' },
			retrySafe: true,
		},
	],
};

const stageId = id('stageId', 'Stage ID', 'id', { placeholder: 'e.g. 6' });
const isAdmin = flag('isAdmin', 'Skip Permission Check', 'isAdmin', {
	description: 'Whether to skip the permission check; works only when the caller is a portal administrator.',
});
const entityId = (to: string, required = false) =>
	integer('entityId', 'Group ID', to, { required, description: 'Group whose Kanban stages to use; 0 for the current user\'s My Plan.' });

export const taskStage: CatalogResource = {
	value: 'taskStage',
	name: 'Task Stage',
	description: 'Kanban stages of a group and My Plan stages of the current user (task.stages methods)',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many task stages',
			description: 'List the stages of a group\'s Kanban or of My Plan',
			method: 'task.stages.get',
			fields: [entityId('entityId', true), isAdmin],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a task stage',
			description: 'Add a stage to a group\'s Kanban or to My Plan',
			method: 'task.stages.add',
			fields: [
				text('title', 'Title', 'fields.TITLE', { required: true }),
				collection('stageFields', 'Fields', [
					text('color', 'Color', 'fields.COLOR', { placeholder: 'e.g. 00C4FB', description: 'RGB colour in hex.' }),
					integer('afterId', 'After Stage ID', 'fields.AFTER_ID', { description: 'Place after this stage; first when 0.' }),
					entityId('fields.ENTITY_ID'),
				]),
				isAdmin,
			],
			output: { kind: 'value', key: 'id' },
			retrySafe: false,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a task stage',
			description: 'Rename, recolour or move a stage',
			method: 'task.stages.update',
			fields: [
				stageId,
				collection('stageFields', 'Fields', [
					text('title', 'Title', 'fields.TITLE'),
					text('color', 'Color', 'fields.COLOR', { placeholder: 'e.g. 47D1E2' }),
					integer('afterId', 'After Stage ID', 'fields.AFTER_ID', { description: 'Move after this stage; first when 0.' }),
				]),
				isAdmin,
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a task stage',
			description: 'Delete a stage (not the first or the default one)',
			method: 'task.stages.delete',
			fields: [stageId, isAdmin],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'moveTask',
			name: 'Move Task',
			action: 'Move a task to a stage',
			description: 'Move a task to another stage',
			method: 'task.stages.movetask',
			fields: [
				recordLocator('taskId', 'Task', 'id', 'task'),
				id('stageId', 'Stage ID', 'stageId', { placeholder: 'e.g. 6' }),
				collection('moveOptions', 'Options', [
					integer('before', 'Before Task ID', 'before', { description: 'Place the task before this one (not with After Task ID).' }),
					integer('after', 'After Task ID', 'after', { description: 'Place the task after this one (not with Before Task ID).' }),
				]),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'canMoveTask',
			name: 'Can Move Task',
			action: 'Check whether tasks can be moved between stages',
			description: 'Check whether the current user may move tasks between the stages of a group or a My Plan',
			method: 'task.stages.canmovetask',
			fields: [
				id('entityId', 'Group or User ID', 'entityId', { placeholder: 'e.g. 1' }),
				choice('entityType', 'Stages Of', 'entityType', [
					{ name: 'Group', value: 'G' },
					{ name: 'User (My Plan)', value: 'U' },
				]),
			],
			output: { kind: 'value', key: 'allowed' },
			retrySafe: true,
		},
	],
};

const dependencyEnds = (): CatalogField[] => [
	recordLocator('taskIdFrom', 'From Task', 'taskIdFrom', 'task', {
		description: 'The task the other one depends on: pick it from the list, type its ID, or paste a link to its page',
	}),
	recordLocator('taskIdTo', 'To Task', 'taskIdTo', 'task', {
		description: 'The dependent task: pick it from the list, type its ID, or paste a link to its page',
	}),
];

export const taskDependency: CatalogResource = {
	value: 'taskDependency',
	name: 'Task Dependency',
	description: 'Links between tasks in the Gantt chart (task.dependence methods)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a task dependency',
			description: 'Link two tasks so that one depends on the other',
			method: 'task.dependence.add',
			fields: [
				...dependencyEnds(),
				choice('linkType', 'Link Type', 'linkType', [
					{ name: 'Finish to Start', value: '2' },
					{ name: 'Start to Start', value: '0' },
					{ name: 'Start to Finish', value: '1' },
					{ name: 'Finish to Finish', value: '3' },
				]),
			],
			output: { kind: 'success' },
			retrySafe: false,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a task dependency',
			description: 'Remove the link between two tasks',
			method: 'task.dependence.delete',
			fields: dependencyEnds(),
			output: { kind: 'deleted' },
			retrySafe: true,
		},
	],
};
