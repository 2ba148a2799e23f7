/**
 * crm.currency.*: currencies keyed by their ISO code. The portal starts with USD (base), EUR and
 * GBP. `.get` adds the localizations under `LANG`; `.list` answers every currency with `total: 0`,
 * as the docs' example does.
 */
import { RestError } from '../../errors';
import { parseOrder, sortRows } from '../../filter';
import { Dict, isDict, isYes, toFloat, toInt, toPhpString } from '../../php';
import type { Table } from '../../state/tableStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { legacyErrors } from '../crmLegacy/records';

const LANGUAGE = 'en';

const SEED: Array<[string, number, number, string, string]> = [
	['USD', 1, 100, 'US Dollar', '$#'],
	['EUR', 0.92, 200, 'Euro', '&euro;#'],
	['GBP', 0.79, 300, 'Pound Sterling', '&pound;#'],
];

const FIELDS: Record<string, [string, string, boolean]> = {
	CURRENCY: ['string', 'Currency', false],
	AMOUNT_CNT: ['int', 'Face value', false],
	AMOUNT: ['double', 'Exchange rate', false],
	BASE: ['char', 'Base currency', true],
	SORT: ['int', 'Sorting', false],
	DATE_UPDATE: ['datetime', 'Date modified', true],
	LID: ['string', 'Website', true],
	FORMAT_STRING: ['string', 'Currency output format string', true],
	FULL_NAME: ['string', 'Name', true],
	DEC_POINT: ['string', 'Decimal point for output', true],
	THOUSANDS_SEP: ['string', 'Custom thousands separator for output', true],
	DECIMALS: ['int', 'Number of decimal places', true],
	LANG: ['currency_localization', 'Language binding', false],
};

const errors = {
	notFound: () => new RestError('', 'Not found'),
	missing: (name: string) => new RestError('ERROR_CORE', `Undefined array key "${name}"`),
	badCode: () => new RestError('', 'Currency identifier must consist of 3 characters'),
	deleteBase: () => new RestError('', 'Cannot delete base currency.'),
};

const seeded = new WeakSet<Table>();

function localization(fullName: string, format: string): Dict {
	return { FORMAT_STRING: format, FULL_NAME: fullName, DEC_POINT: '.', THOUSANDS_SEP: ',', DECIMALS: '2', THOUSANDS_VARIANT: 'C', HIDE_ZERO: 'Y' };
}

function currencies(ctx: CallContext): Table {
	const table = ctx.state.tables.of('crm.currency');
	if (!seeded.has(table)) {
		seeded.add(table);
		for (const [code, amount, sort, name, format] of SEED) {
			table.rows.set(table.ids.next(), {
				CURRENCY: code,
				AMOUNT_CNT: '1',
				AMOUNT: amount.toFixed(4),
				SORT: String(sort),
				BASE: code === 'USD' ? 'Y' : 'N',
				DATE_UPDATE: ctx.nowIso,
				LANG: { [LANGUAGE]: localization(name, format) },
			});
		}
	}
	return table;
}

/** The currency as `.list` prints it: its own fields plus the localization of the portal's language. */
function view(row: Dict): Dict {
	const { LANG, ...own } = row;
	const local = (isDict(LANG) && isDict(LANG[LANGUAGE]) ? LANG[LANGUAGE] : {}) as Dict;
	return {
		...own,
		FULL_NAME: local.FULL_NAME ?? own.CURRENCY,
		LID: LANGUAGE,
		FORMAT_STRING: local.FORMAT_STRING ?? '#',
		DEC_POINT: local.DEC_POINT ?? '.',
		THOUSANDS_SEP: local.THOUSANDS_SEP ?? null,
		DECIMALS: local.DECIMALS ?? '2',
	};
}

function entryOf(ctx: CallContext, code: string): [number, Dict] | undefined {
	return [...currencies(ctx).rows.entries()].find(([, row]) => row.CURRENCY === code.toUpperCase());
}

function find(ctx: CallContext): [number, Dict] {
	const entry = entryOf(ctx, toPhpString(ctx.params.id ?? ctx.params.ID));
	if (!entry) throw errors.notFound();
	return entry;
}

function readFields(ctx: CallContext): Dict {
	const fields = ctx.params.fields ?? ctx.params.FIELDS;
	if (!isDict(fields)) throw legacyErrors.fieldsNotArray();
	return fields;
}

function applyFields(row: Dict, fields: Dict, ctx: CallContext): void {
	if (fields.AMOUNT_CNT !== undefined) row.AMOUNT_CNT = String(toInt(fields.AMOUNT_CNT));
	if (fields.AMOUNT !== undefined) row.AMOUNT = toFloat(fields.AMOUNT).toFixed(4);
	if (fields.SORT !== undefined) row.SORT = String(toInt(fields.SORT));
	if (isDict(fields.LANG)) row.LANG = { ...(row.LANG as Dict), ...fields.LANG };
	row.DATE_UPDATE = ctx.nowIso;
}

function makeBase(ctx: CallContext, code: string): void {
	for (const row of currencies(ctx).rows.values()) row.BASE = row.CURRENCY === code ? 'Y' : 'N';
}

function add(ctx: CallContext): MethodResult {
	const fields = readFields(ctx);
	for (const name of ['CURRENCY', 'AMOUNT_CNT', 'AMOUNT']) if (fields[name] === undefined) throw errors.missing(name);
	const code = toPhpString(fields.CURRENCY).toUpperCase();
	if (code.length !== 3) throw errors.badCode();
	if (entryOf(ctx, code)) throw new RestError('ERROR_CORE', `Currency ${code} already exists`);
	const table = currencies(ctx);
	const row: Dict = { CURRENCY: code, AMOUNT_CNT: '1', AMOUNT: '1.0000', SORT: '100', BASE: 'N' };
	applyFields(row, fields, ctx);
	row.LANG ??= { [LANGUAGE]: localization(code, `# ${code}`) };
	table.rows.set(table.ids.next(), row);
	if (isYes(fields.BASE)) makeBase(ctx, code);
	return { result: code };
}

function update(ctx: CallContext): MethodResult {
	const [, row] = find(ctx);
	const fields = readFields(ctx);
	applyFields(row, fields, ctx);
	if (isYes(fields.BASE)) makeBase(ctx, row.CURRENCY as string);
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const [key, row] = find(ctx);
	if (row.BASE === 'Y') throw errors.deleteBase();
	currencies(ctx).rows.delete(key);
	return { result: true };
}

const schema = {
	resolve: (name: string) => (name.toUpperCase() in FIELDS ? name.toUpperCase() : undefined),
	get: (row: Dict, name: string) => row[name],
	unknownField: () => undefined,
	badDirection: () => undefined,
};

function list(ctx: CallContext): MethodResult {
	const rows = [...currencies(ctx).rows.values()].map(view);
	const order = isDict(ctx.params.order) ? ctx.params.order : { SORT: 'ASC' };
	return { result: sortRows(rows, parseOrder(order, schema), schema), total: 0 };
}

function fields(): MethodResult {
	const described = Object.entries(FIELDS).map(([name, [type, title, isReadOnly]]) => [
		name,
		{ type, isRequired: false, isReadOnly, isImmutable: false, isMultiple: false, isDynamic: false, title },
	]);
	return { result: Object.fromEntries(described) };
}

function baseGet(ctx: CallContext): MethodResult {
	const base = [...currencies(ctx).rows.values()].find((row) => row.BASE === 'Y');
	return { result: base?.CURRENCY ?? '' };
}

function baseSet(ctx: CallContext): MethodResult {
	const [, row] = find(ctx);
	makeBase(ctx, row.CURRENCY as string);
	return { result: true };
}

const handlers: Record<string, (ctx: CallContext) => MethodResult> = {
	add,
	get: (ctx) => {
		const [, row] = find(ctx);
		return { result: { ...view(row), LANG: row.LANG } };
	},
	list,
	update,
	delete: remove,
	fields,
	'base.get': baseGet,
	'base.set': baseSet,
};

export const currencyMethods: MethodSpec[] = Object.entries(handlers).map(([verb, handler]) => ({
	name: `crm.currency.${verb}`,
	scopes: ['crm'],
	handler,
}));
