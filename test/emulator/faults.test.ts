import { Emulator, startEmulator } from './index';
import { postJson, viaToken, viaWebhook } from './support/client';

describe('fault injection', () => {
	let emu: Emulator;

	beforeAll(async () => {
		emu = await startEmulator({ rateLimit: { enabled: false } });
	});
	afterAll(() => emu.close());
	beforeEach(() => emu.reset());

	it('fails the next N matching requests with the given status and error', async () => {
		emu.faults.inject({ method: 'crm.item.list', times: 2, status: 503, error: 'QUERY_LIMIT_EXCEEDED', description: 'Too many requests' });
		const other = await viaWebhook(emu, 'server.time');
		const first = await viaWebhook(emu, 'crm.item.list', { entityTypeId: 2 });
		const second = await viaWebhook(emu, 'crm.item.list', { entityTypeId: 2 });
		const third = await viaWebhook(emu, 'crm.item.list', { entityTypeId: 2 });
		expect([other.status, first.status, second.status, third.status]).toEqual([200, 503, 503, 200]);
		expect(first.body).toEqual({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
		expect(emu.faults.pendingFailures()).toBe(0);
	});

	it('injects a 500 INTERNAL_SERVER_ERROR once, for any method', async () => {
		emu.faults.injectOnce({ status: 500, error: 'INTERNAL_SERVER_ERROR', description: 'Internal server error' });
		expect((await viaWebhook(emu, 'server.time')).status).toBe(500);
		expect((await viaWebhook(emu, 'server.time')).status).toBe(200);
	});

	it('can fail batch sub-commands too', async () => {
		emu.faults.inject({ method: 'crm.item.add', status: 500, error: 'INTERNAL_SERVER_ERROR', description: 'Internal server error', alsoInBatch: true });
		const reply = await viaWebhook(emu, 'batch', { cmd: ['crm.item.add?entityTypeId=2&fields[title]=A', 'crm.item.add?entityTypeId=2&fields[title]=B'] });
		// json_encode: the error section has key 0 only (a list), the result section key 1 only (an object).
		expect(reply.body.result.result_error).toEqual([{ error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' }]);
		expect(Object.keys(reply.body.result.result)).toEqual(['1']);
	});

	it('adds fixed and per-row latency', async () => {
		for (let i = 0; i < 10; i++) emu.seed.crmItem(2, { title: `D${i}` });
		emu.faults.setLatency({ fixedMs: 40, perRowMs: 10, method: 'crm.item.list' });
		const started = Date.now();
		const reply = await viaWebhook(emu, 'crm.item.list', { entityTypeId: 2 });
		expect(reply.body.result.items).toHaveLength(10);
		expect(Date.now() - started).toBeGreaterThanOrEqual(135);
		const quick = Date.now();
		await viaWebhook(emu, 'server.time');
		expect(Date.now() - quick).toBeLessThan(135);
	});

	it('drops the next connection before the method runs', async () => {
		emu.faults.dropNextConnection({ method: 'crm.item.add' });
		await expect(viaWebhook(emu, 'crm.item.add', { entityTypeId: 2, fields: { title: 'Lost' } })).rejects.toThrow();
		expect(emu.state.crm.itemsOf(2).size).toBe(0);
		expect((await viaWebhook(emu, 'crm.item.add', { entityTypeId: 2, fields: { title: 'Kept' } })).status).toBe(200);
	});

	it('drops the connection after the method ran (outcome unknown to the client)', async () => {
		emu.faults.dropNextConnection({ method: 'crm.item.add', afterExecute: true });
		await expect(viaWebhook(emu, 'crm.item.add', { entityTypeId: 2, fields: { title: 'Created anyway' } })).rejects.toThrow();
		expect(emu.state.crm.itemsOf(2).size).toBe(1);
	});

	it('sends a malformed body', async () => {
		emu.faults.malformedNext();
		const truncated = await viaWebhook(emu, 'server.time');
		expect(truncated.status).toBe(200);
		expect(truncated.body).toBeUndefined();
		expect(() => JSON.parse(truncated.text)).toThrow();

		emu.faults.malformedNext({ kind: 'html', status: 502 });
		const html = await viaWebhook(emu, 'server.time');
		expect(html.status).toBe(502);
		expect(html.text).toContain('<html>');
	});

	it('expires access tokens on demand', async () => {
		const token = emu.issueTokens().access_token;
		emu.faults.expireAccessTokens();
		const reply = await viaToken(emu, token, 'server.time');
		expect({ status: reply.status, error: reply.body.error }).toEqual({ status: 401, error: 'expired_token' });
	});

	it('reset() clears pending faults', async () => {
		emu.faults.inject({ status: 500, error: 'INTERNAL_SERVER_ERROR', description: 'Internal server error', times: 5 });
		emu.reset();
		expect((await postJson(`${emu.webhookUrl}server.time`, {})).status).toBe(200);
	});
});
