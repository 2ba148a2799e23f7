import { startEmulator } from '.';
import type { Emulator } from '.';

async function post(url: string, body: unknown) {
	const response = await fetch(url, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
	return { status: response.status, body: await response.json() };
}

describe('test-only control routes', () => {
	let emulator: Emulator;

	afterEach(async () => emulator.close());

	it('are not served unless enabled', async () => {
		emulator = await startEmulator();
		const response = await fetch(`${emulator.url}/_emulator/expire-tokens`, { method: 'POST' });
		expect(response.status).toBe(404);
	});

	it('POST /_emulator/expire-tokens expires every current access token', async () => {
		emulator = await startEmulator({ controlRoutes: true });
		const { access_token } = emulator.issueTokens();
		expect((await post(`${emulator.restUrl}server.time`, { auth: access_token })).status).toBe(200);

		expect(await post(`${emulator.url}/_emulator/expire-tokens`, {})).toEqual({ status: 200, body: { expired: true } });

		expect(await post(`${emulator.restUrl}server.time`, { auth: access_token })).toMatchObject({
			status: 401,
			body: { error: 'expired_token' },
		});
		expect((await post(`${emulator.restUrl}server.time`, { auth: emulator.issueTokens().access_token })).status).toBe(200);
	});

	it('answers 405 to GET and 404 to an unknown action', async () => {
		emulator = await startEmulator({ controlRoutes: true });
		expect((await fetch(`${emulator.url}/_emulator/expire-tokens`)).status).toBe(405);
		expect((await fetch(`${emulator.url}/_emulator/nothing`, { method: 'POST' })).status).toBe(404);
	});
});
