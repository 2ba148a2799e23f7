import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { seedTask, storedTask } from './task';
import type { CaseTable } from './types';

const json = (items: INodeExecutionData[]) => items.map((item) => item.json);

const addComment = (emulator: Emulator, taskId: number, message: string): number =>
	emulator.seed.call('task.commentitem.add', { TASKID: taskId, FIELDS: { POST_MESSAGE: message } }).result as number;

const results = (emulator: Emulator, taskId: unknown) =>
	emulator.seed.call('tasks.task.result.list', { taskId }).result as IDataObject[];

const addUserField = (emulator: Emulator, name: string, type = 'string'): number =>
	emulator.seed.call('task.item.userfield.add', { PARAMS: { FIELD_NAME: name, USER_TYPE_ID: type, LABEL: name } }).result as number;

const userField = (emulator: Emulator, id: unknown) => emulator.seed.call('task.item.userfield.get', { ID: id }).result as IDataObject;

/** My Plan of user 1 (created with its two default stages) in column order; the answer is keyed by stage id. */
const myPlan = (emulator: Emulator): IDataObject[] =>
	Object.values(emulator.seed.call('task.stages.get', { entityId: 0 }).result as Record<string, IDataObject>).sort(
		(a, b) => Number(a.SORT) - Number(b.SORT),
	);

const withTwoTasks = (emulator: Emulator) => ({ from: seedTask(emulator, { TITLE: 'Design' }), to: seedTask(emulator, { TITLE: 'Build' }) });

export const taskExtraCases: CaseTable = {
	'taskResult.getAll': {
		setup: (emulator) => {
			const taskId = seedTask(emulator);
			const commentId = addComment(emulator, taskId, 'Client signed the documents');
			emulator.seed.call('tasks.task.result.addFromComment', { commentId });
			return { taskId, commentId };
		},
		parameters: ({ taskId }) => ({ taskId: String(taskId) }),
		sent: ({ taskId }) => ({ taskId }),
		output: (items, { taskId, commentId }) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ taskId, commentId, createdBy: 1, status: 0, text: 'Client signed the documents', files: [] }),
			]),
	},
	'taskResult.createFromComment': {
		setup: (emulator) => {
			const taskId = seedTask(emulator);
			return { taskId, commentId: addComment(emulator, taskId, 'Sent the offer, [B]waiting[/B]') };
		},
		parameters: ({ commentId }) => ({ commentId: String(commentId) }),
		sent: ({ commentId }) => ({ commentId }),
		output: (items, { taskId, commentId }, emulator) => {
			expect(json(items)).toEqual([
				expect.objectContaining({ taskId, commentId, formattedText: 'Sent the offer, <b>waiting</b>', files: null }),
			]);
			expect(results(emulator, taskId)).toHaveLength(1);
		},
	},
	'taskResult.deleteFromComment': {
		setup: (emulator) => {
			const taskId = seedTask(emulator);
			const commentId = addComment(emulator, taskId, 'Done');
			emulator.seed.call('tasks.task.result.addFromComment', { commentId });
			return { taskId, commentId };
		},
		parameters: ({ commentId }) => ({ commentId: String(commentId) }),
		sent: ({ commentId }) => ({ commentId }),
		output: (items, { taskId, commentId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(results(emulator, taskId)).toEqual([]);
			expect(emulator.seed.call('task.commentitem.get', { TASKID: taskId, ITEMID: commentId }).result).toMatchObject({ POST_MESSAGE: 'Done' });
		},
	},
	'taskUserField.create': {
		parameters: () => ({
			fieldName: 'UF_TASK_CLIENT_REQUEST',
			userTypeId: 'string',
			userFieldOptions: { label: 'Client request', sort: 220, mandatory: false },
			paramsJson: '{"SETTINGS": {"ROWS": 10}}',
		}),
		sent: () => ({
			PARAMS: { FIELD_NAME: 'UF_TASK_CLIENT_REQUEST', USER_TYPE_ID: 'string', LABEL: 'Client request', SORT: 220, MANDATORY: 'N', SETTINGS: { ROWS: 10 } },
		}),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ id: expect.any(Number) }]);
			expect(userField(emulator, items[0].json.id)).toMatchObject({
				ENTITY_ID: 'TASKS_TASK',
				FIELD_NAME: 'UF_TASK_CLIENT_REQUEST',
				SORT: '220',
				MANDATORY: 'N',
				SETTINGS: { ROWS: 10 },
				EDIT_FORM_LABEL: expect.objectContaining({ en: 'Client request' }),
			});
		},
	},
	'taskUserField.get': {
		setup: (emulator) => ({ id: addUserField(emulator, 'UF_TASK_COLOR') }),
		parameters: ({ id }) => ({ userFieldId: String(id) }),
		sent: ({ id }) => ({ ID: id }),
		output: (items, { id }) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ ID: String(id), FIELD_NAME: 'UF_TASK_COLOR', USER_TYPE_ID: 'string', LIST_COLUMN_LABEL: expect.objectContaining({ en: 'UF_TASK_COLOR' }) }),
			]),
	},
	'taskUserField.getAll': {
		setup: (emulator) => ({ ids: [addUserField(emulator, 'UF_TASK_A'), addUserField(emulator, 'UF_TASK_B', 'double')] }),
		parameters: () => ({ order: '{"ID": "DESC"}', filter: '{"USER_TYPE_ID": "string"}' }),
		sent: () => ({ ORDER: { ID: 'DESC' }, FILTER: { USER_TYPE_ID: 'string' } }),
		output: (items) => {
			expect(json(items).map((field) => field.FIELD_NAME)).toEqual(['UF_TASK_A']);
			expect(items[0].json).not.toHaveProperty('EDIT_FORM_LABEL');
		},
	},
	'taskUserField.update': {
		setup: (emulator) => ({ id: addUserField(emulator, 'UF_TASK_REQUEST') }),
		parameters: ({ id }) => ({ userFieldId: String(id), userFieldOptions: { mandatory: true }, dataJson: '{"EDIT_FORM_LABEL": {"en": "Request"}}' }),
		sent: ({ id }) => ({ ID: id, DATA: { MANDATORY: 'Y', EDIT_FORM_LABEL: { en: 'Request' } } }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(userField(emulator, id)).toMatchObject({ MANDATORY: 'Y', EDIT_FORM_LABEL: expect.objectContaining({ en: 'Request' }) });
		},
	},
	'taskUserField.delete': {
		setup: (emulator) => ({ id: addUserField(emulator, 'UF_TASK_OLD') }),
		parameters: ({ id }) => ({ userFieldId: String(id) }),
		sent: ({ id }) => ({ ID: id }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(() => userField(emulator, id)).toThrow(`The entity with ID '${String(id)}' is not found`);
		},
	},
	'taskUserField.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => {
			const byName = new Map(json(items).map((field) => [field.name, field]));
			expect(byName.get('FIELD_NAME')).toEqual({ name: 'FIELD_NAME', type: 'string', title: 'Code', isImmutable: true });
			expect(byName.get('MANDATORY')).toMatchObject({ type: 'char' });
		},
	},
	'taskUserField.getTypes': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toEqual(expect.arrayContaining([{ ID: 'string', title: 'String' }, { ID: 'boolean', title: 'Yes/No' }])),
	},
	'taskStage.getAll': {
		parameters: () => ({ entityId: 0 }),
		sent: () => ({ entityId: 0 }),
		output: (items) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ TITLE: 'Not Planned', SYSTEM_TYPE: 'NEW', ENTITY_TYPE: 'U', ENTITY_ID: '1', SORT: '100' }),
				expect.objectContaining({ TITLE: 'I Will Do It This Week', SYSTEM_TYPE: null, SORT: '200' }),
			]),
	},
	'taskStage.create': {
		setup: (emulator) => ({ stages: myPlan(emulator).map((stage) => stage.ID) }),
		parameters: ({ stages }) => ({ title: 'Later', stageFields: { color: 'FF0000', afterId: Number((stages as string[])[0]) } }),
		sent: ({ stages }) => ({ fields: { TITLE: 'Later', COLOR: 'FF0000', AFTER_ID: Number((stages as string[])[0]) } }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ id: expect.any(Number) }]);
			expect(myPlan(emulator).map((stage) => stage.TITLE)).toEqual(['Not Planned', 'Later', 'I Will Do It This Week']);
		},
	},
	'taskStage.update': {
		setup: (emulator) => ({ stageId: Number(myPlan(emulator)[1].ID) }),
		parameters: ({ stageId }) => ({ stageId: String(stageId), stageFields: { title: 'This week', color: '47D1E3' } }),
		sent: ({ stageId }) => ({ id: stageId, fields: { TITLE: 'This week', COLOR: '47D1E3' } }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(myPlan(emulator)[1]).toMatchObject({ TITLE: 'This week', COLOR: '47D1E3' });
		},
	},
	'taskStage.delete': {
		setup: (emulator) => ({ stageId: Number(myPlan(emulator)[1].ID) }),
		parameters: ({ stageId }) => ({ stageId: String(stageId) }),
		sent: ({ stageId }) => ({ id: stageId }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(myPlan(emulator).map((stage) => stage.TITLE)).toEqual(['Not Planned']);
		},
	},
	'taskStage.moveTask': {
		setup: (emulator) => ({ taskId: seedTask(emulator), stageId: Number(myPlan(emulator)[1].ID) }),
		parameters: ({ taskId, stageId }) => ({ taskId: String(taskId), stageId: String(stageId) }),
		sent: ({ taskId, stageId }) => ({ id: taskId, stageId }),
		output: (items, { taskId, stageId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(storedTask(emulator, taskId).stageId).toBe(String(stageId));
		},
	},
	'taskStage.canMoveTask': {
		parameters: () => ({ entityId: '1', entityType: 'U' }),
		sent: () => ({ entityId: 1, entityType: 'U' }),
		output: (items) => expect(json(items)).toEqual([{ allowed: true }]),
	},
	'taskDependency.create': {
		setup: withTwoTasks,
		parameters: ({ from, to }) => ({ taskIdFrom: String(from), taskIdTo: String(to), linkType: '2' }),
		sent: ({ from, to }) => ({ taskIdFrom: from, taskIdTo: to, linkType: '2' }),
		output: (items, { from, to }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(storedTask(emulator, to).dependsOn).toEqual([String(from)]);
		},
	},
	'taskDependency.delete': {
		setup: (emulator) => {
			const prepared = withTwoTasks(emulator);
			emulator.seed.call('task.dependence.add', { taskIdFrom: prepared.from, taskIdTo: prepared.to, linkType: 2 });
			return prepared;
		},
		parameters: ({ from, to }) => ({ taskIdFrom: String(from), taskIdTo: String(to) }),
		sent: ({ from, to }) => ({ taskIdFrom: from, taskIdTo: to }),
		output: (items, { to }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(storedTask(emulator, to).dependsOn).toEqual([]);
		},
	},
};
