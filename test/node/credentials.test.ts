import type { IDataObject } from 'n8n-workflow';

import { bitrix24ErrorRules } from '../../credentials/testRules';
import type { Emulator } from '../emulator';
import { loadOptions, sendCredentialTest } from '../harness/methods';
import { runNode } from '../harness/runNode';
import { AUTH_KINDS, credentialsFor, startPortal } from './portal';

let emulator: Emulator;

beforeAll(async () => {
	emulator = await startPortal();
});

afterAll(async () => {
	await emulator.close();
});

beforeEach(() => emulator.reset());

const getDeal = (authentication: string, itemId: string) => ({
	authentication,
	resource: 'crmItem',
	operation: 'get',
	entityTypeId: '2',
	itemId,
});

describe('OAuth2', () => {
	it('sends the token as a Bearer header to the client_endpoint of the token', async () => {
		const id = emulator.seed.crmItem(2, { title: 'Via OAuth' });
		const credentials = credentialsFor(emulator);
		credentials.bitrix24OAuth2Api.portalUrl = 'https://not-used.example.com';
		const result = await runNode({ parameters: getDeal('oAuth2', String(id)), credentials });

		expect(result.items[0].json.title).toBe('Via OAuth');
		expect(emulator.requests[0]).toMatchObject({ path: '/rest/crm.item.get', authCarrier: 'bearer', status: 200 });
	});

	it('falls back to the portal address when the token names no endpoint', async () => {
		const id = emulator.seed.crmItem(2, { title: 'Fallback' });
		const credentials = credentialsFor(emulator);
		delete (credentials.bitrix24OAuth2Api.oauthTokenData as IDataObject).client_endpoint;
		const result = await runNode({ parameters: getDeal('oAuth2', String(id)), credentials });

		expect(result.items[0].json.title).toBe('Fallback');
	});

	it('renews an expired token, saves the new pair and repeats the call once', async () => {
		const id = emulator.seed.crmItem(2, { title: 'After refresh' });
		const credentials = credentialsFor(emulator);
		const before = credentials.bitrix24OAuth2Api.oauthTokenData as IDataObject;
		emulator.expireAccessTokens();

		const result = await runNode({ parameters: getDeal('oAuth2', String(id)), credentials });

		expect(result.items.map((item) => item.json.title)).toEqual(['After refresh']);
		expect(emulator.requests.map((request) => [request.path, request.status])).toEqual([
			['/rest/crm.item.get', 401],
			['/oauth/token/', 200],
			['/rest/crm.item.get', 200],
		]);
		expect(emulator.requests[0].response).toMatchObject({ error: 'expired_token' });
		expect(emulator.requests[1].params).toMatchObject({
			grant_type: 'refresh_token',
			refresh_token: before.refresh_token,
			client_id: emulator.oauthClient.clientId,
			client_secret: emulator.oauthClient.clientSecret,
		});
		expect(result.savedTokens).toHaveLength(1);
		expect(result.savedTokens[0].access_token).not.toBe(before.access_token);
		expect(result.savedTokens[0].refresh_token).not.toBe(before.refresh_token);
		expect(result.savedTokens[0].client_endpoint).toBe(emulator.restUrl);
	});
});

describe('API key', () => {
	it('sends the access token as the auth parameter in the body, not in the address', async () => {
		const id = emulator.seed.crmItem(2, { title: 'Keyed' });
		const credentials = credentialsFor(emulator);
		const result = await runNode({ parameters: getDeal('apiKey', String(id)), credentials });

		expect(result.items[0].json.title).toBe('Keyed');
		expect(emulator.requests[0]).toMatchObject({ path: '/rest/crm.item.get', authCarrier: 'body-auth' });
		expect(emulator.requests[0].body.auth).toBe(credentials.bitrix24Api.accessToken);
	});
});

describe('webhook', () => {
	it('calls the method under the webhook path', async () => {
		const id = emulator.seed.crmItem(2, { title: 'Hooked' });
		const result = await runNode({ parameters: getDeal('webhook', String(id)), credentials: credentialsFor(emulator) });

		expect(result.items[0].json.title).toBe('Hooked');
		expect(emulator.requests[0].path).toBe(`/rest/1/${emulator.webhookCode}/crm.item.get`);
	});

	it('says what a malformed webhook URL should look like', async () => {
		const credentials = credentialsFor(emulator);
		credentials.bitrix24WebhookApi.webhookUrl = `${emulator.url}/rest/crm.item.get`;
		const result = await runNode({ parameters: getDeal('webhook', '1'), credentials });

		expect(result.error?.message).toBe(
			'The webhook URL in the Bitrix24 credential is malformed; expected https://your-company.bitrix24.com/rest/USER_ID/CODE/',
		);
		expect(emulator.requests).toHaveLength(0);
	});

	describe('never shows the secret code', () => {
		const code = 'topsecret12345';

		function leaks(value: unknown): boolean {
			return JSON.stringify(value, Object.getOwnPropertyNames(value ?? {})).includes(code) || String(value).includes(code);
		}

		it('when the portal refuses the code', async () => {
			const credentials = credentialsFor(emulator);
			credentials.bitrix24WebhookApi.webhookUrl = `${emulator.url}/rest/1/${code}/`;
			const stopped = await runNode({ parameters: getDeal('webhook', '1'), credentials });
			const continued = await runNode({
				parameters: getDeal('webhook', '1'),
				credentials,
				onError: 'continueRegularOutput',
			});

			expect(stopped.error?.message).toMatch(/NO_AUTH_FOUND/);
			expect(stopped.error?.description).toMatch(/webhook URL/);
			expect(leaks(stopped.error)).toBe(false);
			expect(leaks(stopped.error?.description)).toBe(false);
			expect(continued.items[0].json.code).toBe('NO_AUTH_FOUND');
			expect(leaks(continued.items)).toBe(false);
		});

		it('when the portal cannot be reached', async () => {
			const closed = await startPortal();
			const address = closed.url;
			await closed.close();
			const credentials = credentialsFor(emulator);
			credentials.bitrix24WebhookApi.webhookUrl = `${address}/rest/1/${code}/`;
			const result = await runNode({
				parameters: getDeal('webhook', '1'),
				credentials,
				onError: 'continueRegularOutput',
			});

			expect(result.items[0].json.code).toBe('ECONNREFUSED');
			expect(leaks(result.items)).toBe(false);
		});
	});

	it('asks for the bot client id before sending a chat-bot call', async () => {
		const result = await runNode({
			parameters: {
				authentication: 'webhook',
				resource: 'chatbotMessage',
				operation: 'send',
				botId: 1,
				dialogId: '1',
				message: 'Hi',
			},
			credentials: credentialsFor(emulator),
		});

		expect(result.error?.message).toBe('"Bot Client ID" is required when the credential is an inbound webhook [item 0]');
		expect(emulator.requests).toHaveLength(0);
	});
});

describe('credential test button', () => {
	const ruleFor = (body: IDataObject) =>
		bitrix24ErrorRules.find((rule) => body[rule.properties.key] === rule.properties.value);

	it('a working webhook answers server.time', async () => {
		const body = await sendCredentialTest('bitrix24WebhookApi', { webhookUrl: emulator.webhookUrl });

		expect(typeof body.result).toBe('string');
		expect(ruleFor(body)).toBeUndefined();
		expect(emulator.requests[0].path).toBe(`/rest/1/${emulator.webhookCode}/server.time`);
	});

	it("a wrong webhook code is reported in Bitrix24's own words", async () => {
		const body = await sendCredentialTest('bitrix24WebhookApi', { webhookUrl: `${emulator.url}/rest/1/wrongcode/` });

		expect(ruleFor(body)?.properties.message).toBe(
			'Bitrix24: Wrong authorization data: the webhook code or token is not valid (NO_AUTH_FOUND)',
		);
	});

	it('an API key is tested against the portal, and a wrong one is reported', async () => {
		const good = await sendCredentialTest('bitrix24Api', {
			portalUrl: `${emulator.url}/`,
			accessToken: emulator.issueTokens().access_token,
		});
		const bad = await sendCredentialTest('bitrix24Api', { portalUrl: emulator.url, accessToken: 'nope' });

		expect(typeof good.result).toBe('string');
		expect(emulator.requests[0]).toMatchObject({ path: '/rest/server.time', authCarrier: 'body-auth' });
		expect(ruleFor(bad)?.properties.value).toBe('NO_AUTH_FOUND');
	});
});

describe('smart-process type list in the editor', () => {
	it.each(AUTH_KINDS)('is loaded from the portal through the %s credential', async (authentication) => {
		for (const title of ['Shipments', 'Audits']) emulator.seed.call('crm.type.add', { fields: { title } });
		const options = await loadOptions('getSmartProcessTypes', { authentication }, credentialsFor(emulator));
		const types = emulator.seed.call('crm.type.list').result as { types: IDataObject[] };
		const byTitle = Object.fromEntries(types.types.map((type) => [type.title, type.entityTypeId]));

		expect(options).toEqual([
			{ name: `Audits (${byTitle.Audits})`, value: byTitle.Audits },
			{ name: `Shipments (${byTitle.Shipments})`, value: byTitle.Shipments },
		]);
	});
});
