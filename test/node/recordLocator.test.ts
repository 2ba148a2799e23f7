import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../emulator';
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

const seedDeal = (title: string): number =>
	emulator.seed.call('crm.deal.add', { fields: { TITLE: title } }).result as number;

function smartProcess(): number {
	const { result } = emulator.seed.call('crm.type.add', { fields: { title: 'Shipments' } });
	return (result as { type: IDataObject }).type.entityTypeId as number;
}

async function run(parameters: INodeParameters) {
	const result = await runNode({
		parameters: { authentication: 'webhook', ...parameters },
		credentials: credentialsFor(emulator),
	});
	return { ...result, json: result.items.map((item) => item.json) };
}

const getDeal = (recordId: unknown) => run({ resource: 'deal', operation: 'get', recordId: recordId as string });

describe('record pickers: the id in every mode', () => {
	it.each([
		['From List', (id: number) => picked('list', String(id))],
		['By ID', (id: number) => picked('id', ` ${id} `)],
		['By URL', (id: number) => picked('url', `https://acme.bitrix24.com/crm/deal/details/${id}/`)],
		['By URL, no trailing slash, with a query', (id: number) => picked('url', `https://acme.bitrix24.com/crm/deal/details/${id}?IFRAME=Y`)],
		['a plain id of an older workflow', (id: number) => String(id)],
		['a plain link', (id: number) => `https://acme.bitrix24.com/crm/deal/details/${id}/`],
	])('%s', async (_mode, value) => {
		seedDeal('Other');
		const id = seedDeal('Wanted');

		const result = await getDeal(value(id));

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'crm.deal.get')[0].params).toEqual({ id });
		expect(result.json).toEqual([expect.objectContaining({ ID: String(id), TITLE: 'Wanted' })]);
	});

	it.each([
		['a link to another kind of record', 'https://acme.bitrix24.com/crm/contact/details/7/'],
		['a link without an id', 'https://acme.bitrix24.com/crm/deal/details/new/'],
		['text that is no link', 'deal 7'],
	])('refuses %s, naming the field, before any request', async (_what, link) => {
		const result = await getDeal(picked('url', link));

		expect(result.error?.message).toBe(
			`"Deal" must be a link to a deal such as https://your-portal.bitrix24.com/crm/deal/details/42/, got ${JSON.stringify(link)} [item 0]`,
		);
		expect(emulator.requests).toHaveLength(0);
	});

	it('refuses a picker whose expression gives nothing, as a required field', async () => {
		const result = await getDeal(picked('id', '={{ "" }}'));

		expect(result.error?.message).toBe('"Deal" is required [item 0]');
	});

	it('reads a smart-process link and the entity type it names', async () => {
		const entityTypeId = smartProcess();
		const id = emulator.seed.crmItem(entityTypeId, { title: 'Parcel' });

		const result = await run({
			resource: 'smartProcessItem',
			operation: 'get',
			entityTypeId,
			itemId: picked('url', `https://acme.bitrix24.com/crm/type/${entityTypeId}/details/${id}/`),
		});

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'crm.item.get')[0].params).toMatchObject({ entityTypeId, id });
		expect(result.json).toEqual([expect.objectContaining({ id, title: 'Parcel' })]);
	});

	it('reads a deal link for a CRM item of entity type 2', async () => {
		const id = seedDeal('Via item');

		const result = await run({
			resource: 'crmItem',
			operation: 'delete',
			entityTypeId: '2',
			itemId: picked('url', `https://acme.bitrix24.com/crm/deal/details/${id}/`),
		});

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'crm.item.delete')[0].params).toEqual({ entityTypeId: 2, id });
	});

	it('refuses a link whose entity type differs from the one chosen', async () => {
		const result = await run({
			resource: 'crmItem',
			operation: 'get',
			entityTypeId: '2',
			itemId: picked('url', 'https://acme.bitrix24.com/crm/type/128/details/5/'),
		});

		expect(result.error?.message).toBe(
			'"Item" links to a record of entity type 128, but the entity type chosen is 2 [item 0]',
		);
		expect(emulator.requests).toHaveLength(0);
	});

	it('reads a chat link for a chat bot chat', async () => {
		const bot = emulator.seed.call('imbot.register', {
			CODE: 'helper',
			EVENT_HANDLER: 'https://example.com/bot',
			PROPERTIES: { NAME: 'Helper' },
			CLIENT_ID: emulator.oauthClient.clientId,
		}).result as number;
		const chatId = emulator.seed.call('imbot.chat.add', { BOT_ID: bot, TITLE: 'Team', USERS: [2] }).result as number;

		const result = await runNode({
			parameters: {
				authentication: 'apiKey',
				resource: 'chatbotChat',
				operation: 'removeUser',
				chatId: picked('url', `https://acme.bitrix24.com/online/?IM_DIALOG=chat${chatId}`),
				userId: '2',
				botId: bot,
			},
			credentials: credentialsFor(emulator),
		});

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'imbot.chat.user.delete')[0].params).toMatchObject({ CHAT_ID: chatId, USER_ID: 2 });
	});

	it('names the field when a storage item, which has no page, gets a link', async () => {
		const result = await run({
			resource: 'dataStorageItem',
			operation: 'delete',
			entity: 'dish',
			itemId: picked('url', 'https://acme.bitrix24.com/crm/deal/details/1/'),
		});

		expect(result.error?.message).toBe(
			'"Item" must be the ID of a storage item; links to a storage item are not supported, got "https://acme.bitrix24.com/crm/deal/details/1/" [item 0]',
		);
	});
});

describe('record pickers: From List', () => {
	const search = (method: string, parameters: INodeParameters, filter?: string, token?: string) =>
		listSearch(method, { authentication: 'webhook', ...parameters }, credentialsFor(emulator), filter, token);

	it('lists deals newest first, 50 a page, with a token for the next page', async () => {
		const ids = Array.from({ length: 55 }, (_, index) => seedDeal(`Deal ${index + 1}`));

		const first = await search('searchDeal', { resource: 'deal', operation: 'get' });
		const second = await search('searchDeal', { resource: 'deal', operation: 'get' }, undefined, first.paginationToken as string);

		expect(first.results).toHaveLength(50);
		expect(first.results[0]).toEqual({ name: `Deal 55 (${ids[54]})`, value: String(ids[54]) });
		expect(first.paginationToken).toBe('50');
		expect(second.results.map((entry) => entry.value)).toEqual(ids.slice(0, 5).reverse().map(String));
		expect(second.paginationToken).toBeUndefined();
		expect(callsOf(emulator, 'crm.deal.list')[1].params).toMatchObject({ order: { ID: 'DESC' }, start: 50 });
	});

	it('filters by the text typed into the search box', async () => {
		seedDeal('Windows for the school');
		const wanted = seedDeal('New roof');
		seedDeal('Doors');

		const found = await search('searchDeal', { resource: 'deal', operation: 'get' }, 'roof');

		expect(found.results).toEqual([{ name: `New roof (${wanted})`, value: String(wanted) }]);
		expect(callsOf(emulator, 'crm.deal.list')[0].params).toMatchObject({ filter: { '%TITLE': 'roof' } });
	});

	it('names contacts by first and last name', async () => {
		const id = emulator.seed.call('crm.contact.add', { fields: { NAME: 'Ann', LAST_NAME: 'Lee' } }).result as number;

		const found = await search('searchContact', { resource: 'contact', operation: 'get' }, 'Lee');

		expect(found.results).toEqual([{ name: `Ann Lee (${id})`, value: String(id) }]);
	});

	it('lists the items of the entity type the node is set to', async () => {
		const entityTypeId = smartProcess();
		const id = emulator.seed.crmItem(entityTypeId, { title: 'Parcel' });
		emulator.seed.crmItem(2, { title: 'A deal' });

		const found = await search('searchCrmItem', { resource: 'smartProcessItem', operation: 'get', entityTypeId });

		expect(found.results).toEqual([{ name: `Parcel (${id})`, value: String(id) }]);
		expect(callsOf(emulator, 'crm.item.list')[0].params).toMatchObject({ entityTypeId });
	});

	it('asks for the entity type first when it is empty', async () => {
		await expect(search('searchCrmItem', { resource: 'crmItem', operation: 'get', entityTypeId: '' })).rejects.toThrow(
			'Could not list the items: Fill in "entityTypeId" first: the list depends on it',
		);
	});

	it('lists the items of a data storage by name', async () => {
		emulator.seed.call('entity.add', { ENTITY: 'dish', NAME: 'Dishes' });
		const id = emulator.seed.call('entity.item.add', { ENTITY: 'dish', NAME: 'Borscht' }).result;
		emulator.seed.call('entity.item.add', { ENTITY: 'dish', NAME: 'Salad' });

		const found = await search('searchStorageItem', { authentication: 'apiKey', resource: 'dataStorageItem', operation: 'update', entity: 'dish' }, 'bor');

		expect(found.results).toEqual([{ name: `Borscht (${String(id)})`, value: String(id) }]);
	});
});
