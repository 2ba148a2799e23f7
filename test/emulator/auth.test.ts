import { get, postForm, postJson, viaToken, viaWebhook } from './support/client';
import { useEmulator } from './support/useEmulator';

describe('authentication', () => {
	const portal = useEmulator();

	const noAuth = { error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' };

	describe('inbound webhook', () => {
		it('serves /rest/{USER_ID}/{CODE}/{method} with and without .json', async () => {
			const plain = await viaWebhook(portal.emulator, 'user.current');
			const suffixed = await viaWebhook(portal.emulator, 'user.current.json');
			expect([plain.status, suffixed.status]).toEqual([200, 200]);
			expect(plain.body.result.ID).toBe(String(portal.emulator.webhookUserId));
			expect(suffixed.body.result.ID).toBe(String(portal.emulator.webhookUserId));
		});

		it('treats method names case-insensitively, like the portal', async () => {
			expect((await viaWebhook(portal.emulator, 'SERVER.TIME')).status).toBe(200);
		});

		it('answers 401 NO_AUTH_FOUND to a wrong code or a wrong user id', async () => {
			const wrongCode = await postJson(`${portal.emulator.url}/rest/${portal.emulator.webhookUserId}/wrongcode/user.current`, {});
			const wrongUser = await postJson(`${portal.emulator.url}/rest/77/${portal.emulator.webhookCode}/user.current`, {});
			expect({ status: wrongCode.status, body: wrongCode.body }).toEqual({ status: 401, body: noAuth });
			expect({ status: wrongUser.status, body: wrongUser.body }).toEqual({ status: 401, body: noAuth });
		});

		it('is not an application context: entity.* answer ACCESS_DENIED', async () => {
			const reply = await viaWebhook(portal.emulator, 'entity.add', { ENTITY: 'dish', NAME: 'Dishes' });
			expect({ status: reply.status, body: reply.body }).toEqual({
				status: 400,
				body: { error: 'ACCESS_DENIED', error_description: 'Access denied! Application context required' },
			});
		});

		it('needs CLIENT_ID for imbot.* (403 ACCESS_DENIED without it)', async () => {
			const params = { CODE: 'bot', EVENT_HANDLER: 'https://example.com/h', PROPERTIES: { NAME: 'Bot' } };
			const without = await viaWebhook(portal.emulator, 'imbot.register', params);
			expect({ status: without.status, body: without.body }).toEqual({
				status: 403,
				body: { error: 'ACCESS_DENIED', error_description: 'Access denied! Client ID not specified' },
			});
			const withId = await viaWebhook(portal.emulator, 'imbot.register', { ...params, CLIENT_ID: 'my-client' });
			expect(withId.status).toBe(200);
			expect(typeof withId.body.result).toBe('number');
		});

		it('answers 403 insufficient_scope for a method outside the webhook scopes', async () => {
			const hook = portal.emulator.addWebhook({ scopes: ['crm'] });
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
			['Authorization: Bearer header', () => postJson(`${portal.emulator.restUrl}app.info`, {}, { Authorization: `Bearer ${portal.token}` }), 'bearer'],
			['auth in the query string', () => get(`${portal.emulator.restUrl}app.info?auth=${portal.token}`), 'query-auth'],
			['auth in a JSON body', () => postJson(`${portal.emulator.restUrl}app.info`, { auth: portal.token }), 'body-auth'],
			['auth in a form body', () => postForm(`${portal.emulator.restUrl}app.info`, `auth=${portal.token}`), 'body-auth'],
			['access_token in the query string', () => get(`${portal.emulator.restUrl}app.info.json?access_token=${portal.token}`), 'query-access_token'],
			['access_token in a JSON body', () => postJson(`${portal.emulator.restUrl}app.info`, { access_token: portal.token }), 'body-access_token'],
		])('is accepted via %s', async (_label, send, carrier) => {
			const reply = await send();
			expect(reply.status).toBe(200);
			expect(reply.body.result.CODE).toBe(portal.emulator.oauthClient.clientId);
			expect(portal.emulator.requests[0]).toMatchObject({ authKind: 'token', authCarrier: carrier });
		});

		it('reads the Bearer header before auth parameters', async () => {
			const reply = await postJson(`${portal.emulator.restUrl}app.info`, { auth: 'garbage' }, { Authorization: `Bearer ${portal.token}` });
			expect(reply.status).toBe(200);
		});

		it('does not pass auth on to the method', async () => {
			await viaToken(portal.emulator, portal.token, 'server.time');
			expect(portal.emulator.calls[0].params).toEqual({});
		});

		it('answers 401 NO_AUTH_FOUND to an unknown token or none at all', async () => {
			const unknown = await postJson(`${portal.emulator.restUrl}app.info`, { auth: 'nope' });
			const missing = await postJson(`${portal.emulator.restUrl}app.info`, {});
			expect({ status: unknown.status, body: unknown.body }).toEqual({ status: 401, body: noAuth });
			expect({ status: missing.status, body: missing.body }).toEqual({ status: 401, body: noAuth });
		});

		it('answers 401 expired_token once the token has expired', async () => {
			portal.emulator.expireAccessTokens();
			const reply = await viaToken(portal.emulator, portal.token, 'app.info');
			expect({ status: reply.status, body: reply.body }).toEqual({
				status: 401,
				body: { error: 'expired_token', error_description: 'The access token provided has expired' },
			});
		});

		it('serves the "API key" credential: a token passed as auth to /rest/', async () => {
			const reply = await postJson(`${portal.emulator.restUrl}crm.item.list`, { auth: portal.token, entityTypeId: 2 });
			expect(reply.status).toBe(200);
			expect(reply.body.result).toEqual({ items: [] });
		});

		it('gives each application its own entity storages', async () => {
			const other = portal.emulator.registerApplication();
			const otherToken = portal.emulator.issueTokens({ clientId: other.clientId }).access_token;
			expect((await viaToken(portal.emulator, portal.token, 'entity.add', { ENTITY: 'dish', NAME: 'Mine' })).status).toBe(200);
			expect((await viaToken(portal.emulator, otherToken, 'entity.get', {})).body.result).toEqual([]);
			expect((await viaToken(portal.emulator, otherToken, 'entity.add', { ENTITY: 'dish', NAME: 'Theirs' })).status).toBe(200);
			expect((await viaToken(portal.emulator, portal.token, 'entity.get', { ENTITY: 'dish' })).body.result.NAME).toBe('Mine');
		});
	});
});
