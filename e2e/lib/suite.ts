/**
 * The workflows run in each real n8n, and what each must produce.
 *
 * - One workflow per catalog operation, built from the same cases as the in-process catalog
 *   test (test/node/cases): the case prepares the emulated portal, gives the node parameters,
 *   and checks what Bitrix24 received and what the node output. The three credentials take
 *   turns (storage operations, which need an application, use OAuth2 or the API key).
 * - Scenarios: continue-on-fail with the error output, Return All over several pages, a
 *   webhook refusal for application-only methods, secret redaction, and an OAuth2 token that
 *   expires between two nodes (refreshed, persisted, nothing lost).
 */
import { expect } from 'expect';
import type { INodeExecutionData } from 'n8n-workflow';

import type { CatalogOperation } from '../../nodes/Bitrix24/catalog';
import { CATALOG } from '../../nodes/Bitrix24/catalog';
import type { Emulator } from '../../test/emulator';
import type { RecordedRequest } from '../../test/emulator/types';
import type { OperationCase, Prepared } from '../../test/node/cases/types';
import {
	AuthKind,
	bitrix24,
	codeItems,
	httpPost,
	manualTrigger,
	nodeAfterItems,
	noOp,
	singleNodeWorkflow,
	workflow,
	WorkflowJson,
	workflowId,
} from './fixtures';
import type { Execution, ExecutionItem, N8nInstance } from './n8n';
import { exportCredentials, outputOf } from './n8n';

// The shared cases call jest's global `expect`; the same library runs them here.
(globalThis as unknown as { expect: typeof expect }).expect = expect;
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { CASES } = require('../../test/node/cases') as { CASES: Record<string, OperationCase> };

export interface SuiteContext {
	emulator: Emulator;
	instance: N8nInstance;
	/** The OAuth2 token data imported with the credential. */
	importedOAuth: Record<string, unknown>;
}

export interface Scenario {
	group: string;
	name: string;
	workflow: WorkflowJson;
	/** Prepares the portal (after a reset); must do the same on every call, ids included. */
	setup?: (emulator: Emulator) => unknown;
	verify: (execution: Execution, context: SuiteContext) => void | Promise<void>;
}

const CARRIER: Record<AuthKind, string> = { webhook: 'webhook-path', oAuth2: 'bearer', apiKey: 'body-auth' };

/** The execution failed: the message n8n gave, for the report. */
function failureText(execution: Execution): string {
	const runData = execution.run?.data.resultData;
	const nodeErrors = Object.entries(runData?.runData ?? {})
		.map(([node, runs]) => (runs[0]?.error ? `${node}: ${runs[0].error.message}` : ''))
		.filter(Boolean);
	const said = [runData?.error?.message, ...nodeErrors].filter(Boolean).join('; ');
	const tail = (execution.stdout + '\n' + execution.stderr).trim().split('\n').slice(-15).join('\n');
	return `n8n execute exited ${execution.code ?? execution.signal}${said ? `: ${said}` : ''}\n${tail}`;
}

function expectSuccess(execution: Execution): void {
	if (execution.code !== 0 || !execution.run) throw new Error(failureText(execution));
	expect(execution.run.status ?? (execution.run.finished ? 'success' : 'unknown')).toBe('success');
}

function restRequests(emulator: Emulator): RecordedRequest[] {
	return emulator.requests.filter((request) => request.restMethod !== undefined);
}

function expectCarrier(emulator: Emulator, auth: AuthKind): void {
	const carriers = new Set(restRequests(emulator).map((request) => request.authCarrier));
	expect([...carriers]).toEqual([CARRIER[auth]]);
}

function asNodeItems(items: ExecutionItem[]): INodeExecutionData[] {
	return items as unknown as INodeExecutionData[];
}

/** Runs the case's setup on a reset portal. */
function prepare(emulator: Emulator, testCase: OperationCase): Prepared {
	emulator.reset();
	const prepared = testCase.setup?.(emulator);
	if (prepared instanceof Promise) throw new Error('async case setups are not supported by the e2e suite');
	return prepared ?? {};
}

/**
 * The resources of the foundation issue (63 operations): every one of their operations gets a
 * workflow in each n8n. Later resources are run in-process by test/node/catalog.test.ts, and
 * here with --all-operations.
 */
export const FOUNDATION_RESOURCES = [
	'crmItem',
	'smartProcessType',
	'smartProcessItem',
	'dataStorage',
	'dataStorageSection',
	'dataStorageItem',
	'dataStorageProperty',
	'chatbot',
	'chatbotMessage',
	'chatbotChat',
	'openLines',
];

function resourcesInScope(allOperations: boolean) {
	return CATALOG.filter((resource) => allOperations || FOUNDATION_RESOURCES.includes(resource.value));
}

/**
 * Whether the operation puts downloaded bytes into binary data: a real n8n keeps those in its
 * binary data store (filesystem mode), not in the printed run, so their cases run in-process only.
 */
function downloadsBinary(operation: CatalogOperation): boolean {
	return operation.output.kind === 'download' || Boolean(operation.routine?.kind.startsWith('download'));
}

/** Operations in scope that get no workflow: no case in test/node/cases, or bytes out (see downloadsBinary). */
export function operationsWithoutWorkflows(allOperations = false): Array<{ key: string; why: string }> {
	return resourcesInScope(allOperations).flatMap((resource) =>
		resource.operations
			.map((operation) => ({ key: `${resource.value}.${operation.value}`, operation }))
			.filter(({ key, operation }) => !CASES[key] || downloadsBinary(operation))
			.map(({ key, operation }) => ({
				key,
				why: CASES[key] ? 'its bytes go to n8n\'s binary data store; run in-process by npm test' : 'no case in test/node/cases to build its workflow from',
			})),
	);
}

/** One workflow per operation in scope. */
export function operationScenarios(emulator: Emulator, allOperations = false): Scenario[] {
	const scenarios: Scenario[] = [];
	const order: AuthKind[] = ['webhook', 'oAuth2', 'apiKey'];
	let index = 0;
	for (const resource of resourcesInScope(allOperations)) {
		for (const operation of resource.operations) {
			const key = `${resource.value}.${operation.value}`;
			const testCase = CASES[key];
			if (!testCase || downloadsBinary(operation)) continue; // reported by operationsWithoutWorkflows()
			index += 1;
			let auth = order[index % 3];
			if (operation.needsApplication && auth === 'webhook') auth = index % 2 ? 'oAuth2' : 'apiKey';
			const prepared = prepare(emulator, testCase);
			const parameters = { authentication: auth, resource: resource.value, operation: operation.value, ...testCase.parameters(prepared) };
			const expected = JSON.stringify(parameters);
			let current: Prepared = prepared;
			scenarios.push({
				group: 'operations',
				name: `${resource.name} › ${operation.name} (${auth}) → ${testCase.method ?? operation.method}`,
				workflow: testCase.input
					? nodeAfterItems(workflowId('bx24op', index), `Bitrix24 e2e: ${key} (${auth})`, testCase.input(prepared), parameters)
					: singleNodeWorkflow(workflowId('bx24op', index), `Bitrix24 e2e: ${key} (${auth})`, parameters),
				setup: (portal) => {
					current = prepare(portal, testCase);
					const again = JSON.stringify({ authentication: auth, resource: resource.value, operation: operation.value, ...testCase.parameters(current) });
					if (again !== expected) throw new Error(`the case's setup is not repeatable: ${again} != ${expected}`);
				},
				verify: (execution, { emulator: portal }) => {
					expectSuccess(execution);
					const method = testCase.method ?? operation.method;
					const calls = portal.calls.filter((call) => call.method === method);
					expect(calls.length).toBeGreaterThan(0);
					expect(calls[0].params).toMatchObject(testCase.sent(current));
					const items = outputOf(execution, 'Bitrix24');
					testCase.output(asNodeItems(items), current, portal);
					expect(items.every((item) => item.pairedItem !== undefined)).toBe(true);
					expectCarrier(portal, auth);
				},
			});
		}
	}
	return scenarios;
}

const BAD_AND_GOOD = (real: number[]) => [
	{ id: 'x' }, // not a number: refused before sending
	{ id: real[0] },
	{ id: 999999 }, // Bitrix24 answers NOT_FOUND
	{ id: '' }, // missing
	{ id: real[1] },
];

export function scenarios(emulator: Emulator): Scenario[] {
	const list: Scenario[] = [];
	let index = 0;
	const id = () => workflowId('bx24sc', (index += 1));

	// --- continue on fail: failing items on the error output, or as error items in line ------
	const seedTwo = (portal: Emulator) => [portal.seed.crmItem(2, { title: 'Deal A' }), portal.seed.crmItem(2, { title: 'Deal B' })];
	emulator.reset();
	const realIds = seedTwo(emulator);
	const continueWorkflow = (workflowIdValue: string, onError: 'continueErrorOutput' | 'continueRegularOutput') =>
		workflow(
			workflowIdValue,
			`Bitrix24 e2e: ${onError}`,
			[
				manualTrigger(),
				codeItems('Items', BAD_AND_GOOD(realIds)),
				bitrix24(
					'Update Deals',
					{ authentication: 'webhook', resource: 'crmItem', operation: 'update', entityTypeId: '2', itemId: '={{ $json.id }}', itemFields: { stageId: 'WON' } },
					{ position: [440, 0], onError },
				),
				noOp('Updated', [660, -100]),
				...(onError === 'continueErrorOutput' ? [noOp('Failed', [660, 100])] : []),
			],
			[
				['Start', 'Items'],
				['Items', 'Update Deals'],
				['Update Deals', 'Updated', 0],
				...(onError === 'continueErrorOutput' ? ([['Update Deals', 'Failed', 1]] as Array<[string, string, number]>) : []),
			],
		);
	/** Only the three well-formed ids were sent, in one batch request, and the real deals changed. */
	const expectOnlyValidSent = (portal: Emulator) => {
		const updates = portal.calls.filter((call) => call.method === 'crm.item.update');
		expect(updates.map((call) => Number(call.params.id))).toEqual([realIds[0], 999999, realIds[1]]);
		expect(restRequests(portal).map((request) => request.restMethod)).toEqual(['batch']);
		for (const dealId of realIds) {
			expect(portal.seed.call('crm.item.get', { entityTypeId: 2, id: dealId }).result).toMatchObject({ item: { stageId: 'WON' } });
		}
	};
	list.push({
		group: 'scenarios',
		name: 'Continue (using error output): 2 good items on the main output, 3 bad ones on the error output, each paired',
		setup: (portal) => expect(seedTwo(portal)).toEqual(realIds),
		workflow: continueWorkflow(id(), 'continueErrorOutput'),
		verify: (execution, { emulator: portal }) => {
			expectSuccess(execution);
			expect(outputOf(execution, 'Updated').map((item) => [item.json.id, item.json.title, item.json.stageId])).toEqual([
				[realIds[0], 'Deal A', 'WON'],
				[realIds[1], 'Deal B', 'WON'],
			]);
			expect(outputOf(execution, 'Update Deals', 0).map((item) => item.pairedItem)).toEqual([{ item: 1 }, { item: 4 }]);
			expect(outputOf(execution, 'Update Deals', 1).map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }, { item: 3 }]);
			// n8n routes an item to the error output only when its JSON is { error, message }, and merges
			// in the input item's fields through pairedItem: the bad id travels with its error
			const failed = outputOf(execution, 'Failed').map((item) => item.json);
			expect(failed).toEqual([
				{ id: 'x', error: '"Item" must be a positive whole number, got "x"', message: 'INVALID_INPUT in crmItem update' },
				{ id: 999999, error: expect.stringMatching(/^Bitrix24 refused crm\.item\.update: .*\(NOT_FOUND\)$/), message: 'NOT_FOUND in crmItem update' },
				{ id: '', error: '"Item" is required', message: 'INVALID_INPUT in crmItem update' },
			]);
			expectOnlyValidSent(portal);
		},
	});
	list.push({
		group: 'scenarios',
		name: 'Continue (regular output): 5 items out in input order, the bad ones as { error, code, resource, operation, timestamp }',
		setup: (portal) => expect(seedTwo(portal)).toEqual(realIds),
		workflow: continueWorkflow(id(), 'continueRegularOutput'),
		verify: (execution, { emulator: portal }) => {
			expectSuccess(execution);
			const out = outputOf(execution, 'Update Deals');
			expect(out.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3, 4].map((item) => ({ item })));
			const json = out.map((item) => item.json);
			expect([json[1].title, json[4].title]).toEqual(['Deal A', 'Deal B']);
			for (const [index, code] of [[0, 'INVALID_INPUT'], [2, 'NOT_FOUND'], [3, 'INVALID_INPUT']] as const) {
				expect(json[index]).toMatchObject({ code, resource: 'crmItem', operation: 'update', error: expect.any(String) });
				expect(Date.parse(String(json[index].timestamp))).not.toBeNaN();
			}
			expect(json[2]).toMatchObject({ method: 'crm.item.update' });
			expectOnlyValidSent(portal);
		},
	});

	// --- without continue on fail the workflow stops, naming the item --------------------------
	list.push({
		group: 'scenarios',
		name: 'Without Continue On Fail: bad input stops the workflow before any request (exit code 1)',
		workflow: workflow(
			id(),
			'Bitrix24 e2e: stop on bad input',
			[
				manualTrigger(),
				codeItems('Items', [{ id: 5 }, { id: 'abc' }]),
				bitrix24('Get Deal', { authentication: 'apiKey', resource: 'crmItem', operation: 'get', entityTypeId: '2', itemId: '={{ $json.id }}' }, { position: [440, 0] }),
			],
			[
				['Start', 'Items'],
				['Items', 'Get Deal'],
			],
		),
		verify: (execution, { emulator: portal }) => {
			expect(execution.code).toBe(1);
			expect(execution.stdout + execution.stderr).toContain('"Item" must be a positive whole number, got "abc" [item 1]');
			expect(restRequests(portal)).toHaveLength(0);
		},
	});

	// --- Return All over several pages, and Limit ---------------------------------------------
	const seedMany = (portal: Emulator) =>
		Array.from({ length: 230 }, (_, n) => portal.seed.crmItem(1, { title: `Lead ${n + 1}`, sourceId: n % 2 ? 'WEB' : 'CALL' }));
	emulator.reset();
	const leadIds = seedMany(emulator);
	list.push({
		group: 'scenarios',
		name: 'Return All: 230 leads, every one once and in id order, over 5+ fast pages (start=-1)',
		setup: (portal) => expect(seedMany(portal)).toEqual(leadIds),
		workflow: singleNodeWorkflow(id(), 'Bitrix24 e2e: return all', {
			authentication: 'oAuth2',
			resource: 'crmItem',
			operation: 'getAll',
			entityTypeId: '1',
			returnAll: true,
			select: 'id, title',
		}),
		verify: (execution, { emulator: portal }) => {
			expectSuccess(execution);
			const items = outputOf(execution, 'Bitrix24');
			expect(items.map((item) => item.json.id)).toEqual(leadIds);
			expect(items[229].json.title).toBe('Lead 230');
			expect(items.every((item) => item.pairedItem !== undefined)).toBe(true);
			// fast pages: ordered by id, no counting (start=-1), several pages per request where possible
			const lists = portal.calls.filter((call) => call.method === 'crm.item.list');
			expect(lists.length).toBeGreaterThanOrEqual(5);
			expect(lists.map((call) => Number(call.params.start))).toEqual(lists.map(() => -1));
			expect(restRequests(portal).length).toBeLessThanOrEqual(5);
			expectCarrier(portal, 'oAuth2');
		},
	});
	list.push({
		group: 'scenarios',
		name: 'Limit 70 of 230: stops after the page that fills it',
		setup: (portal) => expect(seedMany(portal)).toEqual(leadIds),
		workflow: singleNodeWorkflow(id(), 'Bitrix24 e2e: limit', {
			authentication: 'webhook',
			resource: 'crmItem',
			operation: 'getAll',
			entityTypeId: '1',
			returnAll: false,
			limit: 70,
			filter: '{"sourceId": "WEB"}',
		}),
		verify: (execution, { emulator: portal }) => {
			expectSuccess(execution);
			const items = outputOf(execution, 'Bitrix24');
			expect(items.map((item) => item.json.id)).toEqual(leadIds.filter((_, n) => n % 2).slice(0, 70));
			expect(portal.calls.filter((call) => call.method === 'crm.item.list')).toHaveLength(2);
		},
	});

	// --- webhook + application-only method -------------------------------------------------------
	list.push({
		group: 'scenarios',
		name: 'Webhook credential on an application-only method: clear error, nothing sent',
		workflow: singleNodeWorkflow(id(), 'Bitrix24 e2e: storage via webhook', {
			authentication: 'webhook',
			resource: 'dataStorage',
			operation: 'get',
			entity: 'dish',
		}),
		verify: (execution, { emulator: portal }) => {
			expect(execution.code).toBe(1);
			expect(execution.stdout + execution.stderr).toMatch(/only in an application context.*OAuth2 or API key/);
			expect(portal.requests).toHaveLength(0);
		},
	});

	// --- the webhook's secret code never shows -------------------------------------------------
	list.push({
		group: 'scenarios',
		name: "A refused webhook call: Bitrix24's error is shown, the webhook code is not",
		workflow: singleNodeWorkflow(id(), 'Bitrix24 e2e: redaction', {
			authentication: 'webhook',
			resource: 'crmItem',
			operation: 'get',
			entityTypeId: '2',
			itemId: '424242',
		}),
		verify: (execution, { emulator: portal }) => {
			expect(execution.code).toBe(1);
			const printed = execution.stdout + execution.stderr;
			expect(printed).toMatch(/Bitrix24 refused crm\.item\.get: .*NOT_FOUND/);
			expect(restRequests(portal)).toHaveLength(1);
			expect(printed).not.toContain(portal.webhookCode);
		},
	});

	return list;
}

/**
 * OAuth2 token expiring mid-workflow: 60 deals are created (two batch requests), a test-only
 * route then expires every access token, and the next node updates all 60. n8n must renew the
 * token once, store it, and repeat the refused request; no deal may be created twice or missed.
 */
export function oauthExpiryScenarios(emulator: Emulator): Scenario[] {
	const orders = Array.from({ length: 60 }, (_, n) => ({ order: 5001 + n }));
	const expire = `${emulator.url}/_emulator/expire-tokens`;
	let refreshed: Record<string, unknown> = {};
	const first: Scenario = {
		group: 'oauth2',
		name: 'Token expires between two nodes: renewed once, the refused request repeated, 60 of 60 updated',
		workflow: workflow(
			workflowId('bx24oa', 1),
			'Bitrix24 e2e: OAuth2 token expires mid-workflow',
			[
				manualTrigger(),
				codeItems('Orders', orders),
				bitrix24('Create Deals', {
					authentication: 'oAuth2',
					resource: 'crmItem',
					operation: 'create',
					entityTypeId: '2',
					itemFields: { title: '=Order {{ $json.order }}' },
				}, { position: [440, 0] }),
				// v1 execution order runs the upper branch first: the tokens expire before the update
				httpPost('Expire Tokens', expire, [660, -150]),
				bitrix24('Mark Won', {
					authentication: 'oAuth2',
					resource: 'crmItem',
					operation: 'update',
					entityTypeId: '2',
					itemId: '={{ $json.id }}',
					itemFields: { stageId: 'WON' },
				}, { position: [660, 150] }),
			],
			[
				['Start', 'Orders'],
				['Orders', 'Create Deals'],
				['Create Deals', 'Expire Tokens'],
				['Create Deals', 'Mark Won'],
			],
		),
		verify: async (execution, { emulator: portal, instance, importedOAuth }) => {
			expectSuccess(execution);
			const won = outputOf(execution, 'Mark Won');
			expect(won).toHaveLength(60);
			expect(won.map((item) => item.json.title)).toEqual(orders.map((order) => `Order ${order.order}`));
			expect(won.every((item) => item.json.stageId === 'WON')).toBe(true);
			expect(portal.calls.filter((call) => call.method === 'crm.item.add')).toHaveLength(60);
			const deals = portal.seed.call('crm.item.list', { entityTypeId: 2, filter: { stageId: 'WON' } });
			expect(deals.total).toBe(60);

			// what the portal saw, in order
			const seen = portal.requests.map((request) =>
				request.path.startsWith('/oauth/token')
					? `token:${String(request.params.grant_type)}:${request.status}`
					: request.path.startsWith('/_emulator/')
						? 'expire'
						: `${request.restMethod}:${request.status}`,
			);
			expect(seen).toEqual(['batch:200', 'batch:200', 'expire', 'batch:401', 'token:refresh_token:200', 'batch:200', 'batch:200']);
			const refusal = portal.requests.find((request) => request.status === 401);
			expect(refusal?.response).toMatchObject({ error: 'expired_token' });
			const tokenRequest = portal.requests.find((request) => request.path.startsWith('/oauth/token'))!;
			expect(tokenRequest.params).toMatchObject({
				grant_type: 'refresh_token',
				refresh_token: importedOAuth.refresh_token,
				client_id: portal.oauthClient.clientId,
				client_secret: portal.oauthClient.clientSecret,
			});
			const issued = tokenRequest.response as Record<string, unknown>;
			expect(issued.access_token).not.toBe(importedOAuth.access_token);

			// n8n stored the renewed pair in its database
			const stored = (await exportCredentials(instance)).find((credential) => credential.type === 'bitrix24OAuth2Api');
			const tokenData = stored?.data.oauthTokenData as Record<string, unknown>;
			expect(tokenData).toMatchObject({ access_token: issued.access_token, refresh_token: issued.refresh_token });
			expect(tokenData.client_endpoint).toBe(portal.restUrl);
			refreshed = tokenData;
		},
	};
	const second: Scenario = {
		group: 'oauth2',
		name: 'The next execution uses the stored token: no renewal, Bearer is the new token',
		workflow: singleNodeWorkflow(workflowId('bx24oa', 2), 'Bitrix24 e2e: OAuth2 after renewal', {
			authentication: 'oAuth2',
			resource: 'crmItem',
			operation: 'getFields',
			entityTypeId: '2',
		}),
		verify: (execution, { emulator: portal }) => {
			expectSuccess(execution);
			expect(outputOf(execution, 'Bitrix24').length).toBeGreaterThan(10);
			expect(portal.requests.map((request) => request.path.split('?')[0])).toEqual(['/rest/crm.item.fields']);
			expect(portal.requests[0].headers.authorization).toBe(`Bearer ${String(refreshed.access_token)}`);
		},
	};
	return [first, second];
}
