import { get, viaToken, viaWebhook } from './support/client';
import { useEmulator } from './support/useEmulator';

describe('batch', () => {
	const portal = useEmulator();

	const batch = (params: Record<string, unknown>) => viaWebhook(portal.emulator, 'batch', params);

	it('runs named commands and reports results, totals and times per key', async () => {
		portal.emulator.seed.crmItem(2, { title: 'A' });
		const reply = await batch({ cmd: { time: 'server.time', deals: 'crm.item.list?entityTypeId=2&select[]=id' } });
		expect(reply.status).toBe(200);
		const result = reply.body.result;
		expect(Object.keys(result.result)).toEqual(['time', 'deals']);
		expect(result.result.deals.items).toEqual([{ id: 1 }]);
		expect(result.result_error).toEqual([]);
		expect(result.result_total).toEqual({ deals: 1 });
		expect(result.result_next).toEqual([]);
		expect(Object.keys(result.result_time.time).sort()).toEqual(['date_finish', 'date_start', 'duration', 'finish', 'processing', 'start']);
		expect(reply.body.time).not.toHaveProperty('operating');
	});

	it('encodes sections like PHP: a list for keys 0..n-1, an object once there is a gap', async () => {
		const clean = await batch({ cmd: ['server.time', 'server.time'] });
		expect(Array.isArray(clean.body.result.result)).toBe(true);
		expect(clean.body.result.result).toHaveLength(2);

		const gap = await batch({ cmd: ['server.time', 'no.such.method', 'server.time'] });
		expect(Array.isArray(gap.body.result.result)).toBe(false);
		expect(Object.keys(gap.body.result.result)).toEqual(['0', '2']);
		expect(gap.body.result.result_error).toEqual({ 1: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found' } });
	});

	it('keeps going with halt=0 and stops at the first error with halt=1', async () => {
		const cmd = { a: 'crm.item.add?entityTypeId=2&fields[title]=One', b: 'crm.item.get?entityTypeId=2&id=999', c: 'crm.item.add?entityTypeId=2&fields[title]=Two' };
		const keepGoing = await batch({ halt: 0, cmd });
		expect(Object.keys(keepGoing.body.result.result)).toEqual(['a', 'c']);
		expect(keepGoing.body.result.result_error.b).toEqual({ error: 'NOT_FOUND', error_description: 'Element not found' });

		portal.emulator.reset();
		const halted = await batch({ halt: '1', cmd });
		expect(Object.keys(halted.body.result.result)).toEqual(['a']);
		expect(Object.keys(halted.body.result.result_error)).toEqual(['b']);
		expect(portal.emulator.state.crm.itemsOf(2).size).toBe(1);
	});

	it('substitutes $result[key][path] from earlier commands, including list rows', async () => {
		const reply = await batch({
			halt: 1,
			cmd: {
				deal: 'crm.item.add?entityTypeId=2&fields[title]=First',
				copy: 'crm.item.add?entityTypeId=2&fields[title]=Copy of $result[deal][item][title]&fields[opportunity]=$result[deal][item][id]',
				list: 'crm.item.list?entityTypeId=2&order[id]=DESC&select[]=id',
				newest: 'crm.item.get?entityTypeId=2&id=$result[list][items][0][id]',
				user: 'user.current',
				department: 'department.get?ID=$result[user][UF_DEPARTMENT][0]',
			},
		});
		const result = reply.body.result.result;
		expect(reply.body.result.result_error).toEqual([]);
		expect(result.copy.item).toMatchObject({ title: 'Copy of First', opportunity: 1 });
		expect(result.newest.item.id).toBe(2);
		expect(result.department).toEqual([{ ID: '1', NAME: 'Company', SORT: 500 }]);
	});

	it('decodes double-encoded sub-queries sent in a GET query string', async () => {
		const sub = encodeURIComponent(`crm.item.add?entityTypeId=2&fields[title]=${encodeURIComponent('John&Martin')}`);
		const reply = await get(`${portal.emulator.webhookUrl}batch?halt=0&cmd[add]=${sub}`);
		expect(reply.body.result.result.add.item.title).toBe('John&Martin');
	});

	it('runs at most 50 commands; the ones beyond fail with ERROR_BATCH_LENGTH_EXCEEDED', async () => {
		const cmd = Array.from({ length: 52 }, () => 'server.time');
		const reply = await batch({ cmd });
		expect(reply.status).toBe(200);
		expect(reply.body.result.result).toHaveLength(50);
		expect(reply.body.result.result_error).toEqual({
			50: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
			51: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
		});
		expect(portal.emulator.calls.filter((call) => call.viaBatch)).toHaveLength(50);
	});

	it('refuses a nested batch with ERROR_BATCH_METHOD_NOT_ALLOWED', async () => {
		const reply = await batch({ cmd: { inner: 'batch?cmd[0]=server.time', ok: 'server.time' } });
		expect(reply.status).toBe(200);
		expect(reply.body.result.result_error).toEqual({ inner: { error: 'ERROR_BATCH_METHOD_NOT_ALLOWED', error_description: 'Method is not allowed for batch usage' } });
		expect(Object.keys(reply.body.result.result)).toEqual(['ok']);
	});

	it('runs sub-commands with the outer authorisation and records them', async () => {
		portal.token = portal.emulator.issueTokens().access_token;
		const viaApp = await viaToken(portal.emulator, portal.token, 'batch', { cmd: { add: 'entity.add?ENTITY=dish&NAME=Dishes', info: 'app.info' } });
		expect(viaApp.body.result.result_error).toEqual([]);
		const viaHook = await batch({ cmd: { add: 'entity.add?ENTITY=dish&NAME=Dishes' } });
		expect(viaHook.body.result.result_error.add.error).toBe('ACCESS_DENIED');
		// A batch is recorded when it finishes, after its sub-commands.
		expect(portal.emulator.calls.map((call) => [call.method, call.viaBatch, call.authKind])).toEqual([
			['entity.add', true, 'token'],
			['app.info', true, 'token'],
			['batch', false, 'token'],
			['entity.add', true, 'webhook'],
			['batch', false, 'webhook'],
		]);
	});

	it('answers an empty batch with empty sections', async () => {
		const reply = await batch({ cmd: [] });
		expect(reply.body.result).toEqual({ result: [], result_error: [], result_total: [], result_next: [], result_time: [] });
	});
});
