import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../emulator';
import { runNode } from '../harness/runNode';
import { seedTask } from './cases/task';
import { callsOf, credentialsFor, startPortal } from './portal';

let emulator: Emulator;

beforeAll(async () => {
	emulator = await startPortal();
});

afterAll(async () => {
	await emulator.close();
});

beforeEach(() => emulator.reset());

describe('task.*item.* methods, which read their parameters by position', () => {
	it('send several comments in one batch with each command\'s parameters still in the documented order', async () => {
		const taskId = seedTask(emulator);
		const messages = ['First', 'Second', 'Third'];
		const result = await runNode({
			parameters: {
				authentication: 'webhook',
				resource: 'taskComment',
				operation: 'create',
				taskId: String(taskId),
				message: '={{ $json.message }}',
			},
			credentials: credentialsFor(emulator),
			items: messages.map((message) => ({ message })),
		});

		expect(result.error).toBeUndefined();
		expect(emulator.requests.map((request) => request.restMethod)).toEqual(['batch']);
		const calls = callsOf(emulator, 'task.commentitem.add');
		expect(calls.map((call) => Object.keys(call.params))).toEqual(messages.map(() => ['TASKID', 'FIELDS']));
		const stored = emulator.seed.call('task.commentitem.getlist', { TASKID: taskId, ORDER: { ID: 'ASC' } }).result as IDataObject[];
		expect(stored.map((comment) => comment.POST_MESSAGE)).toEqual(messages);
		expect(result.items.map((item) => item.json.id)).toEqual(stored.map((comment) => Number(comment.ID)));
	});

	it('always send an order before a filter, so that clearing the order is refused before any request', async () => {
		const result = await runNode({
			parameters: { authentication: 'webhook', resource: 'taskComment', operation: 'getAll', taskId: '1', order: '{}', filter: '{"AUTHOR_ID": 1}' },
			credentials: credentialsFor(emulator),
		});

		expect(result.error?.message).toContain('"Order (JSON)" must not be empty');
		expect(emulator.requests).toHaveLength(0);
	});
});
