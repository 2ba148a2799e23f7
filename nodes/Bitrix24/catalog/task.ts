import { choice, collection, id, idList, integer, json, portalChoice, recordLocator, text, textList, yesNo } from './fields';
import { taskFileOperations } from './taskFiles';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

const taskId = (to = 'taskId') => recordLocator('taskId', 'Task', to, 'task');

const dateField = (name: string, displayName: string, to: string, description: string) =>
	text(name, displayName, to, { placeholder: 'e.g. 2026-12-31T18:00:00+03:00', description });

const responsible = (extra: { required?: boolean } = {}) =>
	portalChoice('responsibleId', 'Responsible User Name or ID', 'fields.RESPONSIBLE_ID', 'getUsers', {
		description: 'The person responsible for the task',
		...extra,
	});

/** The typed task fields offered on create and update, each written into `fields`. */
const taskFields = (): CatalogField[] => [
	text('description', 'Description', 'fields.DESCRIPTION', { description: 'Task description; BB-code such as [B]bold[/B] is allowed.' }),
	dateField('deadline', 'Deadline', 'fields.DEADLINE', 'When the task is due, ISO 8601.'),
	choice('priority', 'Priority', 'fields.PRIORITY', [
		{ name: 'Low', value: '0' },
		{ name: 'Medium', value: '1' },
		{ name: 'High', value: '2' },
	], { default: '1' }),
	portalChoice('groupId', 'Project (Group) Name or ID', 'fields.GROUP_ID', 'getTaskGroups', {
		description: 'The workgroup or project the task belongs to',
	}),
	integer('parentId', 'Parent Task ID', 'fields.PARENT_ID', { description: 'Makes this a subtask of the given task.' }),
	integer('createdBy', 'Creator ID', 'fields.CREATED_BY', { description: 'User ID of the creator; the calling user when not set.' }),
	idList('accomplices', 'Participant IDs', 'fields.ACCOMPLICES', { placeholder: 'e.g. 3, 11', description: 'Comma-separated user IDs of participants.' }),
	idList('auditors', 'Observer IDs', 'fields.AUDITORS', { placeholder: 'e.g. 61, 103', description: 'Comma-separated user IDs of observers.' }),
	dateField('startDatePlan', 'Planned Start', 'fields.START_DATE_PLAN', 'Planned start, ISO 8601.'),
	dateField('endDatePlan', 'Planned Finish', 'fields.END_DATE_PLAN', 'Planned finish, ISO 8601; not before the planned start.'),
	yesNo('taskControl', 'Review Work When Completed', 'fields.TASK_CONTROL', {
		description: 'Whether the creator must accept the work: completing then moves the task to "awaiting review".',
	}),
	yesNo('allowChangeDeadline', 'Responsible Can Change Deadline', 'fields.ALLOW_CHANGE_DEADLINE'),
	yesNo('allowTimeTracking', 'Track Time', 'fields.ALLOW_TIME_TRACKING'),
	integer('timeEstimate', 'Time Estimate (Seconds)', 'fields.TIME_ESTIMATE'),
	textList('crmBindings', 'CRM Bindings', 'fields.UF_CRM_TASK', {
		placeholder: 'e.g. D_10, C_7',
		description: 'CRM records to link, as type prefix and ID: L_ lead, D_ deal, C_ contact, CO_ company, T<type>_ smart process.',
	}),
	textList('tags', 'Tags', 'fields.TAGS', { placeholder: 'e.g. urgent, client' }),
];

const fieldsJson = json('fieldsJson', 'Fields (JSON)', 'fields', {
	description:
		'Any further task fields in Bitrix24\'s names, e.g. {"UF_TASK_WEBDAV_FILES": ["n1065"], "SE_PARAMETER": [{"CODE": 3, "VALUE": "Y"}]}; merged last, so it wins over the fields above',
});

const select = textList('select', 'Select', 'select', {
	description: 'Comma-separated fields to return, in Bitrix24\'s names, e.g. ID, TITLE, STATUS, DEADLINE, UF_CRM_TASK. Empty returns the standard fields.',
});

/** An action on one task whose answer is the task afterwards. */
const taskAction = (
	value: string,
	name: string,
	action: string,
	description: string,
	method: string,
	options: { retrySafe: boolean; idParam?: string; extra?: CatalogField[] },
): CatalogOperation => ({
	value,
	name,
	action,
	description,
	method,
	fields: [taskId(options.idParam), ...(options.extra ?? [])],
	output: { kind: 'record', path: 'task' },
	retrySafe: options.retrySafe,
});

const statusMove = (value: string, name: string, action: string, description: string, method: string) =>
	taskAction(value, name, action, description, method, { retrySafe: false });

export const task: CatalogResource = {
	value: 'task',
	name: 'Task',
	description: 'Tasks: create, read, change and move them through their statuses (tasks.task methods)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a task',
			description: 'Create a task and return it',
			method: 'tasks.task.add',
			fields: [
				text('title', 'Title', 'fields.TITLE', { required: true, placeholder: 'e.g. Prepare the contract' }),
				responsible({ required: true }),
				collection('taskFields', 'Fields', taskFields()),
				fieldsJson,
			],
			output: { kind: 'record', path: 'task' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a task',
			description: 'Get a task by ID',
			method: 'tasks.task.get',
			fields: [taskId(), select],
			output: { kind: 'record', path: 'task', missing: 'task' },
			retrySafe: true,
			simplify: { api: 'task' },
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many tasks',
			description: 'Get many tasks, filtered and ordered',
			method: 'tasks.task.list',
			fields: [
				json('filter', 'Filter (JSON)', 'filter', {
					description:
						'Bitrix24 filter with operators in the keys, e.g. {"RESPONSIBLE_ID": 547, "REAL_STATUS": 2, "<DEADLINE": "2026-12-31"}. Statuses: 2 pending, 3 in progress, 4 awaiting review, 5 completed, 6 deferred.',
				}),
				json('order', 'Order (JSON)', 'order', {
					description: 'Sort order, e.g. {"DEADLINE": "ASC"}. Leave empty for the fastest paging.',
				}),
				select,
			],
			output: { kind: 'rows' },
			list: {
				rowsPath: 'tasks',
				idKey: 'id',
				cursorKey: 'ID',
				filterParam: 'filter',
				orderParam: 'order',
				selectParam: 'select',
				fast: true,
			},
			retrySafe: true,
			simplify: { api: 'task' },
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a task',
			description: 'Change the fields of a task and return it',
			method: 'tasks.task.update',
			fields: [
				taskId(),
				collection('taskFields', 'Fields', [
					text('title', 'Title', 'fields.TITLE'),
					responsible(),
					...taskFields(),
				]),
				fieldsJson,
			],
			output: { kind: 'record', path: 'task' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a task',
			description: 'Delete a task',
			method: 'tasks.task.delete',
			fields: [taskId()],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getFields',
			name: 'Get Fields',
			action: 'Get the fields of tasks',
			description: 'List the task fields with their types and titles, custom fields included',
			method: 'tasks.task.getFields',
			fields: [],
			output: { kind: 'entries', path: 'fields', keyName: 'name' },
			retrySafe: true,
		},
		statusMove('start', 'Start', 'Start a task', 'Move a pending task to "in progress"', 'tasks.task.start'),
		statusMove('pause', 'Pause', 'Pause a task', 'Move a task in progress back to "pending"', 'tasks.task.pause'),
		statusMove('complete', 'Complete', 'Complete a task', 'Complete a task (or send it for review when the creator reviews the work)', 'tasks.task.complete'),
		statusMove('defer', 'Defer', 'Defer a task', 'Move a task to "deferred"', 'tasks.task.defer'),
		statusMove('renew', 'Renew', 'Renew a task', 'Reopen a completed or deferred task as "pending"', 'tasks.task.renew'),
		statusMove('approve', 'Approve', 'Approve a task', 'Accept the work on a task awaiting review; it becomes completed', 'tasks.task.approve'),
		statusMove('disapprove', 'Disapprove', 'Disapprove a task', 'Return a task awaiting review to the responsible person', 'tasks.task.disapprove'),
		taskAction('delegate', 'Delegate', 'Delegate a task', 'Make another user responsible for a task', 'tasks.task.delegate', {
			retrySafe: true,
			extra: [id('userId', 'New Responsible User ID', 'userId', { placeholder: 'e.g. 547' })],
		}),
		taskAction('startWatching', 'Start Watching', 'Start watching a task', 'Add the current user to the observers of a task', 'tasks.task.startwatch', { retrySafe: true }),
		taskAction('stopWatching', 'Stop Watching', 'Stop watching a task', 'Remove the current user from the observers of a task', 'tasks.task.stopwatch', { retrySafe: true }),
		taskAction('mute', 'Mute', 'Mute a task', 'Stop notifications about a task for the current user', 'tasks.task.mute', { retrySafe: true, idParam: 'id' }),
		taskAction('unmute', 'Unmute', 'Unmute a task', 'Turn notifications about a task back on for the current user', 'tasks.task.unmute', { retrySafe: true, idParam: 'id' }),
		taskAction('pin', 'Pin', 'Pin a task', 'Pin a task at the top of the task list', 'tasks.task.pin', { retrySafe: true, idParam: 'id' }),
		taskAction('unpin', 'Unpin', 'Unpin a task', 'Unpin a task from the top of the task list', 'tasks.task.unpin', { retrySafe: true, idParam: 'id' }),
		...taskExtras(),
		...taskFileOperations,
	],
};

/** Favourites, access, history, counters and files: operations whose answer is not the task. */
function taskExtras(): CatalogOperation[] {
	return [
		{
			value: 'addToFavorites',
			name: 'Add to Favorites',
			action: 'Add a task to favorites',
			description: "Add a task to the current user's favorites",
			method: 'tasks.task.favorite.add',
			fields: [taskId()],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'removeFromFavorites',
			name: 'Remove From Favorites',
			action: 'Remove a task from favorites',
			description: "Remove a task from the current user's favorites",
			method: 'tasks.task.favorite.remove',
			fields: [taskId()],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'getAccess',
			name: 'Get Access',
			action: 'Get the allowed actions on a task',
			description: 'Check which actions users may perform on a task, one item per user',
			method: 'tasks.task.getaccess',
			fields: [
				taskId(),
				idList('users', 'User IDs', 'users', { placeholder: 'e.g. 503, 547', description: 'Comma-separated user IDs to check. Empty checks the current user.' }),
			],
			output: { kind: 'entries', path: 'allowedActions', keyName: 'userId' },
			retrySafe: true,
		},
		{
			value: 'getHistory',
			name: 'Get History',
			action: 'Get the history of a task',
			description: 'List the changes made to a task, one item per event',
			method: 'tasks.task.history.list',
			fields: [
				taskId(),
				json('filter', 'Filter (JSON)', 'filter', { description: 'Event type to keep, e.g. {"FIELD": "STATUS"} or {"FIELD": "COMMENT"}.' }),
				json('order', 'Order (JSON)', 'order', { description: 'E.g. {"createdDate": "ASC"}. Newest first when empty.' }),
			],
			output: { kind: 'rows', path: 'list' },
			retrySafe: true,
		},
		{
			value: 'getCounters',
			name: 'Get Counters',
			action: 'Get the task counters of a user',
			description: 'Get the counters of overdue tasks and new comments of a user, one item per counter',
			method: 'tasks.task.counters.get',
			fields: [
				integer('userId', 'User ID', 'userId', { description: 'Whose counters to read; the current user when not set.' }),
				integer('groupId', 'Group ID', 'groupId', { description: 'Count only the tasks of this group; all groups when not set.' }),
				choice('type', 'Role', 'type', [
					{ name: 'All Roles', value: 'view_all' },
					{ name: 'Responsible', value: 'view_role_responsible' },
					{ name: 'Participant', value: 'view_role_accomplice' },
					{ name: 'Observer', value: 'view_role_auditor' },
					{ name: 'Creator', value: 'view_role_originator' },
				]),
			],
			output: { kind: 'entries', keyName: 'name' },
			retrySafe: true,
		},
		{
			value: 'attachFile',
			name: 'Attach File',
			action: 'Attach a Drive file to a task',
			description: 'Attach a file already on Bitrix24 Drive to a task',
			method: 'tasks.task.files.attach',
			fields: [
				taskId(),
				recordLocator('fileId', 'Drive File', 'fileId', 'driveFile', {
					description: 'The file on Drive: search it by name (3 characters or more) or type its ID, as the disk.* upload or listing methods return it',
				}),
			],
			output: { kind: 'record' },
			retrySafe: false,
		},
	];
}
