import { classicCrudResource } from './classicCrud';
import { choice, collection, decimal, integer, json, portalChoice, text, yesNo } from './fields';
import type { CatalogOperation, CatalogResource } from './types';

const name = (what: string) => text('name', 'Name', 'fields.NAME', { required: true, description: `Name of the ${what}` });
const sort = (to: string) => integer('sort', 'Sort', to, { description: 'Position in lists; smaller comes first' });
const xmlId = text('xmlId', 'External Code', 'fields.XML_ID', { description: 'Code of the record in an external system' });
const active = yesNo('active', 'Active', 'fields.ACTIVE', { default: true });

export const crmProduct = classicCrudResource({
	value: 'crmProduct',
	name: 'CRM Product',
	noun: 'CRM product',
	plural: 'CRM products',
	prefix: 'crm.product',
	description: 'Products of the CRM catalog through the classic crm.product methods (superseded by Catalog Product)',
	required: [name('product')],
	optional: [
		decimal('price', 'Price', 'fields.PRICE'),
		portalChoice('currencyId', 'Currency Name or ID', 'fields.CURRENCY_ID', 'getCurrencies', { description: 'Currency of the price' }),
		text('description', 'Description', 'fields.DESCRIPTION'),
		integer('sectionId', 'Section ID', 'fields.SECTION_ID', { description: 'ID of the product section (see CRM Product Section)' }),
		integer('vatId', 'VAT Rate ID', 'fields.VAT_ID', { description: 'ID of the VAT rate (see VAT Rate)' }),
		yesNo('vatIncluded', 'VAT Included', 'fields.VAT_INCLUDED', { description: 'Whether the price includes VAT' }),
		integer('measure', 'Measure Unit ID', 'fields.MEASURE', { description: 'ID of the unit of measure (see Measure Unit)' }),
		active,
		sort('fields.SORT'),
		xmlId,
	],
	fieldsExample: '{"DESCRIPTION_TYPE": "html", "PROPERTY_107": "blue"}',
	filterExample: '{"SECTION_ID": 3, ">PRICE": 100, "%NAME": "chair"}',
});

export const crmProductSection = classicCrudResource({
	value: 'crmProductSection',
	name: 'CRM Product Section',
	noun: 'CRM product section',
	plural: 'CRM product sections',
	prefix: 'crm.productsection',
	description: 'Sections (folders) of the CRM product catalog',
	required: [name('section')],
	optional: [
		integer('sectionId', 'Parent Section ID', 'fields.SECTION_ID', { description: 'ID of the parent section; empty for a top-level section' }),
		integer('catalogId', 'Catalog ID', 'fields.CATALOG_ID', { description: 'ID of the product catalog; empty for the CRM catalog' }),
		xmlId,
	],
	fieldsExample: '{"CODE": "chairs"}',
	filterExample: '{"SECTION_ID": 3, "%NAME": "chair"}',
});

const propertyTypes: CatalogOperation = {
	value: 'getTypes',
	name: 'Get Types',
	action: 'Get the types of CRM product properties',
	description: 'List the property types (PROPERTY_TYPE with USER_TYPE) a CRM product property can have',
	method: 'crm.product.property.types',
	fields: [],
	output: { kind: 'rows' },
	retrySafe: true,
};

export const crmProductProperty = classicCrudResource({
	value: 'crmProductProperty',
	name: 'CRM Product Property',
	noun: 'CRM product property',
	plural: 'CRM product properties',
	prefix: 'crm.product.property',
	description: 'Custom properties of CRM products (colour, size, ...)',
	required: [
		name('property'),
		choice('propertyType', 'Property Type', 'fields.PROPERTY_TYPE', [
			{ name: 'String', value: 'S' },
			{ name: 'Number', value: 'N' },
			{ name: 'List', value: 'L' },
			{ name: 'File', value: 'F' },
			{ name: 'Link to Elements', value: 'E' },
		], { description: 'Base type of the value; a USER_TYPE (e.g. HTML, Date) refines it, see Get Types' }),
	],
	optional: [
		text('userType', 'User Type', 'fields.USER_TYPE', { placeholder: 'e.g. HTML', description: 'Refined type from Get Types, such as HTML, Date or employee' }),
		yesNo('multiple', 'Multiple', 'fields.MULTIPLE', { description: 'Whether a product may hold several values' }),
		yesNo('isRequired', 'Required', 'fields.IS_REQUIRED', { description: 'Whether every product must have a value' }),
		active,
		sort('fields.SORT'),
		xmlId,
	],
	fieldsExample: '{"VALUES": {"n0": {"VALUE": "Red"}, "n1": {"VALUE": "Blue"}}}',
	filterExample: '{"PROPERTY_TYPE": "L"}',
	selectable: false,
	extraOperations: [propertyTypes],
});

export const measureUnit = classicCrudResource({
	value: 'measureUnit',
	name: 'Measure Unit',
	plural: 'measure units',
	prefix: 'crm.measure',
	description: 'Units of measure for products (piece, kilogram, metre, ...)',
	required: [
		integer('code', 'Code', 'fields.CODE', { required: true, description: 'Numeric unit code (OKEI), e.g. 796 for a piece' }),
		text('measureTitle', 'Title', 'fields.MEASURE_TITLE', { required: true, description: 'Name of the unit, e.g. Piece' }),
	],
	optional: [
		text('symbolIntl', 'International Symbol', 'fields.SYMBOL_INTL', { placeholder: 'e.g. pc.' }),
		text('symbolLetterIntl', 'International Letter Code', 'fields.SYMBOL_LETTER_INTL', { placeholder: 'e.g. PCE' }),
		text('symbolRus', 'Symbol', 'fields.SYMBOL_RUS'),
		yesNo('isDefault', 'Default', 'fields.IS_DEFAULT', { description: 'Whether new products get this unit' }),
	],
	fieldsExample: '{"SYMBOL_RUS": "шт"}',
	filterExample: '{"IS_DEFAULT": "Y"}',
});

export const vatRate = classicCrudResource({
	value: 'vatRate',
	name: 'VAT Rate',
	noun: 'VAT rate',
	plural: 'VAT rates',
	prefix: 'crm.vat',
	description: 'VAT rates products can carry',
	required: [
		name('VAT rate'),
		decimal('rate', 'Rate (%)', 'fields.RATE', { required: true, description: 'The rate in percent, e.g. 20' }),
	],
	optional: [active, sort('fields.C_SORT')],
	fieldsExample: '{"C_SORT": 200}',
	filterExample: '{"ACTIVE": "Y", ">RATE": 0}',
});

const currencyCode = text('currencyCode', 'Currency Code', 'id', {
	required: true,
	placeholder: 'e.g. EUR',
	description: 'ISO 4217 code of the currency',
});
const currencyFields = [
	integer('amountCnt', 'Face Value', 'fields.AMOUNT_CNT', { default: 1, description: 'How many units the rate is for; usually 1 or a power of 10' }),
	decimal('amount', 'Exchange Rate', 'fields.AMOUNT', { description: 'Value of Face Value units in the base currency' }),
];
const currencyJson = json('fieldsJson', 'Fields (JSON)', 'fields', {
	description: 'Further fields in Bitrix24\'s names, e.g. {"SORT": 200, "LANG": {"en": {"FULL_NAME": "Euro", "FORMAT_STRING": "€#", "DECIMALS": 2}}}; merged last',
});

export const currency: CatalogResource = {
	value: 'currency',
	name: 'Currency',
	description: 'Currencies of the CRM and their exchange rates',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a currency',
			description: 'Add a currency with its exchange rate to the base currency',
			method: 'crm.currency.add',
			fields: [
				text('currencyCode', 'Currency Code', 'fields.CURRENCY', { required: true, placeholder: 'e.g. EUR', description: 'ISO 4217 code of the new currency' }),
				...currencyFields.map((field) => ({ ...field, property: { ...field.property, required: true } })),
				currencyJson,
			],
			output: { kind: 'value', key: 'currency' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a currency',
			description: 'Get a currency with its localizations',
			method: 'crm.currency.get',
			fields: [currencyCode],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many currencies',
			description: 'Get every currency of the portal',
			method: 'crm.currency.list',
			fields: [json('order', 'Order (JSON)', 'order', { description: 'Sort order, e.g. {"SORT": "ASC"}' })],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a currency',
			description: 'Change the exchange rate or settings of a currency',
			method: 'crm.currency.update',
			fields: [currencyCode, collection('currencyFields', 'Fields', [...currencyFields, sort('fields.SORT')]), currencyJson],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a currency',
			description: 'Delete a currency (not the base one)',
			method: 'crm.currency.delete',
			fields: [currencyCode],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getFields',
			name: 'Get Fields',
			action: 'Get the fields of currencies',
			description: 'List the fields of currencies with their types and labels',
			method: 'crm.currency.fields',
			fields: [],
			output: { kind: 'entries', keyName: 'name' },
			retrySafe: true,
		},
		{
			value: 'getBase',
			name: 'Get Base',
			action: 'Get the base currency',
			description: 'Get the code of the base currency',
			method: 'crm.currency.base.get',
			fields: [],
			output: { kind: 'value', key: 'currency' },
			retrySafe: true,
		},
		{
			value: 'setBase',
			name: 'Set Base',
			action: 'Set the base currency',
			description: 'Make a currency the base one; other rates must then be updated against it',
			method: 'crm.currency.base.set',
			fields: [currencyCode],
			output: { kind: 'success' },
			retrySafe: true,
		},
	],
};

export const crmProductResources: CatalogResource[] = [crmProduct, crmProductSection, crmProductProperty, measureUnit, vatRate, currency];
