import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const addRow = (emulator: Emulator, ownerType: string, ownerId: number, fields: IDataObject): number =>
	((emulator.seed.call('crm.item.productrow.add', { fields: { ownerType, ownerId, ...fields } }).result as IDataObject).productRow as IDataObject)
		.id as number;

const rowsOf = (emulator: Emulator, ownerType: string, ownerId: number): IDataObject[] =>
	((emulator.seed.call('crm.item.productrow.list', { filter: { '=ownerType': ownerType, '=ownerId': ownerId } }).result as IDataObject)
		.productRows as IDataObject[]);

export const crmProductRowCases: CaseTable = {
	'crmProductRow.create': {
		setup: (emulator) => ({ dealId: emulator.seed.crmItem(2, { title: 'Phones' }) }),
		parameters: ({ dealId }) => ({
			ownerType: 'D',
			ownerId: String(dealId),
			productName: 'iPhone 14',
			rowFields: { price: 80000, quantity: 2, discountTypeId: '2', discountRate: 20, taxRate: 20, taxIncluded: true },
		}),
		sent: ({ dealId }) => ({
			fields: { ownerType: 'D', ownerId: dealId, productName: 'iPhone 14', price: 80000, quantity: 2, discountRate: 20, taxRate: 20, taxIncluded: 'Y' },
		}),
		output: (items, { dealId }) =>
			expect(json(items)).toEqual([
				expect.objectContaining({
					ownerId: dealId,
					ownerType: 'D',
					productName: 'iPhone 14',
					price: 80000,
					priceExclusive: 66666.67,
					priceBrutto: 100000,
					discountSum: 16666.67,
					quantity: 2,
				}),
			]),
	},
	'crmProductRow.get': {
		setup: (emulator) => {
			const leadId = emulator.seed.crmItem(1, { title: 'Lead' });
			return { id: addRow(emulator, 'L', leadId, { productName: 'Audit', price: 500 }), leadId };
		},
		parameters: ({ id }) => ({ rowId: String(id) }),
		sent: ({ id }) => ({ id }),
		output: (items, { id, leadId }) =>
			expect(json(items)).toEqual([expect.objectContaining({ id, ownerType: 'L', ownerId: leadId, productName: 'Audit', price: 500, quantity: 1 })]),
	},
	'crmProductRow.getAll': {
		setup: (emulator) => {
			const dealId = emulator.seed.crmItem(2, { title: 'Bundle' });
			const otherId = emulator.seed.crmItem(2, { title: 'Other' });
			addRow(emulator, 'D', otherId, { productName: 'Not mine' });
			return { dealId, ids: ['First', 'Second'].map((productName) => addRow(emulator, 'D', dealId, { productName })) };
		},
		parameters: ({ dealId }) => ({ ownerType: 'D', ownerId: String(dealId), returnAll: true }),
		sent: ({ dealId }) => ({ filter: { '=ownerType': 'D', '=ownerId': dealId } }),
		output: (items, { ids }) => expect(json(items).map((row) => [row.id, row.productName])).toEqual([[(ids as number[])[0], 'First'], [(ids as number[])[1], 'Second']]),
	},
	'crmProductRow.update': {
		setup: (emulator) => ({ id: addRow(emulator, 'D', emulator.seed.crmItem(2, {}), { productName: 'Seat', price: 10 }) }),
		parameters: ({ id }) => ({ rowId: String(id), rowFields: { quantity: 5, discountTypeId: '1', discountSum: 2 } }),
		sent: ({ id }) => ({ id, fields: { quantity: 5, discountTypeId: '1', discountSum: 2 } }),
		output: (items, { id }) =>
			expect(json(items)).toEqual([expect.objectContaining({ id, quantity: 5, price: 10, priceNetto: 12, discountSum: 2, discountTypeId: 1 })]),
	},
	'crmProductRow.delete': {
		setup: (emulator) => {
			const dealId = emulator.seed.crmItem(2, {});
			return { dealId, id: addRow(emulator, 'D', dealId, { productName: 'Gone' }) };
		},
		parameters: ({ id }) => ({ rowId: String(id) }),
		sent: ({ id }) => ({ id }),
		output: (items, { dealId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(rowsOf(emulator, 'D', dealId as number)).toEqual([]);
		},
	},
	'crmProductRow.set': {
		setup: (emulator) => {
			const dealId = emulator.seed.crmItem(2, {});
			addRow(emulator, 'D', dealId, { productName: 'Replaced' });
			return { dealId };
		},
		parameters: ({ dealId }) => ({
			ownerType: 'D',
			ownerId: String(dealId),
			productRows: '[{"productName": "Setup", "price": 100, "quantity": 2}, {"productName": "Support", "price": 50}]',
		}),
		sent: ({ dealId }) => ({
			ownerType: 'D',
			ownerId: dealId,
			productRows: [{ productName: 'Setup', price: 100, quantity: 2 }, { productName: 'Support', price: 50 }],
		}),
		output: (items, { dealId }, emulator) => {
			expect(json(items).map((row) => [row.productName, row.quantity])).toEqual([['Setup', 2], ['Support', 1]]);
			expect(rowsOf(emulator, 'D', dealId as number).map((row) => row.productName)).toEqual(['Setup', 'Support']);
			const deal = emulator.seed.call('crm.deal.get', { id: dealId }).result as IDataObject;
			expect(deal.OPPORTUNITY).toBe('250.00');
		},
	},
	'crmProductRow.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toContainEqual(expect.objectContaining({ name: 'ownerType', isRequired: true, isImmutable: true })),
	},
	'crmProductRow.getClassic': {
		setup: (emulator) => {
			const dealId = emulator.seed.crmItem(2, {});
			addRow(emulator, 'D', dealId, { productName: 'Product #1', price: 899.1, discountRate: 10 });
			return { dealId };
		},
		parameters: ({ dealId }) => ({ recordType: 'crm.deal.productrows.get', recordId: String(dealId) }),
		sent: ({ dealId }) => ({ id: dealId }),
		output: (items, { dealId }) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ OWNER_ID: String(dealId), OWNER_TYPE: 'D', PRODUCT_NAME: 'Product #1', PRICE: 899.1, PRICE_NETTO: 999, PRICE_ACCOUNT: '899.10' }),
			]),
	},
	'crmProductRow.setClassic': {
		setup: (emulator) => ({ leadId: emulator.seed.crmItem(1, { title: 'Lead with products' }) }),
		method: 'crm.lead.productrows.set',
		parameters: ({ leadId }) => ({ recordTypeForSet: 'crm.lead.productrows.set', recordId: String(leadId), rows: '[{"PRODUCT_NAME": "Setup", "PRICE": 100, "QUANTITY": 3}]' }),
		sent: ({ leadId }) => ({ id: leadId, rows: [{ PRODUCT_NAME: 'Setup', PRICE: 100, QUANTITY: 3 }] }),
		output: (items, { leadId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(rowsOf(emulator, 'L', leadId as number)).toEqual([expect.objectContaining({ productName: 'Setup', price: 100, quantity: 3 })]);
		},
	},
};
