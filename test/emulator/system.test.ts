import { get, viaToken, viaWebhook } from './support/client';
import { useEmulator } from './support/useEmulator';

describe('portal-level methods and the envelope', () => {
	const portal = useEmulator();

	it('wraps results in {result, time} with every time key', async () => {
		const reply = await viaWebhook(portal.emulator, 'server.time');
		expect(Object.keys(reply.body)).toEqual(['result', 'time']);
		expect(reply.body.result).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
		expect(Object.keys(reply.body.time).sort()).toEqual(
			['date_finish', 'date_start', 'duration', 'finish', 'operating', 'operating_reset_at', 'processing', 'start'].sort(),
		);
		expect(reply.body.time.finish).toBeGreaterThanOrEqual(reply.body.time.start);
	});

	it('answers unknown methods with 404 ERROR_METHOD_NOT_FOUND', async () => {
		const reply = await viaWebhook(portal.emulator, 'crm.nothing.here');
		expect({ status: reply.status, body: reply.body }).toEqual({ status: 404, body: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found' } });
	});

	it('answers paths outside /rest/ with a plain 404', async () => {
		expect((await get(`${portal.emulator.url}/favicon.ico`)).status).toBe(404);
	});

	it('describes the current user, scopes and methods', async () => {
		const user = await viaWebhook(portal.emulator, 'user.current');
		expect(user.body.result).toMatchObject({ ID: '1', ACTIVE: true, NAME: 'John', UF_DEPARTMENT: [1] });
		const scope = await viaWebhook(portal.emulator, 'scope');
		expect(scope.body.result).toEqual(expect.arrayContaining(['crm', 'entity', 'imbot', 'imopenlines']));
		const methods = await viaWebhook(portal.emulator, 'methods', { scope: 'entity' });
		expect(methods.body.result).toHaveLength(17);
		const hook = portal.emulator.addWebhook({ scopes: ['crm'] });
		const limited = (await fetch(`${hook.url}methods`).then((response) => response.json())) as { result: string[] };
		expect(limited.result).toContain('crm.item.add');
		expect(limited.result).not.toContain('entity.add');
	});

	it('gives app.info in application context only', async () => {
		portal.token = portal.emulator.issueTokens().access_token;
		const info = await viaToken(portal.emulator, portal.token, 'app.info');
		expect(info.body.result).toMatchObject({ CODE: portal.emulator.oauthClient.clientId, STATUS: 'L', INSTALLED: true });
		const hook = await viaWebhook(portal.emulator, 'app.info');
		expect({ status: hook.status, error: hook.body.error }).toEqual({ status: 400, error: 'ACCESS_DENIED' });
	});

	it('lists departments with total', async () => {
		const reply = await viaWebhook(portal.emulator, 'department.get', { sort: 'ID', order: 'DESC' });
		expect(reply.body.result).toEqual([
			{ ID: '2', NAME: 'Sales Department', SORT: 500, PARENT: '1' },
			{ ID: '1', NAME: 'Company', SORT: 500 },
		]);
		expect(reply.body.total).toBe(2);
	});

	it('seeds through the same handlers without recording', () => {
		const id = portal.emulator.seed.crmItem(1, { title: 'Seeded' });
		expect(id).toBe(1);
		expect(portal.emulator.requests).toHaveLength(0);
		expect(portal.emulator.calls).toHaveLength(0);
	});
});
