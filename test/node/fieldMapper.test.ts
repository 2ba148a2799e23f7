import type { IDataObject, INodeParameters, ResourceMapperField, ResourceMapperValue } from 'n8n-workflow';

import type { Emulator } from '../emulator';
import { resourceMapping } from '../harness/methods';
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

const load = async (method: string, parameters: INodeParameters = {}) =>
	(await resourceMapping(method, { authentication: 'webhook', ...parameters }, credentialsFor(emulator))).fields;

const byId = (fields: ResourceMapperField[]) => new Map(fields.map((field) => [field.id, field]));

/** A required list field and a multiple one on deals; their item ids by text. */
function dealListFields(): Record<string, string> {
	const add = (fields: IDataObject) => emulator.seed.call('crm.deal.userfield.add', { fields });
	add({ FIELD_NAME: 'COLOR', USER_TYPE_ID: 'enumeration', LABEL: 'Color', MANDATORY: 'Y', LIST: [{ VALUE: 'Red' }, { VALUE: 'Blue' }] });
	add({ FIELD_NAME: 'TAGS', USER_TYPE_ID: 'enumeration', LABEL: 'Tags', MULTIPLE: 'Y', LIST: [{ VALUE: 'VIP' }] });
	add({ FIELD_NAME: 'NOTE', USER_TYPE_ID: 'string', LABEL: 'Note' });
	const ids: Record<string, string> = {};
	for (const field of emulator.seed.call('crm.deal.userfield.list', {}).result as IDataObject[]) {
		for (const item of (field.LIST as IDataObject[] | undefined) ?? []) ids[String(item.VALUE)] = String(item.ID);
	}
	return ids;
}

async function write(parameters: INodeParameters) {
	const result = await runNode({
		parameters: { authentication: 'webhook', ...parameters },
		credentials: credentialsFor(emulator),
		typeVersion: 2,
	});
	return { ...result, json: result.items.map((item) => item.json) };
}

const mapped = (value: IDataObject, schema: ResourceMapperField[]): ResourceMapperValue => ({
	mappingMode: 'defineBelow',
	value: value as ResourceMapperValue['value'],
	matchingColumns: [],
	schema,
	attemptToConvertTypes: false,
	convertFieldsToString: false,
});

describe('fields by name: loading', () => {
	it('lists the writable fields of deals with labels, required marks, types and list values', async () => {
		const ids = dealListFields();

		const fields = byId(await load('getFieldsOfDeal'));

		expect(fields.get('TITLE')).toEqual({
			id: 'TITLE', displayName: 'Title', required: false, defaultMatch: false, canBeUsedToMatch: false, display: true, type: 'string',
		});
		expect(fields.get('OPPORTUNITY')).toMatchObject({ displayName: 'Amount', type: 'number' });
		expect(fields.get('BEGINDATE')).toMatchObject({ type: 'dateTime' });
		expect(fields.get('OPENED')).toMatchObject({ type: 'boolean' });
		expect(fields.get('ASSIGNED_BY_ID')).toMatchObject({ type: 'options', options: expect.arrayContaining([{ name: 'Jane Roe (jane@example.com)', value: 2 }]) });
		expect(fields.get('UF_CRM_COLOR')).toMatchObject({
			displayName: 'Color',
			required: true,
			type: 'options',
			options: [
				{ name: 'Red', value: ids.Red },
				{ name: 'Blue', value: ids.Blue },
			],
		});
		expect(fields.get('UF_CRM_TAGS')).toMatchObject({ displayName: 'Tags', type: 'array', options: [{ name: 'VIP', value: ids.VIP }] });
		expect(fields.get('UF_CRM_NOTE')).toMatchObject({ displayName: 'Note', type: 'string' });
		for (const readOnly of ['ID', 'DATE_CREATE', 'CREATED_BY_ID']) expect(fields.has(readOnly)).toBe(false);
		expect([...fields.keys()].some((id) => id.startsWith('PHONE'))).toBe(false);
		expect(callsOf(emulator, 'crm.deal.fields')).toHaveLength(1);
	});

	it('offers the phones, e-mails, websites and messengers per type', async () => {
		const fields = await load('getFieldsOfContact');

		const channels = fields.filter((field) => field.id.includes(':'));
		expect(channels.map((field) => field.id)).toContain('PHONE:MOBILE');
		expect(channels.find((field) => field.id === 'EMAIL:WORK')).toMatchObject({ displayName: 'Email (Work)', type: 'string' });
		expect(channels).toHaveLength(7 + 4 + 6 + 11);
		expect(fields.some((field) => field.id === 'PHONE')).toBe(false);
	});

	it('lists the fields of the entity type a CRM item node is set to', async () => {
		const fields = byId(await load('getFieldsOfCrmItem', { resource: 'crmItem', operation: 'create', entityTypeId: '3' }));

		expect(fields.get('name')).toMatchObject({ type: 'string' });
		expect(fields.get('birthdate')).toMatchObject({ type: 'dateTime' });
		expect(fields.has('PHONE:WORK')).toBe(true);
		expect(fields.has('fm')).toBe(false);
		expect(callsOf(emulator, 'crm.item.fields')[0].params).toEqual({ entityTypeId: '3' });
	});

	it('asks for the entity type first', async () => {
		await expect(load('getFieldsOfCrmItem', { resource: 'crmItem', operation: 'create', entityTypeId: '' })).rejects.toThrow(
			'Could not load the fields: Fill in the entity type first: the fields depend on it',
		);
	});
});

describe('fields by name: values sent', () => {
	it('sends typed values by field code, the JSON box merged last', async () => {
		const ids = dealListFields();
		const schema = await load('getFieldsOfDeal');

		const result = await write({
			resource: 'deal',
			operation: 'create',
			mappedFields: mapped(
				{
					TITLE: ' Roof ',
					OPPORTUNITY: '1200.5',
					OPENED: false,
					BEGINDATE: '2024-08-30',
					ASSIGNED_BY_ID: 3,
					UF_CRM_COLOR: ids.Blue,
					UF_CRM_TAGS: `={{ "${ids.VIP}" }}`,
					UF_CRM_NOTE: '',
					COMMENTS: null,
				},
				schema,
			),
			fieldsJson: '{"UF_CRM_NOTE": "from JSON", "TITLE": "Roof 2"}',
		});

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'crm.deal.add')[0].params.fields).toEqual({
			TITLE: 'Roof 2',
			OPPORTUNITY: 1200.5,
			OPENED: 'N',
			BEGINDATE: '2024-08-30',
			ASSIGNED_BY_ID: 3,
			UF_CRM_COLOR: ids.Blue,
			UF_CRM_TAGS: [ids.VIP],
			UF_CRM_NOTE: 'from JSON',
		});
		const stored = emulator.seed.call('crm.deal.get', { id: result.json[0].id }).result as IDataObject;
		expect(stored).toMatchObject({ TITLE: 'Roof 2', OPPORTUNITY: '1200.50', OPENED: 'N', UF_CRM_COLOR: ids.Blue });
	});

	it('sends phones and e-mails with their types', async () => {
		const schema = await load('getFieldsOfContact');

		const result = await write({
			resource: 'contact',
			operation: 'create',
			mappedFields: mapped({ NAME: 'Ann', 'PHONE:MOBILE': '+1 555 0100', 'EMAIL:WORK': 'ann@example.com, a@example.com' }, schema),
		});

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'crm.contact.add')[0].params.fields).toEqual({
			NAME: 'Ann',
			PHONE: [{ VALUE: '+1 555 0100', VALUE_TYPE: 'MOBILE' }],
			EMAIL: [
				{ VALUE: 'ann@example.com', VALUE_TYPE: 'WORK' },
				{ VALUE: 'a@example.com', VALUE_TYPE: 'WORK' },
			],
		});
	});

	it('sends the phones of a CRM item as fm entries, and updates by field code', async () => {
		const id = emulator.seed.crmItem(3, { name: 'Ann' });
		const schema = await load('getFieldsOfCrmItem', { resource: 'crmItem', operation: 'update', entityTypeId: '3' });

		const result = await write({
			resource: 'crmItem',
			operation: 'update',
			entityTypeId: '3',
			itemId: String(id),
			mappedFields: mapped({ lastName: 'Lee', 'PHONE:WORK': '+1 555 0111' }, schema),
		});

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'crm.item.update')[0].params.fields).toEqual({
			lastName: 'Lee',
			fm: [{ typeId: 'PHONE', valueType: 'WORK', value: '+1 555 0111' }],
		});
		expect(result.json[0]).toMatchObject({ id, lastName: 'Lee' });
	});

	it('names the field whose value does not fit its type (fixed values n8n itself checks)', async () => {
		const schema = await load('getFieldsOfDeal');

		const result = await write({ resource: 'deal', operation: 'create', mappedFields: mapped({ OPPORTUNITY: '={{ "a lot" }}' }, schema) });

		expect(result.error?.message).toBe('"Fields" field "Amount" must be a number, got "a lot" [item 0]');
		expect(callsOf(emulator, 'crm.deal.add')).toHaveLength(0);
	});

	it('leaves out fields the user removed from the mapper', async () => {
		const schema = (await load('getFieldsOfDeal')).map((field) => (field.id === 'COMMENTS' ? { ...field, removed: true } : field));

		await write({ resource: 'deal', operation: 'create', mappedFields: mapped({ TITLE: 'T', COMMENTS: 'old' }, schema) });

		expect(callsOf(emulator, 'crm.deal.add')[0].params.fields).toEqual({ TITLE: 'T' });
	});
});
