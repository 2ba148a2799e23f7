import type { INodeParameters, INodeProperties, INodeType } from 'n8n-workflow';

import type { Emulator } from '../emulator';
import { loadPackage } from '../harness/loadPackage';
import { listSearch } from '../harness/methods';
import { runNode } from '../harness/runNode';
import { callsOf, credentialsFor, startPortal } from './portal';

let emulator: Emulator;

beforeAll(async () => {
	emulator = await startPortal();
});

afterAll(async () => {
	await emulator.close();
});

beforeEach(() => emulator.reset());

const picked = (mode: string, value: string) => ({ __rl: true, mode, value });

const seedTask = (title: string): number => {
	const { result } = emulator.seed.call('tasks.task.add', { fields: { TITLE: title, RESPONSIBLE_ID: 1 } });
	return Number((result as { task: { id: string } }).task.id);
};

async function run(parameters: INodeParameters) {
	const result = await runNode({
		parameters: { authentication: 'webhook', ...parameters },
		credentials: credentialsFor(emulator),
	});
	return { ...result, json: result.items.map((item) => item.json) };
}

const search = (method: string, parameters: INodeParameters, filter?: string, token?: string) =>
	listSearch(method, { authentication: 'webhook', ...parameters }, credentialsFor(emulator), filter, token);

describe('task picker', () => {
	it.each([
		['From List', (id: number) => picked('list', String(id))],
		['By ID', (id: number) => picked('id', ` ${id} `)],
		['By URL from a user task list', (id: number) => picked('url', `https://acme.bitrix24.com/company/personal/user/1/tasks/task/view/${id}/`)],
		['By URL from a workgroup, with a query', (id: number) => picked('url', `https://acme.bitrix24.com/workgroups/group/7/tasks/task/view/${id}?IFRAME=Y`)],
		['a plain id of an older workflow', (id: number) => String(id)],
	])('reads the task %s', async (_mode, value) => {
		seedTask('Other');
		const id = seedTask('Wanted');

		const result = await run({ resource: 'task', operation: 'get', taskId: value(id) as string });

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'tasks.task.get')[0].params).toEqual({ taskId: id });
		expect(result.json).toEqual([expect.objectContaining({ id: String(id), title: 'Wanted' })]);
	});

	it.each([
		['a link to a deal', 'https://acme.bitrix24.com/crm/deal/details/7/'],
		['a task list without a task', 'https://acme.bitrix24.com/company/personal/user/1/tasks/'],
		['a link to an edit form', 'https://acme.bitrix24.com/company/personal/user/1/tasks/task/edit/0/'],
		['text that is no link', 'task 7'],
	])('refuses %s, naming the field, before any request', async (_what, link) => {
		const result = await run({ resource: 'task', operation: 'complete', taskId: picked('url', link) });

		expect(result.error?.message).toBe(
			`"Task" must be a link to a task such as https://your-portal.bitrix24.com/company/personal/user/1/tasks/task/view/42/, got ${JSON.stringify(link)} [item 0]`,
		);
		expect(emulator.requests).toHaveLength(0);
	});

	it('picks the task of a comment by link', async () => {
		const id = seedTask('Contract');

		const result = await run({
			resource: 'taskComment',
			operation: 'create',
			taskId: picked('url', `https://acme.bitrix24.com/company/personal/user/2/tasks/task/view/${id}/`),
			message: 'Ready',
		});

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'task.commentitem.add')[0].params).toMatchObject({ TASKID: id, FIELDS: { POST_MESSAGE: 'Ready' } });
	});

	it('picks both ends of a dependency', async () => {
		const from = seedTask('Foundation');
		const to = seedTask('Walls');

		const result = await run({
			resource: 'taskDependency',
			operation: 'create',
			taskIdFrom: picked('list', String(from)),
			taskIdTo: picked('url', `https://acme.bitrix24.com/workgroups/group/3/tasks/task/view/${to}/`),
			linkType: '2',
		});

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'task.dependence.add')[0].params).toMatchObject({ taskIdFrom: from, taskIdTo: to });
	});

	it('lists tasks newest first, 50 a page, with a token for the next page', async () => {
		const ids = Array.from({ length: 53 }, (_, index) => seedTask(`Task ${index + 1}`));

		const first = await search('searchTask', { resource: 'task', operation: 'get' });
		const second = await search('searchTask', { resource: 'task', operation: 'get' }, undefined, first.paginationToken as string);

		expect(first.results).toHaveLength(50);
		expect(first.results[0]).toEqual({ name: `Task 53 (${ids[52]})`, value: String(ids[52]) });
		expect(first.paginationToken).toBe('50');
		expect(second.results.map((entry) => entry.value)).toEqual(ids.slice(0, 3).reverse().map(String));
		expect(second.paginationToken).toBeUndefined();
		expect(callsOf(emulator, 'tasks.task.list')[1].params).toEqual({ order: { ID: 'DESC' }, select: ['ID', 'TITLE'], start: 50 });
	});

	it('finds tasks whose title holds the text typed, in any case', async () => {
		seedTask('Order windows');
		const wanted = seedTask('Repair the Roof');
		seedTask('Roofing is done elsewhere');

		const found = await search('searchTask', { resource: 'taskChecklistItem', operation: 'getAll' }, 'the roof');

		expect(found.results).toEqual([{ name: `Repair the Roof (${wanted})`, value: String(wanted) }]);
		expect(callsOf(emulator, 'tasks.task.list')[0].params).toMatchObject({ filter: { TITLE: '%the roof%' } });
	});
});

describe('user picker', () => {
	it.each([
		['From List', picked('list', '3')],
		['By ID', picked('id', '3')],
		['By URL', picked('url', 'https://acme.bitrix24.com/company/personal/user/3/')],
		['a plain id of an older workflow', '3'],
	])('gets the user %s', async (_mode, value) => {
		const result = await run({ resource: 'user', operation: 'get', userId: value as string });

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'user.get')[0].params).toEqual({ FILTER: { ID: 3 } });
		expect(result.json).toEqual([expect.objectContaining({ ID: '3', NAME: 'Max', LAST_NAME: 'Smith' })]);
	});

	it('updates the user a link points to', async () => {
		const result = await run({
			resource: 'user',
			operation: 'update',
			userId: picked('url', 'https://acme.bitrix24.com/company/personal/user/2/?tab=main'),
			updateFields: { workPosition: 'Head of sales' },
		});

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'user.update')[0].params).toEqual({ ID: 2, WORK_POSITION: 'Head of sales' });
	});

	it.each([
		['a link to a task of the user', 'https://acme.bitrix24.com/company/personal/user/3/tasks/task/view/5/'],
		['a link to a deal', 'https://acme.bitrix24.com/crm/deal/details/3/'],
	])('refuses %s, naming the field', async (_what, link) => {
		const result = await run({ resource: 'user', operation: 'get', userId: picked('url', link) });

		expect(result.error?.message).toBe(
			`"User" must be a link to a user such as https://your-portal.bitrix24.com/company/personal/user/15/, got ${JSON.stringify(link)} [item 0]`,
		);
		expect(emulator.requests).toHaveLength(0);
	});

	it('lists users by last name, 50 a page', async () => {
		const invited = Array.from({ length: 50 }, (_, index) =>
			emulator.seed.call('user.add', { EMAIL: `u${index}@example.com`, UF_DEPARTMENT: [2], NAME: 'Temp', LAST_NAME: `Zz${String(index).padStart(2, '0')}` })
				.result as number,
		);

		const first = await search('searchUser', { resource: 'user', operation: 'get' });
		const second = await search('searchUser', { resource: 'user', operation: 'get' }, undefined, first.paginationToken as string);

		expect(first.results.slice(0, 3)).toEqual([
			{ name: 'John Doe (1)', value: '1' },
			{ name: 'Jane Roe (2)', value: '2' },
			{ name: 'Max Smith (3)', value: '3' },
		]);
		expect(first.paginationToken).toBe('50');
		expect(second.results).toEqual(
			[47, 48, 49].map((index) => ({ name: `Temp Zz${index} (${invited[index]})`, value: String(invited[index]) })),
		);
		expect(second.paginationToken).toBeUndefined();
		expect(callsOf(emulator, 'user.get')[1].params).toEqual({ sort: 'LAST_NAME', order: 'ASC', start: 50 });
	});

	it('finds users by the text typed', async () => {
		const found = await search('searchUser', { resource: 'user', operation: 'update' }, 'smi');

		expect(found.results).toEqual([{ name: 'Max Smith (3)', value: '3' }]);
		expect(callsOf(emulator, 'user.get')[0].params).toMatchObject({ FILTER: { NAME_SEARCH: 'smi' } });
	});
});

describe('chat picker of the messenger', () => {
	const seedChat = () => emulator.seed.call('im.chat.add', { TITLE: 'Project', USERS: [2, 3] }).result as number;

	it.each([
		['By ID', (id: number) => picked('id', String(id))],
		['By URL', (id: number) => picked('url', `https://acme.bitrix24.com/online/?IM_DIALOG=chat${id}`)],
		['a plain id of an older workflow', (id: number) => String(id)],
	])('renames the chat %s', async (_mode, value) => {
		const chatId = seedChat();

		const result = await run({ resource: 'chat', operation: 'updateTitle', chatId: value(chatId) as string, title: 'Phase 2' });

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'im.chat.updateTitle')[0].params).toEqual({ CHAT_ID: chatId, TITLE: 'Phase 2' });
	});

	it('refuses a link to a private dialog, naming the field', async () => {
		const link = 'https://acme.bitrix24.com/online/?IM_DIALOG=3';

		const result = await run({ resource: 'chat', operation: 'leave', chatId: picked('url', link) });

		expect(result.error?.message).toBe(
			`"Chat" must be a link to a chat such as https://your-portal.bitrix24.com/online/?IM_DIALOG=chat2725, got ${JSON.stringify(link)} [item 0]`,
		);
		expect(emulator.requests).toHaveLength(0);
	});
});

describe('Drive pickers', () => {
	const ROOT_FOLDER = 1;

	const seedFolder = (name: string): number =>
		Number((emulator.seed.call('disk.folder.addSubFolder', { id: ROOT_FOLDER, data: { NAME: name } }).result as { ID: string }).ID);

	const seedFile = (name: string, folderId = ROOT_FOLDER): number =>
		Number(
			(
				emulator.seed.call('disk.folder.uploadFile', {
					id: folderId,
					data: { NAME: name },
					fileContent: [name, Buffer.from('data').toString('base64')],
				}).result as { ID: string }
			).ID,
		);

	it('finds files by name, 50 a page, with a token for the next page', async () => {
		const ids = Array.from({ length: 53 }, (_, index) => seedFile(`report-${index + 1}.txt`));
		seedFile('invoice.pdf');
		seedFolder('Reports');

		const first = await search('searchDriveFile', { resource: 'driveFile', operation: 'get' }, 'report');
		const second = await search('searchDriveFile', { resource: 'driveFile', operation: 'get' }, 'report', first.paginationToken as string);

		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBe('50');
		expect(second.results).toHaveLength(3);
		expect(second.paginationToken).toBeUndefined();
		const listed = [...first.results, ...second.results];
		expect(listed.map((entry) => Number(entry.value)).sort((a, b) => a - b)).toEqual(ids);
		expect(listed).toContainEqual({ name: `report-7.txt (${ids[6]})`, value: String(ids[6]) });
		expect(callsOf(emulator, 'disk.file.search').map((call) => call.params)).toEqual([
			{ TYPE: 'file', QUERY: 'report' },
			{ TYPE: 'file', QUERY: 'report', start: 50 },
		]);
	});

	it('finds folders, not files, for a folder field', async () => {
		const folder = seedFolder('Contracts 2026');
		seedFile('contracts.zip');

		const found = await search('searchDriveFolder', { resource: 'driveFolder', operation: 'getChildren' }, 'contracts');

		expect(found.results).toEqual([{ name: `Contracts 2026 (${folder})`, value: String(folder) }]);
	});

	it('lists nothing, without asking the portal, until three characters are typed', async () => {
		seedFile('ab.txt');

		const empty = await search('searchDriveFile', { resource: 'driveFile', operation: 'get' });
		const short = await search('searchDriveFile', { resource: 'driveFile', operation: 'get' }, 'ab');

		expect([empty.results, short.results]).toEqual([[], []]);
		expect(callsOf(emulator, 'disk.file.search')).toHaveLength(0);
	});

	it('moves a file picked from the list into a folder typed by ID', async () => {
		const file = seedFile('scan.png');
		const folder = seedFolder('Archive');

		const result = await run({
			resource: 'driveFile',
			operation: 'move',
			fileId: picked('list', String(file)),
			targetFolderId: picked('id', String(folder)),
		});

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'disk.file.moveTo')[0].params).toEqual({ id: file, targetFolderId: folder });
		expect(emulator.state.disk.objects.get(file)?.parentId).toBe(folder);
	});

	it('refuses a Drive link, naming the field: Drive pages name files by path', async () => {
		const link = 'https://acme.bitrix24.com/company/personal/user/1/disk/file/scan.png';

		const result = await run({ resource: 'driveFile', operation: 'get', fileId: link });

		expect(result.error?.message).toBe(
			`"File" must be the ID of a file; links to a file are not supported, got ${JSON.stringify(link)} [item 0]`,
		);
		expect(emulator.requests).toHaveLength(0);
	});
});

describe('CRM client link pickers', () => {
	it('links a contact given by its link to a deal picked from the list', async () => {
		const deal = emulator.seed.call('crm.deal.add', { fields: { TITLE: 'Roof' } }).result as number;
		const contact = emulator.seed.call('crm.contact.add', { fields: { NAME: 'Ann' } }).result as number;

		const result = await run({
			resource: 'crmDealContact',
			operation: 'add',
			ownerId: picked('list', String(deal)),
			linkedId: picked('url', `https://acme.bitrix24.com/crm/contact/details/${contact}/`),
		});

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'crm.deal.contact.add')[0].params).toEqual({ id: deal, fields: { CONTACT_ID: contact } });
	});

	it('refuses a link to a record of another kind, naming the field', async () => {
		const link = 'https://acme.bitrix24.com/crm/deal/details/5/';

		const result = await run({ resource: 'crmContactCompany', operation: 'getAll', ownerId: picked('url', link) });

		expect(result.error?.message).toBe(
			`"Contact" must be a link to a contact such as https://your-portal.bitrix24.com/crm/contact/details/42/, got ${JSON.stringify(link)} [item 0]`,
		);
	});
});

describe('picker modes in the node description', () => {
	async function property(resource: string, name: string): Promise<INodeProperties> {
		const loader = await loadPackage();
		const { properties } = (loader.getNode('bitrix24').type as INodeType).description;
		return properties.find((entry) => entry.name === name && entry.displayOptions?.show?.resource?.includes(resource)) as INodeProperties;
	}

	it.each([
		['task', 'taskId', ['list', 'id', 'url'], 'The task: pick it from the list, type its ID, or paste a link to its page'],
		['user', 'userId', ['list', 'id', 'url'], 'The user: pick it from the list, type its ID, or paste a link to its page'],
		['chat', 'chatId', ['id', 'url'], 'The chat: its ID as a number without the "chat" prefix, or a link to the chat on the portal'],
		['dataStorageItem', 'itemId', ['list', 'id'], 'The storage item: pick it from the list or type its ID'],
	])('%s %s offers %j', async (resource, name, modes, description) => {
		const field = await property(resource, name);

		expect(field.type).toBe('resourceLocator');
		expect(field.modes?.map((mode) => mode.name)).toEqual(modes);
		expect(field.description).toBe(description);
	});

	it('asks for search text before listing Drive files', async () => {
		const field = await property('driveFile', 'fileId');

		expect(field.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
		expect(field.modes?.[0].typeOptions).toEqual({ searchListMethod: 'searchDriveFile', searchable: true, searchFilterRequired: true });
	});
});
