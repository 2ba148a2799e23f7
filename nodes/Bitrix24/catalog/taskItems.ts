/**
 * Comments, checklist items and time records of a task: the older task.*item.* methods. They read
 * their parameters by position, so every operation lists its fields in the documented order and
 * an order is always sent before a filter.
 */
import { choice, collection, id, integer, json, recordLocator, text, textList, yesNo } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

const taskId = recordLocator('taskId', 'Task', 'TASKID', 'task');

const orderFirst = (example: string) =>
	json('order', 'Order (JSON)', 'ORDER', {
		required: true,
		default: '{"ID": "ASC"}',
		description: `Sort order, e.g. ${example}. Bitrix24 reads these parameters by position, so an order is always sent.`,
	});

interface ItemFamily {
	value: string;
	name: string;
	description: string;
	/** Method prefix, e.g. `task.commentitem`. */
	prefix: string;
	/** The record in words, e.g. "task comment". */
	noun: string;
	itemId: CatalogField;
	/** Fields of create, in order after the task ID. */
	create: CatalogField[];
	/** Fields of update, in order after the task and item IDs. */
	update: CatalogField[];
	/** Fields of Get Many after the task ID. */
	list: CatalogField[];
	/** Output of update and delete, which some families answer with null. */
	writeOutput: CatalogOperation['output'];
	deleteOutput: CatalogOperation['output'];
	/** Whether the task ID of Get Many may be left out (then every task's records are listed). */
	listTaskOptional?: boolean;
}

/** The shape the three families share: add, get, getlist, update, delete by task and item ID. */
function itemResource(family: ItemFamily, extra: CatalogOperation[] = []): CatalogResource {
	const article = /^[aeiou]/i.test(family.noun) ? 'an' : 'a';
	const one = `${article} ${family.noun}`;
	const listTaskId = family.listTaskOptional
		? { ...taskId, property: { ...taskId.property, required: false, description: 'The task: pick it from the list, type its ID, or paste a link to its page. Leave empty for the records of all tasks.' } }
		: taskId;
	return {
		value: family.value,
		name: family.name,
		description: family.description,
		operations: [
			{
				value: 'create',
				name: 'Create',
				action: `Create ${one}`,
				description: `Add ${one} to a task`,
				method: `${family.prefix}.add`,
				fields: [taskId, ...family.create],
				output: { kind: 'value', key: 'id' },
				retrySafe: false,
			},
			{
				value: 'get',
				name: 'Get',
				action: `Get ${one}`,
				description: `Get ${one} by ID`,
				method: `${family.prefix}.get`,
				fields: [taskId, family.itemId],
				output: { kind: 'record' },
				retrySafe: true,
			},
			{
				value: 'getAll',
				name: 'Get Many',
				action: `Get many ${family.noun}s`,
				description: `List the ${family.noun}s of a task`,
				method: `${family.prefix}.getlist`,
				fields: [listTaskId, ...family.list],
				output: { kind: 'rows' },
				retrySafe: true,
			},
			{
				value: 'update',
				name: 'Update',
				action: `Update ${one}`,
				description: `Update ${one}`,
				method: `${family.prefix}.update`,
				fields: [taskId, family.itemId, ...family.update],
				output: family.writeOutput,
				retrySafe: true,
			},
			{
				value: 'delete',
				name: 'Delete',
				action: `Delete ${one}`,
				description: `Delete ${one}`,
				method: `${family.prefix}.delete`,
				fields: [taskId, family.itemId],
				output: family.deleteOutput,
				retrySafe: true,
			},
			...extra,
		],
	};
}

const driveFiles = (description: string) =>
	textList('files', 'Drive Files', 'FIELDS.UF_FORUM_MESSAGE_DOC', { placeholder: 'e.g. n4755, n4753', description });

const commentId = id('commentId', 'Comment ID', 'ITEMID', { placeholder: 'e.g. 3157' });

export const taskComment = itemResource({
	value: 'taskComment',
	name: 'Task Comment',
	description: 'Comments of a task (task.commentitem methods)',
	prefix: 'task.commentitem',
	noun: 'task comment',
	itemId: commentId,
	create: [
		text('message', 'Message', 'FIELDS.POST_MESSAGE', { required: true, typeOptions: { rows: 3 } }),
		collection('commentFields', 'Fields', [
			integer('authorId', 'Author ID', 'FIELDS.AUTHOR_ID', { description: 'Post on behalf of this user; the current user when not set.' }),
			text('postDate', 'Post Date', 'FIELDS.POST_DATE', { placeholder: 'e.g. 2026-07-15T14:30:00+02:00' }),
			driveFiles('Comma-separated Drive file IDs, each prefixed with n.'),
		]),
	],
	update: [
		text('message', 'Message', 'FIELDS.POST_MESSAGE', { required: true, typeOptions: { rows: 3 } }),
		collection('commentFields', 'Fields', [
			driveFiles('Replaces the attached files: list the old ones too, each prefixed with n.'),
		]),
	],
	list: [
		orderFirst('{"POST_DATE": "DESC"}; sortable: ID, AUTHOR_ID, AUTHOR_NAME, AUTHOR_EMAIL, POST_DATE'),
		json('filter', 'Filter (JSON)', 'FILTER', {
			description: 'E.g. {"AUTHOR_ID": 503, ">=POST_DATE": "2026-01-01"}; fields ID, AUTHOR_ID, AUTHOR_NAME, POST_DATE with !, <, <=, >, >=.',
		}),
	],
	writeOutput: { kind: 'success' },
	deleteOutput: { kind: 'deleted' },
});

const checklistItemId = id('itemId', 'Checklist Item ID', 'ITEMID', { placeholder: 'e.g. 475' });

const checklistFields = (): CatalogField[] => [
	integer('parentId', 'Parent Item ID', 'FIELDS.PARENT_ID', {
		description: 'Nest under this item; 0 starts a new checklist whose title is this item. Not set: the task\'s first checklist.',
	}),
	integer('sortIndex', 'Sort Index', 'FIELDS.SORT_INDEX', { description: 'Lower comes first.' }),
	yesNo('isComplete', 'Completed', 'FIELDS.IS_COMPLETE'),
	yesNo('isImportant', 'Important', 'FIELDS.IS_IMPORTANT'),
	json('members', 'Members (JSON)', 'FIELDS.MEMBERS', {
		description: 'User IDs with their role, e.g. {"547": {"TYPE": "A"}}: A participant, U observer. Replaces the current members.',
	}),
];

const checklistAction = (value: string, name: string, action: string, method: string, extra: CatalogField[] = []): CatalogOperation => ({
	value,
	name,
	action,
	description: action,
	method,
	fields: [taskId, checklistItemId, ...extra],
	output: { kind: 'success' },
	retrySafe: true,
});

export const taskChecklistItem = itemResource(
	{
		value: 'taskChecklistItem',
		name: 'Task Checklist Item',
		description: 'Checklist items of a task (task.checklistitem methods)',
		prefix: 'task.checklistitem',
		noun: 'checklist item',
		itemId: checklistItemId,
		create: [text('title', 'Title', 'FIELDS.TITLE', { required: true }), collection('checklistFields', 'Fields', checklistFields())],
		update: [collection('checklistFields', 'Fields', [text('title', 'Title', 'FIELDS.TITLE'), ...checklistFields()])],
		list: [
			json('order', 'Order (JSON)', 'ORDER', {
				description: 'E.g. {"SORT_INDEX": "ASC"}; sortable: ID, PARENT_ID, CREATED_BY, TITLE, SORT_INDEX, IS_COMPLETE, IS_IMPORTANT, TOGGLED_BY, TOGGLED_DATE.',
			}),
		],
		writeOutput: { kind: 'success' },
		deleteOutput: { kind: 'deleted' },
	},
	[
		checklistAction('complete', 'Complete', 'Mark a checklist item as done', 'task.checklistitem.complete'),
		checklistAction('renew', 'Renew', 'Mark a checklist item as not done', 'task.checklistitem.renew'),
		checklistAction('moveAfter', 'Move After Item', 'Move a checklist item after another', 'task.checklistitem.moveafteritem', [
			id('afterItemId', 'After Item ID', 'AFTERITEMID', { description: 'The item of the same task to place it after.' }),
		]),
		{
			value: 'isActionAllowed',
			name: 'Is Action Allowed',
			action: 'Check an action on a checklist item',
			description: 'Check whether the current user may perform an action on a checklist item',
			method: 'task.checklistitem.isactionallowed',
			fields: [
				taskId,
				checklistItemId,
				choice('actionId', 'Action', 'ACTIONID', [
					{ name: 'Add', value: '1' },
					{ name: 'Modify', value: '2' },
					{ name: 'Remove', value: '3' },
					{ name: 'Toggle', value: '4' },
					{ name: 'Reorder', value: '5' },
				]),
			],
			output: { kind: 'value', key: 'allowed' },
			retrySafe: true,
		},
	],
);

const elapsedFields = (required: boolean): CatalogField[] => [
	integer('seconds', 'Seconds', 'ARFIELDS.SECONDS', { required, description: 'Time spent, in seconds.' }),
	text('commentText', 'Comment', 'ARFIELDS.COMMENT_TEXT', { required }),
];

export const taskElapsedTime = itemResource({
	value: 'taskElapsedTime',
	name: 'Task Time Record',
	description: 'Time spent on a task (task.elapseditem methods)',
	prefix: 'task.elapseditem',
	noun: 'time record',
	itemId: id('recordId', 'Time Record ID', 'ITEMID', { placeholder: 'e.g. 5' }),
	create: [
		...elapsedFields(true),
		collection('elapsedFields', 'Fields', [integer('userId', 'User ID', 'ARFIELDS.USER_ID', { description: 'Whose time it is; the current user when not set.' })]),
	],
	update: [
		...elapsedFields(true),
		collection('elapsedFields', 'Fields', [integer('userId', 'User ID', 'ARFIELDS.USER_ID')]),
	],
	list: [
		orderFirst('{"CREATED_DATE": "DESC"}; sortable: ID, USER_ID, MINUTES, SECONDS, CREATED_DATE, DATE_START, DATE_STOP'),
		json('filter', 'Filter (JSON)', 'FILTER', {
			description: 'E.g. {"USER_ID": 1, ">=CREATED_DATE": "2026-01-01"}; fields ID, USER_ID, CREATED_DATE with !, <, <=, >, >=.',
		}),
	],
	writeOutput: { kind: 'success' },
	deleteOutput: { kind: 'deleted' },
	listTaskOptional: true,
});
