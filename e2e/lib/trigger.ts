/**
 * The instant trigger in a running n8n: `n8n start` serves the production webhook on loopback,
 * activating the workflow (over the editor's REST API, as the Publish/Active switch does) binds
 * the event to it with `event.bind`, a deal created in the emulated portal is delivered to n8n
 * as Bitrix24's queue server posts it, and the saved execution holds the event and the fetched
 * deal. A forged call starts nothing; deactivating unbinds.
 */
import { expect } from 'expect';
import { createRequire } from 'module';
import { join } from 'path';

import { startEmulator } from '../../test/emulator';
import type { Emulator } from '../../test/emulator';
import { httpBuildQuery } from '../../test/emulator/events/encode';
import { CREDENTIALS, PACKAGE_NAME, workflow, WorkflowJson, WorkflowNodeJson } from './fixtures';
import type { ExecutionRun, N8nInstance, N8nServer } from './n8n';
import { freshInstance, importCredentials, importWorkflows, installPackage, startServer } from './n8n';
import { check, skip } from './report';

const TRIGGER_WORKFLOW_ID = 'bx24trigger00001';
const WEBHOOK_ID = '6f1c2a3e-9b8d-4e5f-a0b1-c2d3e4f5a6b7';
const TRIGGER_NODE = 'Bitrix24 Trigger';
const OWNER = { email: 'trigger@example.com', firstName: 'E2E', lastName: 'Trigger', password: 'Passw0rd!e2e' };

function triggerWorkflow(): WorkflowJson {
	const credential = CREDENTIALS.apiKey;
	const trigger: WorkflowNodeJson = {
		id: '00000000-0000-4000-8000-00000000face',
		name: TRIGGER_NODE,
		type: `${PACKAGE_NAME}.bitrix24Trigger`,
		typeVersion: 1,
		position: [0, 0],
		parameters: { authentication: 'apiKey', registration: 'automatic', events: ['ONCRMDEALADD'], fetchRecord: true, crmFormat: 'item' },
		credentials: { [credential.type]: { id: credential.id, name: credential.name } },
		webhookId: WEBHOOK_ID,
	};
	return workflow(TRIGGER_WORKFLOW_ID, 'Bitrix24 e2e: instant trigger', [trigger], []);
}

/** The editor's REST API, logged in as the owner. */
class Rest {
	private cookie = '';

	constructor(private readonly base: string) {}

	async setupOwner(): Promise<void> {
		const response = await fetch(`${this.base}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(OWNER),
		});
		if (!response.ok) throw new Error(`owner setup answered ${response.status}: ${await response.text()}`);
		this.cookie = response.headers
			.getSetCookie()
			.map((line) => line.split(';')[0])
			.join('; ');
	}

	async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.base}/rest${path}`, {
			method,
			headers: { cookie: this.cookie, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} /rest${path} answered ${response.status}: ${text.slice(0, 500)}`);
		return (JSON.parse(text) as { data: T }).data;
	}
}

interface ExecutionSummary {
	id: string;
	status?: string;
	mode?: string;
}

/** Saved executions of the workflow, newest first. */
async function executionsOf(rest: Rest): Promise<ExecutionSummary[]> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId: TRIGGER_WORKFLOW_ID }));
	const listed = await rest.call<{ results: ExecutionSummary[] }>('GET', `/executions?filter=${filter}`);
	return listed.results;
}

async function waitForExecutions(rest: Rest, count: number, timeoutMs = 60_000): Promise<ExecutionSummary[]> {
	const began = Date.now();
	for (;;) {
		const done = (await executionsOf(rest)).filter((execution) => execution.status === 'success' || execution.status === 'error');
		if (done.length >= count) return done;
		if (Date.now() - began > timeoutMs) throw new Error(`${done.length} of ${count} execution(s) saved after ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

/** A saved execution's run data; n8n stores it in the `flatted` format, which its own copy reads. */
async function runOf(rest: Rest, instance: N8nInstance, executionId: string): Promise<ExecutionRun> {
	const saved = await rest.call<{ data: string; status?: string }>('GET', `/executions/${executionId}`);
	const n8nRequire = createRequire(join(instance.install.runtime, 'node_modules', 'n8n', 'package.json'));
	const flatted = n8nRequire('flatted') as { parse(text: string): ExecutionRun['data'] };
	return { status: saved.status, data: flatted.parse(saved.data) };
}

/** n8n 2.x applies an activation change in the background (a publication outbox): wait for it. */
async function waitFor(what: string, done: () => boolean, timeoutMs = 30_000): Promise<void> {
	const began = Date.now();
	while (!done()) {
		if (Date.now() - began > timeoutMs) throw new Error(`${what}: not seen within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

async function createDeal(portal: Emulator, title: string): Promise<number> {
	const reply = await fetch(`${portal.webhookUrl}crm.item.add`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ entityTypeId: 2, fields: { title } }),
	});
	return ((await reply.json()) as { result: { item: { id: number } } }).result.item.id;
}

/**
 * Runs in its own n8n user folder and against its own emulator: the owner setup works once per
 * database (the editor check does its own), and the suite's OAuth2 scenario expires every token
 * of the lane emulators.
 */
export async function triggerChecks(install: N8nInstance['install'], tarball: string, workRoot: string, artifacts: string): Promise<void> {
	const group = `n8n ${install.target.version} instant trigger`;
	const instance = freshInstance(install, workRoot, artifacts, 'trigger');
	const portal = await startEmulator();
	let server: N8nServer | undefined;
	try {
		const ready = await check(group, 'n8n start with its webhook URL on loopback, API key credential and trigger workflow imported', async () => {
			await installPackage(instance, tarball, PACKAGE_NAME);
			const credential = { ...CREDENTIALS.apiKey, data: { portalUrl: portal.url, accessToken: portal.issueTokens().access_token } };
			await importCredentials(instance, [credential]);
			await importWorkflows(instance, [triggerWorkflow()], 'trigger-workflow');
			server = await startServer(instance, { logName: 'n8n-trigger-server.log' });
		});
		if (!ready || !server) return;
		const rest = new Rest(server.url);
		const productionUrl = `${server.url}/webhook/${WEBHOOK_ID}/webhook`;

		const active = await check(group, 'activating the workflow binds ONCRMDEALADD to its production URL (event.bind)', async () => {
			await rest.setupOwner();
			const { versionId } = await rest.call<{ versionId: string }>('GET', `/workflows/${TRIGGER_WORKFLOW_ID}`);
			const activated = await rest.call<{ active: boolean }>('POST', `/workflows/${TRIGGER_WORKFLOW_ID}/activate`, { versionId });
			expect(activated.active).toBe(true);
			await waitFor('event.bind', () => portal.events.bindings.length > 0);
			expect(portal.calls.map((call) => call.method).filter((method) => method.startsWith('event.'))).toEqual(['event.get', 'event.bind']);
			expect(portal.calls[1].params).toMatchObject({ event: 'ONCRMDEALADD' });
			expect(portal.events.bindings).toHaveLength(1);
			const [binding] = portal.events.bindings;
			expect(binding.event).toBe('ONCRMDEALADD');
			expect(binding.clientId).toBe(portal.oauthClient.clientId);
			expect(binding.handler).toMatch(new RegExp(`^${productionUrl.replace(/[.?]/g, '\\$&')}\\?bx24key=[0-9a-f]{48}$`));
		});
		if (!active) return;

		await check(group, 'a deal created in the portal starts one execution with the event and the fetched deal', async () => {
			portal.clearRecords();
			const dealId = await createDeal(portal, 'Trigger e2e deal');
			await portal.events.settled();
			expect(portal.events.deliveries.map(({ event, status, error }) => ({ event, status, error }))).toEqual([
				{ event: 'ONCRMDEALADD', status: 200, error: undefined },
			]);
			const [execution] = await waitForExecutions(rest, 1);
			expect(execution).toMatchObject({ status: 'success', mode: 'webhook' });
			const run = await runOf(rest, instance, execution.id);
			const items = run.data.resultData.runData[TRIGGER_NODE]?.[0]?.data?.main?.[0] ?? [];
			expect(items).toHaveLength(1);
			const json = items[0].json;
			expect(json).toMatchObject({
				event: 'ONCRMDEALADD',
				eventName: 'Deal Created',
				id: dealId,
				entityTypeId: 2,
				memberId: portal.memberId,
				record: { id: dealId, title: 'Trigger e2e deal', entityTypeId: 2 },
			});
			expect(json).not.toHaveProperty('data');
			expect(JSON.stringify(json)).not.toContain(portal.events.applicationToken());
			// the record was read with the API key credential, after the delivery
			expect(portal.calls.filter((call) => call.method === 'crm.item.get').map((call) => call.params)).toEqual([{ entityTypeId: 2, id: dealId }]);
		});

		const form = (token: string) => httpBuildQuery({ event: 'ONCRMDEALADD', data: { FIELDS: { ID: 1 } }, auth: { application_token: token } });
		const post = (url: string, token = portal.events.applicationToken()) =>
			fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form(token) }).then((reply) => reply.status);
		const startsNothing = async (calls: () => Promise<void>) => {
			const before = (await executionsOf(rest)).length;
			await calls();
			await new Promise((resolve) => setTimeout(resolve, 1500));
			expect(await executionsOf(rest)).toHaveLength(before);
		};

		await check(group, 'forged calls to the production URL (no key, wrong key) are refused and start nothing', () =>
			startsNothing(async () => {
				expect(await post(productionUrl)).toBe(401);
				expect(await post(`${productionUrl}?bx24key=${'0'.repeat(48)}`)).toBe(403);
			}),
		);

		const pinned = 'the first event\'s application token is kept: the right key with another token is refused';
		if (install.target.major >= 2) {
			// n8n 2.41.1 answers an onReceived webhook only after WorkflowRunner.run(), whose new Workflow
			// resets the shared static data's change flag, so what webhook() stored is never saved
			skip(group, pinned, 'n8n 2.x does not save static data changed in webhook() (onReceived); the handler key still guards the URL');
		} else {
			await check(group, pinned, () => startsNothing(async () => expect(await post(portal.events.bindings[0].handler, 'f'.repeat(32))).toBe(403)));
		}

		await check(group, 'deactivating the workflow unbinds the event; later deals reach nothing', async () => {
			portal.clearRecords();
			const deactivated = await rest.call<{ active: boolean }>('POST', `/workflows/${TRIGGER_WORKFLOW_ID}/deactivate`, {});
			expect(deactivated.active).toBe(false);
			await waitFor('event.unbind', () => portal.events.bindings.length === 0);
			expect(portal.calls.map((call) => call.method).filter((method) => method.startsWith('event.'))).toEqual(['event.unbind']);
			const delivered = portal.events.deliveries.length;
			await createDeal(portal, 'After deactivation');
			await portal.events.settled();
			expect(portal.events.deliveries).toHaveLength(delivered);
		});
	} finally {
		await server?.stop();
		await portal.close();
	}
}
