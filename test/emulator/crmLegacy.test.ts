/** The classic CRM methods against the shapes of the docs' examples (api-reference/crm/{deals,leads,contacts,companies}). */
import { viaWebhook } from './support/client';
import { useEmulator } from './support/useEmulator';

/** Keys of the crm.deal.get example response, every one printed as a string or null. */
const DEAL_GET_KEYS = [
	'ID', 'TITLE', 'TYPE_ID', 'STAGE_ID', 'PROBABILITY', 'CURRENCY_ID', 'OPPORTUNITY', 'IS_MANUAL_OPPORTUNITY', 'TAX_VALUE',
	'LEAD_ID', 'COMPANY_ID', 'CONTACT_ID', 'QUOTE_ID', 'BEGINDATE', 'CLOSEDATE', 'ASSIGNED_BY_ID', 'CREATED_BY_ID',
	'MODIFY_BY_ID', 'DATE_CREATE', 'DATE_MODIFY', 'OPENED', 'CLOSED', 'COMMENTS', 'CATEGORY_ID', 'STAGE_SEMANTIC_ID',
	'SOURCE_ID', 'SOURCE_DESCRIPTION', 'MOVED_BY_ID', 'MOVED_TIME', 'LAST_ACTIVITY_TIME', 'UTM_SOURCE', 'LAST_ACTIVITY_BY',
];

describe('crm.deal/lead/contact/company.*', () => {
	const portal = useEmulator();

	const call = (method: string, params: Record<string, unknown>) => viaWebhook(portal.emulator, method, params);

	it('adds a deal (int id), prints it as crm.deal.get does and shares it with crm.item', async () => {
		const added = await call('crm.deal.add', {
			fields: { TITLE: 'New Deal #1', STAGE_ID: 'PREPARATION', OPPORTUNITY: 1000000, CURRENCY_ID: 'EUR', COMMENTS: 'x', UF_CRM_1721244482250: 'Hello world!' },
			params: { REGISTER_SONET_EVENT: 'N' },
		});
		expect(added.status).toBe(200);
		expect(added.body.result).toBe(1);

		const deal = (await call('crm.deal.get', { ID: 1 })).body.result;
		for (const key of DEAL_GET_KEYS) expect(deal).toHaveProperty(key);
		for (const value of Object.values(deal)) expect(value === null || typeof value === 'string').toBe(true);
		expect(deal).toMatchObject({
			ID: '1', TITLE: 'New Deal #1', STAGE_ID: 'PREPARATION', OPPORTUNITY: '1000000.00', CURRENCY_ID: 'EUR',
			CATEGORY_ID: '0', STAGE_SEMANTIC_ID: 'P', CLOSED: 'N', OPENED: 'Y', ASSIGNED_BY_ID: '1', UF_CRM_1721244482250: 'Hello world!',
		});
		expect(deal.DATE_CREATE).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);

		const item = (await call('crm.item.get', { entityTypeId: 2, id: 1 })).body.result.item;
		expect(item).toMatchObject({ id: 1, title: 'New Deal #1', opportunity: 1000000 });
		await call('crm.item.update', { entityTypeId: 2, id: 1, fields: { title: 'Via item' } });
		expect((await call('crm.deal.get', { id: 1 })).body.result.TITLE).toBe('Via item');
	});

	it('keeps multi-fields as the crm.contact.get example shows them, and edits them by ID', async () => {
		await call('crm.contact.add', {
			fields: { NAME: 'John', PHONE: [{ VALUE: '+13333333555', VALUE_TYPE: 'WORK' }, { VALUE: '+15599888666', VALUE_TYPE: 'HOME' }], EMAIL: [{ VALUE: 'johnsmith@example.mailing', VALUE_TYPE: 'MAILING' }] },
		});
		const contact = (await call('crm.contact.get', { id: 1 })).body.result;
		expect(contact.PHONE).toEqual([
			{ ID: expect.stringMatching(/^\d+$/), VALUE_TYPE: 'WORK', VALUE: '+13333333555', TYPE_ID: 'PHONE' },
			{ ID: expect.stringMatching(/^\d+$/), VALUE_TYPE: 'HOME', VALUE: '+15599888666', TYPE_ID: 'PHONE' },
		]);
		expect(contact.EMAIL).toEqual([{ ID: expect.any(String), VALUE_TYPE: 'MAILING', VALUE: 'johnsmith@example.mailing', TYPE_ID: 'EMAIL' }]);
		expect(contact).toMatchObject({ HAS_PHONE: 'Y', HAS_EMAIL: 'Y' });

		const [work, home] = contact.PHONE;
		await call('crm.contact.update', { id: 1, fields: { PHONE: [{ ID: work.ID, VALUE: '+10000000000' }, { ID: home.ID, VALUE: '' }, { VALUE: '+19999999999', VALUE_TYPE: 'MOBILE' }] } });
		const phones = (await call('crm.contact.get', { id: 1 })).body.result.PHONE;
		expect(phones.map((phone: Record<string, string>) => [phone.VALUE, phone.VALUE_TYPE])).toEqual([
			['+10000000000', 'WORK'],
			['+19999999999', 'MOBILE'],
		]);
	});

	it('answers errors with error "" and the documented descriptions', async () => {
		const expectError = async (method: string, params: Record<string, unknown>, description: string) => {
			const response = await call(method, params);
			expect({ status: response.status, body: response.body }).toEqual({ status: 400, body: { error: '', error_description: description } });
		};
		await expectError('crm.deal.add', {}, "Parameter 'fields' must be array.");
		await expectError('crm.lead.update', { id: 1 }, "Parameter 'fields' must be array.");
		await expectError('crm.deal.get', {}, 'ID is not defined or invalid.');
		await expectError('crm.company.delete', { id: 'abc' }, 'ID is not defined or invalid.');
		await expectError('crm.contact.get', { id: 99 }, 'Not found');
		await expectError('crm.deal.list', { filter: 'x' }, "Parameter 'filter' must be array.");
		await expectError('crm.deal.list', { order: 'x' }, "Parameter 'order' must be array.");
	});

	it('lists 50 per page with total and next, start=-1 without counting, >ID, order and select masks', async () => {
		for (let index = 1; index <= 60; index += 1) {
			await portal.emulator.seed.call('crm.lead.add', { fields: { TITLE: `Lead ${index}`, UF_CRM_COLOR: index % 2 ? 'red' : 'blue' } });
		}
		const first = await call('crm.lead.list', {});
		expect(first.body.result).toHaveLength(50);
		expect(first.body).toMatchObject({ total: 60, next: 50 });
		expect(first.body.result[0]).toMatchObject({ ID: '1', TITLE: 'Lead 1', STATUS_ID: 'NEW', UF_CRM_COLOR: 'red' });
		expect(first.body.result[0]).not.toHaveProperty('PHONE');

		const fast = await call('crm.lead.list', { filter: { '>ID': 55 }, order: { ID: 'ASC' }, select: ['ID', 'TITLE'], start: -1 });
		expect(fast.body.result).toEqual([56, 57, 58, 59, 60].map((id) => ({ ID: String(id), TITLE: `Lead ${id}` })));
		expect(fast.body.total).toBe(0);
		expect(fast.body).not.toHaveProperty('next');

		const custom = await call('crm.lead.list', { filter: { UF_CRM_COLOR: 'blue', '<=ID': 4 }, order: { ID: 'DESC' }, select: ['UF_*'] });
		expect(custom.body.result).toEqual([{ ID: '4', UF_CRM_COLOR: 'blue' }, { ID: '2', UF_CRM_COLOR: 'blue' }]);

		const standard = (await call('crm.lead.list', { filter: { ID: 1 }, select: ['*'] })).body.result[0];
		expect(standard).toHaveProperty('TITLE');
		expect(standard).not.toHaveProperty('UF_CRM_COLOR');
	});

	it('describes fields as crm.x.fields does, with the multi-fields', async () => {
		const fields = (await call('crm.company.fields', {})).body.result;
		expect(fields.ID).toMatchObject({ type: 'integer', isRequired: false, isReadOnly: true, isImmutable: false, isMultiple: false, isDynamic: false, title: 'ID' });
		expect(fields.PHONE).toMatchObject({ type: 'crm_multifield', isMultiple: true });
		expect(fields).toHaveProperty('ASSIGNED_BY_ID');
		expect(fields).not.toHaveProperty('fm');
	});

	it('creates, reads, lists, updates and deletes custom fields as the crm.deal.userfield.* examples show', async () => {
		const added = await call('crm.deal.userfield.add', {
			fields: { LABEL: "Field 'Hello, World!'", USER_TYPE_ID: 'string', FIELD_NAME: 'HELLO_WORLD', MULTIPLE: 'Y', SORT: 1000, SETTINGS: { DEFAULT_VALUE: 'x', ROWS: 3 }, EDIT_FORM_LABEL: { en: 'Hello, World! Edit', de: 'Hallo, Welt! Bearbeiten' } },
		});
		expect(typeof added.body.result).toBe('number');
		const id = added.body.result;

		const field = (await call('crm.deal.userfield.get', { id })).body.result;
		expect(field).toMatchObject({
			ID: String(id), ENTITY_ID: 'CRM_DEAL', FIELD_NAME: 'UF_CRM_HELLO_WORLD', USER_TYPE_ID: 'string', XML_ID: null, SORT: '1000',
			MULTIPLE: 'Y', MANDATORY: 'N', SHOW_FILTER: 'N', EDIT_IN_LIST: 'Y', IS_SEARCHABLE: 'N', SETTINGS: { DEFAULT_VALUE: 'x', ROWS: 3 },
		});
		expect(field.EDIT_FORM_LABEL).toMatchObject({ en: 'Hello, World! Edit', de: 'Hallo, Welt! Bearbeiten', fr: "Field 'Hello, World!'" });

		expect((await call('crm.contact.userfield.list', {})).body.result).toEqual([]);
		const listed = (await call('crm.deal.userfield.list', { filter: { USER_TYPE_ID: 'string' } })).body.result;
		expect(listed).toEqual([expect.objectContaining({ FIELD_NAME: 'UF_CRM_HELLO_WORLD', EDIT_FORM_LABEL: 'Hello, World! Edit', ERROR_MESSAGE: "Field 'Hello, World!'" })]);

		expect((await call('crm.deal.userfield.update', { id, fields: { MANDATORY: 'Y' } })).body.result).toBe(true);
		expect((await call('crm.deal.userfield.get', { id })).body.result.MANDATORY).toBe('Y');
		expect((await call('crm.deal.userfield.delete', { id })).body.result).toBe(true);

		const gone = await call('crm.deal.userfield.get', { id });
		expect(gone.body).toEqual({ error: 'ERROR_NOT_FOUND', error_description: `The entity with ID '${id}' is not found` });
		expect((await call('crm.deal.userfield.add', { fields: { USER_TYPE_ID: 'string' } })).body).toEqual({ error: '', error_description: "The 'FIELD_NAME' field is not found." });
		expect((await call('crm.deal.userfield.add', { fields: { FIELD_NAME: 'X' } })).body).toEqual({ error: '', error_description: "The 'USER_TYPE_ID' field is not found." });
		expect((await call('crm.deal.userfield.delete', {})).body).toEqual({ error: '', error_description: 'ID is not defined or invalid.' });
	});
	it('crm.duplicate.findbycomm: ids per type as the docs example prints them, [] for no match, the documented errors', async () => {
		await call('crm.contact.add', { fields: { NAME: 'A', PHONE: [{ VALUE: '8976543', VALUE_TYPE: 'WORK' }] } });
		await call('crm.contact.add', { fields: { NAME: 'B', PHONE: [{ VALUE: '+1 122-33-55 ext. 12', VALUE_TYPE: 'WORK' }] } });
		await call('crm.lead.add', { fields: { TITLE: 'L', PHONE: [{ VALUE: '8976543', VALUE_TYPE: 'HOME' }] } });

		const found = await call('crm.duplicate.findbycomm', { entity_type: 'CONTACT', type: 'PHONE', values: ['8976543', '11223355'] });
		expect(found.body.result).toEqual({ CONTACT: [1, 2] });
		expect((await call('crm.duplicate.findbycomm', { type: 'PHONE', values: ['8976543'] })).body.result).toEqual({ LEAD: [1], CONTACT: [1] });
		expect((await call('crm.duplicate.findbycomm', { type: 'EMAIL', values: ['x@example.com'] })).body.result).toEqual([]);

		const noType = await call('crm.duplicate.findbycomm', { values: ['1'] });
		expect({ status: noType.status, body: noType.body }).toEqual({
			status: 400,
			body: { error: 'Communication type is not defined', error_description: "Parameter 'type' is required." },
		});
		expect((await call('crm.duplicate.findbycomm', { type: 'WEB', values: ['1'] })).body.error).toBe(
			"Communication type 'WEB' is not supported in current context",
		);
		expect((await call('crm.duplicate.findbycomm', { type: 'EMAIL' })).body.error).toBe('Communication values is not defined');
	});
	it('describes custom fields in crm.deal.fields and crm.item.fields with their labels, list items and required flag', async () => {
		await call('crm.deal.userfield.add', {
			fields: { FIELD_NAME: 'COLOR', USER_TYPE_ID: 'enumeration', LABEL: 'Color', MANDATORY: 'Y', LIST: [{ VALUE: 'Red' }, { VALUE: 'Blue' }] },
		});
		const items = [{ ID: expect.stringMatching(/^\d+$/), VALUE: 'Red' }, { ID: expect.stringMatching(/^\d+$/), VALUE: 'Blue' }];

		const classic = (await call('crm.deal.fields', {})).body.result;
		expect(classic.UF_CRM_COLOR).toEqual({
			type: 'enumeration', isRequired: true, isReadOnly: false, isImmutable: false, isMultiple: false, isDynamic: true,
			items, title: 'UF_CRM_COLOR', listLabel: 'Color', formLabel: 'Color', filterLabel: 'Color', settings: {},
		});
		const universal = (await call('crm.item.fields', { entityTypeId: 2 })).body.result.fields;
		expect(universal.ufCrm_COLOR).toEqual({
			type: 'enumeration', isRequired: true, isReadOnly: false, isImmutable: false, isMultiple: false, isDynamic: true,
			items, title: 'Color', listLabel: 'Color', formLabel: 'Color', filterLabel: 'Color', settings: {}, upperName: 'UF_CRM_COLOR',
		});
		expect((await call('crm.deal.get', { id: (await call('crm.deal.add', { fields: { TITLE: 'x' } })).body.result })).body.result)
			.toMatchObject({ UF_CRM_COLOR: null });
	});
});
