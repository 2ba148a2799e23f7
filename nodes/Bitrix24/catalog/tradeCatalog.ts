import { decimal, id, integer, json, text, yesNo } from './fields';
import { classicCrudResource } from './classicCrud';
import type { CatalogOperation, CatalogResource } from './types';

const iblockId = (to: string) =>
	id('iblockId', 'Catalog ID', to, { placeholder: 'e.g. 25', description: 'ID of the trade catalog (its information block); see Catalog → Get Many' });
const name = (what: string) => text('name', 'Name', 'fields.name', { required: true, description: `Name of the ${what}` });
const xmlId = text('xmlId', 'External Code', 'fields.xmlId');
const code = text('code', 'Symbolic Code', 'fields.code');
const sort = integer('sort', 'Sort', 'fields.sort', { description: 'Position in lists; smaller comes first' });
const active = yesNo('active', 'Active', 'fields.active', { default: true });

export const catalogProduct = classicCrudResource({
	value: 'catalogProduct',
	name: 'Catalog Product',
	noun: 'catalog product',
	plural: 'catalog products',
	prefix: 'catalog.product',
	description: 'Simple products of the trade catalog (prices through Catalog Price)',
	wrapped: { single: 'product', many: 'products', updateKey: 'element' },
	createOnly: [iblockId('fields.iblockId')],
	required: [name('product')],
	optional: [
		active,
		code,
		xmlId,
		integer('iblockSectionId', 'Section ID', 'fields.iblockSectionId', { description: 'ID of the main section (see Catalog Section)' }),
		sort,
		text('previewText', 'Preview Text', 'fields.previewText'),
		text('detailText', 'Detailed Description', 'fields.detailText'),
		integer('measure', 'Measure Unit ID', 'fields.measure'),
		integer('vatId', 'VAT Rate ID', 'fields.vatId'),
		yesNo('vatIncluded', 'VAT Included', 'fields.vatIncluded'),
		decimal('purchasingPrice', 'Purchasing Price', 'fields.purchasingPrice'),
		text('purchasingCurrency', 'Purchasing Currency', 'fields.purchasingCurrency', { placeholder: 'e.g. USD' }),
		decimal('quantity', 'Quantity', 'fields.quantity', { description: 'Stock quantity' }),
		decimal('weight', 'Weight', 'fields.weight'),
	],
	listFields: [iblockId('filter.iblockId')],
	fieldsExample: '{"property258": "blue", "canBuyZero": "Y"}',
	filterExample: '{"iblockSectionId": 47, ">=purchasingPrice": 100, "%name": "chair"}',
	getFields: {
		value: 'getFields',
		name: 'Get Fields',
		action: 'Get the fields of catalog products',
		description: 'List the fields of the products of a catalog, its properties included',
		method: 'catalog.product.getFieldsByFilter',
		fields: [iblockId('filter.iblockId')],
		output: { kind: 'entries', path: 'product', keyName: 'field' },
		retrySafe: true,
	},
});

export const catalogSection = classicCrudResource({
	value: 'catalogSection',
	name: 'Catalog Section',
	noun: 'catalog section',
	plural: 'catalog sections',
	prefix: 'catalog.section',
	description: 'Sections (folders) of a trade catalog',
	wrapped: { single: 'section', many: 'sections' },
	createOnly: [iblockId('fields.iblockId')],
	required: [name('section')],
	optional: [
		integer('iblockSectionId', 'Parent Section ID', 'fields.iblockSectionId', { description: 'ID of the parent section; empty for a top-level section' }),
		active,
		code,
		xmlId,
		sort,
		text('description', 'Description', 'fields.description'),
	],
	fieldsExample: '{"descriptionType": "html"}',
	filterExample: '{"iblockId": 25, "iblockSectionId": 13}',
});

export const catalogPriceType = classicCrudResource({
	value: 'catalogPriceType',
	name: 'Catalog Price Type',
	noun: 'catalog price type',
	plural: 'catalog price types',
	prefix: 'catalog.priceType',
	description: 'Price types (retail, wholesale, ...) products are priced in',
	wrapped: { single: 'priceType', many: 'priceTypes' },
	required: [name('price type')],
	optional: [yesNo('base', 'Base', 'fields.base', { description: 'Whether this is the base price type' }), sort, xmlId],
	fieldsExample: '{"xmlId": "wholesale"}',
	filterExample: '{"base": "N"}',
});

const priceFields = [
	integer('catalogGroupId', 'Price Type ID', 'fields.catalogGroupId', { required: true, default: 1, description: 'ID of the price type; 1 is usually the base price' }),
	decimal('price', 'Price', 'fields.price', { required: true }),
	text('currency', 'Currency', 'fields.currency', { required: true, placeholder: 'e.g. USD', description: 'ISO code of the currency' }),
];

const setPrices: CatalogOperation = {
	value: 'setForProduct',
	name: 'Set for Product',
	action: 'Set all prices of a product',
	description: 'Replace the prices of a product: entries with an ID are updated, others created, prices not listed are deleted',
	method: 'catalog.price.modify',
	fields: [
		id('productId', 'Product ID', 'fields.product.id', { placeholder: 'e.g. 1243' }),
		json('prices', 'Prices (JSON)', 'fields.product.prices', {
			required: true,
			default: '[{"catalogGroupId": 1, "price": 100, "currency": "USD"}]',
			description: 'Every price the product keeps: a list of {id?, catalogGroupId, price, currency}',
		}),
	],
	output: { kind: 'rows', path: 'prices' },
	retrySafe: true,
};

export const catalogPrice = classicCrudResource({
	value: 'catalogPrice',
	name: 'Catalog Price',
	noun: 'catalog price',
	plural: 'catalog prices',
	prefix: 'catalog.price',
	description: 'Prices of trade catalog products, one per price type',
	wrapped: { single: 'price', many: 'prices' },
	createOnly: [id('productId', 'Product ID', 'fields.productId', { placeholder: 'e.g. 1243' })],
	required: priceFields,
	optional: [
		integer('quantityFrom', 'Quantity From', 'fields.quantityFrom', { description: 'Lower bound of the quantity range this price is for' }),
		integer('quantityTo', 'Quantity To', 'fields.quantityTo', { description: 'Upper bound of the quantity range this price is for' }),
	],
	fieldsExample: '{"extraId": 2}',
	filterExample: '{"productId": 1243, "catalogGroupId": 1}',
	extraOperations: [setPrices],
});


export const catalogCatalog = classicCrudResource({
	value: 'catalog',
	name: 'Catalog',
	plural: 'catalogs',
	prefix: 'catalog.catalog',
	description: 'The trade catalogs of the portal (read-only)',
	wrapped: { single: 'catalog', many: 'catalogs' },
	fieldsExample: '{}',
	filterExample: '{"productIblockId": 25}',
	verbs: ['get', 'getAll', 'getFields'],
});

export const catalogStore = classicCrudResource({
	value: 'catalogStore',
	name: 'Catalog Store',
	noun: 'store',
	plural: 'stores',
	prefix: 'catalog.store',
	description: 'Warehouses (stores) of the inventory',
	wrapped: { single: 'store', many: 'stores' },
	required: [text('address', 'Address', 'fields.address', { required: true, description: 'Address of the store' })],
	optional: [
		text('title', 'Title', 'fields.title'),
		active,
		text('phone', 'Phone', 'fields.phone'),
		text('email', 'Email', 'fields.email', { placeholder: 'name@email.com' }),
		text('schedule', 'Working Hours', 'fields.schedule', { placeholder: 'e.g. Mon-Fri 9:00-18:00' }),
		yesNo('issuingCenter', 'Pick-Up Point', 'fields.issuingCenter', { description: 'Whether customers can collect orders here' }),
		code,
		xmlId,
		sort,
	],
	fieldsExample: '{"gpsN": 54.71411, "gpsS": 21.56675, "description": "Main warehouse"}',
	filterExample: '{"active": "Y", "issuingCenter": "Y"}',
});

export const tradeCatalogResources: CatalogResource[] = [catalogCatalog, catalogProduct, catalogSection, catalogPriceType, catalogPrice, catalogStore];
