/**
 * The trade catalog: catalog.catalog.list/get (the portal's catalogs), catalog.product.*,
 * catalog.section.*, catalog.priceType.*, catalog.price.* (with `.modify`) and catalog.store.*.
 */
import { RestError } from '../../errors';
import { Dict, toInt } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { CRM_CATALOG_ID } from '../crmProducts';
import { CatalogFieldDef, catalogErrors, catalogFieldsView, catalogTable, catalogTableMethods } from './table';
import { priceMethods } from './prices';
import { priceTypeMethods } from './priceTypes';
import { storeMethods } from './stores';

const f = (type: CatalogFieldDef['type'], name: string, extra: Partial<CatalogFieldDef> = {}): CatalogFieldDef => ({ type, name, ...extra });
const readOnly = { isReadOnly: true };

/** The CRM product catalog and its catalog of offers (variations). */
export const CATALOG_SEED: Dict[] = [
	{ id: CRM_CATALOG_ID, iblockId: CRM_CATALOG_ID, iblockTypeId: 0, lid: 's1', name: 'CRM product catalog', productIblockId: null, skuPropertyId: null, subscription: 'N', vatId: null },
	{ id: CRM_CATALOG_ID + 1, iblockId: CRM_CATALOG_ID + 1, iblockTypeId: 0, lid: 's1', name: 'CRM product catalog (offers)', productIblockId: CRM_CATALOG_ID, skuPropertyId: 97, subscription: 'N', vatId: 1 },
];

const catalogsSpec = {
	prefix: 'catalog.catalog',
	single: 'catalog',
	plural: 'catalogs',
	fields: {
		id: f('integer', 'ID', readOnly),
		iblockId: f('integer', 'Information block', readOnly),
		iblockTypeId: f('integer', 'Information block type', readOnly),
		lid: f('string', 'Site', readOnly),
		name: f('string', 'Name', readOnly),
		productIblockId: f('integer', 'Product information block', readOnly),
		skuPropertyId: f('integer', 'SKU property', readOnly),
		subscription: f('char', 'Subscription', readOnly),
		vatId: f('integer', 'VAT rate', readOnly),
	},
	verbs: ['get', 'list', 'getFields'] as const,
	notFound: () => new RestError(0, 'Trade catalog with the specified identifier does not exist'),
	seed: CATALOG_SEED,
};

function knownCatalog(ctx: CallContext, iblockId: unknown): boolean {
	return catalogTable(ctx, catalogsSpec).rows.has(toInt(iblockId));
}

const PRODUCT_FIELDS: Record<string, CatalogFieldDef> = {
	id: f('integer', 'ID', readOnly),
	iblockId: f('integer', 'Information block', { isRequired: true, isImmutable: true }),
	name: f('string', 'Name', { isRequired: true }),
	active: f('char', 'Activity'),
	available: f('char', 'Availability for Purchase', readOnly),
	bundle: f('char', 'Set Availability', readOnly),
	canBuyZero: f('char', 'Allow Purchase When Out of Stock'),
	code: f('string', 'Symbolic code'),
	xmlId: f('string', 'External code'),
	iblockSectionId: f('integer', 'Section'),
	sort: f('integer', 'Sort'),
	previewText: f('string', 'Preview text'),
	previewTextType: f('string', 'Preview text type'),
	detailText: f('string', 'Detailed description'),
	detailTextType: f('string', 'Detailed description type'),
	measure: f('integer', 'Unit of measure'),
	vatId: f('integer', 'VAT rate'),
	vatIncluded: f('char', 'VAT included'),
	purchasingPrice: f('double', 'Purchasing price'),
	purchasingCurrency: f('string', 'Purchasing currency'),
	quantity: f('double', 'Quantity'),
	quantityTrace: f('char', 'Quantity tracing'),
	weight: f('double', 'Weight'),
	width: f('double', 'Width'),
	length: f('double', 'Length'),
	height: f('double', 'Height'),
	type: f('integer', 'Product type', readOnly),
	createdBy: f('integer', 'Created by'),
	modifiedBy: f('integer', 'Modified by'),
	dateCreate: f('datetime', 'Created'),
	timestampX: f('datetime', 'Modified', readOnly),
};

const productMethods = catalogTableMethods({
	prefix: 'catalog.product',
	single: 'product',
	plural: 'products',
	updateKey: 'element',
	fields: PRODUCT_FIELDS,
	extraKey: /^property\d+$/,
	listRequires: ['iblockId'],
	verbs: ['add', 'get', 'list', 'update', 'delete'],
	notFound: () => new RestError(0, 'The product with the specified identifier does not exist'),
	validate: (row, ctx) => {
		if (!knownCatalog(ctx, row.iblockId)) throw new RestError(200040300000, 'Information block with the specified identifier does not exist');
	},
	onAdd: (row, ctx) => {
		const user = ctx.auth.userId;
		Object.assign(row, {
			active: row.active ?? 'Y',
			available: 'Y',
			bundle: 'N',
			canBuyZero: row.canBuyZero ?? 'N',
			previewTextType: row.previewTextType ?? 'text',
			detailTextType: row.detailTextType ?? 'text',
			sort: row.sort ?? 500,
			vatIncluded: row.vatIncluded ?? 'N',
			type: 1,
			createdBy: row.createdBy ?? user,
			modifiedBy: row.modifiedBy ?? user,
			dateCreate: row.dateCreate ?? ctx.nowIso,
			timestampX: ctx.nowIso,
		});
	},
	onUpdate: (row, ctx) => {
		row.modifiedBy = ctx.auth.userId;
		row.timestampX = ctx.nowIso;
	},
});

/** catalog.product.getFieldsByFilter: the fields of products of one catalog (its properties included). */
const productFields: MethodSpec = {
	name: 'catalog.product.getFieldsByFilter',
	scopes: ['catalog'],
	handler: (ctx): MethodResult => {
		const filter = ctx.params.filter;
		if (filter === undefined || filter === '' || (typeof filter === 'object' && Object.keys(filter as Dict).length === 0)) throw catalogErrors.missing('filter');
		const iblockId = (filter as Dict).iblockId;
		if (iblockId === undefined) throw new RestError(0, 'Information block identifier not specified');
		if (!knownCatalog(ctx, iblockId)) throw new RestError(200040300000, 'Information block with the specified identifier does not exist');
		return { result: { product: catalogFieldsView(PRODUCT_FIELDS) } };
	},
};

const sectionMethods = catalogTableMethods({
	prefix: 'catalog.section',
	single: 'section',
	plural: 'sections',
	fields: {
		id: f('integer', 'ID', readOnly),
		iblockId: f('integer', 'Information block', { isRequired: true }),
		iblockSectionId: f('integer', 'Parent section'),
		name: f('string', 'Name', { isRequired: true }),
		xmlId: f('string', 'External code'),
		code: f('string', 'Symbolic code'),
		sort: f('integer', 'Sort'),
		active: f('char', 'Activity'),
		description: f('string', 'Description'),
		descriptionType: f('string', 'Description type'),
	},
	notFound: () => new RestError(200700300030, 'Catalog section with this identifier does not exist'),
	validate: (row, ctx, id) => {
		if (!knownCatalog(ctx, row.iblockId)) throw new RestError(200700300050, 'Information block with the specified iblockId does not exist');
		const rows = ctx.state.tables.of('catalog.section').rows;
		const clash = row.code && [...rows.entries()].some(([key, other]) => key !== id && other.iblockId === row.iblockId && other.code === row.code);
		if (clash) throw new RestError(200700300040, 'A section with this code already exists');
	},
	onAdd: (row) => {
		row.active ??= 'Y';
		row.sort ??= 500;
		row.descriptionType ??= 'text';
	},
});

export const catalogMethods: MethodSpec[] = [
	...catalogTableMethods({ ...catalogsSpec, verbs: [...catalogsSpec.verbs] }),
	...productMethods,
	productFields,
	...sectionMethods,
	...priceTypeMethods,
	...priceMethods,
	...storeMethods,
];
