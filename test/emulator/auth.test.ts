import { Emulator, startEmulator } from './index';
import { get, postForm, postJson, viaToken, viaWebhook } from './support/client';

describe('authentication', () => {
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

	const noAuth = { error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' };

	describe('inbound webhook', () => {
		it('serves /rest/{USER_ID}/{CODE}/{method} with and without .json', async () => {
			const plain = await viaWebhook(emu, 'user.current');
			const suffixed = await viaWebhook(emu, 'user.current.json');
			expect([plain.status, suffixed.status]).toEqual([200, 200]);
			expect(plain.body.result.ID).toBe(String(emu.webhookUserId));
			expect(suffixed.body.result.ID).toBe(String(emu.webhookUserId));
		});

		it('treats method names case-insensitively, like the portal', async () => {
			expect((await viaWebhook(emu, 'SERVER.TIME')).status).toBe(200);
		});

		it('answers 401 NO_AUTH_FOUND to a wrong code or a wrong user id', async () => {
			const wrongCode = await postJson(`${emu.url}/rest/${emu.webhookUserId}/wrongcode/user.current`, {});
			const wrongUser = await postJson(`${emu.url}/rest/77/${emu.webhookCode}/user.current`, {});
			expect({ status: wrongCode.status, body: wrongCode.body }).toEqual({ status: 401, body: noAuth });
			expect({ status: wrongUser.status, body: wrongUser.body }).toEqual({ status: 401, body: noAuth });
		});

		it('is not an application context: entity.* answer ACCESS_DENIED', async () => {
			const reply = await viaWebhook(emu, 'entity.add', { ENTITY: 'dish', NAME: 'Dishes' });
			expect({ status: reply.status, body: reply.body }).toEqual({
				status: 400,
				body: { error: 'ACCESS_DENIED', error_description: 'Access denied! Application context required' },
			});
		});

		it('needs CLIENT_ID for imbot.* (403 ACCESS_DENIED without it)', async () => {
			const params = { CODE: 'bot', EVENT_HANDLER: 'https://example.com/h', PROPERTIES: { NAME: 'Bot' } };
			const without = await viaWebhook(emu, 'imbot.register', params);
			expect({ status: without.status, body: without.body }).toEqual({
				status: 403,
				body: { error: 'ACCESS_DENIED', error_description: 'Access denied! Client ID not specified' },
			});
			const withId = await viaWebhook(emu, 'imbot.register', { ...params, CLIENT_ID: 'my-client' });
			expect(withId.status).toBe(200);
			expect(typeof withId.body.result).toBe('number');
		});

		it('answers 403 insufficient_scope for a method outside the webhook scopes', async () => {
			const hook = emu.addWebhook({ scopes: ['crm'] });
			const reply = await postJson(`${hook.url}user.current`, {});
			expect({ status: reply.status, body: reply.body }).toEqual({
				status: 403,
				body: { error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the webhook token' },
			});
			expect((await postJson(`${hook.url}crm.item.list`, { entityTypeId: 2 })).status).toBe(200);
		});
	});

	describe('application token', () => {
		it.each([
			['Authorization: Bearer header', () => postJson(`${emu.restUrl}app.info`, {}, { Authorization: `Bearer ${token}` }), 'bearer'],
			['auth in the query string', () => get(`${emu.restUrl}app.info?auth=${token}`), 'query-auth'],
			['auth in a JSON body', () => postJson(`${emu.restUrl}app.info`, { auth: token }), 'body-auth'],
			['auth in a form body', () => postForm(`${emu.restUrl}app.info`, `auth=${token}`), 'body-auth'],
			['access_token in the query string', () => get(`${emu.restUrl}app.info.json?access_token=${token}`), 'query-access_token'],
			['access_token in a JSON body', () => postJson(`${emu.restUrl}app.info`, { access_token: token }), 'body-access_token'],
		])('is accepted via %s', async (_label, send, carrier) => {
			const reply = await send();
			expect(reply.status).toBe(200);
			expect(reply.body.result.CODE).toBe(emu.oauthClient.clientId);
			expect(emu.requests[0]).toMatchObject({ authKind: 'token', authCarrier: carrier });
		});

		it('reads the Bearer header before auth parameters', async () => {
			const reply = await postJson(`${emu.restUrl}app.info`, { auth: 'garbage' }, { Authorization: `Bearer ${token}` });
			expect(reply.status).toBe(200);
		});

		it('does not pass auth on to the method', async () => {
			await viaToken(emu, token, 'server.time');
			expect(emu.calls[0].params).toEqual({});
		});

		it('answers 401 NO_AUTH_FOUND to an unknown token or none at all', async () => {
			const unknown = await postJson(`${emu.restUrl}app.info`, { auth: 'nope' });
			const missing = await postJson(`${emu.restUrl}app.info`, {});
			expect({ status: unknown.status, body: unknown.body }).toEqual({ status: 401, body: noAuth });
			expect({ status: missing.status, body: missing.body }).toEqual({ status: 401, body: noAuth });
		});

		it('answers 401 expired_token once the token has expired', async () => {
			emu.expireAccessTokens();
			const reply = await viaToken(emu, token, 'app.info');
			expect({ status: reply.status, body: reply.body }).toEqual({
				status: 401,
				body: { error: 'expired_token', error_description: 'The access token provided has expired' },
			});
		});

		it('serves the "API key" credential: a token passed as auth to /rest/', async () => {
			const reply = await postJson(`${emu.restUrl}crm.item.list`, { auth: token, entityTypeId: 2 });
			expect(reply.status).toBe(200);
			expect(reply.body.result).toEqual({ items: [] });
		});

		it('gives each application its own entity storages', async () => {
			const other = emu.registerApplication();
			const otherToken = emu.issueTokens({ clientId: other.clientId }).access_token;
			expect((await viaToken(emu, token, 'entity.add', { ENTITY: 'dish', NAME: 'Mine' })).status).toBe(200);
			expect((await viaToken(emu, otherToken, 'entity.get', {})).body.result).toEqual([]);
			expect((await viaToken(emu, otherToken, 'entity.add', { ENTITY: 'dish', NAME: 'Theirs' })).status).toBe(200);
			expect((await viaToken(emu, token, 'entity.get', { ENTITY: 'dish' })).body.result.NAME).toBe('Mine');
		});
	});
});
