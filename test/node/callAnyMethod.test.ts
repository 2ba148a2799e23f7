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

const run = (parameters: Record<string, string | boolean>) =>
	runNode({
		parameters: { authentication: 'webhook', resource: 'custom', operation: 'call', ...parameters },
		credentials: credentialsFor(emulator),
	});

function seedDeals(count: number): void {
	for (let index = 1; index <= count; index++) emulator.seed.crmItem(2, { title: `Deal ${index}` });
}

describe('Call Any Method', () => {
	it('reads every page of a list whose result is the rows, following next', async () => {
		seedDeals(120);

		const result = await run({ method: 'crm.deal.list', parameters: '{"select": ["ID", "TITLE"]}', returnAll: true });

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.TITLE)).toEqual(Array.from({ length: 120 }, (_, index) => `Deal ${index + 1}`));
		expect(callsOf(emulator, 'crm.deal.list').map((call) => call.params.start ?? 0)).toEqual([0, 50, 100]);
		expect(callsOf(emulator, 'crm.deal.list').every((call) => (call.params.select as string[]).includes('TITLE'))).toBe(true);
	});

	it('reads every page of a list that keeps its rows under a key (crm.item.list: items)', async () => {
		seedDeals(60);

		const result = await run({ method: 'crm.item.list', parameters: '{"entityTypeId": 2, "select": ["id", "title"]}', returnAll: true });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(60);
		expect(result.items[59].json).toMatchObject({ title: 'Deal 60' });
	});

	it('returns the first page only when Return All is off', async () => {
		seedDeals(60);

		const result = await run({ method: 'crm.deal.list', parameters: '{"select": ["ID"]}' });

		expect(result.items).toHaveLength(50);
		expect(callsOf(emulator, 'crm.deal.list')).toHaveLength(1);
	});

	it('wraps a bare value as {result}', async () => {
		const result = await run({ method: 'server.time' });

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => Object.keys(item.json))).toEqual([['result']]);
		expect(result.items[0].json.result).toMatch(/^\d{4}-\d{2}-\d{2}T/);
	});

	it('refuses a method name that is not one, naming the field, before sending anything', async () => {
		const result = await run({ method: 'crm.deal.list?start=50' });

		expect(result.error?.message).toBe('"Method" must be a REST method name such as crm.deal.list, got "crm.deal.list?start=50" [item 0]');
		expect(emulator.requests).toHaveLength(0);
	});

	it('refuses parameters that are not a JSON object, naming the field', async () => {
		const result = await run({ method: 'crm.deal.list', parameters: '["ID"]' });

		expect(result.error?.message).toMatch(/^"Parameters \(JSON\)" must be a JSON object/);
		expect(emulator.requests).toHaveLength(0);
	});
});
