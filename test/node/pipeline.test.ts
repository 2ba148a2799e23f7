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

const createDeal = { authentication: 'webhook', resource: 'crmItem', operation: 'create', entityTypeId: '2' };
const getDeal = { authentication: 'webhook', resource: 'crmItem', operation: 'get', entityTypeId: '2' };
const listDeals = { authentication: 'webhook', resource: 'crmItem', operation: 'getAll', entityTypeId: '2' };

const restRequests = (method: string) => emulator.requests.filter((request) => request.restMethod === method);

describe('batching', () => {
	it('sends 120 creates as 3 batch requests and gives each item its own record, in order', async () => {
		const items = Array.from({ length: 120 }, (_, index) => ({ title: `Deal ${index}` }));
		const result = await runNode({
			parameters: { ...createDeal, itemFields: { title: '={{ $json.title }}' } },
			credentials: credentialsFor(emulator),
			items,
		});

		expect(emulator.requests.map((request) => request.restMethod)).toEqual(['batch', 'batch', 'batch']);
		expect(callsOf(emulator, 'crm.item.add')).toHaveLength(120);
		expect(result.items.map((item) => item.json.title)).toEqual(items.map((item) => item.title));
		expect(result.items.map((item) => item.pairedItem)).toEqual(items.map((_, item) => ({ item })));
		expect(new Set(result.items.map((item) => item.json.id)).size).toBe(120);
	});

	it('keeps a failed command with its own item and lets the others through', async () => {
		const existing = emulator.seed.crmItem(2, { title: 'Here' });
		const result = await runNode({
			parameters: { ...getDeal, itemId: '={{ $json.id }}' },
			credentials: credentialsFor(emulator),
			items: [{ id: existing }, { id: 999999 }, { id: existing }],
			onError: 'continueRegularOutput',
		});

		expect(restRequests('batch')).toHaveLength(1);
		expect(result.items.map((item) => [item.pairedItem, item.json.title ?? item.json.code])).toEqual([
			[{ item: 0 }, 'Here'],
			[{ item: 1 }, 'NOT_FOUND'],
			[{ item: 2 }, 'Here'],
		]);
	});

	it('fails the item of a method that answers an unknown id with an empty result (tasks.task.get)', async () => {
		const existing = emulator.seed.call('tasks.task.add', { fields: { TITLE: 'Here', RESPONSIBLE_ID: 1 } }).result as {
			task: { id: string };
		};
		const result = await runNode({
			parameters: { authentication: 'webhook', resource: 'task', operation: 'get', taskId: '={{ $json.id }}' },
			credentials: credentialsFor(emulator),
			items: [{ id: existing.task.id }, { id: 999999 }],
			onError: 'continueRegularOutput',
		});

		expect(restRequests('batch')).toHaveLength(1);
		expect(result.items.map((item) => [item.pairedItem, item.json.title ?? item.json.code])).toEqual([
			[{ item: 0 }, 'Here'],
			[{ item: 1 }, 'NOT_FOUND'],
		]);
		expect(result.items[1].json.error).toBe('The task was not found (Bitrix24 answered with an empty result)');
	});

	it('without Continue On Fail, stops at the first failed command and names its item', async () => {
		const existing = emulator.seed.crmItem(2, { title: 'Here' });
		const result = await runNode({
			parameters: { ...getDeal, itemId: '={{ $json.id }}' },
			credentials: credentialsFor(emulator),
			items: [{ id: existing }, { id: 999999 }, { id: existing }],
		});

		expect(result.error?.message).toMatch(/^Bitrix24 refused crm\.item\.get: .*\(NOT_FOUND\) \[item 1\]$/);
		expect(restRequests('batch')[0].params.halt).toBe(1);
		expect(callsOf(emulator, 'crm.item.get')).toHaveLength(2);
	});
});

describe('continue on fail', () => {
	const mixed = [{ id: 'x' }, { id: 'REAL' }, { id: 999999 }, { id: '' }];

	function inputs() {
		const real = emulator.seed.crmItem(2, { title: 'Found' });
		return mixed.map((entry) => ({ id: entry.id === 'REAL' ? real : entry.id }));
	}

	it('turns each failing item into one error item and keeps the order and pairing', async () => {
		const result = await runNode({
			parameters: { ...getDeal, itemId: '={{ $json.id }}' },
			credentials: credentialsFor(emulator),
			items: inputs(),
			onError: 'continueRegularOutput',
		});

		const json = result.items.map((item) => item.json);
		expect(result.items.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3].map((item) => ({ item })));
		expect(json[0]).toMatchObject({
			error: '"Item" must be a positive whole number, got "x"',
			code: 'INVALID_INPUT',
			resource: 'crmItem',
			operation: 'get',
		});
		expect(json[1]).toMatchObject({ title: 'Found' });
		expect(json[2]).toMatchObject({ code: 'NOT_FOUND', method: 'crm.item.get', resource: 'crmItem' });
		expect(json[3]).toMatchObject({ error: '"Item" is required', code: 'INVALID_INPUT' });
		for (const entry of [json[0], json[2], json[3]]) expect(Date.parse(String(entry.timestamp))).not.toBeNaN();
		expect(callsOf(emulator, 'crm.item.get')).toHaveLength(2);
	});

	it('routes failing items to the error output with "continue (using error output)"', async () => {
		const result = await runNode({
			parameters: { ...getDeal, itemId: '={{ $json.id }}' },
			credentials: credentialsFor(emulator),
			items: inputs(),
			onError: 'continueErrorOutput',
		});

		expect(result.items.map((item) => [item.pairedItem, item.json.title])).toEqual([[{ item: 1 }, 'Found']]);
		expect(result.errorItems.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }, { item: 3 }]);
		expect(result.errorItems[1].json.error).toMatch(/NOT_FOUND/);
	});

	it('without it, a bad input stops the node before anything is sent, naming the field and item', async () => {
		const result = await runNode({
			parameters: { ...getDeal, itemId: '={{ $json.id }}' },
			credentials: credentialsFor(emulator),
			items: [{ id: 5 }, { id: 'abc' }],
		});

		expect(result.error?.message).toBe('"Item" must be a positive whole number, got "abc" [item 1]');
		expect(emulator.requests).toHaveLength(0);
	});

	it('reports malformed JSON in a filter box with the field name', async () => {
		const result = await runNode({
			parameters: { ...listDeals, filter: '{"stageId": ' },
			credentials: credentialsFor(emulator),
		});

		expect(result.error?.message).toMatch(/^"Filter \(JSON\)" must be valid JSON \(.+\) \[item 0\]$/);
		expect(emulator.requests).toHaveLength(0);
	});

	it('gives a Bitrix24 refusal its code, description and HTTP status', async () => {
		const result = await runNode({
			parameters: { ...getDeal, itemId: '424242' },
			credentials: credentialsFor(emulator),
		});

		expect(result.error?.message).toMatch(/^Bitrix24 refused crm\.item\.get: .+ \(NOT_FOUND\) \[item 0\]$/);
		expect(result.error?.httpCode).toBe('400');
	});
});

describe('lists', () => {
	function seedDeals(count: number): number[] {
		return Array.from({ length: count }, (_, index) => emulator.seed.crmItem(2, { title: `D${index}` }));
	}

	it('Return All reads the first page, finds the last id, then fetches the rest as id windows in one batch', async () => {
		const ids = seedDeals(120);
		const result = await runNode({ parameters: { ...listDeals, returnAll: true }, credentials: credentialsFor(emulator) });

		expect(result.items.map((item) => item.json.id)).toEqual(ids);
		expect(emulator.requests.map((request) => request.restMethod)).toEqual(['crm.item.list', 'crm.item.list', 'batch']);
		const [first, last, ...windows] = callsOf(emulator, 'crm.item.list').map((call) => call.params);
		expect(first).toMatchObject({ order: { id: 'ASC' }, filter: { '>id': 0 }, start: -1 });
		expect(last).toMatchObject({ order: { id: 'DESC' }, select: ['id'], start: -1 });
		expect(windows.map((page) => page.filter)).toEqual([
			{ '>=id': String(ids[50]), '<id': String(ids[100]) },
			{ '>=id': String(ids[100]), '<id': String(ids[119] + 1) },
		]);
	});

	it('Return All over sparse ids keeps reading a window that came back full, and loses nothing', async () => {
		const ids = seedDeals(250);
		const deleted = ids.filter((id, index) => index < 100 && index % 2 === 1);
		for (const id of deleted) emulator.seed.call('crm.item.delete', { entityTypeId: 2, id });
		const result = await runNode({ parameters: { ...listDeals, returnAll: true }, credentials: credentialsFor(emulator) });

		expect(result.items.map((item) => item.json.id)).toEqual(ids.filter((id) => !deleted.includes(id)));
		expect(emulator.requests.map((request) => request.restMethod)).toEqual([
			'crm.item.list',
			'crm.item.list',
			'batch',
			'batch',
		]);
	});

	it('Return All with an id condition of its own pages one by one from that id', async () => {
		const ids = seedDeals(60);
		const result = await runNode({
			parameters: { ...listDeals, returnAll: true, filter: `{">id": ${ids[4]}}` },
			credentials: credentialsFor(emulator),
		});

		expect(result.items.map((item) => item.json.id)).toEqual(ids.slice(5));
		expect(callsOf(emulator, 'crm.item.list').map((call) => (call.params.filter as Record<string, unknown>)['>id'])).toEqual([
			ids[4],
			ids[54],
		]);
	});

	it('Limit stops as soon as it has enough rows', async () => {
		const ids = seedDeals(120);
		const result = await runNode({ parameters: { ...listDeals, limit: 60 }, credentials: credentialsFor(emulator) });

		expect(result.items.map((item) => item.json.id)).toEqual(ids.slice(0, 60));
		expect(callsOf(emulator, 'crm.item.list')).toHaveLength(2);
	});

	it('keeps a custom order by paging with start and next', async () => {
		const ids = seedDeals(70);
		const result = await runNode({
			parameters: { ...listDeals, returnAll: true, order: '{"id": "DESC"}' },
			credentials: credentialsFor(emulator),
		});

		expect(result.items.map((item) => item.json.id)).toEqual([...ids].reverse());
		expect(callsOf(emulator, 'crm.item.list').map((call) => call.params.start)).toEqual([0, 50]);
	});
});

describe('retries', () => {
	it('repeats a call the portal refused for its rate limit, even a create', async () => {
		emulator.faults.injectOnce({ method: 'crm.item.add', status: 503, error: 'QUERY_LIMIT_EXCEEDED', description: 'Too many requests' });
		const result = await runNode({
			parameters: { ...createDeal, itemFields: { title: 'Once' } },
			credentials: credentialsFor(emulator),
		});

		expect(result.error).toBeUndefined();
		expect(restRequests('crm.item.add').map((request) => request.status)).toEqual([503, 200]);
		expect(emulator.seed.call('crm.item.list', { entityTypeId: 2 }).total).toBe(1);
	});

	it('repeats a read after a server failure', async () => {
		const id = emulator.seed.crmItem(2, { title: 'Read me' });
		emulator.faults.injectOnce({ method: 'crm.item.get', status: 500, error: 'INTERNAL_SERVER_ERROR', description: 'Internal server error' });
		const result = await runNode({ parameters: { ...getDeal, itemId: String(id) }, credentials: credentialsFor(emulator) });

		expect(result.items[0].json.title).toBe('Read me');
		expect(restRequests('crm.item.get').map((request) => request.status)).toEqual([500, 200]);
	});

	it('does not repeat a create after a server failure, whose outcome is unknown', async () => {
		emulator.faults.injectOnce({ method: 'crm.item.add', status: 500, error: 'INTERNAL_SERVER_ERROR', description: 'Internal server error' });
		const result = await runNode({
			parameters: { ...createDeal, itemFields: { title: 'Maybe' } },
			credentials: credentialsFor(emulator),
		});

		expect(result.error?.message).toMatch(/INTERNAL_SERVER_ERROR/);
		expect(restRequests('crm.item.add')).toHaveLength(1);
	});

	it('never repeats a call the portal blocked for overload', async () => {
		emulator.faults.inject({ method: 'crm.item.get', status: 503, error: 'OVERLOAD_LIMIT', description: 'REST API is blocked due to overload', times: 3 });
		const result = await runNode({ parameters: { ...getDeal, itemId: '1' }, credentials: credentialsFor(emulator) });

		expect(result.error?.message).toMatch(/OVERLOAD_LIMIT/);
		expect(restRequests('crm.item.get')).toHaveLength(1);
	});
});

describe('rate limiter', () => {
	it('keeps a run under the portal bucket so that the portal refuses nothing', async () => {
		emulator.seed.crmItem(2, { title: 'Only' });
		emulator.rateLimit.configure({ enabled: true, burst: 5, drainPerSecond: 20 });
		const result = await runNode({
			parameters: { ...listDeals, limit: 1 },
			credentials: credentialsFor(emulator, { rateLimitPlan: 'custom', requestsPerSecond: 20, burst: 5 }),
			items: Array.from({ length: 15 }, () => ({})),
		});

		expect(result.error).toBeUndefined();
		expect(emulator.requests).toHaveLength(15);
		expect(emulator.requests.filter((request) => request.status === 503)).toHaveLength(0);
	});

	it('without pacing the same run is refused, and the refused calls are repeated until they pass', async () => {
		emulator.seed.crmItem(2, { title: 'Only' });
		emulator.rateLimit.configure({ enabled: true, burst: 5, drainPerSecond: 2 });
		const result = await runNode({
			parameters: { ...listDeals, limit: 1 },
			credentials: credentialsFor(emulator, { rateLimitPlan: 'custom', requestsPerSecond: 1000, burst: 15 }),
			items: Array.from({ length: 15 }, () => ({})),
		});

		expect(emulator.requests.filter((request) => request.status === 503).length).toBeGreaterThan(0);
		expect(emulator.requests.filter((request) => request.status === 200)).toHaveLength(15);
		expect(result.items.map((item) => item.json.title)).toEqual(Array(15).fill('Only'));
	});
});

describe('operating-time limit', () => {
	/** Each call is charged 0.6 s against a 1 s budget: the third call in a window is refused. */
	const blockAfterTwoCalls = (windowSeconds: number) =>
		emulator.operatingLimit.configure({ enabled: true, limitSeconds: 1, extraSecondsPerCall: 0.6, windowSeconds });

	afterEach(() => emulator.operatingLimit.configure({ enabled: false, windowSeconds: 600 }));

	it('waits for a blocked method to be released when the portal said it will be soon, then sends it again', async () => {
		const id = emulator.seed.crmItem(2, { title: 'Patient' });
		blockAfterTwoCalls(2);
		const credentials = credentialsFor(emulator);
		const first = await runNode({ parameters: { ...getDeal, itemId: String(id) }, credentials });
		const second = await runNode({ parameters: { ...getDeal, itemId: String(id) }, credentials, items: [{}, {}] });

		expect(first.items[0].json.title).toBe('Patient');
		expect(second.error).toBeUndefined();
		expect(second.items.map((item) => item.json.title)).toEqual(['Patient', 'Patient']);
		expect(callsOf(emulator, 'crm.item.get').map((call) => [call.viaBatch, call.error?.code])).toEqual([
			[false, undefined],
			[true, undefined],
			[true, 'OPERATION_TIME_LIMIT'],
			[true, undefined],
		]);
	});

	it('fails with the time to retry when the block lasts longer than the credential allows', async () => {
		const id = emulator.seed.crmItem(2, { title: 'Blocked' });
		blockAfterTwoCalls(600);
		const credentials = credentialsFor(emulator, { rateLimitPlan: 'standard', operatingWaitSeconds: 30 });
		await runNode({ parameters: { ...getDeal, itemId: String(id) }, credentials });
		await runNode({ parameters: { ...getDeal, itemId: String(id) }, credentials });
		const result = await runNode({ parameters: { ...getDeal, itemId: String(id) }, credentials });

		expect(result.error?.message).toMatch(
			/^Bitrix24 refused crm\.item\.get: .*lifts the block at \d{4}-\d\d-\d\dT[\d:.]+Z \(in \d+ s\): retry after that \(OPERATION_TIME_LIMIT\) \[item 0\]$/,
		);
		expect(restRequests('crm.item.get').map((request) => request.status)).toEqual([200, 200, 429]);
	});
});
