import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

function storage(emulator: Emulator, code = 'dish'): IDataObject {
	emulator.seed.call('entity.add', { ENTITY: code, NAME: 'Dishes' });
	return { entity: code };
}

function storageWithSection(emulator: Emulator): IDataObject {
	const prepared = storage(emulator);
	const { result } = emulator.seed.call('entity.section.add', { ENTITY: 'dish', NAME: 'Soups' });
	return { ...prepared, sectionId: result as number };
}

function storageWithItem(emulator: Emulator): IDataObject {
	const prepared = storage(emulator);
	const { result } = emulator.seed.call('entity.item.add', { ENTITY: 'dish', NAME: 'Borscht' });
	return { ...prepared, itemId: result as number };
}

function storageWithProperty(emulator: Emulator): IDataObject {
	const prepared = storage(emulator);
	emulator.seed.call('entity.item.property.add', { ENTITY: 'dish', PROPERTY: 'price', NAME: 'Price', TYPE: 'N' });
	return prepared;
}

export const dataStorageCases: CaseTable = {
	'dataStorage.create': {
		parameters: () => ({ entity: 'dish', name: 'Dishes', access: '{"U1": "W", "AU": "R"}' }),
		sent: () => ({ ENTITY: 'dish', NAME: 'Dishes', ACCESS: { U1: 'W', AU: 'R' } }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.seed.call('entity.get', { ENTITY: 'dish' }).result).toMatchObject({ ENTITY: 'dish', NAME: 'Dishes' });
		},
	},
	'dataStorage.get': {
		setup: (emulator) => storage(emulator),
		parameters: () => ({ entity: 'dish' }),
		sent: () => ({ ENTITY: 'dish' }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ ENTITY: 'dish', NAME: 'Dishes' })]),
	},
	'dataStorage.getAll': {
		setup: (emulator) => {
			storage(emulator, 'dish');
			return storage(emulator, 'drink');
		},
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items).map((row) => row.ENTITY)).toEqual(['dish', 'drink']),
	},
	'dataStorage.update': {
		setup: (emulator) => storage(emulator),
		parameters: () => ({ entity: 'dish', updateFields: { name: 'Meals', newCode: 'meal' } }),
		sent: () => ({ ENTITY: 'dish', NAME: 'Meals', ENTITY_NEW: 'meal' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.seed.call('entity.get', { ENTITY: 'meal' }).result).toMatchObject({ NAME: 'Meals' });
		},
	},
	'dataStorage.delete': {
		setup: (emulator) => storage(emulator),
		parameters: () => ({ entity: 'dish' }),
		sent: () => ({ ENTITY: 'dish' }),
		output: (items) => expect(json(items)).toEqual([{ deleted: true }]),
	},
	'dataStorage.getRights': {
		setup: (emulator) => storage(emulator),
		parameters: () => ({ entity: 'dish' }),
		sent: () => ({ ENTITY: 'dish' }),
		output: (items) => expect(items).toHaveLength(1),
	},
	'dataStorage.setRights': {
		setup: (emulator) => storage(emulator),
		parameters: () => ({ entity: 'dish', access: '{"AU": "W"}' }),
		sent: () => ({ ENTITY: 'dish', ACCESS: { AU: 'W' } }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ AU: 'W' })]),
	},
	'dataStorageSection.create': {
		setup: (emulator) => storage(emulator),
		parameters: () => ({ entity: 'dish', name: 'Soups', additionalFields: { sort: 100, active: false } }),
		sent: () => ({ ENTITY: 'dish', NAME: 'Soups', SORT: 100, ACTIVE: 'N' }),
		output: (items) => {
			expect(items).toHaveLength(1);
			expect(Number(items[0].json.ID)).toBeGreaterThan(0);
		},
	},
	'dataStorageSection.getAll': {
		setup: (emulator) => storageWithSection(emulator),
		parameters: () => ({ entity: 'dish', returnAll: true, filter: '{"NAME": "Soups"}' }),
		sent: () => ({ ENTITY: 'dish', FILTER: { NAME: 'Soups' }, start: 0 }),
		output: (items, { sectionId }) =>
			expect(json(items)).toEqual([expect.objectContaining({ ID: String(sectionId), NAME: 'Soups' })]),
	},
	'dataStorageSection.update': {
		setup: (emulator) => storageWithSection(emulator),
		parameters: ({ sectionId }) => ({ entity: 'dish', sectionId: String(sectionId), updateFields: { name: 'Broths' } }),
		sent: ({ sectionId }) => ({ ENTITY: 'dish', ID: sectionId, NAME: 'Broths' }),
		output: (items) => expect(json(items)).toEqual([{ success: true }]),
	},
	'dataStorageSection.delete': {
		setup: (emulator) => storageWithSection(emulator),
		parameters: ({ sectionId }) => ({ entity: 'dish', sectionId: String(sectionId) }),
		sent: ({ sectionId }) => ({ ENTITY: 'dish', ID: sectionId }),
		output: (items) => expect(json(items)).toEqual([{ deleted: true }]),
	},
	'dataStorageItem.create': {
		setup: (emulator) => storageWithProperty(emulator),
		parameters: () => ({
			entity: 'dish',
			name: 'Borscht',
			additionalFields: { propertyValues: '{"price": 12.5}', code: 'borscht' },
		}),
		sent: () => ({ ENTITY: 'dish', NAME: 'Borscht', CODE: 'borscht', PROPERTY_VALUES: { price: 12.5 } }),
		output: (items) => expect(Number(items[0].json.ID)).toBeGreaterThan(0),
	},
	'dataStorageItem.getAll': {
		setup: (emulator) => storageWithItem(emulator),
		parameters: () => ({ entity: 'dish', returnAll: true, sortBy: '{"ID": "DESC"}' }),
		sent: () => ({ ENTITY: 'dish', SORT: { ID: 'DESC' } }),
		output: (items, { itemId }) =>
			expect(json(items)).toEqual([expect.objectContaining({ ID: String(itemId), NAME: 'Borscht' })]),
	},
	'dataStorageItem.update': {
		setup: (emulator) => storageWithItem(emulator),
		parameters: ({ itemId }) => ({ entity: 'dish', itemId: String(itemId), updateFields: { name: 'Cold borscht' } }),
		sent: ({ itemId }) => ({ ENTITY: 'dish', ID: itemId, NAME: 'Cold borscht' }),
		output: (items) => expect(json(items)).toEqual([{ success: true }]),
	},
	'dataStorageItem.delete': {
		setup: (emulator) => storageWithItem(emulator),
		parameters: ({ itemId }) => ({ entity: 'dish', itemId: String(itemId) }),
		sent: ({ itemId }) => ({ ENTITY: 'dish', ID: itemId }),
		output: (items) => expect(json(items)).toEqual([{ deleted: true }]),
	},
	'dataStorageProperty.create': {
		setup: (emulator) => storage(emulator),
		parameters: () => ({ entity: 'dish', property: 'price', name: 'Price', type: 'N', additionalFields: { sort: 10 } }),
		sent: () => ({ ENTITY: 'dish', PROPERTY: 'price', NAME: 'Price', TYPE: 'N', SORT: 10 }),
		output: (items) => expect(json(items)).toEqual([{ success: true }]),
	},
	'dataStorageProperty.get': {
		setup: (emulator) => storageWithProperty(emulator),
		parameters: () => ({ entity: 'dish', property: 'price' }),
		sent: () => ({ ENTITY: 'dish', PROPERTY: 'price' }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ PROPERTY: 'price', TYPE: 'N' })]),
	},
	'dataStorageProperty.getAll': {
		setup: (emulator) => storageWithProperty(emulator),
		parameters: () => ({ entity: 'dish' }),
		sent: () => ({ ENTITY: 'dish' }),
		output: (items) => expect(json(items).map((row) => row.PROPERTY)).toEqual(['price']),
	},
	'dataStorageProperty.update': {
		setup: (emulator) => storageWithProperty(emulator),
		parameters: () => ({ entity: 'dish', property: 'price', updateFields: { name: 'Cost', newCode: 'cost' } }),
		sent: () => ({ ENTITY: 'dish', PROPERTY: 'price', NAME: 'Cost', PROPERTY_NEW: 'cost' }),
		output: (items) => expect(json(items)).toEqual([{ success: true }]),
	},
	'dataStorageProperty.delete': {
		setup: (emulator) => storageWithProperty(emulator),
		parameters: () => ({ entity: 'dish', property: 'price' }),
		sent: () => ({ ENTITY: 'dish', PROPERTY: 'price' }),
		output: (items) => expect(json(items)).toEqual([{ deleted: true }]),
	},
};
