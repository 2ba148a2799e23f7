/** Product rows of CRM records: one store for crm.item.productrow.* and the classic crm.<entity>.productrows.* methods. */
import { RestError } from '../../errors';
import { Dict, isNumeric, isYes, toFloat, toInt, toPhpString } from '../../php';
import type { PortalState } from '../../state';
import type { Table } from '../../state/tableStore';

export const PRODUCT_ROW_TABLE = 'crm.item.productrow';

const SHORT_CODES: Record<string, number> = { L: 1, D: 2, Q: 7, SI: 31 };

const MEASURES: Record<number, string> = { 796: 'pcs', 6: 'm', 112: 'l', 163: 'g', 166: 'kg' };

export const productRowErrors = {
	notSupported: () => new RestError('ENTITY_TYPE_NOT_SUPPORTED', 'Working with this type of objects is not supported'),
	ownerNotFound: () => new RestError('OWNER_NOT_FOUND', 'Owner was not found'),
	notFound: () => new RestError('NOT_FOUND', 'Item not found'),
};

/** `D` -> 2, `T80` -> 128 (SPAs use `T` and their entity type id in hex). */
export function ownerTypeId(state: PortalState, ownerType: string): number | undefined {
	const code = ownerType.toUpperCase();
	if (SHORT_CODES[code]) return SHORT_CODES[code];
	const spa = /^T([0-9A-F]+)$/.exec(code);
	if (!spa) return undefined;
	const entityTypeId = parseInt(spa[1], 16);
	return state.crm.typeByEntityTypeId(entityTypeId) ? entityTypeId : undefined;
}

/** Checks the owner exists and returns its canonical short code. */
export function requireOwner(state: PortalState, ownerType: unknown, ownerId: unknown): { ownerType: string; ownerId: number } {
	const code = toPhpString(ownerType ?? '').toUpperCase();
	const entityTypeId = ownerTypeId(state, code);
	if (entityTypeId === undefined) throw productRowErrors.notSupported();
	const id = toInt(ownerId);
	if (!state.crm.itemsOf(entityTypeId).has(id)) throw productRowErrors.ownerNotFound();
	return { ownerType: code, ownerId: id };
}

export function productRowTable(state: PortalState): Table {
	return state.tables.of(PRODUCT_ROW_TABLE);
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The price breakdown Bitrix24 keeps: `price` is the final unit price, the rest follows from discount and tax. */
function priced(row: Dict): void {
	const price = toFloat(row.price);
	const taxRate = row.taxRate === null || row.taxRate === undefined || row.taxRate === '' ? null : toFloat(row.taxRate);
	const exclusive = taxRate !== null && row.taxIncluded === 'Y' ? price / (1 + taxRate / 100) : price;
	let netto = exclusive;
	if (row.discountTypeId === 1) {
		netto = exclusive + toFloat(row.discountSum);
		row.discountRate = netto > 0 ? round((toFloat(row.discountSum) / netto) * 100) : 0;
	} else {
		const rate = toFloat(row.discountRate);
		netto = rate < 100 ? exclusive / (1 - rate / 100) : exclusive;
		row.discountSum = round(netto - exclusive);
	}
	Object.assign(row, {
		priceAccount: round(price),
		priceExclusive: round(exclusive),
		priceNetto: round(netto),
		priceBrutto: round(netto * (1 + (taxRate ?? 0) / 100)),
		taxRate,
	});
}

const WRITABLE = ['productId', 'productName', 'price', 'quantity', 'discountTypeId', 'discountRate', 'discountSum', 'taxRate', 'taxIncluded', 'measureCode', 'measureName', 'sort', 'xmlId', 'storeId'];

function numberOr(value: unknown, fallback: number | null): number | null {
	return isNumeric(value) ? toFloat(value) : fallback;
}

/** Writes camelCase input over a row and recomputes the prices. */
export function writeProductRow(row: Dict, input: Dict): void {
	for (const name of WRITABLE) {
		if (input[name] === undefined) continue;
		const value = input[name];
		if (name === 'taxIncluded') row[name] = isYes(value) ? 'Y' : 'N';
		else if (name === 'productName' || name === 'measureName' || name === 'xmlId') row[name] = toPhpString(value);
		else if (name === 'taxRate') row[name] = numberOr(value, null);
		else if (name === 'productId' || name === 'discountTypeId' || name === 'measureCode' || name === 'sort' || name === 'storeId') row[name] = toInt(value);
		else row[name] = numberOr(value, 0);
	}
	if (input.measureCode !== undefined && input.measureName === undefined) row.measureName = MEASURES[toInt(row.measureCode)] ?? '';
	priced(row);
}

export function newProductRow(state: PortalState, owner: { ownerType: string; ownerId: number }, input: Dict): Dict {
	const table = productRowTable(state);
	const id = table.ids.next();
	const row: Dict = {
		id,
		ownerId: owner.ownerId,
		ownerType: owner.ownerType,
		productId: 0,
		productName: '',
		price: 0,
		quantity: 1,
		discountTypeId: 2,
		discountRate: 0,
		discountSum: 0,
		taxRate: null,
		taxIncluded: 'N',
		customized: 'Y',
		measureCode: 796,
		measureName: 'pcs',
		sort: 10,
		xmlId: '',
		type: 4,
		storeId: null,
	};
	writeProductRow(row, input);
	table.rows.set(id, row);
	syncOpportunity(state, owner);
	return row;
}

export function rowsOfOwner(state: PortalState, ownerType: string, ownerId: number): Dict[] {
	return [...productRowTable(state).rows.values()]
		.filter((row) => row.ownerType === ownerType && row.ownerId === ownerId)
		.sort((a, b) => toInt(a.sort) - toInt(b.sort) || toInt(a.id) - toInt(b.id));
}

/** Replaces every row of an owner. */
export function replaceRows(state: PortalState, owner: { ownerType: string; ownerId: number }, inputs: Dict[]): Dict[] {
	const table = productRowTable(state);
	for (const row of rowsOfOwner(state, owner.ownerType, owner.ownerId)) table.rows.delete(toInt(row.id));
	const rows = inputs.map((input) => newProductRow(state, owner, input));
	syncOpportunity(state, owner);
	return rows;
}

/** In automatic mode (isManualOpportunity N, the default) a record's amount is the total of its product rows. */
export function syncOpportunity(state: PortalState, owner: { ownerType: string; ownerId: number }): void {
	const entityTypeId = ownerTypeId(state, owner.ownerType);
	const record = entityTypeId === undefined ? undefined : state.crm.itemsOf(entityTypeId).get(owner.ownerId);
	if (!record || record.values.isManualOpportunity === 'Y' || !('opportunity' in record.values)) return;
	const rows = rowsOfOwner(state, owner.ownerType, owner.ownerId);
	record.values.opportunity = round(rows.reduce((sum, row) => sum + toFloat(row.price) * toFloat(row.quantity), 0));
}
