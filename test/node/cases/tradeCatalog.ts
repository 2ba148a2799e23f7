import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

/** The CRM product catalog every emulated portal has. */
const IBLOCK = 25;

function add(emulator: Emulator, prefix: string, key: string, fields: IDataObject): IDataObject {
	return (emulator.seed.call(`${prefix}.add`, { fields }).result as IDataObject)[key] as IDataObject;
}

function read(emulator: Emulator, prefix: string, key: string, id: unknown): IDataObject {
	return (emulator.seed.call(`${prefix}.get`, { id }).result as IDataObject)[key] as IDataObject;
}

/** What the cases of one trade catalog family need. */
interface FamilyCases {
	resource: string;
	prefix: string;
	single: string;
	/** Fields of a valid record; `label` is set per record. */
	base: (emulator: Emulator) => IDataObject;
	label: string;
	create: { parameters: (prepared: IDataObject) => INodeParameters; fields: (prepared: IDataObject) => IDataObject; setup?: (emulator: Emulator) => IDataObject };
	update: { parameters: INodeParameters; fields: IDataObject };
	/** Node parameters and `filter` sent for Get Many, besides the label filter. */
	list?: { parameters: INodeParameters; filter: IDataObject };
	describedField: [string, IDataObject];
	notFound: string;
}

function familyCases(spec: FamilyCases): CaseTable {
	const { resource, prefix, single, label } = spec;
	const seed = (emulator: Emulator, value: string) => add(emulator, prefix, single, { ...spec.base(emulator), [label]: value });
	return {
		[`${resource}.create`]: {
			setup: (emulator) => spec.create.setup?.(emulator) ?? {},
			parameters: spec.create.parameters,
			sent: (prepared) => ({ fields: spec.create.fields(prepared) }),
			output: (items, prepared, emulator) => {
				expect(items).toHaveLength(1);
				expect(items[0].json).toMatchObject({ id: expect.any(Number), ...spec.create.fields(prepared) });
				expect(read(emulator, prefix, single, items[0].json.id)).toMatchObject(spec.create.fields(prepared));
			},
		},
		[`${resource}.get`]: {
			setup: (emulator) => ({ id: seed(emulator, 'One').id }),
			parameters: ({ id }) => ({ recordId: String(id) }),
			sent: ({ id }) => ({ id }),
			output: (items, { id }) => expect(json(items)).toEqual([expect.objectContaining({ id, [label]: 'One' })]),
		},
		[`${resource}.getAll`]: {
			setup: (emulator) => {
				seed(emulator, 'Other');
				return { ids: ['Alpha', 'Beta'].map((value) => seed(emulator, `${value} match`).id as number) };
			},
			parameters: () => ({ returnAll: true, ...spec.list?.parameters, filter: `{"%${label}": "match"}`, order: '{"id": "desc"}', select: `id, ${label}` }),
			sent: () => ({ filter: { ...spec.list?.filter, [`%${label}`]: 'match' }, order: { id: 'desc' }, select: ['id', label], start: 0 }),
			output: (items, { ids }) =>
				expect(json(items)).toEqual([
					{ id: (ids as number[])[1], [label]: 'Beta match' },
					{ id: (ids as number[])[0], [label]: 'Alpha match' },
				]),
		},
		[`${resource}.update`]: {
			setup: (emulator) => ({ id: seed(emulator, 'Before').id }),
			parameters: ({ id }) => ({ recordId: String(id), ...spec.update.parameters }),
			sent: ({ id }) => ({ id, fields: spec.update.fields }),
			output: (items, { id }, emulator) => {
				expect(json(items)).toEqual([expect.objectContaining({ id, ...spec.update.fields })]);
				expect(read(emulator, prefix, single, id)).toMatchObject(spec.update.fields);
			},
		},
		[`${resource}.delete`]: {
			setup: (emulator) => ({ id: seed(emulator, 'Old').id }),
			parameters: ({ id }) => ({ recordId: String(id) }),
			sent: ({ id }) => ({ id }),
			output: (items, { id }, emulator) => {
				expect(json(items)).toEqual([{ deleted: true }]);
				expect(() => read(emulator, prefix, single, id)).toThrow(spec.notFound);
			},
		},
		[`${resource}.getFields`]: {
			parameters: () => ({}),
			sent: () => ({}),
			output: (items) => {
				const byName = new Map(json(items).map((field) => [field.field, field]));
				expect(byName.get('id')).toMatchObject({ type: 'integer', isReadOnly: true });
				expect(byName.get(spec.describedField[0])).toMatchObject(spec.describedField[1]);
			},
		},
	};
}

const seedProduct = (emulator: Emulator, name = 'Chair') => add(emulator, 'catalog.product', 'product', { iblockId: IBLOCK, name }).id as number;

const prices = (emulator: Emulator, productId: unknown) =>
	((emulator.seed.call('catalog.price.list', { filter: { productId } }).result as IDataObject).prices as IDataObject[]).map((row) => [
		row.catalogGroupId,
		row.price,
		row.currency,
	]);

export const tradeCatalogCases: CaseTable = {
	'catalog.get': {
		parameters: () => ({ recordId: String(IBLOCK) }),
		sent: () => ({ id: IBLOCK }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ id: IBLOCK, iblockId: IBLOCK, productIblockId: null })]),
	},
	'catalog.getAll': {
		parameters: () => ({ returnAll: true, filter: `{"productIblockId": ${IBLOCK}}`, select: 'id, name' }),
		sent: () => ({ filter: { productIblockId: IBLOCK }, select: ['id', 'name'], start: 0 }),
		output: (items) => expect(json(items)).toEqual([{ id: IBLOCK + 1, name: 'CRM product catalog (offers)' }]),
	},
	'catalog.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toContainEqual(expect.objectContaining({ field: 'skuPropertyId', type: 'integer' })),
	},
	...familyCases({
		resource: 'catalogProduct',
		prefix: 'catalog.product',
		single: 'product',
		base: () => ({ iblockId: IBLOCK }),
		label: 'name',
		create: {
			parameters: () => ({
				iblockId: String(IBLOCK),
				name: 'Plastic chair',
				recordFields: { purchasingPrice: 25.5, purchasingCurrency: 'USD', vatIncluded: true },
				fieldsJson: '{"code": "plastic-chair"}',
			}),
			fields: () => ({ iblockId: IBLOCK, name: 'Plastic chair', purchasingPrice: 25.5, purchasingCurrency: 'USD', vatIncluded: 'Y', code: 'plastic-chair' }),
		},
		update: { parameters: { recordFields: { active: false, sort: 10 } }, fields: { active: 'N', sort: 10 } },
		list: { parameters: { iblockId: String(IBLOCK) }, filter: { iblockId: IBLOCK } },
		describedField: ['iblockId', { type: 'integer', isRequired: true, isImmutable: true }],
		notFound: 'The product with the specified identifier does not exist',
	}),
	'catalogProduct.getFields': {
		parameters: () => ({ iblockId: String(IBLOCK) }),
		sent: () => ({ filter: { iblockId: IBLOCK } }),
		output: (items) => {
			const byName = new Map(json(items).map((field) => [field.field, field]));
			expect(byName.get('name')).toMatchObject({ type: 'string', isRequired: true, name: 'Name' });
			expect(byName.get('available')).toMatchObject({ type: 'char', isReadOnly: true });
		},
	},
	...familyCases({
		resource: 'catalogSection',
		prefix: 'catalog.section',
		single: 'section',
		base: () => ({ iblockId: IBLOCK }),
		label: 'name',
		create: {
			parameters: () => ({ iblockId: String(IBLOCK), name: "Children's toys", recordFields: { code: 'toys', sort: 100 } }),
			fields: () => ({ iblockId: IBLOCK, name: "Children's toys", code: 'toys', sort: 100 }),
		},
		update: { parameters: { recordFields: { description: 'For kids' } }, fields: { description: 'For kids' } },
		describedField: ['name', { type: 'string', isRequired: true }],
		notFound: 'Catalog section with this identifier does not exist',
	}),
	...familyCases({
		resource: 'catalogPriceType',
		prefix: 'catalog.priceType',
		single: 'priceType',
		base: () => ({}),
		label: 'name',
		create: {
			parameters: () => ({ name: 'Wholesale price', recordFields: { sort: 10, xmlId: 'wholesale' } }),
			fields: () => ({ name: 'Wholesale price', sort: 10, xmlId: 'wholesale' }),
		},
		update: { parameters: { recordFields: { sort: 20 } }, fields: { sort: 20 } },
		describedField: ['base', { type: 'char' }],
		notFound: 'Price type with the specified identifier does not exist',
	}),
	...familyCases({
		resource: 'catalogPrice',
		prefix: 'catalog.price',
		single: 'price',
		base: (emulator) => ({ productId: seedProduct(emulator), catalogGroupId: 1, price: 10 }),
		label: 'currency',
		create: {
			setup: (emulator) => ({ productId: seedProduct(emulator) }),
			parameters: ({ productId }) => ({ productId: String(productId), catalogGroupId: 1, price: 100.5, currency: 'USD' }),
			fields: ({ productId }) => ({ productId, catalogGroupId: 1, price: 100.5, currency: 'USD' }),
		},
		update: { parameters: { recordFields: { price: 120 } }, fields: { price: 120 } },
		describedField: ['catalogGroupId', { type: 'integer', isRequired: true }],
		notFound: 'Price does not exist',
	}),
	...familyCases({
		resource: 'catalogStore',
		prefix: 'catalog.store',
		single: 'store',
		base: () => ({ address: 'Main St. 52' }),
		label: 'title',
		create: {
			parameters: () => ({ address: 'Main St. 52', recordFields: { title: 'Warehouse 1', issuingCenter: true, phone: '+1 555 0100' } }),
			fields: () => ({ address: 'Main St. 52', title: 'Warehouse 1', issuingCenter: 'Y', phone: '+1 555 0100' }),
		},
		update: { parameters: { recordFields: { schedule: 'Mon-Fri 9-18', active: false } }, fields: { schedule: 'Mon-Fri 9-18', active: 'N' } },
		describedField: ['address', { type: 'string', isRequired: true }],
		notFound: 'Store with the specified identifier not found',
	}),
	'catalogPrice.setForProduct': {
		setup: (emulator) => {
			const productId = seedProduct(emulator);
			const wholesale = add(emulator, 'catalog.priceType', 'priceType', { name: 'Wholesale' }).id as number;
			const kept = add(emulator, 'catalog.price', 'price', { productId, catalogGroupId: 1, price: 10, currency: 'USD' }).id as number;
			add(emulator, 'catalog.price', 'price', { productId, catalogGroupId: wholesale, price: 8, currency: 'USD' });
			return { productId, wholesale, kept };
		},
		parameters: ({ productId, kept }) => ({
			productId: String(productId),
			prices: `[{"id": ${kept as number}, "catalogGroupId": 1, "price": 12, "currency": "EUR"}]`,
		}),
		sent: ({ productId, kept }) => ({ fields: { product: { id: productId, prices: [{ id: kept, catalogGroupId: 1, price: 12, currency: 'EUR' }] } } }),
		output: (items, { productId, kept }, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ id: kept, productId, catalogGroupId: 1, price: 12, currency: 'EUR' })]);
			expect(prices(emulator, productId)).toEqual([[1, 12, 'EUR']]);
		},
	},
};
