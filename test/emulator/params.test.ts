import { parseBody, parseRequestParams } from './params';
import { parsePhpQuery } from './phpQuery';
import { get, postForm, postJson } from './support/client';
import { useEmulator } from './support/useEmulator';

describe('PHP-style parameter parsing', () => {
	it('reads bracket keys into nested arrays and objects', () => {
		expect(parsePhpQuery('fields[TITLE]=My%20company&fields[PHONE][0][VALUE]=112233&fields[PHONE][0][VALUE_TYPE]=WORK')).toEqual({
			fields: { TITLE: 'My company', PHONE: [{ VALUE: '112233', VALUE_TYPE: 'WORK' }] },
		});
	});

	it('appends with [] and turns contiguous numeric keys into lists', () => {
		expect(parsePhpQuery('select[]=ID&select[]=NAME&cmd[0]=a&cmd[1]=b')).toEqual({ select: ['ID', 'NAME'], cmd: ['a', 'b'] });
	});

	it('keeps gaps and string keys as objects', () => {
		expect(parsePhpQuery('cmd[0]=a&cmd[2]=b')).toEqual({ cmd: { 0: 'a', 2: 'b' } });
		expect(parsePhpQuery('cmd[first]=a&cmd[second]=b')).toEqual({ cmd: { first: 'a', second: 'b' } });
	});

	it('keeps filter operators inside the key, encoded or not', () => {
		expect(parsePhpQuery('filter[>ID]=10&filter%5B%3E%3DDATE%5D=2024-01-01&filter[@stageId][]=NEW&filter[@stageId][]=WON')).toEqual({
			filter: { '>ID': '10', '>=DATE': '2024-01-01', '@stageId': ['NEW', 'WON'] },
		});
	});

	it('decodes + as space and keeps the last duplicate scalar', () => {
		expect(parsePhpQuery('a=1&a=2&b=John+Martin&c=John%26Martin')).toEqual({ a: '2', b: 'John Martin', c: 'John&Martin' });
	});

	it('turns dots and spaces of top-level names into underscores, like PHP', () => {
		expect(parsePhpQuery('my.name=1&my name=2&a.b[c.d]=3')).toEqual({ my_name: '2', a_b: { 'c.d': '3' } });
	});

	it('ignores names without a base and tolerates bad percent escapes', () => {
		expect(parsePhpQuery('[x]=1&=2&ok=%E2%9C%93&bad=%ZZ')).toEqual({ ok: '✓', bad: '%ZZ' });
	});

	it('merges the query string with a JSON body, the body winning', () => {
		const parsed = parseRequestParams('start=50&auth=q', 'application/json', Buffer.from('{"start":0,"filter":{">id":5}}'));
		expect(parsed.merged).toEqual({ start: 0, auth: 'q', filter: { '>id': 5 } });
		expect(parsed.bodyKind).toBe('json');
	});

	it('treats an unreadable JSON body as no body, like json_decode()', () => {
		expect(parseBody('application/json', Buffer.from('{"broken":'))).toEqual({ body: {}, kind: 'invalid-json' });
	});

	it('reads multipart/form-data fields and files', () => {
		const boundary = 'XyZ';
		const body = Buffer.from(
			[
				`--${boundary}`,
				'Content-Disposition: form-data; name="fields[TITLE]"',
				'',
				'Deal',
				`--${boundary}`,
				'Content-Disposition: form-data; name="fields[FILE]"; filename="a.txt"',
				'Content-Type: text/plain',
				'',
				'hello',
				`--${boundary}--`,
				'',
			].join('\r\n'),
		);
		const { body: parsed, kind } = parseBody(`multipart/form-data; boundary=${boundary}`, body);
		expect(kind).toBe('multipart');
		expect(parsed).toEqual({
			fields: { TITLE: 'Deal', FILE: { fileName: 'a.txt', contentType: 'text/plain', size: 5, base64: Buffer.from('hello').toString('base64') } },
		});
	});
});

describe('parameters over HTTP', () => {
	const portal = useEmulator();

	it('accepts a GET query, a form body and a JSON body alike', async () => {
		const viaQuery = await get(`${portal.emulator.webhookUrl}crm.item.add?entityTypeId=2&fields%5Btitle%5D=From%20query`);
		const viaForm = await postForm(`${portal.emulator.webhookUrl}crm.item.add`, 'entityTypeId=2&fields[title]=From+form&fields[observers][]=2&fields[observers][]=3');
		const viaJson = await postJson(`${portal.emulator.webhookUrl}crm.item.add`, { entityTypeId: '2', fields: { title: 'From JSON', observers: ['2'] } });
		expect([viaQuery.status, viaForm.status, viaJson.status]).toEqual([200, 200, 200]);
		expect(viaQuery.body.result.item.title).toBe('From query');
		expect(viaForm.body.result.item).toMatchObject({ title: 'From form', observers: [2, 3], entityTypeId: 2 });
		expect(viaJson.body.result.item).toMatchObject({ title: 'From JSON', observers: [2] });
	});

	it('records what the client sent', async () => {
		await postForm(`${portal.emulator.webhookUrl}crm.item.list`, 'entityTypeId=1&select[]=id&filter[>id]=0&start=-1');
		const [request] = portal.emulator.requests;
		expect(request).toMatchObject({
			httpMethod: 'POST',
			restMethod: 'crm.item.list',
			bodyKind: 'form',
			authKind: 'webhook',
			authCarrier: 'webhook-path',
			status: 200,
			params: { entityTypeId: '1', select: ['id'], filter: { '>id': '0' }, start: '-1' },
		});
		expect(portal.emulator.calls).toEqual([expect.objectContaining({ method: 'crm.item.list', viaBatch: false, authKind: 'webhook' })]);
	});
});
