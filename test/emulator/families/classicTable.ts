/**
 * The classic method shape many families share: `<prefix>.add` (`fields` -> new id), `.get` and
 * `.delete` (`id`), `.update` (`id`, `fields` -> true), `.list` (`filter`, `order`, `select`,
 * `start`, 50 rows per page) and `.fields`. Rows print the classic way: UPPER_CASE keys, numbers as
 * strings. A family describes its fields and its own checks; the storage is `state.tables`.
 */
import type { RestError } from '../errors';
import { selectRows } from '../filter';
import { narrowByIdBounds } from '../idRange';
import { paginate, readStart } from '../pagination';
import { Dict, isDict, phpValues, toInt, toPhpString } from '../php';
import type { CallContext, MethodResult, MethodSpec } from '../types';
import { legacyErrors, readFields, readId } from './crmLegacy/records';

export interface ClassicFieldDef {
	type: string;
	title: string;
	isRequired?: boolean;
	isReadOnly?: boolean;
	isImmutable?: boolean;
	isMultiple?: boolean;
	/** For `crm_status` fields: the status type their values come from. */
	statusType?: string;
	/** For enumerations: the allowed values, printed by `.fields`. */
	items?: Dict;
}

export interface ClassicTableSpec {
	/** Method prefix, e.g. `crm.requisite`; also the table's name. */
	prefix: string;
	scope: string;
	/** Every field by its UPPER_CASE name, `ID` included. */
	fields: Record<string, ClassicFieldDef>;
	/** Values the portal fills in on add (dates, authors, defaults). */
	onAdd?(row: Dict, ctx: CallContext): void;
	/** Values the portal refreshes on update (modification date, editor). */
	onUpdate?(row: Dict, ctx: CallContext): void;
	/** The family's documented checks on a write; throws its documented error. `existing` is set on update. */
	validate?(fields: Dict, ctx: CallContext, existing?: Dict): void;
	/** The error for an unknown id (default: the classic `Not found`). */
	notFound?(id: number): RestError;
	/** The family's documented refusals to delete a row; throws its documented error. */
	beforeDelete?(row: Dict, ctx: CallContext): void;
}

/** Classic printing: numbers as strings, booleans as Y/N, nested values as given. */
function classicValue(value: unknown): unknown {
	if (typeof value === 'number') return String(value);
	if (typeof value === 'boolean') return value ? 'Y' : 'N';
	if (Array.isArray(value)) return value.map(classicValue);
	return value;
}

/**
 * The writable fields of the input, by their canonical names; unknown and read-only keys are
 * ignored, and so are immutable ones on update.
 */
function writable(spec: ClassicTableSpec, input: Dict, updating = false): Dict {
	const out: Dict = {};
	for (const [key, value] of Object.entries(input)) {
		const name = key.toUpperCase();
		const def = spec.fields[name];
		if (def && !def.isReadOnly && !(updating && def.isImmutable) && name !== 'ID') out[name] = classicValue(value);
	}
	return out;
}

function selected(row: Dict, select: unknown): Dict {
	const names = phpValues(select).map((name) => toPhpString(name).toUpperCase()).filter((name) => name !== '');
	if (names.length === 0 || names.includes('*')) return row;
	return Object.fromEntries(Object.entries(row).filter(([name]) => names.includes(name)));
}

function fieldView(def: ClassicFieldDef): Dict {
	return {
		type: def.type,
		isRequired: def.isRequired ?? false,
		isReadOnly: def.isReadOnly ?? false,
		isImmutable: def.isImmutable ?? false,
		isMultiple: def.isMultiple ?? false,
		isDynamic: false,
		title: def.title,
		...(def.statusType ? { statusType: def.statusType } : {}),
		...(def.items ? { items: def.items } : {}),
	};
}

export function classicTableMethods(spec: ClassicTableSpec): MethodSpec[] {
	const table = (ctx: CallContext) => ctx.state.tables.of(spec.prefix);
	const notFound = spec.notFound ?? legacyErrors.notFound;
	const find = (ctx: CallContext): Dict => {
		const id = readId(ctx);
		const row = table(ctx).rows.get(id);
		if (!row) throw notFound(id);
		return row;
	};
	const schema = {
		resolve: (name: string) => (name.toUpperCase() in spec.fields ? name.toUpperCase() : undefined),
		get: (row: Dict, field: string) => row[field],
		unknownField: () => undefined,
		badDirection: () => undefined,
	};

	const add = (ctx: CallContext): MethodResult => {
		const fields = readFields(ctx);
		spec.validate?.(fields, ctx);
		const id = table(ctx).ids.next();
		const row: Dict = { ID: String(id), ...writable(spec, fields) };
		spec.onAdd?.(row, ctx);
		table(ctx).rows.set(id, row);
		return { result: id };
	};
	const get = (ctx: CallContext): MethodResult => ({ result: find(ctx) });
	const list = (ctx: CallContext): MethodResult => {
		for (const name of ['filter', 'order']) {
			const value = ctx.params[name];
			if (value !== undefined && value !== '' && !isDict(value) && !Array.isArray(value)) throw legacyErrors.notArray(name);
		}
		const rows = [...table(ctx).rows.values()].sort((a, b) => toInt(a.ID) - toInt(b.ID));
		const candidates = narrowByIdBounds(rows, ctx.params.filter, (row) => toInt(row.ID), 'ID');
		const page = paginate(selectRows(candidates, ctx.params.filter, ctx.params.order, schema), readStart(ctx.params));
		return { result: page.rows.map((row) => selected(row, ctx.params.select)), total: page.total, next: page.next };
	};
	const update = (ctx: CallContext): MethodResult => {
		const row = find(ctx);
		const fields = readFields(ctx);
		spec.validate?.(fields, ctx, row);
		Object.assign(row, writable(spec, fields, true));
		spec.onUpdate?.(row, ctx);
		return { result: true };
	};
	const remove = (ctx: CallContext): MethodResult => {
		const row = find(ctx);
		spec.beforeDelete?.(row, ctx);
		table(ctx).rows.delete(toInt(row.ID));
		return { result: true };
	};
	const fields = (): MethodResult => ({
		result: Object.fromEntries(Object.entries(spec.fields).map(([name, def]) => [name, fieldView(def)])),
	});

	const handlers = { add, get, list, update, delete: remove, fields };
	return Object.entries(handlers).map(([verb, handler]) => ({
		name: `${spec.prefix}.${verb}`,
		scopes: [spec.scope],
		handler,
	}));
}
