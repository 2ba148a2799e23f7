/** Documented refusals of pipelines, statuses, product rows, requisites and client links (api-reference/crm/...). */
import { viaWebhook } from './support/client';
import { useEmulator } from './support/useEmulator';

describe('CRM pipelines, statuses, product rows, requisites and client links', () => {
	const portal = useEmulator();

	const call = (method: string, params: Record<string, unknown>) => viaWebhook(portal.emulator, method, params);
	const error = async (method: string, params: Record<string, unknown>) => {
		const reply = await call(method, params);
		expect(reply.status).toBe(400);
		return reply.body;
	};

	it('refuses pipelines for leads, unknown types and the default or a used deal pipeline', async () => {
		expect(await error('crm.category.list', { entityTypeId: 1 })).toEqual({ error: 'ENTITY_TYPE_NOT_SUPPORTED', error_description: 'Entity type LEAD is not supported' });
		expect(await error('crm.category.list', { entityTypeId: 999 })).toEqual({ error: 'NOT_FOUND', error_description: 'Smart process not found' });
		expect(await error('crm.category.add', { entityTypeId: 2, fields: { sort: 1 } })).toEqual({ error: 0, error_description: "Field 'NAME' is required" });
		const added = (await call('crm.category.add', { entityTypeId: 2, fields: { name: 'Used' } })).body.result.category;
		portal.emulator.seed.crmItem(2, { title: 'Keeps it', categoryId: added.id });
		expect(await error('crm.category.delete', { entityTypeId: 2, id: added.id })).toMatchObject({ error_description: 'Deals related to the funnel Used found' });
		expect(await error('crm.category.delete', { entityTypeId: 2, id: 0 })).toMatchObject({ error_description: 'Default deal category cannot be deleted' });
	});

	it('keeps status codes unique and system entries until FORCED', async () => {
		expect(await error('crm.status.add', { fields: { NAME: 'x' } })).toEqual({
			error: '',
			error_description: 'The field ENTITY_ID is required.<br>The field STATUS_ID is required.',
		});
		expect(await error('crm.status.add', { fields: { ENTITY_ID: 'SOURCE', STATUS_ID: 'CALL', NAME: 'Call' } })).toEqual({
			error: 'ERROR_CORE',
			error_description: 'The specified status ID already exists.',
		});
		expect(await error('crm.status.add', { fields: { ENTITY_ID: 'NOPE', STATUS_ID: 'X', NAME: 'x' } })).toMatchObject({ error_description: 'Specified entity type is not supported.' });
		const won = (await call('crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'WON' } })).body.result[0];
		expect(await error('crm.status.delete', { id: won.ID })).toMatchObject({ error_description: expect.stringContaining('FORCED') });
		expect(await error('crm.status.get', { id: 99999 })).toEqual({ error: '', error_description: 'Status is not found.' });
		expect(await error('crm.status.entity.items', {})).toMatchObject({ error_description: 'The parameter entityId is not defined or invalid.' });
	});

	it('gives a new smart-process pipeline its stages, and crm.item uses them', async () => {
		const type = (await call('crm.type.add', { fields: { title: 'Trips', isCategoriesEnabled: 'Y' } })).body.result.type;
		const pipeline = (await call('crm.category.add', { entityTypeId: type.entityTypeId, fields: { name: 'Abroad' } })).body.result.category;
		const stages = (await call('crm.status.entity.items', { entityId: `DYNAMIC_${type.entityTypeId}_STAGE_${pipeline.id}` })).body.result;
		expect(stages.map((stage: { STATUS_ID: string }) => stage.STATUS_ID)[0]).toBe(`DT${type.entityTypeId}_${pipeline.id}:NEW`);
		const item = (await call('crm.item.add', { entityTypeId: type.entityTypeId, fields: { title: 'Rome', categoryId: pipeline.id } })).body.result.item;
		expect(item.stageId).toBe(stages[0].STATUS_ID);
	});

	it('answers product rows of a missing owner or an unsupported type with the documented codes', async () => {
		expect(await error('crm.item.productrow.add', { fields: { ownerType: 'D', ownerId: 404, productName: 'x' } })).toEqual({ error: 'OWNER_NOT_FOUND', error_description: 'Owner was not found' });
		expect(await error('crm.item.productrow.add', { fields: { ownerType: 'XX', ownerId: 1 } })).toMatchObject({ error: 'ENTITY_TYPE_NOT_SUPPORTED' });
		expect(await error('crm.item.productrow.get', { id: 5 })).toEqual({ error: 'NOT_FOUND', error_description: 'Item not found' });
		expect(await error('crm.deal.productrows.get', { id: 404 })).toEqual({ error: '', error_description: 'Not found' });
	});

	it('checks requisite owners, presets, address keys and link ownership', async () => {
		const companyId = portal.emulator.seed.crmItem(4, { title: 'Acme' });
		expect(await error('crm.requisite.add', { fields: { ENTITY_TYPE_ID: 2, ENTITY_ID: 1, PRESET_ID: 1, NAME: 'x' } })).toEqual({ error: '', error_description: 'ENTITY_TYPE_ID is not defined or invalid.' });
		expect(await error('crm.requisite.add', { fields: { ENTITY_TYPE_ID: 4, ENTITY_ID: 404, PRESET_ID: 1, NAME: 'x' } })).toEqual({ error: '', error_description: 'Entity not found.' });
		const requisiteId = (await call('crm.requisite.add', { fields: { ENTITY_TYPE_ID: 4, ENTITY_ID: companyId, PRESET_ID: 1, NAME: 'HQ' } })).body.result;
		const otherRequisite = (await call('crm.requisite.add', { fields: { ENTITY_TYPE_ID: 4, ENTITY_ID: companyId, PRESET_ID: 1, NAME: 'Branch' } })).body.result;
		const key = { TYPE_ID: 1, ENTITY_TYPE_ID: 8, ENTITY_ID: requisiteId };
		expect((await call('crm.address.add', { fields: { ...key, CITY: 'Berlin' } })).body.result).toBe(true);
		expect(await error('crm.address.add', { fields: key })).toEqual({ error: '', error_description: 'TypeAddress exists.' });
		expect(await error('crm.address.update', { fields: { ...key, TYPE_ID: 4 } })).toEqual({ error: '', error_description: 'TypeAddress not found.' });
		const bankId = (await call('crm.requisite.bankdetail.add', { fields: { ENTITY_ID: otherRequisite, NAME: 'Acc' } })).body.result;
		const dealId = portal.emulator.seed.crmItem(2, { title: 'Linked' });
		const link = { ENTITY_TYPE_ID: 2, ENTITY_ID: dealId, REQUISITE_ID: requisiteId, BANK_DETAIL_ID: bankId, MC_REQUISITE_ID: 0, MC_BANK_DETAIL_ID: 0 };
		expect(await error('crm.requisite.link.register', { fields: link })).toEqual({
			error: '',
			error_description: `The BankDetail with ID '${bankId}' is not assigned to Requisite with ID '${requisiteId}'`,
		});
		expect(await error('crm.requisite.link.register', { fields: { ...link, MC_BANK_DETAIL_ID: undefined } })).toMatchObject({ error_description: 'MC_BANK_DETAIL_ID is not defined or invalid.' });
	});

	it('answers client links of a missing owner, bad ids and a second link of the same contact', async () => {
		const dealId = portal.emulator.seed.crmItem(2, { title: 'Deal' });
		const contactId = portal.emulator.seed.crmItem(3, { name: 'Ann' });
		expect(await error('crm.deal.contact.add', { id: 0, fields: { CONTACT_ID: contactId } })).toEqual({ error: '', error_description: "The parameter 'ownerEntityID' is invalid or not defined." });
		expect(await error('crm.deal.contact.add', { id: 404, fields: { CONTACT_ID: contactId } })).toEqual({ error: '', error_description: 'Not found.' });
		expect(await error('crm.deal.contact.add', { id: dealId, fields: { CONTACT_ID: 0 } })).toEqual({ error: '', error_description: "The parameter 'fields' is not valid." });
		expect((await call('crm.deal.contact.add', { id: dealId, fields: { CONTACT_ID: contactId } })).body.result).toBe(true);
		expect((await call('crm.deal.contact.add', { id: dealId, fields: { CONTACT_ID: contactId } })).body.result).toBe(false);
		expect((await call('crm.deal.get', { id: dealId })).body.result.CONTACT_ID).toBe(String(contactId));
		expect(await error('crm.deal.contact.items.set', { id: dealId, items: 'x' })).toEqual({ error: '', error_description: 'The parameter items must be array.' });
	});
});
