import type { IDataObject } from 'n8n-workflow';

import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

/** The same five crm.item cases for a resource fixed to one entity type. */
function fixedTypeCases(resource: string, entityTypeId: number, firstStage: string): CaseTable {
	return {
		[`${resource}.create`]: {
			parameters: () => ({ itemFields: { title: 'Order 15', opportunity: 990 } }),
			sent: () => ({ entityTypeId, fields: { title: 'Order 15', opportunity: 990 } }),
			output: (items) => expect(json(items)).toEqual([expect.objectContaining({ title: 'Order 15', opportunity: 990, stageId: firstStage, entityTypeId })]),
		},
		[`${resource}.get`]: {
			setup: (emulator) => ({ id: emulator.seed.crmItem(entityTypeId, { title: 'For Ann' }) }),
			parameters: ({ id }) => ({ itemId: String(id) }),
			sent: ({ id }) => ({ entityTypeId, id }),
			output: (items, { id }) => expect(json(items)).toEqual([expect.objectContaining({ id, title: 'For Ann', entityTypeId })]),
		},
		[`${resource}.getAll`]: {
			setup: (emulator) => {
				emulator.seed.crmItem(2, { title: 'A deal, not listed' });
				return { ids: ['One', 'Two'].map((title) => emulator.seed.crmItem(entityTypeId, { title })) };
			},
			parameters: () => ({ returnAll: true, select: 'id, title' }),
			sent: () => ({ entityTypeId, select: ['id', 'title'] }),
			output: (items, { ids }) => expect(json(items)).toEqual([{ id: (ids as number[])[0], title: 'One' }, { id: (ids as number[])[1], title: 'Two' }]),
		},
		[`${resource}.update`]: {
			setup: (emulator) => ({ id: emulator.seed.crmItem(entityTypeId, { title: 'Draft' }) }),
			parameters: ({ id }) => ({ itemId: String(id), itemFields: { title: 'Final', comments: 'checked' } }),
			sent: ({ id }) => ({ entityTypeId, id, fields: { title: 'Final', comments: 'checked' } }),
			output: (items, { id }) => expect(json(items)).toEqual([expect.objectContaining({ id, title: 'Final', comments: 'checked' })]),
		},
		[`${resource}.delete`]: {
			setup: (emulator) => ({ id: emulator.seed.crmItem(entityTypeId, { title: 'Obsolete' }) }),
			parameters: ({ id }) => ({ itemId: String(id) }),
			sent: ({ id }) => ({ entityTypeId, id }),
			output: (items, { id }, emulator) => {
				expect(json(items)).toEqual([{ deleted: true }]);
				expect(emulator.state.crm.itemsOf(entityTypeId).has(id as number)).toBe(false);
			},
		},
		[`${resource}.upsert`]: {
			setup: (emulator) => ({ other: emulator.seed.crmItem(entityTypeId, { title: 'Order 14' }) }),
			parameters: () => ({ matchBy: 'field', matchField: 'title', matchValue: 'Order 15', itemFields: { opportunity: 990 } }),
			method: 'crm.item.add',
			sent: () => ({ entityTypeId, fields: { title: 'Order 15', opportunity: 990 } }),
			output: (items, { other }) => {
				const [created] = json(items);
				expect(created).toEqual({ id: expect.any(Number), operation: 'created', record: expect.objectContaining({ title: 'Order 15', opportunity: 990, entityTypeId }) });
				expect(created.id).not.toBe(other);
			},
		},
	};
}

export const crmQuoteInvoiceCases: CaseTable = {
	...fixedTypeCases('crmQuote', 7, 'DRAFT'),
	...fixedTypeCases('crmInvoice', 31, 'DT31_2:N'),
};
