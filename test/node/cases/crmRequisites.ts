import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const call = (emulator: Emulator, method: string, params: IDataObject) => emulator.seed.call(method, params).result;

const addRequisite = (emulator: Emulator, fields: IDataObject = {}): { companyId: number; requisiteId: number } => {
	const companyId = emulator.seed.crmItem(4, { title: 'Acme' });
	const requisiteId = call(emulator, 'crm.requisite.add', {
		fields: { ENTITY_TYPE_ID: 4, ENTITY_ID: companyId, PRESET_ID: 1, NAME: 'Head office', ...fields },
	}) as number;
	return { companyId, requisiteId };
};

const addBankDetail = (emulator: Emulator, requisiteId: number, name: string): number =>
	call(emulator, 'crm.requisite.bankdetail.add', { fields: { ENTITY_ID: requisiteId, NAME: name } }) as number;

const addressKey = (requisiteId: number) => ({ TYPE_ID: 6, ENTITY_TYPE_ID: 8, ENTITY_ID: requisiteId });

export const crmRequisiteCases: CaseTable = {
	'crmRequisite.create': {
		setup: (emulator) => ({ companyId: emulator.seed.crmItem(4, { title: 'Acme' }) }),
		parameters: ({ companyId }) => ({
			entityTypeId: '4',
			entityId: String(companyId),
			presetId: '1',
			name: 'Head office',
			recordFields: { companyName: 'Acme Ltd', vatId: 'GB123' },
		}),
		sent: ({ companyId }) => ({ fields: { ENTITY_TYPE_ID: '4', ENTITY_ID: companyId, PRESET_ID: 1, NAME: 'Head office', RQ_COMPANY_NAME: 'Acme Ltd', RQ_VAT_ID: 'GB123' } }),
		output: (items, { companyId }, emulator) => {
			const [{ id }] = json(items);
			expect(call(emulator, 'crm.requisite.get', { id })).toMatchObject({
				ENTITY_TYPE_ID: '4',
				ENTITY_ID: String(companyId),
				RQ_COMPANY_NAME: 'Acme Ltd',
				RQ_VAT_ID: 'GB123',
				ACTIVE: 'Y',
				RQ_INN: null,
			});
		},
	},
	'crmRequisite.get': {
		setup: (emulator) => addRequisite(emulator, { RQ_DIRECTOR: 'John Smith' }),
		parameters: ({ requisiteId }) => ({ recordId: String(requisiteId) }),
		sent: ({ requisiteId }) => ({ id: requisiteId }),
		output: (items, { requisiteId, companyId }) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ ID: String(requisiteId), ENTITY_ID: String(companyId), PRESET_ID: '1', NAME: 'Head office', RQ_DIRECTOR: 'John Smith' }),
			]),
	},
	'crmRequisite.getAll': {
		setup: (emulator) => ({ first: addRequisite(emulator), second: addRequisite(emulator, { NAME: 'Branch' }) }),
		parameters: () => ({ returnAll: true, filter: '{"NAME": "Branch"}', select: 'NAME' }),
		sent: () => ({ filter: { NAME: 'Branch' }, select: ['NAME', 'ID'] }),
		output: (items, { second }) => expect(json(items)).toEqual([{ ID: String((second as IDataObject).requisiteId), NAME: 'Branch' }]),
	},
	'crmRequisite.update': {
		setup: (emulator) => addRequisite(emulator),
		parameters: ({ requisiteId }) => ({ recordId: String(requisiteId), recordFields: { name: 'Registered office' }, fieldsJson: '{"RQ_KPP": "770501001"}' }),
		sent: ({ requisiteId }) => ({ id: requisiteId, fields: { NAME: 'Registered office', RQ_KPP: '770501001' } }),
		output: (items, { requisiteId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(call(emulator, 'crm.requisite.get', { id: requisiteId })).toMatchObject({ NAME: 'Registered office', RQ_KPP: '770501001', MODIFY_BY_ID: '1' });
		},
	},
	'crmRequisite.delete': {
		setup: (emulator) => {
			const { requisiteId } = addRequisite(emulator);
			return { requisiteId, bankDetailId: addBankDetail(emulator, requisiteId, 'Main') };
		},
		parameters: ({ requisiteId }) => ({ recordId: String(requisiteId) }),
		sent: ({ requisiteId }) => ({ id: requisiteId }),
		output: (items, { requisiteId, bankDetailId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(() => call(emulator, 'crm.requisite.get', { id: requisiteId })).toThrow(`The Requisite with ID '${requisiteId}' is not found`);
			expect(() => call(emulator, 'crm.requisite.bankdetail.get', { id: bankDetailId })).toThrow('is not found');
		},
	},
	'crmRequisite.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toContainEqual(expect.objectContaining({ name: 'PRESET_ID', isRequired: true })),
	},
	'crmRequisitePreset.create': {
		parameters: () => ({ countryId: '1', name: 'Partner company', recordFields: { sort: 700 } }),
		sent: () => ({ fields: { COUNTRY_ID: 1, ENTITY_TYPE_ID: 8, NAME: 'Partner company', SORT: 700 } }),
		output: (items, _prepared, emulator) => {
			const [{ id }] = json(items);
			expect(call(emulator, 'crm.requisite.preset.get', { id })).toMatchObject({ ENTITY_TYPE_ID: '8', COUNTRY_ID: '1', NAME: 'Partner company', SORT: '700', ACTIVE: 'Y' });
		},
	},
	'crmRequisitePreset.get': {
		parameters: () => ({ recordId: '1' }),
		sent: () => ({ id: 1 }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ ID: '1', ENTITY_TYPE_ID: '8', NAME: 'Organization' })]),
	},
	'crmRequisitePreset.getAll': {
		parameters: () => ({ returnAll: true, select: 'ID, NAME' }),
		sent: () => ({ select: ['ID', 'NAME'] }),
		output: (items) =>
			expect(json(items)).toEqual([
				{ ID: '1', NAME: 'Organization' },
				{ ID: '2', NAME: 'Sole Proprietorship' },
				{ ID: '3', NAME: 'Individual' },
				{ ID: '4', NAME: 'Organization (additional)' },
			]),
	},
	'crmRequisitePreset.update': {
		parameters: () => ({ recordId: '2', recordFields: { name: 'Sole trader', active: false } }),
		sent: () => ({ id: 2, fields: { NAME: 'Sole trader', ACTIVE: 'N' } }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(call(emulator, 'crm.requisite.preset.get', { id: 2 })).toMatchObject({ NAME: 'Sole trader', ACTIVE: 'N' });
		},
	},
	'crmRequisitePreset.delete': {
		parameters: () => ({ recordId: '4' }),
		sent: () => ({ id: 4 }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(() => call(emulator, 'crm.requisite.preset.get', { id: 4 })).toThrow("The Preset with ID '4' is not found");
		},
	},
	'crmRequisitePreset.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toContainEqual(expect.objectContaining({ name: 'COUNTRY_ID', isImmutable: true })),
	},
	'crmBankDetail.create': {
		setup: (emulator) => addRequisite(emulator),
		parameters: ({ requisiteId }) => ({ requisiteId: String(requisiteId), name: 'Main account', recordFields: { bankName: 'Superbank', iban: 'DE89370400440532013000' } }),
		sent: ({ requisiteId }) => ({ fields: { ENTITY_ID: requisiteId, NAME: 'Main account', RQ_BANK_NAME: 'Superbank', RQ_IBAN: 'DE89370400440532013000' } }),
		output: (items, { requisiteId }, emulator) => {
			const [{ id }] = json(items);
			expect(call(emulator, 'crm.requisite.bankdetail.get', { id })).toMatchObject({
				ENTITY_ID: String(requisiteId),
				COUNTRY_ID: '1',
				RQ_BANK_NAME: 'Superbank',
				RQ_IBAN: 'DE89370400440532013000',
			});
		},
	},
	'crmBankDetail.get': {
		setup: (emulator) => {
			const { requisiteId } = addRequisite(emulator);
			return { requisiteId, id: addBankDetail(emulator, requisiteId, 'Savings') };
		},
		parameters: ({ id }) => ({ recordId: String(id) }),
		sent: ({ id }) => ({ id }),
		output: (items, { id, requisiteId }) => expect(json(items)).toEqual([expect.objectContaining({ ID: String(id), ENTITY_ID: String(requisiteId), NAME: 'Savings' })]),
	},
	'crmBankDetail.getAll': {
		setup: (emulator) => {
			const { requisiteId } = addRequisite(emulator);
			const other = addRequisite(emulator);
			addBankDetail(emulator, other.requisiteId, 'Elsewhere');
			return { requisiteId, ids: ['EUR', 'USD'].map((name) => addBankDetail(emulator, requisiteId, name)) };
		},
		parameters: ({ requisiteId }) => ({ returnAll: true, filter: JSON.stringify({ ENTITY_ID: requisiteId }) }),
		sent: ({ requisiteId }) => ({ filter: { ENTITY_ID: requisiteId } }),
		output: (items) => expect(json(items).map((row) => row.NAME)).toEqual(['EUR', 'USD']),
	},
	'crmBankDetail.update': {
		setup: (emulator) => ({ id: addBankDetail(emulator, addRequisite(emulator).requisiteId, 'Old') }),
		parameters: ({ id }) => ({ recordId: String(id), recordFields: { accountNumber: '40702810938000060473' } }),
		sent: ({ id }) => ({ id, fields: { RQ_ACC_NUM: '40702810938000060473' } }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(call(emulator, 'crm.requisite.bankdetail.get', { id })).toMatchObject({ NAME: 'Old', RQ_ACC_NUM: '40702810938000060473' });
		},
	},
	'crmBankDetail.delete': {
		setup: (emulator) => ({ id: addBankDetail(emulator, addRequisite(emulator).requisiteId, 'Closed') }),
		parameters: ({ id }) => ({ recordId: String(id) }),
		sent: ({ id }) => ({ id }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(() => call(emulator, 'crm.requisite.bankdetail.get', { id })).toThrow(`The RequisiteBankDetail with ID '${id}' is not found`);
		},
	},
	'crmBankDetail.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toContainEqual(expect.objectContaining({ name: 'RQ_IBAN', type: 'string' })),
	},
	'crmAddress.create': {
		setup: (emulator) => addRequisite(emulator),
		parameters: ({ requisiteId }) => ({
			addressType: '6',
			addressOwnerType: '8',
			addressOwnerId: String(requisiteId),
			addressFields: { address1: '19 Miller St.', city: 'Los Angeles', postalCode: '90001' },
		}),
		sent: ({ requisiteId }) => ({ fields: { TYPE_ID: '6', ENTITY_TYPE_ID: '8', ENTITY_ID: requisiteId, ADDRESS_1: '19 Miller St.', CITY: 'Los Angeles' } }),
		output: (items, { requisiteId, companyId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(call(emulator, 'crm.address.list', { filter: { ENTITY_ID: requisiteId } })).toEqual([
				expect.objectContaining({ TYPE_ID: '6', ENTITY_TYPE_ID: '8', CITY: 'Los Angeles', ANCHOR_TYPE_ID: '4', ANCHOR_ID: String(companyId) }),
			]);
		},
	},
	'crmAddress.getAll': {
		setup: (emulator) => {
			const { requisiteId } = addRequisite(emulator);
			call(emulator, 'crm.address.add', { fields: { ...addressKey(requisiteId), CITY: 'Berlin' } });
			call(emulator, 'crm.address.add', { fields: { ...addressKey(requisiteId), TYPE_ID: 1, CITY: 'Hamburg' } });
			return { requisiteId };
		},
		parameters: ({ requisiteId }) => ({ returnAll: true, filter: JSON.stringify({ ENTITY_ID: requisiteId }), select: 'TYPE_ID, CITY' }),
		sent: ({ requisiteId }) => ({ filter: { ENTITY_ID: requisiteId }, select: ['TYPE_ID', 'CITY'] }),
		output: (items) => expect(json(items)).toEqual([{ TYPE_ID: '6', CITY: 'Berlin' }, { TYPE_ID: '1', CITY: 'Hamburg' }]),
	},
	'crmAddress.update': {
		setup: (emulator) => {
			const { requisiteId } = addRequisite(emulator);
			call(emulator, 'crm.address.add', { fields: { ...addressKey(requisiteId), CITY: 'Berlin' } });
			return { requisiteId };
		},
		parameters: ({ requisiteId }) => ({ addressType: '6', addressOwnerType: '8', addressOwnerId: String(requisiteId), addressFields: { city: 'Munich' } }),
		sent: ({ requisiteId }) => ({ fields: { TYPE_ID: '6', ENTITY_TYPE_ID: '8', ENTITY_ID: requisiteId, CITY: 'Munich' } }),
		output: (items, { requisiteId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(call(emulator, 'crm.address.list', { filter: { ENTITY_ID: requisiteId } })).toEqual([expect.objectContaining({ CITY: 'Munich' })]);
		},
	},
	'crmAddress.delete': {
		setup: (emulator) => {
			const { requisiteId } = addRequisite(emulator);
			call(emulator, 'crm.address.add', { fields: { ...addressKey(requisiteId), CITY: 'Berlin' } });
			return { requisiteId };
		},
		parameters: ({ requisiteId }) => ({ addressType: '6', addressOwnerType: '8', addressOwnerId: String(requisiteId) }),
		sent: ({ requisiteId }) => ({ fields: { TYPE_ID: '6', ENTITY_TYPE_ID: '8', ENTITY_ID: requisiteId } }),
		output: (items, { requisiteId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(call(emulator, 'crm.address.list', { filter: { ENTITY_ID: requisiteId } })).toEqual([]);
		},
	},
	'crmAddress.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toContainEqual(expect.objectContaining({ name: 'TYPE_ID', isRequired: true })),
	},
	'crmRequisiteLink.register': {
		setup: (emulator) => {
			const { requisiteId, companyId } = addRequisite(emulator);
			const bankDetailId = addBankDetail(emulator, requisiteId, 'Main');
			return { requisiteId, bankDetailId, dealId: emulator.seed.crmItem(2, { title: 'Linked', companyId }) };
		},
		parameters: ({ dealId, requisiteId, bankDetailId }) => ({
			linkEntityTypeId: '2',
			linkEntityId: String(dealId),
			requisiteId: Number(requisiteId),
			bankDetailId: Number(bankDetailId),
			myRequisiteId: 0,
			myBankDetailId: 0,
		}),
		sent: ({ dealId, requisiteId, bankDetailId }) => ({
			fields: { ENTITY_TYPE_ID: 2, ENTITY_ID: dealId, REQUISITE_ID: requisiteId, BANK_DETAIL_ID: bankDetailId },
		}),
		output: (items, { dealId, requisiteId, bankDetailId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(call(emulator, 'crm.requisite.link.get', { entityTypeId: 2, entityId: dealId })).toEqual({
				ENTITY_TYPE_ID: 2,
				ENTITY_ID: dealId,
				REQUISITE_ID: String(requisiteId),
				BANK_DETAIL_ID: String(bankDetailId),
				MC_REQUISITE_ID: '0',
				MC_BANK_DETAIL_ID: '0',
			});
		},
	},
	'crmRequisiteLink.get': {
		setup: (emulator) => {
			const { requisiteId } = addRequisite(emulator);
			const dealId = emulator.seed.crmItem(7, { title: 'Quote' });
			const fields = { ENTITY_TYPE_ID: 7, ENTITY_ID: dealId, REQUISITE_ID: requisiteId, BANK_DETAIL_ID: 0, MC_REQUISITE_ID: 0, MC_BANK_DETAIL_ID: 0 };
			call(emulator, 'crm.requisite.link.register', { fields });
			return { requisiteId, dealId };
		},
		parameters: ({ dealId }) => ({ linkEntityTypeId: '7', linkEntityId: String(dealId) }),
		sent: ({ dealId }) => ({ entityTypeId: 7, entityId: dealId }),
		output: (items, { dealId, requisiteId }) =>
			expect(json(items)).toEqual([expect.objectContaining({ ENTITY_TYPE_ID: 7, ENTITY_ID: dealId, REQUISITE_ID: String(requisiteId) })]),
	},
	'crmRequisiteLink.getAll': {
		setup: (emulator) => {
			const { requisiteId } = addRequisite(emulator);
			const dealIds = ['A', 'B'].map((title) => emulator.seed.crmItem(2, { title }));
			for (const dealId of dealIds) {
				const fields = { ENTITY_TYPE_ID: 2, ENTITY_ID: dealId, REQUISITE_ID: requisiteId, BANK_DETAIL_ID: 0, MC_REQUISITE_ID: 0, MC_BANK_DETAIL_ID: 0 };
				call(emulator, 'crm.requisite.link.register', { fields });
			}
			return { dealIds };
		},
		parameters: () => ({ returnAll: true, filter: '{"ENTITY_TYPE_ID": 2}', select: 'ENTITY_ID' }),
		sent: () => ({ filter: { ENTITY_TYPE_ID: 2 }, select: ['ENTITY_ID'] }),
		output: (items, { dealIds }) => expect(json(items)).toEqual((dealIds as number[]).map((id) => ({ ENTITY_ID: String(id) }))),
	},
	'crmRequisiteLink.unregister': {
		setup: (emulator) => {
			const dealId = emulator.seed.crmItem(2, { title: 'Unlinked' });
			const fields = { ENTITY_TYPE_ID: 2, ENTITY_ID: dealId, REQUISITE_ID: 0, BANK_DETAIL_ID: 0, MC_REQUISITE_ID: 0, MC_BANK_DETAIL_ID: 0 };
			call(emulator, 'crm.requisite.link.register', { fields });
			return { dealId };
		},
		parameters: ({ dealId }) => ({ linkEntityTypeId: '2', linkEntityId: String(dealId) }),
		sent: ({ dealId }) => ({ entityTypeId: 2, entityId: dealId }),
		output: (items, { dealId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(() => call(emulator, 'crm.requisite.link.get', { entityTypeId: 2, entityId: dealId })).toThrow('Not found');
		},
	},
	'crmRequisiteLink.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items).map((row) => row.name)).toEqual(['ENTITY_TYPE_ID', 'ENTITY_ID', 'REQUISITE_ID', 'BANK_DETAIL_ID', 'MC_REQUISITE_ID', 'MC_BANK_DETAIL_ID']),
	},
};
