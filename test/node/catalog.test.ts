import { CATALOG } from '../../nodes/Bitrix24/catalog';
import type { Emulator } from '../emulator';
import { runNode } from '../harness/runNode';
import { CASES } from './cases';
import type { AuthKind } from './portal';
import { AUTH_KINDS, callsOf, credentialsFor, startPortal } from './portal';

const OPERATIONS = CATALOG.flatMap((resource) =>
	resource.operations.map((operation) => ({ key: `${resource.value}.${operation.value}`, resource, operation })),
);

let emulator: Emulator;

beforeAll(async () => {
	emulator = await startPortal();
});

afterAll(async () => {
	await emulator.close();
});

beforeEach(() => emulator.reset());

it('has a test case for every operation in the catalog', () => {
	expect(OPERATIONS.filter(({ key }) => !CASES[key]).map(({ key }) => key)).toEqual([]);
});

describe.each(AUTH_KINDS)('every operation through the %s credential', (authentication: AuthKind) => {
	it.each(OPERATIONS.map((entry) => [entry.key, entry]))('%s', async (key, { resource, operation }) => {
		const testCase = CASES[key];
		const prepared = (await testCase.setup?.(emulator)) ?? {};
		emulator.clearRecords();

		const result = await runNode({
			parameters: { authentication, resource: resource.value, operation: operation.value, ...testCase.parameters(prepared) },
			credentials: credentialsFor(emulator),
			inputItems: testCase.input?.(prepared),
		});

		if (authentication === 'webhook' && operation.needsApplication) {
			expect(result.error?.message).toMatch(/only in an application context.*OAuth2 or API key/);
			expect(emulator.requests).toHaveLength(0);
			return;
		}
		expect(result.error).toBeUndefined();
		const method = testCase.method ?? operation.method;
		const calls = callsOf(emulator, method);
		expect(calls.length).toBeGreaterThan(0);
		expect(calls[0].params).toMatchObject(testCase.sent(prepared));
		testCase.output(result.items, prepared, emulator);
		expect(result.items.every((item) => item.pairedItem !== undefined)).toBe(true);
	});
});
