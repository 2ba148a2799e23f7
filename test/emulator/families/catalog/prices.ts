/**
 * catalog.price.add/get/list/update/delete/getFields and catalog.price.modify (all prices of a
 * product at once). A product has at most one price per price type unless quantity ranges are used.
 */
import { RestError } from '../../errors';
import { Dict, isDict, phpValues, toFloat, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { priceTypeExists } from './priceTypes';
import { CatalogFieldDef, catalogErrors, catalogTableMethods } from './table';

const f = (type: CatalogFieldDef['type'], name: string, extra: Partial<CatalogFieldDef> = {}): CatalogFieldDef => ({ type, name, ...extra });

const PRICE_TABLE = 'catalog.price';

const wrongGroup = () => new RestError(0, 'Validate price error. Catalog price group is wrong');
const duplicate = () => new RestError(0, 'Validate price error. Catalog product is allowed has only single price without ranges in price group');

function validate(row: Dict, ctx: CallContext, id?: number): void {
	if (!priceTypeExists(ctx, row.catalogGroupId)) throw wrongGroup();
	const ranged = row.quantityFrom !== null || row.quantityTo !== null;
	const clash = [...ctx.state.tables.of(PRICE_TABLE).rows.entries()].some(
		([key, other]) => key !== id && other.productId === row.productId && other.catalogGroupId === row.catalogGroupId && !ranged,
	);
	if (clash) throw duplicate();
}

const crud = catalogTableMethods({
	prefix: PRICE_TABLE,
	single: 'price',
	plural: 'prices',
	fields: {
		id: f('integer', 'ID', { isReadOnly: true }),
		productId: f('integer', 'Product', { isRequired: true, isImmutable: true }),
		catalogGroupId: f('integer', 'Price type', { isRequired: true }),
		price: f('double', 'Price', { isRequired: true }),
		currency: f('string', 'Currency', { isRequired: true }),
		extraId: f('integer', 'Extra charge'),
		quantityFrom: f('integer', 'Quantity from'),
		quantityTo: f('integer', 'Quantity to'),
		timestampX: f('datetime', 'Modified', { isReadOnly: true }),
	},
	notFound: () => new RestError(0, 'Price does not exist'),
	validate,
	onAdd: (row, ctx) => {
		row.timestampX = ctx.nowIso;
	},
	onUpdate: (row, ctx) => {
		row.timestampX = ctx.nowIso;
	},
});

/** Replaces the prices of a product: entries with an id are updated, others added, the rest removed. */
function modify(ctx: CallContext): MethodResult {
	const fields = ctx.params.fields;
	if (!isDict(fields)) throw catalogErrors.missing('fields');
	const product = isDict(fields.product) ? fields.product : {};
	const productId = toInt(product.id);
	if (!(productId > 0)) throw catalogErrors.requiredFields(['product.id']);
	const table = ctx.state.tables.of(PRICE_TABLE);
	const wanted = phpValues(product.prices).filter(isDict);
	const seen = new Set<number>();
	for (const entry of wanted) {
		const missing = ['price', 'currency'].filter((name) => entry[name] === undefined || toPhpString(entry[name]) === '');
		if (missing.length > 0) throw catalogErrors.requiredFields(missing);
		if (!priceTypeExists(ctx, entry.catalogGroupId)) throw wrongGroup();
		if (seen.has(toInt(entry.catalogGroupId))) throw duplicate();
		seen.add(toInt(entry.catalogGroupId));
	}
	const kept = new Set(wanted.map((entry) => toInt(entry.id)).filter((id) => id > 0));
	for (const [id, row] of [...table.rows.entries()]) if (row.productId === productId && !kept.has(id)) table.rows.delete(id);
	const prices = wanted.map((entry) => {
		const id = toInt(entry.id) > 0 ? toInt(entry.id) : table.ids.next();
		const price = toFloat(entry.price);
		const row: Dict = {
			catalogGroupId: toInt(entry.catalogGroupId),
			currency: toPhpString(entry.currency),
			extraId: null,
			id,
			price,
			priceScale: price,
			productId,
			quantityFrom: entry.quantityFrom === undefined ? null : toInt(entry.quantityFrom),
			quantityTo: entry.quantityTo === undefined ? null : toInt(entry.quantityTo),
			timestampX: ctx.nowIso,
		};
		table.rows.set(id, row);
		return row;
	});
	return { result: { prices } };
}

export const priceMethods: MethodSpec[] = [...crud, { name: 'catalog.price.modify', scopes: ['catalog'], handler: modify }];
