import { get, postForm, viaToken } from './support/client';
import { TokenStore } from './tokens';
import { useEmulator } from './support/useEmulator';

describe('OAuth token endpoint', () => {
	const portal = useEmulator();

	const client = () => `client_id=${encodeURIComponent(portal.emulator.oauthClient.clientId)}&client_secret=${portal.emulator.oauthClient.clientSecret}`;

	it('exchanges an authorization code (GET with a query) for the documented fields', async () => {
		const code = portal.emulator.issueAuthCode();
		const reply = await get(`${portal.emulator.tokenUrl}?grant_type=authorization_code&${client()}&code=${code}`);
		expect(reply.status).toBe(200);
		expect(Object.keys(reply.body).sort()).toEqual(
			['access_token', 'client_endpoint', 'domain', 'expires_in', 'member_id', 'refresh_token', 'scope', 'server_endpoint', 'status'].sort(),
		);
		expect(reply.body).toMatchObject({
			client_endpoint: `${portal.emulator.url}/rest/`,
			domain: 'oauth.bitrix.info',
			expires_in: 3600,
			member_id: portal.emulator.memberId,
		});
		expect(reply.body.scope.split(',')).toContain('crm');
		expect((await viaToken(portal.emulator, reply.body.access_token, 'app.info')).status).toBe(200);
	});

	it('lets a code be used once only', async () => {
		const code = portal.emulator.issueAuthCode();
		await get(`${portal.emulator.tokenUrl}?grant_type=authorization_code&${client()}&code=${code}`);
		const again = await get(`${portal.emulator.tokenUrl}?grant_type=authorization_code&${client()}&code=${code}`);
		expect(again.status).toBe(400);
		expect(again.body.error).toBe('invalid_grant');
	});

	it('refreshes with a form POST, rotating both tokens and adding expires and user_id', async () => {
		const first = portal.emulator.issueTokens();
		const reply = await postForm(portal.emulator.tokenUrl, `grant_type=refresh_token&${client()}&refresh_token=${first.refresh_token}`);
		expect(reply.status).toBe(200);
		expect(reply.body.access_token).not.toBe(first.access_token);
		expect(reply.body.refresh_token).not.toBe(first.refresh_token);
		expect(reply.body.user_id).toBe(1);
		expect(reply.body.expires).toBeGreaterThan(Date.now() / 1000 + 3500);

		const reuse = await postForm(portal.emulator.tokenUrl, `grant_type=refresh_token&${client()}&refresh_token=${first.refresh_token}`);
		expect({ status: reuse.status, error: reuse.body.error }).toEqual({ status: 400, error: 'invalid_grant' });
	});

	it('recovers from expired_token by refreshing', async () => {
		const pair = portal.emulator.issueTokens();
		portal.emulator.expireAccessTokens();
		expect((await viaToken(portal.emulator, pair.access_token, 'server.time')).body.error).toBe('expired_token');
		const refreshed = await postForm(portal.emulator.tokenUrl, `grant_type=refresh_token&${client()}&refresh_token=${pair.refresh_token}`);
		expect((await viaToken(portal.emulator, refreshed.body.access_token, 'server.time')).status).toBe(200);
	});

	it('answers 401 invalid_client to a wrong secret and 400 invalid_request to a missing grant', async () => {
		const pair = portal.emulator.issueTokens();
		const wrongSecret = await postForm(portal.emulator.tokenUrl, `grant_type=refresh_token&client_id=${portal.emulator.oauthClient.clientId}&client_secret=nope&refresh_token=${pair.refresh_token}`);
		expect({ status: wrongSecret.status, error: wrongSecret.body.error }).toEqual({ status: 401, error: 'invalid_client' });
		const noGrant = await postForm(portal.emulator.tokenUrl, client());
		expect({ status: noGrant.status, error: noGrant.body.error }).toEqual({ status: 400, error: 'invalid_request' });
	});

	it('expires codes after 30 s and access tokens after an hour', () => {
		let now = 1_000_000;
		const store = new TokenStore(() => now);
		store.registerApp({ clientId: 'app', clientSecret: 's', scopes: ['crm'], userId: 1 });
		const code = store.issueCode('app');
		now += 31_000;
		expect(store.redeemCode(code, 'app')).toBeUndefined();
		const pair = store.issuePair('app');
		now += 3_599_000;
		expect(store.isExpired(pair.access)).toBe(false);
		now += 1_000;
		expect(store.isExpired(pair.access)).toBe(true);
	});
});
