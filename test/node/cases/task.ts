import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { seedFile } from './drive';
import type { CaseTable, OperationCase } from './types';

const json = (items: INodeExecutionData[]) => items.map((item) => item.json);

/** Adds a task straight into the portal and returns its id. */
export function seedTask(emulator: Emulator, fields: IDataObject = {}): number {
	const answer = emulator.seed.call('tasks.task.add', { fields: { TITLE: 'Seeded task', RESPONSIBLE_ID: 2, ...fields } });
	return Number(((answer.result as IDataObject).task as IDataObject).id);
}

/** The task as tasks.task.get prints it to user 1. */
export function storedTask(emulator: Emulator, taskId: unknown, select: string[] = ['*']): IDataObject {
	const answer = emulator.seed.call('tasks.task.get', { taskId, select }).result as IDataObject;
	return answer.task as IDataObject;
}

/** A status move: the task starts in `from`, the operation leaves it in `to`. */
function statusCase(from: number, to: string, fields: IDataObject = {}): OperationCase {
	return {
		setup: (emulator) => ({ taskId: seedTask(emulator, { STATUS: from, ...fields }) }),
		parameters: ({ taskId }) => ({ taskId: String(taskId) }),
		sent: ({ taskId }) => ({ taskId }),
		output: (items, { taskId }, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ id: String(taskId), status: to })]);
			expect(storedTask(emulator, taskId).status).toBe(to);
		},
	};
}

/** mute / unmute / pin / unpin: the task comes back with its flag set as expected. */
function flagCase(key: string, value: string, before?: string): OperationCase {
	return {
		setup: (emulator) => {
			const taskId = seedTask(emulator);
			if (before) emulator.seed.call(before, { id: taskId });
			return { taskId };
		},
		parameters: ({ taskId }) => ({ taskId: String(taskId) }),
		sent: ({ taskId }) => ({ id: taskId }),
		output: (items, { taskId }) => expect(json(items)).toEqual([expect.objectContaining({ id: String(taskId), [key]: value })]),
	};
}

export const taskCases: CaseTable = {
	'task.create': {
		parameters: () => ({
			title: 'Prepare the contract',
			responsibleId: '2',
			taskFields: {
				description: 'Draft and send',
				deadline: '2026-12-31T18:00:00+03:00',
				priority: '2',
				accomplices: '3',
				crmBindings: 'D_10, C_7',
				taskControl: true,
			},
			fieldsJson: '{"UF_TASK_WEBDAV_FILES": ["n1065"]}',
		}),
		sent: () => ({
			fields: {
				TITLE: 'Prepare the contract',
				RESPONSIBLE_ID: 2,
				DESCRIPTION: 'Draft and send',
				DEADLINE: '2026-12-31T18:00:00+03:00',
				PRIORITY: '2',
				ACCOMPLICES: [3],
				UF_CRM_TASK: ['D_10', 'C_7'],
				TASK_CONTROL: 'Y',
				UF_TASK_WEBDAV_FILES: ['n1065'],
			},
		}),
		output: (items, _prepared, emulator) => {
			expect(items).toHaveLength(1);
			const created = items[0].json;
			expect(created).toMatchObject({
				id: expect.stringMatching(/^\d+$/),
				title: 'Prepare the contract',
				responsibleId: '2',
				status: '2',
				priority: '2',
				deadline: '2026-12-31T18:00:00+03:00',
				accomplices: ['3'],
				taskControl: 'Y',
				responsible: expect.objectContaining({ id: '2', name: 'Jane Roe' }),
			});
			expect(storedTask(emulator, created.id, ['ID', 'UF_CRM_TASK']).ufCrmTask).toEqual(['D_10', 'C_7']);
		},
	},
	'task.get': {
		setup: (emulator) => ({ taskId: seedTask(emulator, { TITLE: 'Call the client', RESPONSIBLE_ID: 3, UF_CRM_TASK: ['D_10'] }) }),
		parameters: ({ taskId }) => ({ taskId: String(taskId), select: 'ID, TITLE, UF_CRM_TASK' }),
		sent: ({ taskId }) => ({ taskId, select: ['ID', 'TITLE', 'UF_CRM_TASK'] }),
		output: (items, { taskId }) => {
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				id: String(taskId),
				title: 'Call the client',
				ufCrmTask: ['D_10'],
				responsible: expect.objectContaining({ id: '3' }),
			});
			expect(items[0].json).not.toHaveProperty('description');
		},
	},
	'task.getAll': {
		setup: (emulator) => ({
			ids: [
				seedTask(emulator, { TITLE: 'Alpha', RESPONSIBLE_ID: 3 }),
				seedTask(emulator, { TITLE: 'Beta', RESPONSIBLE_ID: 2 }),
				seedTask(emulator, { TITLE: 'Gamma', RESPONSIBLE_ID: 3 }),
			],
		}),
		parameters: () => ({ returnAll: true, filter: '{"RESPONSIBLE_ID": 3}', select: 'ID, TITLE' }),
		sent: () => ({ filter: { RESPONSIBLE_ID: 3, '>ID': 0 }, order: { ID: 'ASC' }, select: ['ID', 'TITLE'], start: -1 }),
		output: (items, { ids }) => {
			const [alpha, , gamma] = ids as number[];
			expect(json(items)).toEqual([
				{ id: String(alpha), title: 'Alpha' },
				{ id: String(gamma), title: 'Gamma' },
			]);
		},
	},
	'task.update': {
		setup: (emulator) => ({ taskId: seedTask(emulator, { TITLE: 'Before' }) }),
		parameters: ({ taskId }) => ({
			taskId: String(taskId),
			taskFields: { title: 'After', deadline: '2026-11-30' },
			fieldsJson: '{"AUDITORS": [3]}',
		}),
		sent: ({ taskId }) => ({ taskId, fields: { TITLE: 'After', DEADLINE: '2026-11-30', AUDITORS: [3] } }),
		output: (items, { taskId }, emulator) => {
			expect(json(items)).toEqual([
				expect.objectContaining({ id: String(taskId), title: 'After', auditors: ['3'], deadline: '2026-11-30T00:00:00+03:00' }),
			]);
			expect(storedTask(emulator, taskId).title).toBe('After');
		},
	},
	'task.delete': {
		setup: (emulator) => ({ taskId: seedTask(emulator) }),
		parameters: ({ taskId }) => ({ taskId: String(taskId) }),
		sent: ({ taskId }) => ({ taskId }),
		output: (items, { taskId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(emulator.seed.call('tasks.task.get', { taskId }).result).toEqual([]);
		},
	},
	'task.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => {
			const byName = new Map(json(items).map((field) => [field.name, field]));
			expect(byName.get('TITLE')).toEqual({ name: 'TITLE', title: 'Title', type: 'string', required: true });
			expect(byName.get('STATUS')).toMatchObject({ type: 'enum', default: 2, values: expect.objectContaining({ 5: 'Completed' }) });
			expect(byName.get('UF_CRM_TASK')).toMatchObject({ type: 'crm' });
		},
	},
	'task.start': statusCase(2, '3'),
	'task.pause': statusCase(3, '2'),
	'task.complete': statusCase(3, '5'),
	'task.defer': statusCase(2, '6'),
	'task.renew': statusCase(5, '2'),
	'task.approve': statusCase(4, '5'),
	'task.disapprove': statusCase(4, '2'),
	'task.delegate': {
		setup: (emulator) => ({ taskId: seedTask(emulator, { RESPONSIBLE_ID: 2 }) }),
		parameters: ({ taskId }) => ({ taskId: String(taskId), userId: '3' }),
		sent: ({ taskId }) => ({ taskId, userId: 3 }),
		output: (items, { taskId }) =>
			expect(json(items)).toEqual([expect.objectContaining({ id: String(taskId), responsibleId: '3', auditors: ['2'] })]),
	},
	'task.startWatching': {
		setup: (emulator) => ({ taskId: seedTask(emulator, { AUDITORS: [3] }) }),
		parameters: ({ taskId }) => ({ taskId: String(taskId) }),
		sent: ({ taskId }) => ({ taskId }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ auditors: ['3', '1'] })]),
	},
	'task.stopWatching': {
		setup: (emulator) => ({ taskId: seedTask(emulator, { AUDITORS: [1, 3] }) }),
		parameters: ({ taskId }) => ({ taskId: String(taskId) }),
		sent: ({ taskId }) => ({ taskId }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ auditors: ['3'] })]),
	},
	'task.mute': flagCase('isMuted', 'Y'),
	'task.unmute': flagCase('isMuted', 'N', 'tasks.task.mute'),
	'task.pin': flagCase('isPinned', 'Y'),
	'task.unpin': flagCase('isPinned', 'N', 'tasks.task.pin'),
	'task.addToFavorites': {
		setup: (emulator) => ({ taskId: seedTask(emulator) }),
		parameters: ({ taskId }) => ({ taskId: String(taskId) }),
		sent: ({ taskId }) => ({ taskId }),
		output: (items, { taskId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(storedTask(emulator, taskId).favorite).toBe('Y');
		},
	},
	'task.removeFromFavorites': {
		setup: (emulator) => {
			const taskId = seedTask(emulator);
			emulator.seed.call('tasks.task.favorite.add', { taskId });
			return { taskId };
		},
		parameters: ({ taskId }) => ({ taskId: String(taskId) }),
		sent: ({ taskId }) => ({ taskId }),
		output: (items, { taskId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(storedTask(emulator, taskId).favorite).toBe('N');
		},
	},
	'task.getAccess': {
		setup: (emulator) => ({ taskId: seedTask(emulator, { STATUS: 3 }) }),
		parameters: ({ taskId }) => ({ taskId: String(taskId), users: '1, 2' }),
		sent: ({ taskId }) => ({ taskId, users: [1, 2] }),
		output: (items) => {
			expect(json(items).map((item) => item.userId)).toEqual(['1', '2']);
			expect(items[0].json).toMatchObject({ COMPLETE: true, PAUSE: true, START: false, APPROVE: false });
		},
	},
	'task.getHistory': {
		setup: (emulator) => {
			const taskId = seedTask(emulator, { TITLE: 'Old title' });
			emulator.seed.call('tasks.task.update', { taskId, fields: { TITLE: 'New title' } });
			return { taskId };
		},
		parameters: ({ taskId }) => ({ taskId: String(taskId), filter: '{"FIELD": "TITLE"}', order: '{"createdDate": "ASC"}' }),
		sent: ({ taskId }) => ({ taskId, filter: { FIELD: 'TITLE' }, order: { createdDate: 'ASC' } }),
		output: (items) =>
			expect(json(items)).toEqual([
				expect.objectContaining({
					field: 'TITLE',
					value: { from: 'Old title', to: 'New title' },
					user: expect.objectContaining({ id: 1, name: 'John' }),
				}),
			]),
	},
	'task.getCounters': {
		setup: (emulator) => {
			seedTask(emulator, { RESPONSIBLE_ID: 1, DEADLINE: '2020-01-01T10:00:00+03:00' });
			seedTask(emulator, { RESPONSIBLE_ID: 1, DEADLINE: '2099-01-01T10:00:00+03:00' });
			return {};
		},
		parameters: () => ({ userId: 1, type: 'view_role_responsible' }),
		sent: () => ({ userId: 1, type: 'view_role_responsible' }),
		output: (items) =>
			expect(json(items)).toEqual([
				{ name: 'expired', counter: 1, code: 6291456 },
				{ name: 'new_comments', counter: 0, code: 12582912 },
			]),
	},
	'task.attachFile': {
		setup: (emulator) => ({ taskId: seedTask(emulator), fileId: seedFile(emulator) }),
		parameters: ({ taskId, fileId }) => ({ taskId: String(taskId), fileId: String(fileId) }),
		sent: ({ taskId, fileId }) => ({ taskId, fileId }),
		output: (items, { taskId, fileId }, emulator) => {
			const [{ attachmentId }] = json(items);
			expect(json(items)).toEqual([{ attachmentId: expect.any(Number) }]);
			expect(emulator.state.disk.attached.get(Number(attachmentId))).toMatchObject({ objectId: fileId, entityId: taskId });
			expect(storedTask(emulator, taskId, ['ID', 'UF_TASK_WEBDAV_FILES']).ufTaskWebdavFiles).toEqual([attachmentId]);
		},
	},
};
