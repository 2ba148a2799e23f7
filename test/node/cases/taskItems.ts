import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { callsOf } from '../portal';
import { seedTask, storedTask } from './task';
import type { CaseTable } from './types';

const json = (items: INodeExecutionData[]) => items.map((item) => item.json);

/** These methods read parameters by position: the keys must reach the portal in the documented order. */
function expectKeyOrder(emulator: Emulator, method: string, keys: string[]): void {
	expect(Object.keys(callsOf(emulator, method)[0].params)).toEqual(keys);
}

const addComment = (emulator: Emulator, taskId: number, message: string): number =>
	emulator.seed.call('task.commentitem.add', { TASKID: taskId, FIELDS: { POST_MESSAGE: message } }).result as number;

const addChecklistItem = (emulator: Emulator, taskId: number, fields: IDataObject): number =>
	emulator.seed.call('task.checklistitem.add', { TASKID: taskId, FIELDS: fields }).result as number;

const checklistItem = (emulator: Emulator, taskId: number, itemId: number): IDataObject =>
	emulator.seed.call('task.checklistitem.get', { TASKID: taskId, ITEMID: itemId }).result as IDataObject;

const addTime = (emulator: Emulator, taskId: number, seconds: number): number =>
	emulator.seed.call('task.elapseditem.add', { TASKID: taskId, ARFIELDS: { SECONDS: seconds, COMMENT_TEXT: 'Work' } }).result as number;

/** A task with a comment. */
const withComment = (emulator: Emulator) => {
	const taskId = seedTask(emulator);
	return { taskId, itemId: addComment(emulator, taskId, 'First version') };
};

/** A task with a checklist "Checklist 1" holding two items. */
const withChecklist = (emulator: Emulator) => {
	const taskId = seedTask(emulator);
	const first = addChecklistItem(emulator, taskId, { TITLE: 'Call the client' });
	const second = addChecklistItem(emulator, taskId, { TITLE: 'Send the offer' });
	return { taskId, first, second };
};

export const taskItemCases: CaseTable = {
	'taskComment.create': {
		setup: (emulator) => ({ taskId: seedTask(emulator) }),
		parameters: ({ taskId }) => ({
			taskId: String(taskId),
			message: 'The contract is ready',
			commentFields: { authorId: 2, files: 'n4755' },
		}),
		sent: ({ taskId }) => ({ TASKID: taskId, FIELDS: { POST_MESSAGE: 'The contract is ready', AUTHOR_ID: 2, UF_FORUM_MESSAGE_DOC: ['n4755'] } }),
		output: (items, { taskId }, emulator) => {
			expect(json(items)).toEqual([{ id: expect.any(Number) }]);
			expectKeyOrder(emulator, 'task.commentitem.add', ['TASKID', 'FIELDS']);
			const stored = emulator.seed.call('task.commentitem.get', { TASKID: taskId, ITEMID: items[0].json.id }).result as IDataObject;
			expect(stored).toMatchObject({ POST_MESSAGE: 'The contract is ready', AUTHOR_ID: '2', AUTHOR_NAME: 'Jane Roe' });
			expect(Object.values(stored.ATTACHED_OBJECTS as IDataObject)).toEqual([expect.objectContaining({ FILE_ID: '4755' })]);
		},
	},
	'taskComment.get': {
		setup: withComment,
		parameters: ({ taskId, itemId }) => ({ taskId: String(taskId), commentId: String(itemId) }),
		sent: ({ taskId, itemId }) => ({ TASKID: taskId, ITEMID: itemId }),
		output: (items, { itemId }) =>
			expect(json(items)).toEqual([expect.objectContaining({ ID: String(itemId), POST_MESSAGE: 'First version', AUTHOR_ID: '1' })]),
	},
	'taskComment.getAll': {
		setup: (emulator) => {
			const taskId = seedTask(emulator);
			return { taskId, ids: ['One', 'Two', 'Three'].map((message) => addComment(emulator, taskId, message)) };
		},
		parameters: ({ taskId }) => ({ taskId: String(taskId), order: '{"ID": "DESC"}', filter: '{"AUTHOR_ID": 1}' }),
		sent: ({ taskId }) => ({ TASKID: taskId, ORDER: { ID: 'DESC' }, FILTER: { AUTHOR_ID: 1 } }),
		output: (items, _prepared, emulator) => {
			expect(json(items).map((comment) => comment.POST_MESSAGE)).toEqual(['Three', 'Two', 'One']);
			expectKeyOrder(emulator, 'task.commentitem.getlist', ['TASKID', 'ORDER', 'FILTER']);
		},
	},
	'taskComment.update': {
		setup: withComment,
		parameters: ({ taskId, itemId }) => ({ taskId: String(taskId), commentId: String(itemId), message: 'Second version' }),
		sent: ({ taskId, itemId }) => ({ TASKID: taskId, ITEMID: itemId, FIELDS: { POST_MESSAGE: 'Second version' } }),
		output: (items, { taskId, itemId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			const stored = emulator.seed.call('task.commentitem.get', { TASKID: taskId, ITEMID: itemId }).result as IDataObject;
			expect(stored.POST_MESSAGE).toBe('Second version');
		},
	},
	'taskComment.delete': {
		setup: withComment,
		parameters: ({ taskId, itemId }) => ({ taskId: String(taskId), commentId: String(itemId) }),
		sent: ({ taskId, itemId }) => ({ TASKID: taskId, ITEMID: itemId }),
		output: (items, { taskId, itemId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(() => emulator.seed.call('task.commentitem.get', { TASKID: taskId, ITEMID: itemId })).toThrow('ITEM_NOT_FOUND');
		},
	},
	'taskChecklistItem.create': {
		setup: (emulator) => ({ taskId: seedTask(emulator) }),
		parameters: ({ taskId }) => ({
			taskId: String(taskId),
			title: 'Prepare the report',
			checklistFields: { isImportant: true, members: '{"3": {"TYPE": "A"}}' },
		}),
		sent: ({ taskId }) => ({ TASKID: taskId, FIELDS: { TITLE: 'Prepare the report', IS_IMPORTANT: 'Y', MEMBERS: { 3: { TYPE: 'A' } } } }),
		output: (items, { taskId }, emulator) => {
			expect(json(items)).toEqual([{ id: expect.any(Number) }]);
			expectKeyOrder(emulator, 'task.checklistitem.add', ['TASKID', 'FIELDS']);
			const item = checklistItem(emulator, taskId as number, items[0].json.id as number);
			expect(item).toMatchObject({ TITLE: 'Prepare the report', IS_IMPORTANT: 'Y', IS_COMPLETE: 'N' });
			expect(item.MEMBERS).toEqual([expect.objectContaining({ ID: '3', TYPE: 'A', NAME: 'Max Smith' })]);
			const root = checklistItem(emulator, taskId as number, Number(item.PARENT_ID));
			expect(root).toMatchObject({ PARENT_ID: '0', TITLE: 'Checklist 1' });
		},
	},
	'taskChecklistItem.get': {
		setup: withChecklist,
		parameters: ({ taskId, first }) => ({ taskId: String(taskId), itemId: String(first) }),
		sent: ({ taskId, first }) => ({ TASKID: taskId, ITEMID: first }),
		output: (items, { taskId, first }) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ ID: String(first), TASK_ID: String(taskId), TITLE: 'Call the client', IS_COMPLETE: 'N' }),
			]),
	},
	'taskChecklistItem.getAll': {
		setup: withChecklist,
		parameters: ({ taskId }) => ({ taskId: String(taskId), order: '{"ID": "ASC"}' }),
		sent: ({ taskId }) => ({ TASKID: taskId, ORDER: { ID: 'ASC' } }),
		output: (items) => expect(json(items).map((item) => item.TITLE)).toEqual(['Checklist 1', 'Call the client', 'Send the offer']),
	},
	'taskChecklistItem.update': {
		setup: withChecklist,
		parameters: ({ taskId, first }) => ({
			taskId: String(taskId),
			itemId: String(first),
			checklistFields: { title: 'Call the client twice', isComplete: true },
		}),
		sent: ({ taskId, first }) => ({ TASKID: taskId, ITEMID: first, FIELDS: { TITLE: 'Call the client twice', IS_COMPLETE: 'Y' } }),
		output: (items, { taskId, first }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expectKeyOrder(emulator, 'task.checklistitem.update', ['TASKID', 'ITEMID', 'FIELDS']);
			expect(checklistItem(emulator, taskId as number, first as number)).toMatchObject({
				TITLE: 'Call the client twice',
				IS_COMPLETE: 'Y',
				TOGGLED_BY: '1',
			});
		},
	},
	'taskChecklistItem.delete': {
		setup: withChecklist,
		parameters: ({ taskId, second }) => ({ taskId: String(taskId), itemId: String(second) }),
		sent: ({ taskId, second }) => ({ TASKID: taskId, ITEMID: second }),
		output: (items, { taskId, second }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(() => checklistItem(emulator, taskId as number, second as number)).toThrow('ITEM_NOT_FOUND');
		},
	},
	'taskChecklistItem.complete': {
		setup: withChecklist,
		parameters: ({ taskId, first }) => ({ taskId: String(taskId), itemId: String(first) }),
		sent: ({ taskId, first }) => ({ TASKID: taskId, ITEMID: first }),
		output: (items, { taskId, first }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(checklistItem(emulator, taskId as number, first as number).IS_COMPLETE).toBe('Y');
		},
	},
	'taskChecklistItem.renew': {
		setup: (emulator) => {
			const prepared = withChecklist(emulator);
			emulator.seed.call('task.checklistitem.complete', { TASKID: prepared.taskId, ITEMID: prepared.first });
			return prepared;
		},
		parameters: ({ taskId, first }) => ({ taskId: String(taskId), itemId: String(first) }),
		sent: ({ taskId, first }) => ({ TASKID: taskId, ITEMID: first }),
		output: (items, { taskId, first }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(checklistItem(emulator, taskId as number, first as number).IS_COMPLETE).toBe('N');
		},
	},
	'taskChecklistItem.moveAfter': {
		setup: withChecklist,
		parameters: ({ taskId, first, second }) => ({ taskId: String(taskId), itemId: String(first), afterItemId: String(second) }),
		sent: ({ taskId, first, second }) => ({ TASKID: taskId, ITEMID: first, AFTERITEMID: second }),
		output: (items, { taskId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expectKeyOrder(emulator, 'task.checklistitem.moveafteritem', ['TASKID', 'ITEMID', 'AFTERITEMID']);
			const listed = emulator.seed.call('task.checklistitem.getlist', { TASKID: taskId, ORDER: { SORT_INDEX: 'ASC' } }).result as IDataObject[];
			expect(listed.filter((item) => item.PARENT_ID !== '0').map((item) => item.TITLE)).toEqual(['Send the offer', 'Call the client']);
		},
	},
	'taskChecklistItem.isActionAllowed': {
		setup: withChecklist,
		parameters: ({ taskId, first }) => ({ taskId: String(taskId), itemId: String(first), actionId: '4' }),
		sent: ({ taskId, first }) => ({ TASKID: taskId, ITEMID: first, ACTIONID: '4' }),
		output: (items) => expect(json(items)).toEqual([{ allowed: true }]),
	},
	'taskElapsedTime.create': {
		setup: (emulator) => ({ taskId: seedTask(emulator) }),
		parameters: ({ taskId }) => ({ taskId: String(taskId), seconds: 3600, commentText: 'Call with the client', elapsedFields: { userId: 2 } }),
		sent: ({ taskId }) => ({ TASKID: taskId, ARFIELDS: { SECONDS: 3600, COMMENT_TEXT: 'Call with the client', USER_ID: 2 } }),
		output: (items, { taskId }, emulator) => {
			expect(json(items)).toEqual([{ id: expect.any(Number) }]);
			expectKeyOrder(emulator, 'task.elapseditem.add', ['TASKID', 'ARFIELDS']);
			const record = emulator.seed.call('task.elapseditem.get', { TASKID: taskId, ITEMID: items[0].json.id }).result as IDataObject[];
			expect(record).toEqual([expect.objectContaining({ SECONDS: '3600', MINUTES: '60', USER_ID: '2', COMMENT_TEXT: 'Call with the client' })]);
			expect(storedTask(emulator, taskId, ['ID', 'TIME_SPENT_IN_LOGS']).timeSpentInLogs).toBe('3600');
		},
	},
	'taskElapsedTime.get': {
		setup: (emulator) => {
			const taskId = seedTask(emulator);
			return { taskId, recordId: addTime(emulator, taskId, 1800) };
		},
		parameters: ({ taskId, recordId }) => ({ taskId: String(taskId), recordId: String(recordId) }),
		sent: ({ taskId, recordId }) => ({ TASKID: taskId, ITEMID: recordId }),
		output: (items, { taskId, recordId }) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ ID: String(recordId), TASK_ID: String(taskId), SECONDS: '1800', MINUTES: '30', SOURCE: '2' }),
			]),
	},
	'taskElapsedTime.getAll': {
		setup: (emulator) => {
			const first = seedTask(emulator);
			const second = seedTask(emulator);
			return { ids: [addTime(emulator, first, 60), addTime(emulator, second, 120)] };
		},
		parameters: () => ({ order: '{"ID": "DESC"}', filter: '{"USER_ID": 1}' }),
		sent: () => ({ ORDER: { ID: 'DESC' }, FILTER: { USER_ID: 1 } }),
		output: (items, { ids }, emulator) => {
			const [first, second] = ids as number[];
			expect(json(items).map((record) => record.ID)).toEqual([String(second), String(first)]);
			expectKeyOrder(emulator, 'task.elapseditem.getlist', ['ORDER', 'FILTER']);
		},
	},
	'taskElapsedTime.update': {
		setup: (emulator) => {
			const taskId = seedTask(emulator);
			return { taskId, recordId: addTime(emulator, taskId, 1800) };
		},
		parameters: ({ taskId, recordId }) => ({ taskId: String(taskId), recordId: String(recordId), seconds: 600, commentText: 'Shorter call' }),
		sent: ({ taskId, recordId }) => ({ TASKID: taskId, ITEMID: recordId, ARFIELDS: { SECONDS: 600, COMMENT_TEXT: 'Shorter call' } }),
		output: (items, { taskId, recordId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			const record = emulator.seed.call('task.elapseditem.get', { TASKID: taskId, ITEMID: recordId }).result as IDataObject[];
			expect(record[0]).toMatchObject({ SECONDS: '600', MINUTES: '10', COMMENT_TEXT: 'Shorter call' });
		},
	},
	'taskElapsedTime.delete': {
		setup: (emulator) => {
			const taskId = seedTask(emulator);
			return { taskId, recordId: addTime(emulator, taskId, 1800) };
		},
		parameters: ({ taskId, recordId }) => ({ taskId: String(taskId), recordId: String(recordId) }),
		sent: ({ taskId, recordId }) => ({ TASKID: taskId, ITEMID: recordId }),
		output: (items, { taskId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(emulator.seed.call('task.elapseditem.getlist', { TASKID: taskId }).result).toEqual([]);
		},
	},
};
