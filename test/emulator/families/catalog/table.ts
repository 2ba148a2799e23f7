/**
 * The trade catalog's method shape (catalog.product, catalog.section, catalog.price,
 * catalog.priceType, ...): camelCase fields with typed values, each answer wrapped in the entity's
 * key (`{product: {...}}`, `{products: [...]}`), fields described by `.getFields`, errors with the
 * catalog's numeric codes. Rows live in `state.tables`.
 */
import { RestError } from '../../errors';
import { selectRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { Dict, isDict, phpValues, toFloat, toInt, toPhpString } from '../../php';
import type { Table } from '../../state/tableStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';

export interface CatalogFieldDef {
	type: 'integer' | 'double' | 'string' | 'char' | 'datetime' | 'object';
	name: string;
	isRequired?: boolean;
	isReadOnly?: boolean;
	isImmutable?: boolean;
}

export type CatalogVerb = 'add' | 'get' | 'list' | 'update' | 'delete' | 'getFields';

export interface CatalogTableSpec {
	prefix: string;
	/** The key of one record in answers (`product`) and of a list (`products`). */
	single: string;
	plural: string;
	/** The key `.update` answers with, when not `single` (catalog.product.update says `element`). */
	updateKey?: string;
	fields: Record<string, CatalogFieldDef>;
	/** Extra keys a record may carry beyond `fields` (product properties `property123`). */
	extraKey?: RegExp;
	/** Filter keys `.list` requires. */
	listRequires?: string[];
	/** Methods the family has (default: all six); `.getFields` may be served elsewhere. */
	verbs?: CatalogVerb[];
	notFound(): RestError;
	/** Values the portal fills in on add and on every change. */
	onAdd?(row: Dict, ctx: CallContext): void;
	onUpdate?(row: Dict, ctx: CallContext): void;
	/** The family's own checks of a record about to be stored; throws its documented error. */
	validate?(row: Dict, ctx: CallContext, id?: number): void;
	/** Rows every portal starts with. */
	seed?: Dict[];
}

export const catalogErrors = {
	missing: (name: string) => new RestError(100, `Could not find value for parameter {${name}}`),
	requiredFields: (names: string[]) => new RestError(0, `Required fields: ${names.join(', ')}`),
	accessDenied: () => new RestError(200040300010, 'Access Denied'),
};

const seeded = new WeakSet<Table>();

/** The table of a family, holding its seed rows from the first use on. */
export function catalogTable(ctx: CallContext, spec: Pick<CatalogTableSpec, 'prefix' | 'seed'>): Table {
	const table = ctx.state.tables.of(spec.prefix);
	if (!seeded.has(table)) {
		seeded.add(table);
		for (const row of spec.seed ?? []) {
			table.rows.set(toInt(row.id), { ...row });
			table.ids.bump(toInt(row.id));
		}
	}
	return table;
}

function typed(def: CatalogFieldDef | undefined, value: unknown): unknown {
	if (value === null || value === undefined || !def) return value ?? null;
	if (def.type === 'integer') return toInt(value);
	if (def.type === 'double') return toFloat(value);
	if (def.type === 'string' || def.type === 'char' || def.type === 'datetime') return toPhpString(value);
	return value;
}

export function catalogFieldsView(fields: Record<string, CatalogFieldDef>): Dict {
	return Object.fromEntries(
		Object.entries(fields).map(([name, def]) => [
			name,
			{ isImmutable: def.isImmutable ?? false, isReadOnly: def.isReadOnly ?? false, isRequired: def.isRequired ?? false, name: def.name, type: def.type },
		]),
	);
}

export function catalogTableMethods(spec: CatalogTableSpec): MethodSpec[] {
	const table = (ctx: CallContext) => catalogTable(ctx, spec);
	const canonical = (key: string) => Object.keys(spec.fields).find((name) => name.toLowerCase() === key.toLowerCase());

	const readId = (ctx: CallContext): number => {
		if (ctx.params.id === undefined || toPhpString(ctx.params.id) === '') throw catalogErrors.missing('id');
		return toInt(ctx.params.id);
	};
	const find = (ctx: CallContext): [number, Dict] => {
		const id = readId(ctx);
		const row = table(ctx).rows.get(id);
		if (!row) throw spec.notFound();
		return [id, row];
	};
	const readFields = (ctx: CallContext): Dict => {
		const fields = ctx.params.fields;
		if (!isDict(fields) || Object.keys(fields).length === 0) throw catalogErrors.missing('fields');
		return fields;
	};
	/** The writable input by canonical names; on update immutable fields are left as they are. */
	const writable = (input: Dict, updating: boolean): Dict => {
		const out: Dict = {};
		for (const [key, value] of Object.entries(input)) {
			const name = canonical(key);
			const def = name ? spec.fields[name] : undefined;
			if (name && def && !def.isReadOnly && !(updating && def.isImmutable)) out[name] = typed(def, value);
			else if (!name && spec.extraKey?.test(key)) out[key] = value;
		}
		return out;
	};
	const schema = {
		resolve: (name: string) => canonical(name) ?? (spec.extraKey?.test(name) ? name : undefined),
		get: (row: Dict, field: string) => row[field],
		unknownField: () => undefined,
		badDirection: () => undefined,
	};
	const selected = (row: Dict, select: unknown): Dict => {
		const names = phpValues(select).map((name) => schema.resolve(toPhpString(name))).filter((name): name is string => !!name);
		if (names.length === 0) return row;
		return Object.fromEntries(names.filter((name) => name in row).map((name) => [name, row[name]]));
	};

	const add = (ctx: CallContext): MethodResult => {
		const input = readFields(ctx);
		const row: Dict = Object.fromEntries(Object.keys(spec.fields).map((name) => [name, null]));
		Object.assign(row, writable(input, false));
		const missing = Object.entries(spec.fields)
			.filter(([name, def]) => def.isRequired && (row[name] === null || row[name] === ''))
			.map(([name]) => name);
		if (missing.length > 0) throw catalogErrors.requiredFields(missing);
		spec.validate?.(row, ctx);
		const id = table(ctx).ids.next();
		row.id = id;
		spec.onAdd?.(row, ctx);
		table(ctx).rows.set(id, row);
		return { result: { [spec.single]: row } };
	};
	const update = (ctx: CallContext): MethodResult => {
		const [id, row] = find(ctx);
		const next = { ...row, ...writable(readFields(ctx), true) };
		spec.validate?.(next, ctx, id);
		Object.assign(row, next);
		spec.onUpdate?.(row, ctx);
		return { result: { [spec.updateKey ?? spec.single]: row } };
	};
	const list = (ctx: CallContext): MethodResult => {
		const filter = isDict(ctx.params.filter) ? ctx.params.filter : {};
		const absent = (spec.listRequires ?? []).filter((name) => !Object.keys(filter).some((key) => key.toLowerCase() === name.toLowerCase()));
		if (absent.length > 0) throw catalogErrors.requiredFields(absent);
		const rows = [...table(ctx).rows.values()].sort((a, b) => toInt(a.id) - toInt(b.id));
		const page = paginate(selectRows(rows, filter, ctx.params.order, schema), readStart(ctx.params));
		const result = { [spec.plural]: page.rows.map((row) => selected(row, ctx.params.select)) };
		return page.next === undefined ? { result, total: page.total } : { result, total: page.total, next: page.next };
	};
	const handlers: Record<CatalogVerb, (ctx: CallContext) => MethodResult> = {
		add,
		get: (ctx) => ({ result: { [spec.single]: find(ctx)[1] } }),
		list,
		update,
		delete: (ctx) => {
			const [id] = find(ctx);
			table(ctx).rows.delete(id);
			return { result: true };
		},
		getFields: () => ({ result: { [spec.single]: catalogFieldsView(spec.fields) } }),
	};
	return (spec.verbs ?? (Object.keys(handlers) as CatalogVerb[])).map((verb) => ({
		name: `${spec.prefix}.${verb}`,
		scopes: ['catalog'],
		handler: handlers[verb],
	}));
}
