import type { INodeExecutionData } from 'n8n-workflow';

import type { Emulator } from '../emulator';
import { runNode, runWorkflow } from '../harness/runNode';
import { binaryItem, PAYLOAD } from './cases/drive';
import { OTHER_PAYLOAD, seedFileField, storedFiles } from './cases/files';
import { seedTask } from './cases/task';
import { AUTH_KINDS, credentialsFor, startPortal } from './portal';

let emulator: Emulator;

beforeAll(async () => {
	emulator = await startPortal();
});

afterAll(async () => {
	await emulator.close();
});

beforeEach(() => emulator.reset());

const bytesOf = (item: INodeExecutionData, property = 'data') => Buffer.from(String(item.binary?.[property]?.data), 'base64');

/** A deal whose multiple (or single) file field UF_CRM_DOCS holds contract.pdf. */
function dealWithFile(multiple = true) {
	const field = seedFileField(emulator, 2, multiple);
	const initial = [['contract.pdf', OTHER_PAYLOAD.toString('base64')]];
	const id = emulator.seed.crmItem(2, { title: 'Files', [field.key]: multiple ? initial : initial[0] });
	return { entityTypeId: 2, id, ...field };
}

const upload = { resource: 'deal', operation: 'uploadFile', fieldName: 'UF_CRM_DOCS' };

describe.each(AUTH_KINDS)('CRM file fields through the %s credential', (authentication) => {
	it('uploads into a multiple field without dropping its file, then downloads both with bytes, names and types intact', async () => {
		const deal = dealWithFile();
		const fileName = 'Скан – März.png';
		const { output } = await runWorkflow({
			nodes: [
				{ name: 'Upload', parameters: { authentication, ...upload, recordId: String(deal.id) } },
				{
					name: 'Download',
					parameters: { authentication, resource: 'deal', operation: 'downloadFile', recordId: String(deal.id), fieldName: 'UF_CRM_DOCS', outputBinaryPropertyName: 'file' },
				},
			],
			credentials: credentialsFor(emulator),
			inputItems: binaryItem(fileName, 'image/png'),
		});

		const downloaded = output('Download');
		expect(downloaded.map((item) => [item.json.fileName, item.binary?.file.fileName, item.binary?.file.mimeType])).toEqual([
			['contract.pdf', 'contract.pdf', 'application/pdf'],
			[fileName, fileName, 'image/png'],
		]);
		expect(bytesOf(downloaded[0], 'file').equals(OTHER_PAYLOAD)).toBe(true);
		expect(bytesOf(downloaded[1], 'file').equals(PAYLOAD)).toBe(true);
		expect(downloaded.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('attaches an uploaded file to a task and downloads it back', async () => {
		const taskId = seedTask(emulator);
		const { output } = await runWorkflow({
			nodes: [
				{ name: 'Attach', parameters: { authentication, resource: 'task', operation: 'uploadAttachment', taskId: String(taskId), folderId: '1' } },
				{ name: 'Download', parameters: { authentication, resource: 'task', operation: 'downloadAttachment', attachmentId: '={{ $json.attachmentId }}' } },
			],
			credentials: credentialsFor(emulator),
			inputItems: binaryItem('Plan.pdf', 'application/pdf'),
		});

		const [downloaded] = output('Download');
		expect(downloaded.binary?.data).toMatchObject({ fileName: 'Plan.pdf', mimeType: 'application/pdf' });
		expect(bytesOf(downloaded).equals(PAYLOAD)).toBe(true);
		expect(emulator.seed.call('tasks.task.get', { taskId, select: ['UF_TASK_WEBDAV_FILES'] }).result).toMatchObject({
			task: { ufTaskWebdavFiles: [output('Attach')[0].json.attachmentId] },
		});
	});
});

describe('Upload File to Field', () => {
	const run = (parameters: Record<string, unknown>, inputItems = binaryItem()) =>
		runNode({ parameters: { authentication: 'webhook', ...upload, ...parameters }, credentials: credentialsFor(emulator), inputItems });

	it('sends every listed binary property, and replaces the held files when asked to', async () => {
		const deal = dealWithFile();
		const items: INodeExecutionData[] = [
			{ json: {}, binary: { ...binaryItem('a.png')[0].binary, extra: { data: OTHER_PAYLOAD.toString('base64'), mimeType: 'application/pdf', fileName: 'b.pdf' } } },
		];
		const result = await run({ recordId: String(deal.id), binaryPropertyName: 'data, extra', fileOptions: { replace: true } }, items);

		expect(result.error).toBeUndefined();
		expect(storedFiles(emulator, deal).map((file) => file.name)).toEqual(['a.png', 'b.pdf']);
		expect(emulator.calls.map((call) => call.method)).toEqual(['crm.item.fields', 'crm.item.update']);
	});

	it('replaces the file of a single-file field, and refuses two files for it', async () => {
		const deal = dealWithFile(false);
		expect((await run({ recordId: String(deal.id) }, binaryItem('new.png'))).error).toBeUndefined();
		const record = emulator.state.crm.itemsOf(2).get(deal.id);
		expect(emulator.state.crm.files.files.get(Number(record?.values.ufCrm_DOCS))?.name).toBe('new.png');

		const items: INodeExecutionData[] = [{ json: {}, binary: { ...binaryItem('x.png')[0].binary, y: binaryItem('y.png')[0].binary?.data as never } }];
		const twice = await run({ recordId: String(deal.id), binaryPropertyName: 'data,y' }, items);
		expect(twice.error?.message).toMatch(/"Input Binary Fields": the field "UF_CRM_DOCS" holds one file, got 2/);
	});

	it('names the field and the property when the item has no such binary data, before any request', async () => {
		const result = await run({ recordId: '1', binaryPropertyName: 'data, attachment' });

		expect(result.error?.message).toMatch(/"Input Binary Fields": the input item has no binary property "attachment"/);
		expect(emulator.requests).toHaveLength(0);
	});

	it('refuses a field the record lacks and a field that is no file field, without writing', async () => {
		const deal = dealWithFile();
		expect((await run({ recordId: String(deal.id), fieldName: 'UF_CRM_NOPE' })).error?.message).toMatch(/"Field Code": the record has no field "UF_CRM_NOPE"/);
		expect((await run({ recordId: String(deal.id), fieldName: 'title' })).error?.message).toMatch(/"Field Code": the field "title" is of type string, not File/);
		expect(emulator.calls.filter((call) => call.method === 'crm.item.update')).toHaveLength(0);
	});
});

describe('Download File From Field', () => {
	const download = (recordId: number) =>
		runNode({
			parameters: { authentication: 'webhook', resource: 'deal', operation: 'downloadFile', recordId: String(recordId), fieldName: 'UF_CRM_DOCS' },
			credentials: credentialsFor(emulator),
			onError: 'continueRegularOutput',
		});

	it('fails clearly on an empty field', async () => {
		const deal = dealWithFile();
		emulator.seed.call('crm.item.update', { entityTypeId: 2, id: deal.id, fields: { ufCrm_DOCS: [] } });

		const result = await download(deal.id);
		expect(result.items[0].json.error).toMatch(/The field "UF_CRM_DOCS" of record \d+ holds no file/);
	});

	it('never shows the signed link or the credential when a download fails', async () => {
		const deal = dealWithFile();
		emulator.state.crm.files.files.clear();

		const result = await download(deal.id);
		const record = emulator.calls.find((call) => call.method === 'crm.item.get')?.result as { item: { ufCrm_DOCS: Array<{ urlMachine: string }> } };
		const link = new URL(record.item.ufCrm_DOCS[0].urlMachine);
		expect(result.items[0].json).toMatchObject({ code: 'NOT_FOUND', error: expect.stringContaining('File not found') });
		const shown = JSON.stringify(result.items);
		for (const secret of [link.searchParams.get('auth'), link.searchParams.get('token'), emulator.webhookCode]) {
			expect(shown).not.toContain(String(secret));
		}
	});
});
