import { randomUUID } from 'crypto';

import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../emulator';
import { httpBuildQuery } from '../emulator/events/encode';
import type { CredentialFixtures } from '../harness/credentialsHelper';
import type { ActiveTrigger } from '../harness/webhookTrigger';
import { WebhookTriggerHost } from '../harness/webhookTrigger';
import { callsOf, credentialsFor, startPortal } from '../node/portal';

let emulator: Emulator;
let host: WebhookTriggerHost;
let credentials: CredentialFixtures;
const active: ActiveTrigger[] = [];

beforeAll(async () => {
	emulator = await startPortal();
	host = await WebhookTriggerHost.start();
});

afterAll(async () => {
	await host.close();
	await emulator.close();
});

beforeEach(() => {
	emulator.reset();
	credentials = credentialsFor(emulator);
});

afterEach(async () => {
	// Workflows left active would receive the next test's events.
	for (const trigger of active.splice(0)) await trigger.deactivate().catch(() => undefined);
});

async function activate(parameters: IDataObject, mode: 'production' | 'test' = 'production') {
	const trigger = await host.activate({ parameters: parameters as never, credentials, mode });
	active.push(trigger);
	return trigger;
}

async function createDeal(title: string): Promise<number> {
	const reply = await fetch(`${emulator.webhookUrl}crm.item.add`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ entityTypeId: 2, fields: { title } }),
	});
	return ((await reply.json()) as { result: { item: { id: number } } }).result.item.id;
}

/** Posts a form as a caller who knows the URL would. */
async function postForm(url: string, fields: Record<string, unknown>) {
	const reply = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: httpBuildQuery(fields),
	});
	return { status: reply.status, body: (await reply.json()) as IDataObject };
}

const dealEvents = { events: ['ONCRMDEALADD', 'ONCRMDEALUPDATE'] };

describe('automatic registration (event.bind)', () => {
	it.each(['oAuth2', 'apiKey'])('binds the chosen events to the workflow URL on activation and unbinds them on deactivation (%s)', async (authentication) => {
		const trigger = await activate({ authentication, ...dealEvents });

		const bindings = emulator.events.bindings.map(({ event, handler }) => ({ event, handler }));
		expect(bindings.map((binding) => binding.event)).toEqual(['ONCRMDEALADD', 'ONCRMDEALUPDATE']);
		for (const { handler } of bindings) expect(handler.startsWith(`${trigger.url}?bx24key=`)).toBe(true);
		expect(new Set(bindings.map((binding) => binding.handler)).size).toBe(1);
		expect(trigger.url).toMatch(/\/webhook\/[0-9a-f-]{36}\/webhook$/);
		// Nothing remembered, so no check; event.get for leftovers of this URL, then one batch for both binds.
		expect(emulator.requests.map((request) => request.restMethod)).toEqual(['event.get', 'batch']);

		await trigger.deactivate();
		active.length = 0;
		expect(emulator.events.bindings).toEqual([]);
	});

	it('finds its registration on re-activation and binds nothing again', async () => {
		const trigger = await activate({ authentication: 'oAuth2', ...dealEvents });
		emulator.clearRecords();

		await trigger.reactivate();

		expect(emulator.requests.map((request) => request.restMethod)).toEqual(['event.get']);
		expect(emulator.events.bindings).toHaveLength(2);
	});

	it('replaces handlers of an earlier registration of the same URL that it no longer remembers', async () => {
		const webhookId = randomUUID();
		const parameters = { authentication: 'oAuth2', events: ['ONCRMLEADADD'] };
		await host.activate({ parameters, credentials, webhookId });
		const first = emulator.events.bindings.map((binding) => binding.handler);

		// The workflow comes back without its static data (say, re-imported) while the binding is still there.
		const again = await host.activate({ parameters, credentials, webhookId, staticData: {} });
		active.push(again);

		const now = emulator.events.bindings.map((binding) => binding.handler);
		expect(now).toHaveLength(1);
		expect(now[0]).not.toBe(first[0]);
		expect(now[0].startsWith(`${host.urlFor(webhookId)}?bx24key=`)).toBe(true);
	});

	it('shows why Bitrix24 refused to bind and leaves nothing half-registered', async () => {
		emulator.faults.inject({
			method: 'event.bind',
			status: 403,
			error: 'ACCESS_DENIED',
			description: 'Access denied! Event binding with AUTH_TYPE requires administrator access rights',
			alsoInBatch: true,
		});
		await expect(host.activate({ parameters: { authentication: 'oAuth2', ...dealEvents }, credentials })).rejects.toThrow(
			/ACCESS_DENIED/,
		);
		expect(emulator.events.bindings).toEqual([]);
	});

	it('binds the per-type event when one smart process is chosen', async () => {
		await activate({
			authentication: 'oAuth2',
			events: ['ONCRMDYNAMICITEMADD', 'ONCRMDEALADD'],
			options: { smartProcessTypeId: 1032 },
		});
		expect(emulator.events.bindings.map((binding) => binding.event)).toEqual(['ONCRMDEALADD', 'ONCRMDYNAMICITEMADD_1032']);
	});
});

describe('delivered events', () => {
	it('runs the workflow once per event with the rebuilt nested JSON, ids and time, and no tokens', async () => {
		const trigger = await activate({ authentication: 'oAuth2', ...dealEvents });
		const id = await createDeal('Big one');
		await emulator.events.settled();

		expect(trigger.runs).toHaveLength(1);
		const [items] = trigger.emitted();
		expect(items).toHaveLength(1);
		const json = items[0].json;
		expect(json).toMatchObject({
			event: 'ONCRMDEALADD',
			eventName: 'Deal Created',
			id,
			entityTypeId: 2,
			data: { FIELDS: { ID: String(id) } },
			domain: new URL(emulator.url).host,
			memberId: emulator.memberId,
		});
		expect(Date.parse(json.timestamp as string)).toBeGreaterThan(Date.now() - 60_000);
		expect(JSON.stringify(json)).not.toMatch(/access_token|application_token/);
		expect(JSON.stringify(json)).not.toContain(emulator.events.applicationToken());
		const runItems = trigger.runs[0].data.resultData.runData['Bitrix24 Trigger'][0].data!.main[0]!;
		expect(runItems.map((item) => item.json)).toEqual([json]);
	});

	it('starts nothing for events the workflow did not choose', async () => {
		const trigger = await activate({ authentication: 'oAuth2', events: ['ONCRMDEALUPDATE'] });
		await createDeal('Not an update');
		await emulator.events.settled();
		expect(trigger.runs).toHaveLength(0);
	});

	it('loads the full record with Fetch Full Record (deal and smart-process item)', async () => {
		emulator.seed.call('crm.type.add', { fields: { title: 'Orders', entityTypeId: 1032 } });
		const trigger = await activate({
			authentication: 'apiKey',
			events: ['ONCRMDEALADD', 'ONCRMDYNAMICITEMADD'],
			fetchRecord: true,
		});
		const dealId = await createDeal('Fetched');
		await fetch(`${emulator.webhookUrl}crm.item.add`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ entityTypeId: 1032, fields: { title: 'Order 7' } }),
		});
		await emulator.events.settled();

		const outputs = trigger.emitted().map(([item]) => item.json);
		expect(outputs).toHaveLength(2);
		expect(outputs[0]).toMatchObject({ event: 'ONCRMDEALADD', id: dealId, record: { id: dealId, title: 'Fetched', entityTypeId: 2 } });
		expect(outputs[1]).toMatchObject({ event: 'ONCRMDYNAMICITEMADD', entityTypeId: 1032, record: { title: 'Order 7', entityTypeId: 1032 } });
		expect(outputs[0]).not.toHaveProperty('data');
		expect(callsOf(emulator, 'crm.item.get').map((call) => call.params)).toEqual([
			{ entityTypeId: 2, id: dealId },
			{ entityTypeId: 1032, id: 1 },
		]);
	});

	it('still starts the run, with the reason, when the record cannot be read any more', async () => {
		const trigger = await activate({ authentication: 'oAuth2', events: ['ONCRMDEALUPDATE'], fetchRecord: true });
		emulator.events.raise(['ONCRMDEALUPDATE'], { FIELDS: { ID: 987654 } });
		await emulator.events.settled();

		const [[item]] = trigger.emitted();
		expect(item.json).toMatchObject({ id: 987654, fetchError: { code: 'NOT_FOUND' } });
		expect(item.json.record).toBeUndefined();
	});
});

describe('the application token check', () => {
	it('refuses calls without the registration key or with a wrong one, and starts nothing', async () => {
		const trigger = await activate({ authentication: 'oAuth2', ...dealEvents });
		const event = { event: 'ONCRMDEALADD', data: { FIELDS: { ID: 5 } }, auth: { application_token: 'x'.repeat(32) } };

		expect((await postForm(trigger.url, event)).status).toBe(401);
		expect((await postForm(`${trigger.url}?bx24key=guessed`, event)).status).toBe(403);
		expect(trigger.runs).toHaveLength(0);
	});

	it('keeps the token of the first event and refuses a different one afterwards', async () => {
		const trigger = await activate({ authentication: 'oAuth2', ...dealEvents });
		await createDeal('First');
		await emulator.events.settled();
		expect(trigger.staticData()).toMatchObject({ 'node:Bitrix24 Trigger': { applicationToken: emulator.events.applicationToken() } });

		const handler = emulator.events.bindings[0].handler;
		const forged = { event: 'ONCRMDEALADD', data: { FIELDS: { ID: 5 } }, auth: { application_token: 'f'.repeat(32) } };
		const reply = await postForm(handler, forged);
		const missing = await postForm(handler, { event: 'ONCRMDEALADD', data: { FIELDS: { ID: 5 } } });

		expect([reply.status, missing.status]).toEqual([403, 401]);
		expect(JSON.stringify(reply.body)).not.toContain(emulator.events.applicationToken());
		expect(trigger.runs).toHaveLength(1);
	});

	it('checks against the token entered in the node when there is one', async () => {
		const trigger = await activate({ authentication: 'oAuth2', ...dealEvents, applicationToken: 'not-the-apps-token' });
		await createDeal('Refused');
		await emulator.events.settled();
		expect(emulator.events.deliveries.map((delivery) => delivery.status)).toEqual([403]);
		expect(trigger.runs).toHaveLength(0);
	});
});

describe('manual registration (outgoing webhook)', () => {
	/** The user copies the node's URL into an outgoing webhook, then pastes its token into the node. */
	async function setUp(nodeEvents: string[]) {
		const webhookId = randomUUID();
		const hook = emulator.events.addOutgoingWebhook({
			handler: host.urlFor(webhookId),
			events: ['ONCRMDEALADD', 'ONCRMDEALUPDATE'],
		});
		const trigger = await host.activate({
			parameters: { authentication: 'webhook', applicationToken: hook.applicationToken, events: nodeEvents },
			credentials,
			webhookId,
		});
		active.push(trigger);
		return { hook, trigger };
	}

	it('makes no REST call on activation and runs for the events the outgoing webhook posts', async () => {
		const { trigger } = await setUp([]);
		expect(emulator.requests).toEqual([]);

		const id = await createDeal('Via outgoing webhook');
		await emulator.events.settled();

		expect(trigger.emitted().map(([item]) => [item.json.event, item.json.id])).toEqual([['ONCRMDEALADD', id]]);
	});

	it('refuses a call with another application token (403) or none (401) and starts nothing', async () => {
		const { trigger } = await setUp([]);
		const other = emulator.events.addOutgoingWebhook({ handler: trigger.url, events: ['ONCRMDEALADD'] });
		await createDeal('Two webhooks post this');
		await emulator.events.settled();
		const statusByToken = emulator.events.deliveries.map((delivery) => [
			delivery.form.includes(other.applicationToken) ? 'other' : 'own',
			delivery.status,
		]);
		expect(statusByToken).toEqual([
			['own', 200],
			['other', 403],
		]);
		expect((await postForm(trigger.url, { event: 'ONCRMDEALADD', data: { FIELDS: { ID: 1 } } })).status).toBe(401);
		expect(trigger.runs).toHaveLength(1);
	});

	it('answers but ignores events the node was not set to', async () => {
		const { trigger } = await setUp(['ONCRMDEALUPDATE']);
		const id = await createDeal('Created, then updated');
		await fetch(`${emulator.webhookUrl}crm.item.update`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ entityTypeId: 2, id, fields: { title: 'Updated' } }),
		});
		await emulator.events.settled();

		expect(emulator.events.deliveries.map((delivery) => [delivery.event, delivery.status])).toEqual([
			['ONCRMDEALADD', 200],
			['ONCRMDEALUPDATE', 200],
		]);
		expect(trigger.emitted().map(([item]) => item.json.event)).toEqual(['ONCRMDEALUPDATE']);
	});
});
