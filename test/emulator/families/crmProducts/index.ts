/**
 * The classic product directory: crm.product.*, crm.productsection.*, crm.product.property.*,
 * crm.measure.*, crm.vat.* (tables of `classicTableMethods`) and crm.currency.* (keyed by code).
 */
import { RestError } from '../../errors';
import type { Dict } from '../../php';
import type { CallContext, MethodSpec } from '../../types';
import { ClassicFieldDef, classicTableMethods } from '../classicTable';
import { currencyMethods } from './currencies';

/** The product catalog of the CRM (crm.catalog.list shows it with this id). */
export const CRM_CATALOG_ID = 25;

const field = (type: string, title: string, extra: Partial<ClassicFieldDef> = {}): ClassicFieldDef => ({ type, title, ...extra });
const readOnly = { isReadOnly: true };

function stamp(name: string) {
	return (row: Dict, ctx: CallContext) => {
		row[name] = ctx.nowIso;
	};
}

const productMethods = classicTableMethods({
	prefix: 'crm.product',
	scope: 'crm',
	fields: {
		ID: field('integer', 'ID', readOnly),
		CATALOG_ID: field('integer', 'Catalog', { isImmutable: true }),
		PRICE: field('double', 'Price'),
		CURRENCY_ID: field('string', 'Currency'),
		NAME: field('string', 'Name', { isRequired: true }),
		CODE: field('string', 'Symbolic code'),
		DESCRIPTION: field('string', 'Description'),
		DESCRIPTION_TYPE: field('string', 'Description type'),
		ACTIVE: field('char', 'Active'),
		SECTION_ID: field('integer', 'Section'),
		SORT: field('integer', 'Sort'),
		VAT_ID: field('integer', 'VAT rate'),
		VAT_INCLUDED: field('char', 'VAT included'),
		MEASURE: field('integer', 'Unit of measure'),
		XML_ID: field('string', 'External code'),
		PREVIEW_PICTURE: field('product_file', 'Preview picture'),
		DETAIL_PICTURE: field('product_file', 'Detailed picture'),
		DATE_CREATE: field('datetime', 'Created', readOnly),
		TIMESTAMP_X: field('datetime', 'Modified', readOnly),
		CREATED_BY: field('integer', 'Created by', readOnly),
		MODIFIED_BY: field('integer', 'Modified by', readOnly),
	},
	onAdd: (row, ctx) => {
		row.CATALOG_ID ??= String(CRM_CATALOG_ID);
		row.ACTIVE ??= 'Y';
		row.SORT ??= '500';
		row.DATE_CREATE = ctx.nowIso;
		row.TIMESTAMP_X = ctx.nowIso;
		row.CREATED_BY = String(ctx.auth.userId);
		row.MODIFIED_BY = String(ctx.auth.userId);
	},
	onUpdate: (row, ctx) => {
		row.TIMESTAMP_X = ctx.nowIso;
		row.MODIFIED_BY = String(ctx.auth.userId);
	},
});

const sectionMethods = classicTableMethods({
	prefix: 'crm.productsection',
	scope: 'crm',
	fields: {
		ID: field('integer', 'ID', readOnly),
		CATALOG_ID: field('integer', 'Catalog', { isImmutable: true }),
		SECTION_ID: field('integer', 'Parent section'),
		NAME: field('string', 'Name', { isRequired: true }),
		XML_ID: field('string', 'External code'),
		CODE: field('string', 'Symbolic code'),
	},
	onAdd: (row) => {
		row.CATALOG_ID ??= String(CRM_CATALOG_ID);
		row.SECTION_ID ??= null;
	},
});

/** Property types as crm.product.property.types lists them. */
export const PROPERTY_TYPES = [
	{ PROPERTY_TYPE: 'S', USER_TYPE: '', DESCRIPTION: 'String' },
	{ PROPERTY_TYPE: 'N', USER_TYPE: '', DESCRIPTION: 'Number' },
	{ PROPERTY_TYPE: 'L', USER_TYPE: '', DESCRIPTION: 'List' },
	{ PROPERTY_TYPE: 'F', USER_TYPE: '', DESCRIPTION: 'File' },
	{ PROPERTY_TYPE: 'E', USER_TYPE: '', DESCRIPTION: 'Link to elements' },
	{ PROPERTY_TYPE: 'S', USER_TYPE: 'HTML', DESCRIPTION: 'HTML/text' },
	{ PROPERTY_TYPE: 'S', USER_TYPE: 'Date', DESCRIPTION: 'Date' },
	{ PROPERTY_TYPE: 'S', USER_TYPE: 'DateTime', DESCRIPTION: 'Date/Time' },
	{ PROPERTY_TYPE: 'S', USER_TYPE: 'employee', DESCRIPTION: 'Link to user' },
	{ PROPERTY_TYPE: 'E', USER_TYPE: 'ECrm', DESCRIPTION: 'Link to CRM element' },
];

const propertyMethods = classicTableMethods({
	prefix: 'crm.product.property',
	scope: 'crm',
	fields: {
		ID: field('integer', 'ID', readOnly),
		IBLOCK_ID: field('integer', 'Catalog', { isImmutable: true }),
		NAME: field('string', 'Name', { isRequired: true }),
		ACTIVE: field('char', 'Active'),
		SORT: field('integer', 'Sort'),
		DEFAULT_VALUE: field('object', 'Default value'),
		XML_ID: field('string', 'External code'),
		PROPERTY_TYPE: field('char', 'Property type', { isRequired: true }),
		USER_TYPE: field('string', 'User type'),
		USER_TYPE_SETTINGS: field('object', 'User type settings'),
		MULTIPLE: field('char', 'Multiple'),
		IS_REQUIRED: field('char', 'Required'),
		CODE: field('string', 'Symbolic code'),
		VALUES: field('product_property_enum_element', 'Values', { isMultiple: true }),
	},
	onAdd: (row) => {
		row.IBLOCK_ID ??= String(CRM_CATALOG_ID);
		row.ACTIVE ??= 'Y';
		row.SORT ??= '500';
		row.MULTIPLE ??= 'N';
		row.IS_REQUIRED ??= 'N';
	},
});

const measureMethods = classicTableMethods({
	prefix: 'crm.measure',
	scope: 'crm',
	fields: {
		ID: field('integer', 'ID', readOnly),
		CODE: field('integer', 'Unit code', { isRequired: true }),
		MEASURE_TITLE: field('string', 'Unit name', { isRequired: true }),
		SYMBOL_RUS: field('string', 'Symbol'),
		SYMBOL_INTL: field('string', 'International symbol'),
		SYMBOL_LETTER_INTL: field('string', 'International letter code'),
		IS_DEFAULT: field('char', 'Default'),
	},
	onAdd: (row) => {
		row.IS_DEFAULT ??= 'N';
	},
});

const vatMethods = classicTableMethods({
	prefix: 'crm.vat',
	scope: 'crm',
	fields: {
		ID: field('integer', 'ID', readOnly),
		TIMESTAMP_X: field('datetime', 'Modified', readOnly),
		ACTIVE: field('char', 'Active'),
		C_SORT: field('integer', 'Sort'),
		NAME: field('string', 'Name', { isRequired: true }),
		RATE: field('double', 'Rate, %', { isRequired: true }),
	},
	onAdd: (row, ctx) => {
		row.ACTIVE ??= 'Y';
		row.C_SORT ??= '100';
		stamp('TIMESTAMP_X')(row, ctx);
	},
	onUpdate: stamp('TIMESTAMP_X'),
	notFound: () => new RestError('VAT rate not found.', 'VAT rate not found.'),
});

/** crm.product.property.types: the same list every portal has. */
const propertyTypes: MethodSpec = {
	name: 'crm.product.property.types',
	scopes: ['crm'],
	handler: () => ({ result: PROPERTY_TYPES }),
};

export const crmProductMethods: MethodSpec[] = [
	...productMethods,
	...sectionMethods,
	...propertyMethods,
	propertyTypes,
	...measureMethods,
	...vatMethods,
	...currencyMethods,
];
