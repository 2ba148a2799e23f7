import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

function createType(emulator: Emulator, title: string): IDataObject {
	const { result } = emulator.seed.call('crm.type.add', { fields: { title } });
	return (result as { type: IDataObject }).type;
}

function withType(emulator: Emulator) {
	const type = createType(emulator, 'Shipments');
	return { typeId: type.id as number, entityTypeId: type.entityTypeId as number };
}

export const smartProcessCases: CaseTable = {
	'smartProcessType.create': {
		parameters: () => ({
			title: 'Shipments',
			entityTypeId: '1032',
			typeFields: { isStagesEnabled: true, isClientEnabled: false },
		}),
		sent: () => ({
			fields: { title: 'Shipments', entityTypeId: 1032, isStagesEnabled: 'Y', isClientEnabled: 'N' },
		}),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ title: 'Shipments', entityTypeId: 1032 })]),
	},
	'smartProcessType.get': {
		setup: withType,
		parameters: ({ typeId }) => ({ typeId: String(typeId) }),
		sent: ({ typeId }) => ({ id: typeId }),
		output: (items, { typeId }) => expect(json(items)).toEqual([expect.objectContaining({ id: typeId, title: 'Shipments' })]),
	},
	'smartProcessType.getByEntityTypeId': {
		setup: withType,
		parameters: ({ entityTypeId }) => ({ entityTypeId: String(entityTypeId) }),
		sent: ({ entityTypeId }) => ({ entityTypeId }),
		output: (items, { typeId }) => expect(json(items)).toEqual([expect.objectContaining({ id: typeId })]),
	},
	'smartProcessType.getAll': {
		setup: (emulator) => ({ ids: ['A', 'B'].map((title) => createType(emulator, title).id) }),
		parameters: () => ({ returnAll: true, order: '{"id": "DESC"}' }),
		sent: () => ({ order: { id: 'DESC' }, start: 0 }),
		output: (items, { ids }) =>
			expect(json(items).map((row) => row.id)).toEqual([...(ids as number[])].reverse()),
	},
	'smartProcessType.update': {
		setup: withType,
		parameters: ({ typeId }) => ({ typeId: String(typeId), title: 'Deliveries', typeFields: { isAutomationEnabled: true } }),
		sent: ({ typeId }) => ({ id: typeId, fields: { title: 'Deliveries', isAutomationEnabled: 'Y' } }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ title: 'Deliveries' })]),
	},
	'smartProcessType.delete': {
		setup: withType,
		parameters: ({ typeId }) => ({ typeId: String(typeId) }),
		sent: ({ typeId }) => ({ id: typeId }),
		output: (items) => expect(json(items)).toEqual([{ deleted: true }]),
	},
	'smartProcessType.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items).map((field) => field.name)).toContain('title'),
	},
	'smartProcessItem.create': {
		setup: withType,
		parameters: ({ entityTypeId }) => ({ entityTypeId: Number(entityTypeId), itemFields: { title: 'Parcel 1' } }),
		sent: ({ entityTypeId }) => ({ entityTypeId, fields: { title: 'Parcel 1' } }),
		output: (items, { entityTypeId }) =>
			expect(json(items)).toEqual([expect.objectContaining({ title: 'Parcel 1', entityTypeId })]),
	},
	'smartProcessItem.get': {
		setup: (emulator) => {
			const prepared = withType(emulator);
			return { ...prepared, id: emulator.seed.crmItem(Number(prepared.entityTypeId), { title: 'Parcel 2' }) };
		},
		parameters: ({ entityTypeId, id }) => ({ entityTypeId: Number(entityTypeId), itemId: String(id) }),
		sent: ({ entityTypeId, id }) => ({ entityTypeId, id }),
		output: (items, { id }) => expect(json(items)).toEqual([expect.objectContaining({ id, title: 'Parcel 2' })]),
	},
	'smartProcessItem.getAll': {
		setup: (emulator) => {
			const prepared = withType(emulator);
			emulator.seed.crmItem(Number(prepared.entityTypeId), { title: 'P1' });
			emulator.seed.crmItem(Number(prepared.entityTypeId), { title: 'P2' });
			return prepared;
		},
		parameters: ({ entityTypeId }) => ({ entityTypeId: Number(entityTypeId), returnAll: false, limit: 1 }),
		sent: ({ entityTypeId }) => ({ entityTypeId, start: -1 }),
		output: (items) => expect(json(items).map((row) => row.title)).toEqual(['P1']),
	},
	'smartProcessItem.update': {
		setup: (emulator) => {
			const prepared = withType(emulator);
			return { ...prepared, id: emulator.seed.crmItem(Number(prepared.entityTypeId), { title: 'Old' }) };
		},
		parameters: ({ entityTypeId, id }) => ({ entityTypeId: Number(entityTypeId), itemId: String(id), itemFields: { title: 'New' } }),
		sent: ({ entityTypeId, id }) => ({ entityTypeId, id, fields: { title: 'New' } }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ title: 'New' })]),
	},
	'smartProcessItem.delete': {
		setup: (emulator) => {
			const prepared = withType(emulator);
			return { ...prepared, id: emulator.seed.crmItem(Number(prepared.entityTypeId), { title: 'Gone' }) };
		},
		parameters: ({ entityTypeId, id }) => ({ entityTypeId: Number(entityTypeId), itemId: String(id) }),
		sent: ({ entityTypeId, id }) => ({ entityTypeId, id }),
		output: (items) => expect(json(items)).toEqual([{ deleted: true }]),
	},
};
