import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../emulator';
import { formatPortalDate } from '../emulator/clock';
import type { ActivePolling } from '../harness/pollTrigger';
import { activatePolling, POLL_NODE_NAME, testPoll } from '../harness/pollTrigger';
import { credentialsFor, startPortal } from '../node/portal';

let emulator: Emulator;

beforeAll(async () => {
	emulator = await startPortal();
});

afterAll(async () => {
	await emulator.close();
});

beforeEach(() => emulator.reset());

const OFFSET = 180;
/** A time on the portal's clock, `seconds` from now, to the second as Bitrix24 stamps. */
const at = (seconds: number) => formatPortalDate(Math.floor(Date.now() / 1000) * 1000 + seconds * 1000, OFFSET);

async function call(method: string, params: IDataObject): Promise<IDataObject> {
	const reply = await fetch(`${emulator.webhookUrl}${method}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(params),
	});
	return (await reply.json()) as IDataObject;
}

async function addItem(entityTypeId: number, title: string): Promise<number> {
	const answer = await call('crm.item.add', { entityTypeId, fields: { title } });
	return ((answer.result as IDataObject).item as IDataObject).id as number;
}

/** Bitrix24 stamps to the second, so records saved in one second share a time; tests pin it. */
function stamp(entityTypeId: number, id: number, times: { created?: string; updated?: string }): void {
	const values = emulator.state.crm.itemsOf(entityTypeId).get(id)!.values;
	if (times.created) values.createdTime = times.created;
	if (times.updated) values.updatedTime = times.updated;
}

const titles = (outcome: { emitted: Array<{ json: IDataObject }> | null }) =>
	(outcome.emitted ?? []).map((item) => item.json.title);

function parameters(event: 'new' | 'newOrUpdated', entityTypeId = 2): IDataObject {
	return { authentication: 'webhook', resource: 'crmItem', entityTypeId, event };
}

async function activate(event: 'new' | 'newOrUpdated', entityTypeId = 2): Promise<ActivePolling> {
	const polling = await activatePolling({ parameters: parameters(event, entityTypeId) as never, credentials: credentialsFor(emulator) });
	expect(polling.first).toEqual({ emitted: null });
	return polling;
}

const requestsDuring = async <T>(action: () => Promise<T>): Promise<{ value: T; requests: number }> => {
	const before = emulator.requests.length;
	const value = await action();
	return { value, requests: emulator.requests.length - before };
};

describe('New or Updated', () => {
	it('emits every created or updated record exactly once across polls, also when records share a timestamp', async () => {
		const old = await addItem(2, 'Existed before');
		const polling = await activate('newOrUpdated');

		const [a, b, c] = [await addItem(2, 'A'), await addItem(2, 'B'), await addItem(2, 'C')];
		for (const id of [a, b, c]) stamp(2, id, { created: at(10), updated: at(10) });
		const first = await polling.poll();
		expect(titles(first)).toEqual(['A', 'B', 'C']);
		expect(first.run!.data.resultData.runData[POLL_NODE_NAME][0].data!.main[0]!.map((item) => item.json.title)).toEqual(['A', 'B', 'C']);

		// Saved in the same second as A, B and C, but after the poll read them.
		const d = await addItem(2, 'D');
		stamp(2, d, { created: at(10), updated: at(10) });
		// B changes three times before the next poll.
		for (const title of ['B1', 'B2', 'B3']) await call('crm.item.update', { entityTypeId: 2, id: b, fields: { title } });
		stamp(2, b, { updated: at(20) });
		// A changes within the second the previous poll already covered: Bitrix24's clock cannot tell.
		const second = await polling.poll();
		expect(titles(second)).toEqual(['D', 'B3']);

		const third = await requestsDuring(() => polling.poll());
		expect(third.value).toEqual({ emitted: null });
		expect(third.requests).toBe(1);

		await call('crm.item.update', { entityTypeId: 2, id: old, fields: { title: 'Existed, now changed' } });
		stamp(2, old, { updated: at(30) });
		expect(titles(await polling.poll())).toEqual(['Existed, now changed']);
		expect(titles(await polling.poll())).toEqual([]);
	});

	it('reads many changes with the fast pagination and emits each once', async () => {
		const polling = await activate('newOrUpdated');
		const ids: number[] = [];
		for (let index = 0; index < 130; index++) ids.push(emulator.seed.crmItem(2, { title: `Bulk ${index}` }));
		for (const id of ids) stamp(2, id, { created: at(5), updated: at(5 + (id % 3)) });

		const { value, requests } = await requestsDuring(() => polling.poll());

		expect(value.emitted).toHaveLength(130);
		expect(new Set(value.emitted!.map((item) => item.json.id)).size).toBe(130);
		expect(requests).toBeLessThanOrEqual(3);
		const listed = emulator.requests.slice(-requests);
		expect(listed.every((request) => ['crm.item.list', 'batch'].includes(request.restMethod!))).toBe(true);
		expect((await polling.poll()).emitted).toBeNull();
	});
});

describe('New', () => {
	it('emits created records once, not their updates, including records that share a creation time', async () => {
		const polling = await activate('new');
		const [a, b] = [await addItem(2, 'A'), await addItem(2, 'B')];
		for (const id of [a, b]) stamp(2, id, { created: at(10) });
		expect(titles(await polling.poll())).toEqual(['A', 'B']);

		const c = await addItem(2, 'C');
		stamp(2, c, { created: at(10) });
		await call('crm.item.update', { entityTypeId: 2, id: a, fields: { title: 'A changed' } });
		stamp(2, a, { updated: at(20) });
		expect(titles(await polling.poll())).toEqual(['C']);
		expect((await polling.poll()).emitted).toBeNull();
	});

	it('watches a smart process by its entity type ID', async () => {
		emulator.seed.call('crm.type.add', { fields: { title: 'Orders', entityTypeId: 1032 } });
		const polling = await activate('new', 1032);
		await addItem(2, 'A deal, not an order');
		const id = await addItem(1032, 'Order 1');
		stamp(1032, id, { created: at(5) });

		const outcome = await polling.poll();
		expect(outcome.emitted!.map((item) => [item.json.title, item.json.entityTypeId])).toEqual([['Order 1', 1032]]);
	});

	it('watches tasks through tasks.task.list: a new task, then its change, each once', async () => {
		const polling = await activatePolling({
			parameters: { authentication: 'webhook', resource: 'task', event: 'newOrUpdated' } as never,
			credentials: credentialsFor(emulator),
		});
		expect(polling.first).toEqual({ emitted: null });
		const stampTask = (id: number, changed: string) => {
			const task = emulator.state.tasks.tasks.get(id)!;
			task.CHANGED_DATE = changed;
		};

		const added = await call('tasks.task.add', { fields: { TITLE: 'Call the client', RESPONSIBLE_ID: 2 } });
		const id = Number(((added.result as IDataObject).task as IDataObject).id);
		stampTask(id, at(5));
		expect(titles(await polling.poll())).toEqual(['Call the client']);

		await call('tasks.task.update', { taskId: id, fields: { TITLE: 'Call the client again' } });
		stampTask(id, at(15));
		const changed = await polling.poll();
		expect(changed.emitted!.map((item) => [item.json.id, item.json.title])).toEqual([[String(id), 'Call the client again']]);
		expect(titles(await polling.poll())).toEqual([]);
	});
});

describe('activation and test runs', () => {
	it('starts from now: what exists at activation is not emitted, and activation costs two requests', async () => {
		for (let index = 0; index < 3; index++) await addItem(2, `Old ${index}`);
		emulator.clearRecords();

		const polling = await activate('newOrUpdated');
		expect(emulator.requests.map((request) => request.restMethod)).toEqual(['server.time', 'crm.item.list']);
		expect((await polling.poll()).emitted).toBeNull();
		expect(polling.staticData()).toMatchObject({ [`node:${POLL_NODE_NAME}`]: { cursor: { offsetMinutes: OFFSET } } });
	});

	it('a manual test run returns the latest records, newest first, in one request', async () => {
		for (let index = 1; index <= 12; index++) {
			const id = await addItem(2, `Deal ${index}`);
			stamp(2, id, { updated: at(-100 + index) });
		}
		emulator.clearRecords();

		const { items } = await testPoll({ parameters: parameters('newOrUpdated') as never, credentials: credentialsFor(emulator) });

		expect(items.map((item) => item.json.title)).toEqual(['Deal 12', 'Deal 11', 'Deal 10', 'Deal 9', 'Deal 8', 'Deal 7', 'Deal 6', 'Deal 5', 'Deal 4', 'Deal 3']);
		expect(emulator.requests).toHaveLength(1);
		expect(emulator.requests[0].params.order).toEqual({ updatedTime: 'DESC', id: 'DESC' });
	});

	it('reports a refused list with the portal\'s reason', async () => {
		const polling = await activate('new');
		emulator.faults.inject({ method: 'crm.item.list', status: 403, error: 'insufficient_scope', description: 'The request requires higher privileges' });
		const outcome = await polling.poll();
		expect(outcome.error?.message).toMatch(/crm\.item\.list.*insufficient_scope/);
	});
});
