import { createServer } from 'http';
import type { AddressInfo } from 'net';
import { parse as parseQuery } from 'querystring';

import { Emulator, parsePhpQuery, startEmulator } from './index';
import { viaToken, viaWebhook } from './support/client';

interface Captured {
	path: string;
	contentType?: string;
	body: string;
}

/** A handler that records what Bitrix24 posts and answers with a chosen status. */
async function startHandler(status = 200) {
	const received: Captured[] = [];
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			received.push({ path: req.url ?? '', contentType: req.headers['content-type'], body: Buffer.concat(chunks).toString() });
			res.writeHead(status);
			res.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url,
		received,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

/** The `auth` keys of an event sent to an application (api-reference/events/index.md). */
const APP_AUTH_KEYS = [
	'access_token',
	'expires_in',
	'scope',
	'domain',
	'server_endpoint',
	'status',
	'client_endpoint',
	'member_id',
	'application_token',
];

/** An outgoing webhook gets no tokens (same page, "Event Sent to an Outgoing Webhook"). */
const WEBHOOK_AUTH_KEYS = ['domain', 'client_endpoint', 'server_endpoint', 'member_id', 'application_token'];

describe('event.bind, event.unbind, event.get', () => {
	let emu: Emulator;
	let token: string;

	beforeAll(async () => {
		emu = await startEmulator({ rateLimit: { enabled: false } });
	});
	afterAll(() => emu.close());
	beforeEach(() => {
		emu.reset();
		token = emu.issueTokens().access_token;
	});

	it('binds, lists and unbinds handlers of the calling application', async () => {
		const bound = await viaToken(emu, token, 'event.bind', { event: 'onCrmDealAdd', handler: 'https://example.com/h' });
		expect(bound.body.result).toBe(true);
		await viaToken(emu, token, 'event.bind', { EVENT: 'ONCRMDEALUPDATE', HANDLER: 'https://example.com/h', AUTH_TYPE: 3 });

		const listed = await viaToken(emu, token, 'event.get');
		expect(listed.body.result).toEqual([
			{ event: 'ONCRMDEALADD', handler: 'https://example.com/h', auth_type: '0', offline: 0 },
			{ event: 'ONCRMDEALUPDATE', handler: 'https://example.com/h', auth_type: '3', offline: 0 },
		]);

		const removed = await viaToken(emu, token, 'event.unbind', { event: 'ONCRMDEALADD', handler: 'https://example.com/h' });
		expect(removed.body.result).toEqual({ count: 1 });
		expect((await viaToken(emu, token, 'event.get')).body.result).toHaveLength(1);
	});

	it('keeps each application to its own handlers', async () => {
		const other = emu.registerApplication();
		const otherToken = emu.issueTokens({ clientId: other.clientId }).access_token;
		await viaToken(emu, token, 'event.bind', { event: 'ONCRMLEADADD', handler: 'https://example.com/a' });

		expect((await viaToken(emu, otherToken, 'event.get')).body.result).toEqual([]);
		expect((await viaToken(emu, otherToken, 'event.unbind', { event: 'ONCRMLEADADD' })).body.result).toEqual({ count: 0 });
		expect(emu.events.bindings).toHaveLength(1);
	});

	it('refuses inbound webhooks with 403 WRONG_AUTH_TYPE', async () => {
		for (const method of ['event.bind', 'event.unbind', 'event.get']) {
			const reply = await viaWebhook(emu, method, { event: 'ONCRMDEALADD', handler: 'https://example.com/h' });
			expect({ method, status: reply.status, error: reply.body.error }).toEqual({ method, status: 403, error: 'WRONG_AUTH_TYPE' });
		}
		expect(emu.events.bindings).toEqual([]);
	});

	it('answers an unknown event with 400 ERROR_EVENT_NOT_FOUND and a second identical bind with an error', async () => {
		const unknown = await viaToken(emu, token, 'event.bind', { event: 'ONCRMNOTHING', handler: 'https://example.com/h' });
		expect({ status: unknown.status, body: unknown.body }).toEqual({
			status: 400,
			body: { error: 'ERROR_EVENT_NOT_FOUND', error_description: 'Event not found' },
		});
		await viaToken(emu, token, 'event.bind', { event: 'ONCRMDYNAMICITEMADD_1032', handler: 'https://example.com/h' });
		const again = await viaToken(emu, token, 'event.bind', { event: 'ONCRMDYNAMICITEMADD_1032', handler: 'https://example.com/h' });
		expect({ status: again.status, error: again.body.error }).toEqual({ status: 400, error: 'ERROR_CORE' });
	});

	it('lists the events it knows, as the events method does', async () => {
		const reply = await viaToken(emu, token, 'events');
		expect(reply.body.result).toEqual(expect.arrayContaining(['ONCRMDEALADD', 'ONTASKUPDATE', 'ONCRMDYNAMICITEMADD']));
	});
});

describe('event delivery', () => {
	let emu: Emulator;
	let handler: Awaited<ReturnType<typeof startHandler>>;
	let token: string;

	beforeAll(async () => {
		emu = await startEmulator({ rateLimit: { enabled: false } });
		handler = await startHandler();
	});
	afterAll(async () => {
		await emu.close();
		await handler.close();
	});
	beforeEach(() => {
		emu.reset();
		handler.received.length = 0;
		token = emu.issueTokens().access_token;
	});

	const bindTo = (event: string, path = '/hook') =>
		viaToken(emu, token, 'event.bind', { event, handler: `${handler.url}${path}` });

	it('posts a form-encoded event with PHP bracket keys and the application token when a deal is created', async () => {
		await bindTo('ONCRMDEALADD', '/hook?x=1');
		const created = await viaWebhook(emu, 'crm.item.add', { entityTypeId: 2, fields: { title: 'Sold' } });
		await emu.events.settled();

		expect(handler.received).toHaveLength(1);
		const [post] = handler.received;
		expect(post.path).toBe('/hook?x=1');
		expect(post.contentType).toBe('application/x-www-form-urlencoded');
		const flat = parseQuery(post.body);
		expect(flat['data[FIELDS][ID]']).toBe(String(created.body.result.item.id));
		expect(flat['auth[application_token]']).toBe(emu.events.applicationToken());
		const nested = parsePhpQuery(post.body);
		expect(nested.event).toBe('ONCRMDEALADD');
		expect(Object.keys(nested.auth as object)).toEqual(APP_AUTH_KEYS);
		expect(Number(nested.ts)).toBeGreaterThan(1_600_000_000);
		expect(nested.event_handler_id).toBe(String(emu.events.bindings[0].id));
	});

	it('gives the application a working access token of the acting user', async () => {
		await bindTo('ONCRMCONTACTUPDATE');
		const id = emu.seed.crmItem(3, { name: 'Ann' });
		await viaWebhook(emu, 'crm.item.update', { entityTypeId: 3, id, fields: { name: 'Anna' } });
		await emu.events.settled();

		const auth = parsePhpQuery(handler.received[0].body).auth as Record<string, string>;
		const reply = await viaToken(emu, auth.access_token, 'crm.item.get', { entityTypeId: 3, id });
		expect(reply.body.result.item.name).toBe('Anna');
	});

	it('raises smart-process events both generic and per type, with the type id, also from batch commands', async () => {
		const { result } = emu.seed.call('crm.type.add', { fields: { title: 'Orders', entityTypeId: 1032 } });
		expect(result).toBeTruthy();
		await bindTo('ONCRMDYNAMICITEMADD', '/all');
		await bindTo('ONCRMDYNAMICITEMADD_1032', '/typed');
		await viaWebhook(emu, 'batch', { cmd: { a: 'crm.item.add?entityTypeId=1032&fields[title]=One' } });
		await emu.events.settled();

		expect(handler.received.map((post) => post.path).sort()).toEqual(['/all', '/typed']);
		for (const post of handler.received) {
			expect((parsePhpQuery(post.body).data as Record<string, unknown>).FIELDS).toEqual({ ID: '1', ENTITY_TYPE_ID: '1032' });
		}
	});

	it('raises nothing for seeded data and posts nothing for events nobody bound', async () => {
		await bindTo('ONCRMLEADADD');
		emu.seed.crmItem(1, { title: 'Seeded' });
		await viaWebhook(emu, 'crm.item.add', { entityTypeId: 2, fields: { title: 'A deal' } });
		await emu.events.settled();
		expect(handler.received).toEqual([]);
	});

	it('sends an outgoing webhook only domain, endpoints, member id and its own application token', async () => {
		const hook = emu.events.addOutgoingWebhook({ handler: `${handler.url}/outgoing`, events: ['ONCRMDEALDELETE'] });
		const id = emu.seed.crmItem(2, { title: 'Gone soon' });
		await viaWebhook(emu, 'crm.item.delete', { entityTypeId: 2, id });
		await emu.events.settled();

		const posted = parsePhpQuery(handler.received[0].body);
		expect(Object.keys(posted.auth as object)).toEqual(WEBHOOK_AUTH_KEYS);
		expect((posted.auth as Record<string, string>).application_token).toBe(hook.applicationToken);
		expect(posted.data).toEqual({ FIELDS: { ID: String(id) } });
	});

	it('does not retry: a failing or unreachable handler gets the event once', async () => {
		const failing = await startHandler(500);
		try {
			await viaToken(emu, token, 'event.bind', { event: 'ONCRMCOMPANYADD', handler: `${failing.url}/down` });
			await viaToken(emu, token, 'event.bind', { event: 'ONCRMCOMPANYADD', handler: 'http://127.0.0.1:1/closed' });
			await viaWebhook(emu, 'crm.item.add', { entityTypeId: 4, fields: { title: 'Co' } });
			await emu.events.settled();

			expect(failing.received).toHaveLength(1);
			expect(emu.events.deliveries.map((delivery) => [delivery.status, delivery.error !== undefined])).toEqual([
				[500, false],
				[undefined, true],
			]);
		} finally {
			await failing.close();
		}
	});
});
