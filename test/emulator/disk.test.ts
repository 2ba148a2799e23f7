import { get, viaToken, viaWebhook } from './support/client';
import { useEmulator } from './support/useEmulator';

const BYTES = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xc3, 0x28]);

describe('disk.* Drive', () => {
	const portal = useEmulator();

	const call = (method: string, params: Record<string, unknown> = {}) => viaToken(portal.emulator, portal.token, method, params);
	const upload = (name: string, folderId = 1) =>
		call('disk.folder.uploadFile', { id: folderId, data: { NAME: name }, fileContent: [name, BYTES.toString('base64')] });

	it('answers the documented errors for a missing id, an unknown id, a missing NAME and the root folder', async () => {
		expect((await call('disk.file.get')).body).toEqual({ error: 'ERROR_ARGUMENT', error_description: 'Invalid value of parameter {Parameter #0}' });
		expect((await call('disk.folder.get')).body).toEqual({ error: 'ERROR_ARGUMENT', error_description: 'Invalid value of parameter {Parameter #1}' });
		const unknown = await call('disk.file.get', { id: 999 });
		expect([unknown.status, unknown.body]).toEqual([400, { error: 'ERROR_NOT_FOUND', error_description: 'Could not find entity with id `999`' }]);
		expect((await call('disk.folder.uploadFile', { id: 1, data: {}, fileContent: ['a.txt', 'YQ=='] })).body).toEqual({
			error: 'DISK_BASE_SERVICE_22001',
			error_description: 'Error: required parameter NAME (DISK_BASE_SERVICE_22001)',
		});
		expect((await call('disk.folder.deleteTree', { id: 1 })).body).toEqual({ error: 'DISK_OBJ_22000', error_description: 'Could not delete root folder' });
	});

	it('refuses a second object of the same name unless a unique name is asked for', async () => {
		await upload('report.pdf');
		expect((await upload('report.pdf')).body.error).toBe('DISK_OBJ_22000');
		const unique = await call('disk.folder.uploadFile', {
			id: 1,
			data: { NAME: 'report.pdf' },
			fileContent: ['report.pdf', BYTES.toString('base64')],
			generateUniqueName: true,
		});
		expect(unique.body.result.NAME).toBe('report (1).pdf');
	});

	it('keeps the application storage to applications', async () => {
		const reply = await viaWebhook(portal.emulator, 'disk.storage.getForApp');
		expect(reply.body).toEqual({ error: 'ACCESS_DENIED', error_description: 'Access denied! Application context required' });
	});

	it('serves DOWNLOAD_URL as a signed link: the bytes with their type and name, 403 once altered, 404 once in the trash', async () => {
		const file = (await upload('Bericht März.pdf')).body.result;
		const url = new URL(file.DOWNLOAD_URL);
		const reply = await fetch(url);
		expect(reply.status).toBe(200);
		expect(reply.headers.get('content-type')).toBe('application/pdf');
		expect(reply.headers.get('content-disposition')).toContain(`filename*=utf-8''${encodeURIComponent('Bericht März.pdf')}`);
		expect(Buffer.from(await reply.arrayBuffer()).equals(BYTES)).toBe(true);

		const altered = new URL(url);
		altered.searchParams.set('token', String(url.searchParams.get('token')).replace(/\|[^|]+$/, '|forged'));
		expect((await get(altered.toString())).status).toBe(403);
		const unknownAuth = new URL(url);
		unknownAuth.searchParams.set('auth', 'nobody');
		expect((await get(unknownAuth.toString())).body.error).toBe('NO_AUTH_FOUND');

		await call('disk.file.markDeleted', { id: file.ID });
		expect((await get(url.toString())).status).toBe(404);
	});

	it('links made for an access token stop working with it; a webhook link keeps working', async () => {
		const file = (await upload('a.pdf')).body.result;
		const viaHook = (await viaWebhook(portal.emulator, 'disk.file.get', { id: file.ID })).body.result;
		jest.useFakeTimers({ now: Date.now() + 3_601_000, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'setInterval'] });
		try {
			expect((await get(file.DOWNLOAD_URL)).body.error).toBe('expired_token');
			expect((await get(viaHook.DOWNLOAD_URL)).status).toBe(200);
		} finally {
			jest.useRealTimers();
		}
	});

	it('searches names with the documented checks, and pages with next only, up to 1,050 results', async () => {
		expect((await call('disk.file.search')).body.error).toBe('ERROR_ARGUMENT');
		expect((await call('disk.file.search', { QUERY: '  ab ' })).body).toEqual({ error: 'INVALID_QUERY', error_description: 'Search query is invalid. (INVALID_QUERY).' });
		expect((await call('disk.file.search', { QUERY: 'abc', TYPE: 'any' })).body.error).toBe('INVALID_TYPE');
		expect((await call('disk.file.search', { QUERY: 'abc', FILTER: { NAME: 'x' } })).body.error).toBe('INVALID_FILTER');
		expect((await call('disk.file.search', { QUERY: 'abc', FILTER: { STORAGE_ID: 2, FOLDER_ID: 1 } })).body.error).toBe('NOT_FOUND');

		for (let index = 0; index < 60; index++) portal.emulator.state.disk.addObject({ type: 'file', name: `log-${index}.txt`, storageId: 1, parentId: 1 }, Date.now(), 1);
		const first = (await call('disk.file.search', { QUERY: 'log-' })).body;
		expect([first.result.length, first.next, first.total]).toEqual([50, 50, undefined]);
		const last = (await call('disk.file.search', { QUERY: 'log-', start: first.next })).body;
		expect([last.result.length, last.next]).toEqual([10, undefined]);
	});

	it('moves a folder to the trash with its content and restores both', async () => {
		const folder = (await call('disk.storage.addFolder', { id: 1, data: { NAME: 'Old' } })).body.result;
		const file = (await upload('x.pdf', folder.ID)).body.result;
		await call('disk.folder.markDeleted', { id: folder.ID });
		expect((await call('disk.storage.getChildren', { id: 1 })).body).toMatchObject({ result: [], total: 0 });
		expect((await call('disk.file.get', { id: file.ID })).body.result.DELETED_TYPE).toBe('4');
		await call('disk.folder.restore', { id: folder.ID });
		expect((await call('disk.file.get', { id: file.ID })).body.result.DELETED_TYPE).toBe('0');
	});
});
