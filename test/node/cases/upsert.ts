import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const seed = (emulator: Emulator, entity: string, fields: IDataObject): number =>
	emulator.seed.call(`crm.${entity}.add`, { fields }).result as number;

/** Leads, contacts and companies found by e-mail and updated. */
function byEmail(key: 'lead' | 'contact' | 'company', entityType: string): CaseTable {
	return {
		[`${key}.upsert`]: {
			setup: (emulator) => ({
				id: seed(emulator, key, { TITLE: 'Old', EMAIL: [{ VALUE: 'ann@example.com', VALUE_TYPE: 'WORK' }] }),
			}),
			parameters: () => ({
				matchBy: 'email',
				matchValue: 'ANN@example.com',
				recordFields: { comments: 'seen again' },
			}),
			method: 'crm.duplicate.findbycomm',
			sent: () => ({ entity_type: entityType, type: 'EMAIL', values: ['ANN@example.com'] }),
			output: (items, { id }, emulator) => {
				expect(json(items)).toEqual([
					{ id, operation: 'updated', record: expect.objectContaining({ ID: String(id), COMMENTS: 'seen again' }) },
				]);
				expect(emulator.seed.call(`crm.${key}.get`, { id }).result).toMatchObject({ COMMENTS: 'seen again' });
			},
		},
		[`${key}.findDuplicates`]: {
			setup: (emulator) => ({
				ids: [
					seed(emulator, key, { PHONE: [{ VALUE: '+1 (555) 0100', VALUE_TYPE: 'WORK' }] }),
					seed(emulator, key, { PHONE: [{ VALUE: '+1 555 0199', VALUE_TYPE: 'MOBILE' }] }),
					seed(emulator, key, { PHONE: [{ VALUE: '+1 555 0200', VALUE_TYPE: 'HOME' }] }),
				],
			}),
			parameters: () => ({ communicationType: 'PHONE', values: '15550100, +1 555 0199' }),
			sent: () => ({ entity_type: entityType, type: 'PHONE', values: ['15550100', '+1 555 0199'] }),
			output: (items, { ids }) =>
				expect(json(items)).toEqual((ids as number[]).slice(0, 2).map((id) => ({ id }))),
		},
	};
}

export const upsertCases: CaseTable = {
	'deal.upsert': {
		setup: (emulator) => ({ other: seed(emulator, 'deal', { TITLE: 'Other order' }) }),
		parameters: () => ({
			matchBy: 'field',
			matchField: 'TITLE',
			matchValue: 'Order 1001',
			recordFields: { opportunity: 99.5, currencyId: 'EUR' },
		}),
		sent: () => ({ fields: { TITLE: 'Order 1001', OPPORTUNITY: 99.5, CURRENCY_ID: 'EUR' } }),
		output: (items) => {
			expect(json(items)).toEqual([
				{
					id: expect.any(Number),
					operation: 'created',
					record: expect.objectContaining({ TITLE: 'Order 1001', OPPORTUNITY: '99.50', CURRENCY_ID: 'EUR' }),
				},
			]);
		},
	},
	...byEmail('lead', 'LEAD'),
	...byEmail('contact', 'CONTACT'),
	...byEmail('company', 'COMPANY'),
	'crmItem.upsert': {
		setup: (emulator) => ({ id: emulator.seed.crmItem(3, { name: 'Ann', fm: [{ typeId: 'PHONE', valueType: 'MOBILE', value: '+1 555 0100' }] }) }),
		parameters: () => ({
			entityTypeId: '3',
			matchBy: 'phone',
			matchValue: '+1 555 0100',
			fieldsJson: '{"lastName": "Lee"}',
		}),
		method: 'crm.item.update',
		sent: ({ id }) => ({ entityTypeId: 3, id, fields: { lastName: 'Lee' } }),
		output: (items, { id }) =>
			expect(json(items)).toEqual([
				{ id, operation: 'updated', record: expect.objectContaining({ id, name: 'Ann', lastName: 'Lee' }) },
			]),
	},
	'smartProcessItem.upsert': {
		setup: (emulator) => {
			const { result } = emulator.seed.call('crm.type.add', { fields: { title: 'Shipments' } });
			const entityTypeId = (result as { type: IDataObject }).type.entityTypeId as number;
			return { entityTypeId, id: emulator.seed.crmItem(entityTypeId, { title: 'Parcel 7' }) };
		},
		parameters: ({ entityTypeId, id }) => ({
			entityTypeId: Number(entityTypeId),
			matchBy: 'id',
			matchValue: String(id),
			itemFields: { opportunity: 12 },
		}),
		method: 'crm.item.list',
		sent: ({ entityTypeId, id }) => ({ entityTypeId, filter: { id: String(id) }, select: ['id'] }),
		output: (items, { id }) =>
			expect(json(items)).toEqual([
				{ id, operation: 'updated', record: expect.objectContaining({ id, title: 'Parcel 7', opportunity: 12 }) },
			]),
	},
};
