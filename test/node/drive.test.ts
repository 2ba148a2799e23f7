import { CATALOG } from '../../nodes/Bitrix24/catalog';
import type { Emulator } from '../emulator';
import { runNode, runWorkflow } from '../harness/runNode';
import { binaryItem, PAYLOAD, seedFile } from './cases/drive';
import { AUTH_KINDS, credentialsFor, startPortal } from './portal';

let emulator: Emulator;

beforeAll(async () => {
	emulator = await startPortal();
});

afterAll(async () => {
	await emulator.close();
});

beforeEach(() => emulator.reset());

const restMethods = () => emulator.requests.map((request) => request.restMethod ?? request.path.split('?')[0]);

describe.each(AUTH_KINDS)('Drive through the %s credential', (authentication) => {
	it('uploads an item\'s file and downloads the same bytes, name and type', async () => {
		const fileName = 'Отчёт – März.pdf';
		const { output } = await runWorkflow({
			nodes: [
				{ name: 'Upload', parameters: { authentication, resource: 'driveStorage', operation: 'uploadFile', storageId: '1' } },
				{
					name: 'Download',
					parameters: { authentication, resource: 'driveFile', operation: 'download', fileId: '={{ $json.ID }}', outputBinaryPropertyName: 'file' },
				},
			],
			credentials: credentialsFor(emulator),
			inputItems: binaryItem(fileName, 'application/pdf'),
		});

		const [downloaded] = output('Download');
		expect(downloaded.json).toMatchObject({ NAME: fileName, SIZE: String(PAYLOAD.length) });
		expect(downloaded.binary?.file).toMatchObject({ fileName, mimeType: 'application/pdf' });
		expect(Buffer.from(String(downloaded.binary?.file.data), 'base64').equals(PAYLOAD)).toBe(true);
		expect(restMethods()).toEqual(['disk.storage.uploadFile', 'disk.file.get', '/rest/download.json']);
	});
});

describe('binary input', () => {
	it('names the field and the property when the item has no such binary data, before any request', async () => {
		const result = await runNode({
			parameters: { authentication: 'webhook', resource: 'driveFolder', operation: 'uploadFile', folderId: '1', binaryPropertyName: 'attachment' },
			credentials: credentialsFor(emulator),
			inputItems: binaryItem(),
		});

		expect(result.error?.message).toMatch(/"Input Binary Field": the input item has no binary property "attachment"/);
		expect(emulator.requests).toHaveLength(0);
	});

	it('uploads several items one request each, never in a batch', async () => {
		const items = [...binaryItem('a.png'), ...binaryItem('b.png')];
		const result = await runNode({
			parameters: { authentication: 'webhook', resource: 'driveFolder', operation: 'uploadFile', folderId: '1' },
			credentials: credentialsFor(emulator),
			inputItems: items,
		});

		expect(result.items.map((item) => item.json.NAME)).toEqual(['a.png', 'b.png']);
		expect(restMethods()).toEqual(['disk.folder.uploadFile', 'disk.folder.uploadFile']);
	});

	it('marks every operation that carries a file as not batchable', () => {
		const carriers = CATALOG.flatMap((resource) => resource.operations).filter(
			(operation) => operation.fields.some((field) => field.kind === 'binaryProperty') || operation.output.kind === 'download',
		);
		expect(carriers.length).toBeGreaterThanOrEqual(5);
		expect(carriers.filter((operation) => operation.batchable !== false).map((operation) => operation.value)).toEqual([]);
	});
});

describe('binary output', () => {
	it('fails a download without showing the signed link or the credential', async () => {
		const fileId = seedFile(emulator);
		emulator.seed.call('disk.file.markDeleted', { id: fileId });
		const result = await runNode({
			parameters: { authentication: 'webhook', resource: 'driveFile', operation: 'download', fileId: String(fileId) },
			credentials: credentialsFor(emulator),
			onError: 'continueRegularOutput',
		});

		const record = emulator.calls.find((call) => call.method === 'disk.file.get')?.result as { DOWNLOAD_URL: string };
		const link = new URL(record.DOWNLOAD_URL);
		const shown = JSON.stringify(result.items);
		expect(result.items[0].json).toMatchObject({ code: 'ERROR_NOT_FOUND', error: expect.stringContaining('File not found') });
		for (const secret of [link.searchParams.get('auth'), link.searchParams.get('token'), emulator.webhookCode]) {
			expect(shown).not.toContain(String(secret));
		}
	});
	it.each(AUTH_KINDS)('masks the authorisation of DOWNLOAD_URL in the output (%s)', async (authentication) => {
		const fileId = seedFile(emulator);
		const result = await runNode({
			parameters: { authentication, resource: 'driveFile', operation: 'download', fileId: String(fileId) },
			credentials: credentialsFor(emulator),
		});

		const record = emulator.calls.find((call) => call.method === 'disk.file.get')?.result as { DOWNLOAD_URL: string };
		const auth = new URL(record.DOWNLOAD_URL).searchParams.get('auth') as string;
		expect(auth.length).toBeGreaterThan(8);
		expect(result.items[0].binary?.data).toBeDefined();
		expect(result.items[0].json.DOWNLOAD_URL).toBe(record.DOWNLOAD_URL.replace(auth, '***'));
		expect(JSON.stringify(result.items)).not.toContain(auth);
	});
});

describe('Get Children', () => {
	const listRoot = { authentication: 'webhook', resource: 'driveStorage', operation: 'getChildren', storageId: '1' };

	beforeEach(() => {
		for (let index = 1; index <= 120; index++) seedFile(emulator, `file-${String(index).padStart(3, '0')}.txt`, Buffer.from(String(index)));
	});

	it('pages through every child with Return All', async () => {
		const result = await runNode({ parameters: { ...listRoot, returnAll: true }, credentials: credentialsFor(emulator) });

		expect(result.items).toHaveLength(120);
		expect(result.items[119].json.NAME).toBe('file-120.txt');
		expect(emulator.requests.map((request) => request.params.start ?? 0)).toEqual([0, 50, 100]);
	});

	it('stops at the Limit', async () => {
		const result = await runNode({ parameters: { ...listRoot, returnAll: false, limit: 70 }, credentials: credentialsFor(emulator) });

		expect(result.items.map((item) => item.json.NAME)).toHaveLength(70);
		expect(result.items[69].json.NAME).toBe('file-070.txt');
	});
});
