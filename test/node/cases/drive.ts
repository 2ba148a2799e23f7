import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: INodeExecutionData[]) => items.map((item) => item.json);

/** Not text, not ASCII: a PNG signature, bytes that are no UTF-8, and non-Latin letters. */
export const PAYLOAD = Buffer.concat([
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80]),
	Buffer.from('Übersicht ✓ Привет', 'utf8'),
]);
const BASE64 = PAYLOAD.toString('base64');

/** The seeded storages: 1 is user 1's own (root folder 1), 2 the company's shared drive (root folder 2). */
const USER_STORAGE = 1;
const ROOT = 1;

export function seedFolder(emulator: Emulator, name: string, parentId = ROOT): number {
	const { result } = emulator.seed.call('disk.folder.addSubFolder', { id: parentId, data: { NAME: name } });
	return Number((result as IDataObject).ID);
}

export function seedFile(emulator: Emulator, name = 'scan.png', content = PAYLOAD, folderId = ROOT): number {
	const { result } = emulator.seed.call('disk.folder.uploadFile', {
		id: folderId,
		data: { NAME: name },
		fileContent: [name, content.toString('base64')],
	});
	return Number((result as IDataObject).ID);
}

export function binaryItem(fileName = 'scan.png', mimeType = 'image/png', content = PAYLOAD): INodeExecutionData[] {
	return [{ json: {}, binary: { data: { data: content.toString('base64'), mimeType, fileName } } }];
}

function objectOf(emulator: Emulator, id: unknown) {
	return emulator.state.disk.objects.get(Number(id));
}

function contentOf(emulator: Emulator, id: unknown): Buffer | undefined {
	const file = objectOf(emulator, id);
	return file && emulator.state.disk.currentVersion(file)?.content;
}

function namesIn(emulator: Emulator, folderId: number): string[] {
	return emulator.state.disk
		.childrenOf(folderId)
		.filter((child) => child.deletedType === 0)
		.map((child) => child.name);
}

function expectDownloaded(items: INodeExecutionData[], fileName: string, mimeType: string, content = PAYLOAD) {
	expect(items).toHaveLength(1);
	const binary = items[0].binary?.data;
	expect(binary).toMatchObject({ fileName, mimeType });
	expect(Buffer.from(String(binary?.data), 'base64').equals(content)).toBe(true);
}

function withFolders(emulator: Emulator) {
	return { folderId: seedFolder(emulator, 'Contracts'), targetId: seedFolder(emulator, 'Archive') };
}

function withFile(emulator: Emulator) {
	return { fileId: seedFile(emulator), targetId: seedFolder(emulator, 'Archive') };
}

function withVersions(emulator: Emulator) {
	const fileId = seedFile(emulator, 'notes.txt', Buffer.from('first'));
	emulator.seed.call('disk.file.uploadVersion', { id: fileId, fileContent: ['notes.txt', Buffer.from('second').toString('base64')] });
	const [latest, first] = emulator.state.disk.versionsOf(fileId).sort((a, b) => b.id - a.id);
	return { fileId, firstVersionId: first.id, latestVersionId: latest.id };
}

function trashed(emulator: Emulator, method: string, id: number) {
	emulator.seed.call(method, { id });
	return id;
}

export const driveCases: CaseTable = {
	'driveStorage.getAll': {
		parameters: () => ({ returnAll: true }),
		sent: () => ({}),
		output: (items) => {
			expect(json(items).map((row) => [row.ID, row.ENTITY_TYPE])).toEqual([
				['1', 'user'],
				['2', 'common'],
			]);
		},
	},
	'driveStorage.get': {
		parameters: () => ({ storageId: '2' }),
		sent: () => ({ id: 2 }),
		output: (items) =>
			expect(json(items)).toEqual([
				{ ID: '2', NAME: 'Shared drive', CODE: null, MODULE_ID: 'disk', ENTITY_TYPE: 'common', ENTITY_ID: 'shared_files_s1', ROOT_OBJECT_ID: '2' },
			]),
	},
	'driveStorage.getChildren': {
		setup: (emulator) => {
			seedFolder(emulator, 'Contracts');
			seedFile(emulator, 'scan.png');
			return {};
		},
		parameters: () => ({ storageId: String(USER_STORAGE), returnAll: true }),
		sent: () => ({ id: USER_STORAGE }),
		output: (items) => {
			expect(json(items).map((row) => [row.NAME, row.TYPE, row.PARENT_ID])).toEqual([
				['Contracts', 'folder', '1'],
				['scan.png', 'file', '1'],
			]);
		},
	},
	'driveStorage.createFolder': {
		parameters: () => ({
			storageId: String(USER_STORAGE),
			folderName: 'Contracts',
			folderOptions: { rights: '[{"TASK_ID": 75, "ACCESS_CODE": "U1"}]' },
		}),
		sent: () => ({ id: USER_STORAGE, data: { NAME: 'Contracts' }, rights: [{ TASK_ID: 75, ACCESS_CODE: 'U1' }] }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ NAME: 'Contracts', TYPE: 'folder', PARENT_ID: '1', STORAGE_ID: '1' })]);
			expect(namesIn(emulator, ROOT)).toEqual(['Contracts']);
		},
	},
	'driveStorage.uploadFile': {
		parameters: () => ({ storageId: String(USER_STORAGE) }),
		input: () => binaryItem('scan.png'),
		sent: () => ({ id: USER_STORAGE, data: { NAME: 'scan.png' }, fileContent: ['scan.png', BASE64] }),
		output: (items, _prepared, emulator) => {
			const [record] = json(items);
			expect(record).toMatchObject({ NAME: 'scan.png', TYPE: 'file', PARENT_ID: '1', SIZE: String(PAYLOAD.length) });
			expect(contentOf(emulator, record.ID)?.equals(PAYLOAD)).toBe(true);
		},
	},
	'driveStorage.rename': {
		setup: (emulator) => ({ storageId: (emulator.seed.call('disk.storage.getForApp').result as IDataObject).ID }),
		parameters: (prepared) => ({ storageId: String(prepared.storageId), newName: 'Invoices' }),
		sent: (prepared) => ({ id: Number(prepared.storageId), newName: 'Invoices' }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ ID: prepared.storageId, NAME: 'Invoices', ENTITY_TYPE: 'restapp' })]);
			expect(emulator.state.disk.storages.get(Number(prepared.storageId))?.name).toBe('Invoices');
		},
	},
	'driveStorage.getForApp': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ MODULE_ID: 'disk', ENTITY_TYPE: 'restapp' })]);
			expect(emulator.state.disk.storages.get(Number(json(items)[0].ID))?.clientId).toBe(emulator.oauthClient.clientId);
		},
	},
	'driveStorage.getTypes': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toEqual([{ type: 'user' }, { type: 'common' }, { type: 'group' }]),
	},
	'driveStorage.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => {
			expect(json(items).map((row) => row.name)).toEqual(['ID', 'NAME', 'CODE', 'MODULE_ID', 'ENTITY_TYPE', 'ENTITY_ID', 'ROOT_OBJECT_ID']);
			expect(json(items)[0]).toEqual({ name: 'ID', TYPE: 'integer', USE_IN_FILTER: true, USE_IN_SHOW: true });
		},
	},
	'driveStorage.getAccessLevels': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items).map((row) => row.NAME)).toEqual(['disk_access_full', 'disk_access_edit', 'disk_access_read']),
	},

	'driveFolder.get': {
		setup: (emulator) => ({ folderId: seedFolder(emulator, 'Contracts') }),
		parameters: (prepared) => ({ folderId: String(prepared.folderId) }),
		sent: (prepared) => ({ id: prepared.folderId }),
		output: (items, prepared) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ ID: String(prepared.folderId), REAL_OBJECT_ID: String(prepared.folderId), NAME: 'Contracts', TYPE: 'folder', DELETED_TYPE: '0' }),
			]),
	},
	'driveFolder.getChildren': {
		setup: (emulator) => {
			const folderId = seedFolder(emulator, 'Contracts');
			seedFile(emulator, 'a.png', PAYLOAD, folderId);
			seedFile(emulator, 'b.txt', Buffer.from('b'), folderId);
			seedFolder(emulator, 'Signed', folderId);
			return { folderId };
		},
		parameters: (prepared) => ({ folderId: String(prepared.folderId), filter: '{"TYPE": "file"}', order: '{"NAME": "DESC"}', limit: 5 }),
		sent: (prepared) => ({ id: prepared.folderId, filter: { TYPE: 'file' }, order: { NAME: 'DESC' } }),
		output: (items) => expect(json(items).map((row) => row.NAME)).toEqual(['b.txt', 'a.png']),
	},
	'driveFolder.createSubfolder': {
		setup: (emulator) => ({ folderId: seedFolder(emulator, 'Contracts') }),
		parameters: (prepared) => ({ folderId: String(prepared.folderId), folderName: '2026' }),
		sent: (prepared) => ({ id: prepared.folderId, data: { NAME: '2026' } }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ NAME: '2026', PARENT_ID: String(prepared.folderId) })]);
			expect(namesIn(emulator, prepared.folderId as number)).toEqual(['2026']);
		},
	},
	'driveFolder.copy': {
		setup: (emulator) => {
			const prepared = withFolders(emulator);
			seedFile(emulator, 'scan.png', PAYLOAD, prepared.folderId);
			return prepared;
		},
		parameters: (prepared) => ({ folderId: String(prepared.folderId), targetFolderId: String(prepared.targetId) }),
		sent: (prepared) => ({ id: prepared.folderId, targetFolderId: prepared.targetId }),
		output: (items, prepared, emulator) => {
			const [copy] = json(items);
			expect(copy).toMatchObject({ NAME: 'Contracts', PARENT_ID: String(prepared.targetId) });
			expect(copy.ID).not.toBe(String(prepared.folderId));
			expect(namesIn(emulator, Number(copy.ID))).toEqual(['scan.png']);
			expect(namesIn(emulator, prepared.folderId as number)).toEqual(['scan.png']);
		},
	},
	'driveFolder.move': {
		setup: withFolders,
		parameters: (prepared) => ({ folderId: String(prepared.folderId), targetFolderId: String(prepared.targetId) }),
		sent: (prepared) => ({ id: prepared.folderId, targetFolderId: prepared.targetId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ ID: String(prepared.folderId), PARENT_ID: prepared.targetId })]);
			expect(namesIn(emulator, ROOT)).toEqual(['Archive']);
		},
	},
	'driveFolder.rename': {
		setup: (emulator) => ({ folderId: seedFolder(emulator, 'Contracts') }),
		parameters: (prepared) => ({ folderId: String(prepared.folderId), newName: 'Agreements' }),
		sent: (prepared) => ({ id: prepared.folderId, newName: 'Agreements' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ NAME: 'Agreements' })]);
			expect(namesIn(emulator, ROOT)).toEqual(['Agreements']);
		},
	},
	'driveFolder.trash': {
		setup: (emulator) => {
			const folderId = seedFolder(emulator, 'Contracts');
			return { folderId, fileId: seedFile(emulator, 'scan.png', PAYLOAD, folderId) };
		},
		parameters: (prepared) => ({ folderId: String(prepared.folderId) }),
		sent: (prepared) => ({ id: prepared.folderId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ DELETED_TYPE: 3, DELETED_BY: '1' })]);
			expect(objectOf(emulator, prepared.fileId)?.deletedType).toBe(4);
		},
	},
	'driveFolder.restore': {
		setup: (emulator) => ({ folderId: trashed(emulator, 'disk.folder.markDeleted', seedFolder(emulator, 'Contracts')) }),
		parameters: (prepared) => ({ folderId: String(prepared.folderId) }),
		sent: (prepared) => ({ id: prepared.folderId }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ NAME: 'Contracts', DELETED_TYPE: 0 })]);
			expect(namesIn(emulator, ROOT)).toEqual(['Contracts']);
		},
	},
	'driveFolder.getExternalLink': {
		setup: (emulator) => ({ folderId: seedFolder(emulator, 'Contracts') }),
		parameters: (prepared) => ({ folderId: String(prepared.folderId) }),
		sent: (prepared) => ({ id: prepared.folderId }),
		output: (items, _prepared, emulator) => expect(json(items)).toEqual([{ link: expect.stringMatching(new RegExp(`^${emulator.url}/~\\S{5}$`)) }]),
	},
	'driveFolder.delete': {
		setup: (emulator) => {
			const folderId = seedFolder(emulator, 'Contracts');
			return { folderId, fileId: seedFile(emulator, 'scan.png', PAYLOAD, folderId) };
		},
		parameters: (prepared) => ({ folderId: String(prepared.folderId) }),
		sent: (prepared) => ({ id: prepared.folderId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(objectOf(emulator, prepared.folderId)).toBeUndefined();
			expect(objectOf(emulator, prepared.fileId)).toBeUndefined();
		},
	},
	'driveFolder.uploadFile': {
		setup: (emulator) => ({ folderId: seedFolder(emulator, 'Contracts') }),
		parameters: (prepared) => ({ folderId: String(prepared.folderId), fileName: 'Договор №1.png', options: { generateUniqueName: true } }),
		input: () => binaryItem('scan.png'),
		sent: (prepared) => ({
			id: prepared.folderId,
			data: { NAME: 'Договор №1.png' },
			fileContent: ['Договор №1.png', BASE64],
			generateUniqueName: true,
		}),
		output: (items, prepared, emulator) => {
			const [record] = json(items);
			expect(record).toMatchObject({ NAME: 'Договор №1.png', PARENT_ID: String(prepared.folderId), ID: expect.any(Number) });
			expect(contentOf(emulator, record.ID)?.equals(PAYLOAD)).toBe(true);
		},
	},
	'driveFolder.share': {
		setup: (emulator) => ({ folderId: seedFolder(emulator, 'Contracts') }),
		parameters: (prepared) => ({ folderId: String(prepared.folderId), userId: '1', taskName: 'disk_access_edit' }),
		sent: (prepared) => ({ id: prepared.folderId, userId: 1, taskName: 'disk_access_edit' }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.disk.shares).toEqual([{ objectId: prepared.folderId, userId: 1, level: 'disk_access_edit' }]);
		},
	},
	'driveFolder.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items).map((row) => row.name)).toEqual(expect.arrayContaining(['ID', 'NAME', 'PARENT_ID', 'DELETED_TYPE'])),
	},

	'driveFile.get': {
		setup: (emulator) => ({ fileId: seedFile(emulator) }),
		parameters: (prepared) => ({ fileId: String(prepared.fileId) }),
		sent: (prepared) => ({ id: prepared.fileId }),
		output: (items, prepared, emulator) =>
			expect(json(items)).toEqual([
				expect.objectContaining({
					ID: String(prepared.fileId),
					NAME: 'scan.png',
					TYPE: 'file',
					PARENT_ID: '1',
					STORAGE_ID: '1',
					SIZE: String(PAYLOAD.length),
					GLOBAL_CONTENT_VERSION: '1',
					DOWNLOAD_URL: expect.stringMatching(new RegExp(`^${emulator.url}/rest/download\\.json\\?auth=\\*\\*\\*&token=disk`)),
					DETAIL_URL: `${emulator.url}/company/personal/user/1/disk/file/scan.png`,
				}),
			]),
	},
	'driveFile.download': {
		setup: (emulator) => ({ fileId: seedFile(emulator, 'Übersicht.png') }),
		parameters: (prepared) => ({ fileId: String(prepared.fileId), outputBinaryPropertyName: 'data' }),
		sent: (prepared) => ({ id: prepared.fileId }),
		output: (items, prepared) => {
			expectDownloaded(items, 'Übersicht.png', 'image/png');
			expect(items[0].json).toMatchObject({ ID: String(prepared.fileId), NAME: 'Übersicht.png' });
		},
	},
	'driveFile.copy': {
		setup: withFile,
		parameters: (prepared) => ({ fileId: String(prepared.fileId), targetFolderId: String(prepared.targetId) }),
		sent: (prepared) => ({ id: prepared.fileId, targetFolderId: prepared.targetId }),
		output: (items, prepared, emulator) => {
			const [copy] = json(items);
			expect(copy).toMatchObject({ NAME: 'scan.png', PARENT_ID: String(prepared.targetId), GLOBAL_CONTENT_VERSION: 1 });
			expect(contentOf(emulator, copy.ID)?.equals(PAYLOAD)).toBe(true);
			expect(namesIn(emulator, ROOT)).toEqual(['scan.png', 'Archive']);
		},
	},
	'driveFile.move': {
		setup: withFile,
		parameters: (prepared) => ({ fileId: String(prepared.fileId), targetFolderId: String(prepared.targetId) }),
		sent: (prepared) => ({ id: prepared.fileId, targetFolderId: prepared.targetId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ ID: String(prepared.fileId), PARENT_ID: prepared.targetId })]);
			expect(namesIn(emulator, prepared.targetId as number)).toEqual(['scan.png']);
		},
	},
	'driveFile.rename': {
		setup: (emulator) => ({ fileId: seedFile(emulator) }),
		parameters: (prepared) => ({ fileId: String(prepared.fileId), newName: 'invoice.png' }),
		sent: (prepared) => ({ id: prepared.fileId, newName: 'invoice.png' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ NAME: 'invoice.png' })]);
			expect(namesIn(emulator, ROOT)).toEqual(['invoice.png']);
		},
	},
	'driveFile.trash': {
		setup: (emulator) => ({ fileId: seedFile(emulator) }),
		parameters: (prepared) => ({ fileId: String(prepared.fileId) }),
		sent: (prepared) => ({ id: prepared.fileId }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ DELETED_TYPE: '3', DELETE_TIME: expect.any(String) })]);
			expect(namesIn(emulator, ROOT)).toEqual([]);
		},
	},
	'driveFile.restore': {
		setup: (emulator) => ({ fileId: trashed(emulator, 'disk.file.markDeleted', seedFile(emulator)) }),
		parameters: (prepared) => ({ fileId: String(prepared.fileId) }),
		sent: (prepared) => ({ id: prepared.fileId }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ NAME: 'scan.png', DELETED_TYPE: 0 })]);
			expect(namesIn(emulator, ROOT)).toEqual(['scan.png']);
		},
	},
	'driveFile.getExternalLink': {
		setup: (emulator) => ({ fileId: seedFile(emulator) }),
		parameters: (prepared) => ({ fileId: String(prepared.fileId) }),
		sent: (prepared) => ({ id: prepared.fileId }),
		output: (items, _prepared, emulator) => expect(json(items)).toEqual([{ link: expect.stringMatching(new RegExp(`^${emulator.url}/~\\S{5}$`)) }]),
	},
	'driveFile.delete': {
		setup: (emulator) => ({ fileId: seedFile(emulator) }),
		parameters: (prepared) => ({ fileId: String(prepared.fileId) }),
		sent: (prepared) => ({ id: prepared.fileId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(objectOf(emulator, prepared.fileId)).toBeUndefined();
		},
	},
	'driveFile.uploadVersion': {
		setup: (emulator) => ({ fileId: seedFile(emulator, 'scan.png', Buffer.from('old')) }),
		parameters: (prepared) => ({ fileId: String(prepared.fileId) }),
		input: () => binaryItem('scan-v2.png'),
		sent: (prepared) => ({ id: prepared.fileId, fileContent: ['scan-v2.png', BASE64] }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ ID: String(prepared.fileId), GLOBAL_CONTENT_VERSION: 2 })]);
			expect(contentOf(emulator, prepared.fileId)?.equals(PAYLOAD)).toBe(true);
		},
	},
	'driveFile.search': {
		setup: (emulator) => {
			const folderId = seedFolder(emulator, 'Reports 2026');
			seedFile(emulator, 'report-q1.pdf', PAYLOAD, folderId);
			seedFile(emulator, 'report-q2.pdf', PAYLOAD, folderId);
			seedFile(emulator, 'report-old.pdf');
			return { folderId };
		},
		parameters: (prepared) => ({ query: 'report', type: 'all', searchIn: { folderId: Number(prepared.folderId) }, returnAll: true }),
		sent: (prepared) => ({ QUERY: 'report', TYPE: 'all', FILTER: { FOLDER_ID: prepared.folderId } }),
		output: (items) => expect(json(items).map((row) => row.NAME)).toEqual(['report-q1.pdf', 'report-q2.pdf']),
	},
	'driveFile.getVersions': {
		setup: withVersions,
		parameters: (prepared) => ({ fileId: String(prepared.fileId), returnAll: true }),
		sent: (prepared) => ({ id: prepared.fileId }),
		output: (items, prepared) => {
			expect(json(items).map((row) => [row.ID, row.GLOBAL_CONTENT_VERSION, row.SIZE])).toEqual([
				[String(prepared.latestVersionId), '2', '6'],
				[String(prepared.firstVersionId), '1', '5'],
			]);
		},
	},
	'driveFile.getVersion': {
		setup: withVersions,
		parameters: (prepared) => ({ versionId: String(prepared.firstVersionId) }),
		sent: (prepared) => ({ id: prepared.firstVersionId }),
		output: (items, prepared) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ ID: String(prepared.firstVersionId), OBJECT_ID: String(prepared.fileId), NAME: 'notes.txt', SIZE: '5' }),
			]),
	},
	'driveFile.downloadVersion': {
		setup: withVersions,
		parameters: (prepared) => ({ versionId: String(prepared.firstVersionId), outputBinaryPropertyName: 'data' }),
		sent: (prepared) => ({ id: prepared.firstVersionId }),
		output: (items) => expectDownloaded(items, 'notes.txt', 'text/plain', Buffer.from('first')),
	},
	'driveFile.restoreVersion': {
		setup: withVersions,
		parameters: (prepared) => ({ fileId: String(prepared.fileId), versionId: String(prepared.firstVersionId) }),
		sent: (prepared) => ({ id: prepared.fileId, versionId: prepared.firstVersionId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ GLOBAL_CONTENT_VERSION: 3 })]);
			expect(contentOf(emulator, prepared.fileId)?.toString()).toBe('first');
		},
	},
	'driveFile.getAttachment': {
		setup: (emulator) => {
			const fileId = seedFile(emulator);
			const attachment = emulator.state.disk.addAttachment({
				objectId: fileId,
				moduleId: 'tasks',
				entityType: 'tasks_task',
				entityId: 3845,
				createdMs: Date.now(),
				createdBy: 1,
			});
			return { fileId, attachmentId: attachment.id };
		},
		parameters: (prepared) => ({ attachmentId: String(prepared.attachmentId) }),
		sent: (prepared) => ({ id: prepared.attachmentId }),
		output: (items, prepared) =>
			expect(json(items)).toEqual([
				expect.objectContaining({
					ID: String(prepared.attachmentId),
					OBJECT_ID: String(prepared.fileId),
					MODULE_ID: 'tasks',
					ENTITY_TYPE: 'tasks_task',
					ENTITY_ID: '3845',
					NAME: 'scan.png',
					SIZE: String(PAYLOAD.length),
				}),
			]),
	},
	'driveFile.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items).map((row) => row.name)).toEqual(expect.arrayContaining(['ID', 'SIZE', 'DOWNLOAD_URL', 'GLOBAL_CONTENT_VERSION'])),
	},
};
