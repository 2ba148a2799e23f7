import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../emulator';
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

const seedContact = (email: string, name = 'Ann'): number =>
	emulator.seed.call('crm.contact.add', { fields: { NAME: name, EMAIL: [{ VALUE: email, VALUE_TYPE: 'HOME' }] } })
		.result as number;

async function upsert(parameters: INodeParameters, items?: IDataObject[]) {
	const result = await runNode({
		parameters: { authentication: 'webhook', operation: 'upsert', resource: 'contact', ...parameters },
		credentials: credentialsFor(emulator),
		items,
	});
	return { ...result, json: result.items.map((item) => item.json) };
}

const contacts = () =>
	(emulator.seed.call('crm.contact.list', { select: ['ID', 'NAME', 'EMAIL'] }).result as IDataObject[]).map((row) => ({
		ID: row.ID,
		NAME: row.NAME,
		EMAIL: (row.EMAIL as IDataObject[] | undefined)?.map((entry) => [entry.VALUE, entry.VALUE_TYPE]),
	}));

describe('Create or Update', () => {
	it('creates the record when nothing matches, with the e-mail it was looked for by', async () => {
		seedContact('bob@example.com', 'Bob');

		const result = await upsert({ matchBy: 'email', matchValue: 'ann@example.com', recordFields: { name: 'Ann' } });

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'crm.contact.add')[0].params.fields).toEqual({
			NAME: 'Ann',
			EMAIL: [{ VALUE: 'ann@example.com', VALUE_TYPE: 'WORK' }],
		});
		expect(result.json).toEqual([
			{ id: expect.any(Number), operation: 'created', record: expect.objectContaining({ NAME: 'Ann' }) },
		]);
		expect(contacts()).toEqual([
			{ ID: expect.any(String), NAME: 'Bob', EMAIL: [['bob@example.com', 'HOME']] },
			{ ID: String(result.json[0].id), NAME: 'Ann', EMAIL: [['ann@example.com', 'WORK']] },
		]);
	});

	it('updates the one record that matches, without adding the e-mail again', async () => {
		const id = seedContact('ann@example.com');

		const result = await upsert({ matchBy: 'email', matchValue: 'ann@example.com', recordFields: { lastName: 'Lee' } });

		expect(result.json).toEqual([{ id, operation: 'updated', record: expect.objectContaining({ LAST_NAME: 'Lee' }) }]);
		expect(callsOf(emulator, 'crm.contact.update')[0].params).toEqual({ id, fields: { LAST_NAME: 'Lee' } });
		expect(callsOf(emulator, 'crm.contact.add')).toHaveLength(0);
	});

	it('stops with an error naming the matches when several records match', async () => {
		const ids = [seedContact('ann@example.com'), seedContact('ann@example.com')];

		const result = await upsert({ matchBy: 'email', matchValue: 'ann@example.com', recordFields: { lastName: 'Lee' } });

		expect(result.error?.message).toBe(
			`2 records match email "ann@example.com" (IDs ${ids.join(', ')}): match on something more specific, or set "If Several Match" to "Update All" [item 0]`,
		);
		expect(callsOf(emulator, 'crm.contact.update')).toHaveLength(0);
	});

	it('updates every match when told to', async () => {
		const ids = [seedContact('ann@example.com'), seedContact('ann@example.com')];

		const result = await upsert({
			matchBy: 'email',
			matchValue: 'ann@example.com',
			ifSeveral: 'updateAll',
			recordFields: { lastName: 'Lee' },
		});

		expect(result.json).toEqual(ids.map((id) => ({ id, operation: 'updated', record: expect.objectContaining({ LAST_NAME: 'Lee' }) })));
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('gives each input item its own outcome, one call after another', async () => {
		const id = seedContact('ann@example.com');

		const result = await upsert({ matchBy: 'email', matchValue: '={{ $json.email }}', recordFields: { comments: 'from n8n' } }, [
			{ email: 'ann@example.com' },
			{ email: 'new@example.com' },
		]);

		expect(result.json.map(({ id: recordId, operation }) => [recordId, operation])).toEqual([
			[id, 'updated'],
			[expect.any(Number), 'created'],
		]);
		expect(callsOf(emulator, 'batch')).toHaveLength(0);
	});

	it('finds by another field through a list filter', async () => {
		const id = emulator.seed.call('crm.deal.add', { fields: { TITLE: 'Order 1001' } }).result as number;

		const result = await upsert({
			resource: 'deal',
			matchBy: 'field',
			matchField: 'TITLE',
			matchValue: 'Order 1001',
			recordFields: { opportunity: 5 },
		});

		expect(callsOf(emulator, 'crm.deal.list')[0].params).toMatchObject({ filter: { TITLE: 'Order 1001' } });
		expect(result.json).toEqual([{ id, operation: 'updated', record: expect.objectContaining({ OPPORTUNITY: '5.00' }) }]);
	});

	it('creates the record when no record has the ID', async () => {
		const result = await upsert({ resource: 'deal', matchBy: 'id', matchValue: '999', recordFields: { title: 'New' } });

		expect(result.json).toEqual([{ id: expect.any(Number), operation: 'created', record: expect.objectContaining({ TITLE: 'New' }) }]);
	});

	it.each([
		[{ matchBy: 'id', matchValue: 'abc' }, '"Value to Match" must be a record ID when matching on the ID, got "abc"'],
		[{ matchBy: 'field', matchField: '', matchValue: 'x' }, '"Field to Match" is required when matching on a field'],
		[{ matchBy: 'email', matchValue: '={{ " " }}' }, '"Value to Match" is required'],
	])('refuses %j before any write', async (parameters, message) => {
		const result = await upsert(parameters);

		expect(result.error?.message).toBe(`${message} [item 0]`);
		expect(callsOf(emulator, 'crm.contact.add')).toHaveLength(0);
	});

	it('matches a CRM item by e-mail only where the duplicate search reaches', async () => {
		const result = await upsert({ resource: 'crmItem', entityTypeId: '2', matchBy: 'email', matchValue: 'ann@example.com' });

		expect(result.error?.message).toBe(
			'Matching on an e-mail works only for leads, contacts and companies (entity types 1, 3, 4), not entity type 2 [item 0]',
		);
		expect(emulator.calls).toHaveLength(0);
	});

	it('creates a CRM item with the phone it was looked for by', async () => {
		const result = await upsert({
			resource: 'crmItem',
			entityTypeId: '1',
			matchBy: 'phone',
			matchValue: '+1 555 0100',
			itemFields: { title: 'Caller' },
		});

		expect(callsOf(emulator, 'crm.item.add')[0].params.fields).toEqual({
			title: 'Caller',
			fm: [{ typeId: 'PHONE', valueType: 'WORK', value: '+1 555 0100' }],
		});
		expect(result.json).toEqual([{ id: expect.any(Number), operation: 'created', record: expect.objectContaining({ title: 'Caller' }) }]);
		const found = emulator.seed.call('crm.duplicate.findbycomm', { type: 'PHONE', values: ['15550100'] }).result;
		expect(found).toEqual({ LEAD: [result.json[0].id] });
	});
});
