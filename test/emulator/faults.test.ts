import { postJson, viaToken, viaWebhook } from './support/client';
import { useEmulator } from './support/useEmulator';

describe('fault injection', () => {
	const portal = useEmulator();

	it('fails the next N matching requests with the given status and error', async () => {
		portal.emulator.faults.inject({ method: 'crm.item.list', times: 2, status: 503, error: 'QUERY_LIMIT_EXCEEDED', description: 'Too many requests' });
		const other = await viaWebhook(portal.emulator, 'server.time');
		const first = await viaWebhook(portal.emulator, 'crm.item.list', { entityTypeId: 2 });
		const second = await viaWebhook(portal.emulator, 'crm.item.list', { entityTypeId: 2 });
		const third = await viaWebhook(portal.emulator, 'crm.item.list', { entityTypeId: 2 });
		expect([other.status, first.status, second.status, third.status]).toEqual([200, 503, 503, 200]);
		expect(first.body).toEqual({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
		expect(portal.emulator.faults.pendingFailures()).toBe(0);
	});

	it('injects a 500 INTERNAL_SERVER_ERROR once, for any method', async () => {
		portal.emulator.faults.injectOnce({ status: 500, error: 'INTERNAL_SERVER_ERROR', description: 'Internal server error' });
		expect((await viaWebhook(portal.emulator, 'server.time')).status).toBe(500);
		expect((await viaWebhook(portal.emulator, 'server.time')).status).toBe(200);
	});

	it('can fail batch sub-commands too', async () => {
		portal.emulator.faults.inject({ method: 'crm.item.add', status: 500, error: 'INTERNAL_SERVER_ERROR', description: 'Internal server error', alsoInBatch: true });
		const reply = await viaWebhook(portal.emulator, 'batch', { cmd: ['crm.item.add?entityTypeId=2&fields[title]=A', 'crm.item.add?entityTypeId=2&fields[title]=B'] });
		// json_encode: the error section has key 0 only (a list), the result section key 1 only (an object).
		expect(reply.body.result.result_error).toEqual([{ error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' }]);
		expect(Object.keys(reply.body.result.result)).toEqual(['1']);
	});

	it('adds fixed and per-row latency', async () => {
		for (let i = 0; i < 10; i++) portal.emulator.seed.crmItem(2, { title: `D${i}` });
		portal.emulator.faults.setLatency({ fixedMs: 40, perRowMs: 10, method: 'crm.item.list' });
		const started = Date.now();
		const reply = await viaWebhook(portal.emulator, 'crm.item.list', { entityTypeId: 2 });
		expect(reply.body.result.items).toHaveLength(10);
		expect(Date.now() - started).toBeGreaterThanOrEqual(135);
		const quick = Date.now();
		await viaWebhook(portal.emulator, 'server.time');
		expect(Date.now() - quick).toBeLessThan(135);
	});

	it('drops the next connection before the method runs', async () => {
		portal.emulator.faults.dropNextConnection({ method: 'crm.item.add' });
		await expect(viaWebhook(portal.emulator, 'crm.item.add', { entityTypeId: 2, fields: { title: 'Lost' } })).rejects.toThrow();
		expect(portal.emulator.state.crm.itemsOf(2).size).toBe(0);
		expect((await viaWebhook(portal.emulator, 'crm.item.add', { entityTypeId: 2, fields: { title: 'Kept' } })).status).toBe(200);
	});

	it('drops the connection after the method ran (outcome unknown to the client)', async () => {
		portal.emulator.faults.dropNextConnection({ method: 'crm.item.add', afterExecute: true });
		await expect(viaWebhook(portal.emulator, 'crm.item.add', { entityTypeId: 2, fields: { title: 'Created anyway' } })).rejects.toThrow();
		expect(portal.emulator.state.crm.itemsOf(2).size).toBe(1);
	});

	it('sends a malformed body', async () => {
		portal.emulator.faults.malformedNext();
		const truncated = await viaWebhook(portal.emulator, 'server.time');
		expect(truncated.status).toBe(200);
		expect(truncated.body).toBeUndefined();
		expect(() => JSON.parse(truncated.text)).toThrow();

		portal.emulator.faults.malformedNext({ kind: 'html', status: 502 });
		const html = await viaWebhook(portal.emulator, 'server.time');
		expect(html.status).toBe(502);
		expect(html.text).toContain('<html>');
	});

	it('expires access tokens on demand', async () => {
		portal.token = portal.emulator.issueTokens().access_token;
		portal.emulator.faults.expireAccessTokens();
		const reply = await viaToken(portal.emulator, portal.token, 'server.time');
		expect({ status: reply.status, error: reply.body.error }).toEqual({ status: 401, error: 'expired_token' });
	});

	it('reset() clears pending faults', async () => {
		portal.emulator.faults.inject({ status: 500, error: 'INTERNAL_SERVER_ERROR', description: 'Internal server error', times: 5 });
		portal.emulator.reset();
		expect((await postJson(`${portal.emulator.webhookUrl}server.time`, {})).status).toBe(200);
	});
});
