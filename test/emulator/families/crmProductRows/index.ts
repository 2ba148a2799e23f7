/** crm.item.productrow.* and the classic crm.deal/lead/quote.productrows.get/set. */
import { ListSchema, selectRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { Dict, isDict, phpValues, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { crmErrors, requireParam } from '../crm/items';
import { legacyErrors } from '../crmLegacy/records';
import {
	newProductRow,
	productRowErrors,
	productRowTable,
	replaceRows,
	requireOwner,
	rowsOfOwner,
	syncOpportunity,
	writeProductRow,
} from './rows';

function fieldsParam(ctx: CallContext): Dict {
	const fields = requireParam(ctx, 'fields');
	if (!isDict(fields)) throw crmErrors.missingParameter('fields');
	return fields;
}

function findRow(ctx: CallContext): Dict {
	const row = productRowTable(ctx.state).rows.get(toInt(requireParam(ctx, 'id')));
	if (!row) throw productRowErrors.notFound();
	return row;
}

function add(ctx: CallContext): MethodResult {
	const fields = fieldsParam(ctx);
	const owner = requireOwner(ctx.state, requireParamIn(fields, 'ownerType'), requireParamIn(fields, 'ownerId'));
	return { result: { productRow: newProductRow(ctx.state, owner, fields) } };
}

function requireParamIn(fields: Dict, name: string): unknown {
	const value = fields[name];
	if (value === undefined || value === null || value === '') throw crmErrors.missingParameter(name);
	return value;
}

function update(ctx: CallContext): MethodResult {
	const row = findRow(ctx);
	writeProductRow(row, fieldsParam(ctx));
	syncOpportunity(ctx.state, { ownerType: toPhpString(row.ownerType), ownerId: toInt(row.ownerId) });
	return { result: { productRow: row } };
}

function remove(ctx: CallContext): MethodResult {
	const row = findRow(ctx);
	productRowTable(ctx.state).rows.delete(toInt(row.id));
	syncOpportunity(ctx.state, { ownerType: toPhpString(row.ownerType), ownerId: toInt(row.ownerId) });
	return { result: null };
}

const schema: ListSchema<Dict> = {
	resolve: (name) => name,
	get: (row, field) => row[field],
	unknownField: () => undefined,
	badDirection: () => undefined,
};

/** The filter must name the owner (`=ownerType` and `=ownerId`). */
function list(ctx: CallContext): MethodResult {
	const filter = requireParam(ctx, 'filter');
	if (!isDict(filter)) throw crmErrors.missingParameter('filter');
	const ownerType = filter['=ownerType'] ?? filter.ownerType;
	const ownerId = filter['=ownerId'] ?? filter.ownerId;
	if (ownerType === undefined || ownerId === undefined) throw crmErrors.missingParameter('filter');
	const candidates = [...productRowTable(ctx.state).rows.values()].sort((a, b) => toInt(a.id) - toInt(b.id));
	const page = paginate(selectRows(candidates, filter, ctx.params.order, schema), readStart(ctx.params));
	return { result: { productRows: page.rows }, total: page.total, next: page.next };
}

function set(ctx: CallContext): MethodResult {
	const owner = requireOwner(ctx.state, requireParam(ctx, 'ownerType'), requireParam(ctx, 'ownerId'));
	const inputs = phpValues(ctx.params.productRows ?? []).filter(isDict);
	return { result: { productRows: replaceRows(ctx.state, owner, inputs) } };
}

function fieldDef(type: string, title: string, flags: { required?: boolean; readOnly?: boolean; immutable?: boolean } = {}): Dict {
	return {
		type,
		isRequired: flags.required ?? false,
		isReadOnly: flags.readOnly ?? false,
		isImmutable: flags.immutable ?? false,
		isMultiple: false,
		isDynamic: false,
		title,
	};
}

const FIELDS: Dict = {
	id: fieldDef('integer', 'ID', { readOnly: true }),
	ownerId: fieldDef('integer', 'Owner ID', { required: true, immutable: true }),
	ownerType: fieldDef('string', 'Owner type', { required: true, immutable: true }),
	productId: fieldDef('integer', 'Product ID'),
	productName: fieldDef('string', 'Product name'),
	price: fieldDef('double', 'Price'),
	priceAccount: fieldDef('double', 'Price in account currency', { readOnly: true }),
	priceExclusive: fieldDef('double', 'Price without tax, with discount', { readOnly: true }),
	priceNetto: fieldDef('double', 'Price without tax and discount', { readOnly: true }),
	priceBrutto: fieldDef('double', 'Price with tax, without discount', { readOnly: true }),
	quantity: fieldDef('double', 'Quantity'),
	discountTypeId: fieldDef('integer', 'Discount type'),
	discountRate: fieldDef('double', 'Discount rate'),
	discountSum: fieldDef('double', 'Discount amount'),
	taxRate: fieldDef('double', 'Tax rate'),
	taxIncluded: fieldDef('char', 'Tax included'),
	customized: fieldDef('char', 'Customized', { readOnly: true }),
	measureCode: fieldDef('integer', 'Unit of measure code'),
	measureName: fieldDef('string', 'Unit of measure'),
	sort: fieldDef('integer', 'Sort'),
	xmlId: fieldDef('string', 'External ID'),
	type: fieldDef('integer', 'Product type', { readOnly: true }),
	storeId: fieldDef('integer', 'Warehouse ID'),
};

const UPPER: Record<string, string> = { priceAccount: 'PRICE_ACCOUNT', xmlId: 'XML_ID' };

/** Classic view: UPPER_CASE keys, ids as strings, `PRICE_ACCOUNT` as a money string. */
function classicRow(row: Dict): Dict {
	const out: Dict = {};
	for (const [name, value] of Object.entries(row)) {
		const key = UPPER[name] ?? name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
		out[key] = value;
	}
	out.ID = String(row.id);
	out.OWNER_ID = String(row.ownerId);
	out.PRICE_ACCOUNT = Number(row.priceAccount).toFixed(2);
	out.ORIGINAL_PRODUCT_NAME = row.productName;
	out.PRODUCT_DESCRIPTION = null;
	return out;
}

/** Classic input (`PRODUCT_NAME`, ...) as the camelCase the store keeps. */
function camelInput(input: Dict): Dict {
	const out: Dict = {};
	for (const [key, value] of Object.entries(input)) {
		out[key.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
	}
	return out;
}

const LEGACY_OWNERS: Record<string, string> = { deal: 'D', lead: 'L', quote: 'Q' };

function legacyOwner(ctx: CallContext): { ownerType: string; ownerId: number } {
	const raw = ctx.params.id ?? ctx.params.ID;
	const id = toInt(raw);
	if (!(id > 0) || !/^\d+$/.test(toPhpString(raw ?? '').trim())) throw legacyErrors.badId();
	const ownerType = LEGACY_OWNERS[ctx.method.split('.')[1]];
	try {
		return requireOwner(ctx.state, ownerType, id);
	} catch {
		throw legacyErrors.notFound();
	}
}

function legacyGet(ctx: CallContext): MethodResult {
	const owner = legacyOwner(ctx);
	return { result: rowsOfOwner(ctx.state, owner.ownerType, owner.ownerId).map(classicRow) };
}

function legacySet(ctx: CallContext): MethodResult {
	const owner = legacyOwner(ctx);
	replaceRows(ctx.state, owner, phpValues(ctx.params.rows ?? ctx.params.ROWS ?? []).filter(isDict).map(camelInput));
	return { result: true };
}

export const crmProductRowMethods: MethodSpec[] = [
	{ name: 'crm.item.productrow.add', scopes: ['crm'], handler: add },
	{ name: 'crm.item.productrow.get', scopes: ['crm'], handler: (ctx) => ({ result: { productRow: findRow(ctx) } }) },
	{ name: 'crm.item.productrow.list', scopes: ['crm'], handler: list },
	{ name: 'crm.item.productrow.update', scopes: ['crm'], handler: update },
	{ name: 'crm.item.productrow.delete', scopes: ['crm'], handler: remove },
	{ name: 'crm.item.productrow.set', scopes: ['crm'], handler: set },
	{ name: 'crm.item.productrow.fields', scopes: ['crm'], handler: () => ({ result: { fields: FIELDS } }) },
	...Object.keys(LEGACY_OWNERS).flatMap((entity) => [
		{ name: `crm.${entity}.productrows.get`, scopes: ['crm'], handler: legacyGet },
		{ name: `crm.${entity}.productrows.set`, scopes: ['crm'], handler: legacySet },
	]),
];
