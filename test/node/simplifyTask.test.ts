import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../emulator';
import { runNode } from '../harness/runNode';
import { callsOf, credentialsFor, startPortal } from './portal';

let emulator: Emulator;

beforeAll(async () => {
	emulator = await startPortal();
});

afterAll(async () => {
	await emulator.close();
});

beforeEach(() => emulator.reset());

async function run(parameters: INodeParameters, typeVersion?: number) {
	const result = await runNode({
		parameters: { authentication: 'webhook', ...parameters },
		credentials: credentialsFor(emulator),
		typeVersion,
	});
	expect(result.error).toBeUndefined();
	return result.items.map((item) => item.json);
}

const addField = (name: string, label: string) =>
	emulator.seed.call('task.item.userfield.add', { PARAMS: { FIELD_NAME: name, USER_TYPE_ID: 'string', LABEL: label } });

function seedTask(fields: IDataObject): number {
	const { result } = emulator.seed.call('tasks.task.add', { fields: { RESPONSIBLE_ID: 2, ...fields } });
	return Number((result as { task: { id: string } }).task.id);
}

/** A task with a filled custom field, an empty one, a deadline, a group and high priority. */
function seedFullTask(): number {
	addField('UF_CLIENT_CODE', 'Client code');
	addField('UF_EMPTY', 'Empty');
	return seedTask({
		TITLE: 'Roof repair',
		DEADLINE: '2026-12-31T18:00:00+03:00',
		GROUP_ID: 5,
		PRIORITY: 2,
		UF_CLIENT_CODE: 'ACME-7',
		UF_EMPTY: '',
	});
}

describe('Simplify on tasks', () => {
	it('is on for new nodes: status by name, people by name, dates, group, priority, filled custom fields by label', async () => {
		const id = seedFullTask();

		const [task] = await run({ resource: 'task', operation: 'get', taskId: String(id), select: '*' }, 2);

		expect(task).toEqual({
			id: String(id),
			title: 'Roof repair',
			status: '2',
			statusName: 'Pending',
			responsible: { id: '2', name: 'Jane Roe' },
			creator: { id: '1', name: 'John Doe' },
			deadline: expect.stringMatching(/^2026-12-31T/),
			createdDate: expect.any(String),
			changedDate: expect.any(String),
			closedDate: null,
			groupId: '5',
			priority: '2',
			'Client code': 'ACME-7',
		});
		expect(callsOf(emulator, 'tasks.task.getFields')).toHaveLength(1);
	});

	it('names every status', async () => {
		const statuses: Array<[string, string]> = [
			['2', 'Pending'],
			['3', 'In Progress'],
			['4', 'Supposedly Completed'],
			['5', 'Completed'],
			['6', 'Deferred'],
		];
		const ids = statuses.map(([status]) => seedTask({ TITLE: `Status ${status}`, STATUS: status }));

		const named = await Promise.all(
			ids.map(async (id) => (await run({ resource: 'task', operation: 'get', taskId: String(id) }, 2))[0]),
		);

		expect(named.map((task) => [task.status, task.statusName])).toEqual(statuses);
	});

	it('off returns the raw task', async () => {
		const id = seedFullTask();

		const [task] = await run({ resource: 'task', operation: 'get', taskId: String(id), select: '*', simplify: false }, 2);

		expect(task).toMatchObject({ responsibleId: '2', ufClientCode: 'ACME-7', action: expect.any(Object) });
		expect(task).not.toHaveProperty('statusName');
		expect(callsOf(emulator, 'tasks.task.getFields')).toHaveLength(0);
	});

	it('stays off for workflows made with version 1', async () => {
		const id = seedFullTask();

		const [task] = await run({ resource: 'task', operation: 'get', taskId: String(id) });

		expect(task).toHaveProperty('creator.link', '/company/personal/user/1/');
		expect(task).not.toHaveProperty('statusName');
		expect(callsOf(emulator, 'tasks.task.getFields')).toHaveLength(0);
	});

	it('simplifies every row of Get Many with one description call; rows name people by id', async () => {
		const roof = seedFullTask();
		const done = seedTask({ TITLE: 'Walls', RESPONSIBLE_ID: 3 });
		emulator.seed.call('tasks.task.complete', { taskId: done });

		const tasks = await run(
			{ resource: 'task', operation: 'getAll', returnAll: true, select: 'ID, TITLE, STATUS, RESPONSIBLE_ID, CREATED_BY, CLOSED_DATE, UF_CLIENT_CODE' },
			2,
		);

		expect(tasks).toEqual([
			{
				id: String(roof),
				title: 'Roof repair',
				status: '2',
				statusName: 'Pending',
				responsible: { id: '2' },
				creator: { id: '1' },
				closedDate: null,
				'Client code': 'ACME-7',
			},
			{
				id: String(done),
				title: 'Walls',
				status: '5',
				statusName: 'Completed',
				responsible: { id: '3' },
				creator: { id: '1' },
				closedDate: expect.any(String),
			},
		]);
		expect(callsOf(emulator, 'tasks.task.getFields')).toHaveLength(1);
	});
});
