import type { IDataObject } from 'n8n-workflow';

import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

export const crmCases: CaseTable = {
	'crmItem.create': {
		parameters: () => ({
			entityTypeId: '2',
			itemFields: { title: 'Big deal', opportunity: 1500.5, currencyId: 'USD' },
			fieldsJson: '{"comments": "from n8n", "title": "Bigger deal"}',
		}),
		sent: () => ({
			entityTypeId: 2,
			fields: { title: 'Bigger deal', opportunity: 1500.5, currencyId: 'USD', comments: 'from n8n' },
		}),
		output: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ title: 'Bigger deal', opportunity: 1500.5, currencyId: 'USD' });
			expect(typeof items[0].json.id).toBe('number');
		},
	},
	'crmItem.get': {
		setup: (emulator) => ({ id: emulator.seed.crmItem(1, { title: 'Lead one' }) }),
		parameters: ({ id }) => ({ entityTypeId: '1', itemId: String(id), options: { useOriginalUfNames: true } }),
		sent: ({ id }) => ({ entityTypeId: 1, id, useOriginalUfNames: 'Y' }),
		output: (items, { id }) => expect(json(items)).toEqual([expect.objectContaining({ id, title: 'Lead one' })]),
	},
	'crmItem.getAll': {
		setup: (emulator) => ({
			ids: ['Alpha', 'Beta', 'Gamma'].map((title) => emulator.seed.crmItem(2, { title, stageId: 'NEW' })),
		}),
		parameters: () => ({
			entityTypeId: '2',
			returnAll: true,
			filter: '{"stageId": "NEW"}',
			select: 'id, title',
		}),
		sent: () => ({
			entityTypeId: 2,
			filter: { stageId: 'NEW', '>id': 0 },
			order: { id: 'ASC' },
			select: ['id', 'title'],
			start: -1,
		}),
		output: (items, { ids }) =>
			expect(json(items).map((row) => [row.id, row.title])).toEqual([
				[(ids as number[])[0], 'Alpha'],
				[(ids as number[])[1], 'Beta'],
				[(ids as number[])[2], 'Gamma'],
			]),
	},
	'crmItem.update': {
		setup: (emulator) => ({ id: emulator.seed.crmItem(3, { name: 'Ann' }) }),
		parameters: ({ id }) => ({ entityTypeId: '3', itemId: String(id), fieldsJson: '{"lastName": "Lee"}' }),
		sent: ({ id }) => ({ entityTypeId: 3, id, fields: { lastName: 'Lee' } }),
		output: (items, { id }) => expect(json(items)).toEqual([expect.objectContaining({ id, name: 'Ann', lastName: 'Lee' })]),
	},
	'crmItem.delete': {
		setup: (emulator) => ({ id: emulator.seed.crmItem(4, { title: 'Old company' }) }),
		parameters: ({ id }) => ({ entityTypeId: '4', itemId: String(id) }),
		sent: ({ id }) => ({ entityTypeId: 4, id }),
		output: (items) => expect(json(items)).toEqual([{ deleted: true }]),
	},
	'crmItem.getFields': {
		parameters: () => ({ entityTypeId: '2' }),
		sent: () => ({ entityTypeId: 2 }),
		output: (items) => {
			const title = json(items).find((field) => field.name === 'title');
			expect(title).toMatchObject({ name: 'title', type: 'string' });
			expect(items.length).toBeGreaterThan(10);
		},
	},
};
