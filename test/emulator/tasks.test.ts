/** The tasks family against the docs' examples and error tables (api-reference/tasks/...). */
import { postForm, viaWebhook } from './support/client';
import { useEmulator } from './support/useEmulator';

describe('tasks.task.* and task.*item.*', () => {
	const portal = useEmulator();

	const call = (method: string, params: Record<string, unknown> = {}) => viaWebhook(portal.emulator, method, params);
	const addTask = async (fields: Record<string, unknown> = {}) =>
		Number((await call('tasks.task.add', { fields: { TITLE: 'Task', RESPONSIBLE_ID: 1, ...fields } })).body.result.task.id);

	it('adds a task printed like the docs example: camelCase keys, string values, status 2, cards of creator and responsible', async () => {
		const reply = await call('tasks.task.add', { fields: { TITLE: 'task for test', RESPONSIBLE_ID: 1, DEADLINE: '2025-12-31T23:59:59' } });
		expect(reply.status).toBe(200);
		const { task } = reply.body.result;
		expect(task).toMatchObject({
			id: '1',
			parentId: null,
			title: 'task for test',
			priority: '1',
			status: '2',
			createdBy: '1',
			responsibleId: '1',
			groupId: '0',
			deadline: '2025-12-31T23:59:59+03:00',
			auditors: [],
			accomplices: [],
			isMuted: 'N',
			favorite: 'N',
			creator: { id: '1', name: 'John Doe', link: '/company/personal/user/1/' },
			action: expect.objectContaining({ complete: true, start: true, pause: false }),
		});
		expect(task.createdDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
		expect(task.guid).toMatch(/^\{[0-9a-f-]{36}\}$/);
	});

	it('answers the documented errors of tasks.task.add, get, update and delete', async () => {
		expect((await call('tasks.task.add', {})).body).toEqual({ error: '100', error_description: 'Could not find value for parameter {fields} (internal error)' });
		expect((await call('tasks.task.add', { fields: { RESPONSIBLE_ID: 1 } })).body).toEqual({
			error: 'ERROR_CORE',
			error_description: 'Task title is not specified<br>',
		});
		expect((await call('tasks.task.add', { fields: { TITLE: 'x', RESPONSIBLE_ID: 999 } })).body.error_description).toBe(
			'User specified in the "Responsible" field not found<br>',
		);
		expect((await call('tasks.task.add', { fields: { TITLE: 'x', RESPONSIBLE_ID: 1, STATUS: 9 } })).body.error_description).toBe('Incorrect status<br>');
		const id = await addTask();
		expect((await call('tasks.task.update', { taskId: id, fields: { PARENT_ID: id } })).body.error_description).toBe(
			'Cannot bind the node to itself<br>',
		);
		expect((await call('tasks.task.get', { taskId: 999 })).body.result).toEqual([]);
		expect((await call('tasks.task.get', {})).body.error).toBe('100');
		expect((await call('tasks.task.get', { taskId: 'abc' })).body).toEqual({ error: '0', error_description: 'wrong task id' });
		expect((await call('tasks.task.get', { taskId: id, select: 'TITLE' })).body.error).toBe('100');
		const missing = await call('tasks.task.delete', { taskId: 999 });
		expect([missing.status, missing.body]).toEqual([400, { error: '1048582', error_description: 'No access to delete the task' }]);
	});

	it('lists 50 tasks a page, newest first by default, with total and next; rejects an unknown sort key', async () => {
		for (let index = 0; index < 55; index++) portal.emulator.seed.call('tasks.task.add', { fields: { TITLE: `T${index}`, RESPONSIBLE_ID: 2 } });
		const first = await call('tasks.task.list', { select: ['ID', 'TITLE'] });
		expect(first.body.result.tasks).toHaveLength(50);
		expect(first.body.result.tasks[0]).toEqual({ id: '55', title: 'T54' });
		expect([first.body.total, first.body.next]).toEqual([55, 50]);
		const second = await call('tasks.task.list', { select: ['ID'], start: 50 });
		expect(second.body.result.tasks.map((task: { id: string }) => task.id)).toEqual(['5', '4', '3', '2', '1']);
		expect(second.body.next).toBeUndefined();
		const filtered = await call('tasks.task.list', { filter: { '>ID': 50, REAL_STATUS: 2 }, order: { ID: 'asc' }, select: ['ID'] });
		expect(filtered.body.result.tasks.map((task: { id: string }) => task.id)).toEqual(['51', '52', '53', '54', '55']);
		expect((await call('tasks.task.list', { order: { DESCRIPTION: 'asc' } })).body).toEqual({
			error: '0',
			error_description: 'Invalid sorting key (internal error)',
		});
	});

	it('moves tasks through the statuses and refuses a move the status does not allow, with each page\'s code', async () => {
		const id = await addTask();
		expect((await call('tasks.task.pause', { taskId: id })).body).toEqual({ error: '1048582', error_description: 'Action on the task is not allowed' });
		expect((await call('tasks.task.start', { taskId: id })).body.result.task.status).toBe('3');
		const done = (await call('tasks.task.complete', { taskId: id })).body.result.task;
		expect(done).toMatchObject({ status: '5', closedBy: '1' });
		expect((await call('tasks.task.complete', { taskId: id })).body).toEqual({ error: '0', error_description: 'Action on the task is not allowed' });
		expect((await call('tasks.task.renew', { taskId: id })).body.result.task).toMatchObject({ status: '2', closedDate: null });
		expect((await call('tasks.task.start', { taskId: 999 })).body.error).toBe('0');
		expect((await call('tasks.task.startwatch', { taskId: 999 })).body).toEqual({ error: '1048584', error_description: 'a:0:{}' });
		expect((await call('tasks.task.favorite.add', { taskId: 999 })).body).toEqual({ error: '1', error_description: 'Task not found or not accessible' });
	});

	it('sends work to review when the creator must accept it, then approve completes it', async () => {
		const id = Number((await call('tasks.task.add', { fields: { TITLE: 'Review me', RESPONSIBLE_ID: 1, CREATED_BY: 2, TASK_CONTROL: 'Y' } })).body.result.task.id);
		expect((await call('tasks.task.complete', { taskId: id })).body.result.task.status).toBe('4');
		expect((await call('tasks.task.approve', { taskId: id })).body.result.task.status).toBe('5');
	});

	it('reads the old item methods by position, whatever the keys are called, and names the wrong position', async () => {
		const id = await addTask();
		const byNames = await call('task.commentitem.add', { TASKID: id, FIELDS: { POST_MESSAGE: 'by names' } });
		const byNumbers = await postForm(`${portal.emulator.webhookUrl}task.commentitem.add`, `0=${id}&1[POST_MESSAGE]=by%20numbers`);
		expect([byNames.body.result, byNumbers.body.result]).toEqual([3101, 3102]);
		const swapped = await call('task.commentitem.add', { FIELDS: { POST_MESSAGE: 'swapped' }, TASKID: id });
		expect(swapped.body.error_description).toBe(
			'TASKS_ERROR_EXCEPTION_#256; Param #0 (taskId) for method ctaskcommentitem::add() expected to be of type "integer", but given something else.; 256/TE/WRONG_ARGUMENTS<br>',
		);
		const filterAsOrder = await call('task.commentitem.getlist', { TASKID: id, FILTER: { '>=POST_DATE': '2025-01-01' } });
		expect(filterAsOrder.body.error_description).toContain('Param #1 (arOrder) for method ctaskcommentitem::getlist() must not contain key ">=POST_DATE".');
		expect((await call('task.checklistitem.get', { TASKID: id })).body.error_description).toContain(
			'Param #1 (itemId) expected by method ctaskchecklistitem::get(), but not given.',
		);
	});

	it('answers the item methods\' documented shapes: comment id, checklist update null, time record get as a list', async () => {
		const id = await addTask();
		const itemId = (await call('task.checklistitem.add', { TASKID: id, FIELDS: { TITLE: 'Step', PARENT_ID: 0 } })).body.result;
		expect((await call('task.checklistitem.update', { TASKID: id, ITEMID: itemId, FIELDS: { TITLE: 'Step 1' } })).body.result).toBeNull();
		expect((await call('task.checklistitem.complete', { TASKID: id, ITEMID: 999 })).body.result).toBe(false);
		expect((await call('task.checklistitem.complete', { TASKID: 0, ITEMID: itemId })).body.error_description).toBe('TASKS_ERROR_ASSERT_EXCEPTION<br>');
		const recordId = (await call('task.elapseditem.add', { TASKID: id, ARFIELDS: { SECONDS: 113, COMMENT_TEXT: 'comment text' } })).body.result;
		const record = (await call('task.elapseditem.get', { TASKID: id, ITEMID: recordId })).body.result;
		expect(record).toEqual([expect.objectContaining({ ID: String(recordId), TASK_ID: String(id), SECONDS: '113', MINUTES: '2', SOURCE: '2' })]);
		expect((await call('task.elapseditem.delete', { TASKID: id, ITEMID: 999 })).body).toEqual({ error: 'ERROR_CORE', error_description: 'ACTION_NOT_ALLOWED' });
		const comment = await call('task.commentitem.update', { TASKID: id, ITEMID: 999, FIELDS: { POST_MESSAGE: 'x' } });
		expect(comment.body.error_description).toBe('TASKS_ERROR_EXCEPTION_#4; Action is not allowed; 4/TE/ACTION_NOT_ALLOWED<br>');
	});

	it('raises ONTASKADD/UPDATE/DELETE for task changes, with the task before and after', async () => {
		portal.emulator.events.addOutgoingWebhook({ handler: 'http://127.0.0.1:9/unreachable', events: ['ONTASKADD', 'ONTASKUPDATE', 'ONTASKDELETE'] });
		const id = await addTask();
		await call('tasks.task.update', { taskId: id, fields: { TITLE: 'Renamed' } });
		await call('tasks.task.delete', { taskId: id });
		await portal.emulator.events.settled();
		const forms = portal.emulator.events.deliveries.map((delivery) => new URLSearchParams(delivery.form));
		expect(forms.map((form) => [form.get('event'), form.get('data[FIELDS_BEFORE][ID]'), form.get('data[FIELDS_AFTER][ID]')])).toEqual([
			['ONTASKADD', null, String(id)],
			['ONTASKUPDATE', String(id), String(id)],
			['ONTASKDELETE', String(id), null],
		]);
	});

	it('raises ONTASKCOMMENTADD/UPDATE/DELETE with the comment and task ids', async () => {
		const id = await addTask();
		portal.emulator.events.addOutgoingWebhook({ handler: 'http://127.0.0.1:9/unreachable', events: ['ONTASKCOMMENTADD', 'ONTASKCOMMENTDELETE'] });
		const commentId = (await call('task.commentitem.add', { TASKID: id, FIELDS: { POST_MESSAGE: 'hello' } })).body.result;
		await call('task.commentitem.delete', { TASKID: id, ITEMID: commentId });
		await portal.emulator.events.settled();
		const forms = portal.emulator.events.deliveries.map((delivery) => new URLSearchParams(delivery.form));
		expect(forms.map((form) => [form.get('event'), form.get('data[FIELDS_AFTER][ID]'), form.get('data[FIELDS_AFTER][TASK_ID]')])).toEqual([
			['ONTASKCOMMENTADD', String(commentId), String(id)],
			['ONTASKCOMMENTDELETE', String(commentId), String(id)],
		]);
		expect([forms[0].get('data[FIELDS_BEFORE]'), forms[1].get('data[FIELDS_AFTER][ACTION]')]).toEqual(['undefined', 'DEL']);
	});
});
