/** What the requisite tables share: classic errors with an empty code, and the stamps every row gets. */
import { RestError } from '../../errors';
import { selectRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { Dict, phpValues, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult } from '../../types';
import type { ClassicFieldDef } from '../classicTable';

export const requisiteErrors = {
	invalid: (name: string) => new RestError('', `${name} is not defined or invalid.`),
	notFound: (what: string) => (id: number) => new RestError('', `The ${what} with ID '${id}' is not found`),
	entityNotFound: () => new RestError('', 'Entity not found.'),
};

/** A positive id in `fields[name]`, or the documented "<NAME> is not defined or invalid." */
export function positiveId(fields: Dict, name: string): number {
	const id = toInt(fields[name]);
	if (!(id > 0) || !/^\d+$/.test(toPhpString(fields[name] ?? '').trim())) throw requisiteErrors.invalid(name);
	return id;
}

export const STAMP_FIELDS: Record<string, ClassicFieldDef> = {
	DATE_CREATE: { type: 'datetime', title: 'Created on', isReadOnly: true },
	DATE_MODIFY: { type: 'datetime', title: 'Modified on', isReadOnly: true },
	CREATED_BY_ID: { type: 'user', title: 'Created by', isReadOnly: true },
	MODIFY_BY_ID: { type: 'user', title: 'Modified by', isReadOnly: true },
};

/** Every field the table knows is printed, unset ones as null, as the docs' examples show. */
export function stampNew(fields: Record<string, ClassicFieldDef>, defaults: Dict) {
	return (row: Dict, ctx: CallContext): void => {
		for (const name of Object.keys(fields)) if (!(name in row)) row[name] = null;
		Object.assign(row, { DATE_CREATE: ctx.nowIso, DATE_MODIFY: '', CREATED_BY_ID: String(ctx.auth.userId), MODIFY_BY_ID: null });
		for (const [name, value] of Object.entries(defaults)) if (row[name] === null) row[name] = value;
	};
}

export function stampUpdate(row: Dict, ctx: CallContext): void {
	Object.assign(row, { DATE_MODIFY: ctx.nowIso, MODIFY_BY_ID: String(ctx.auth.userId) });
}

export function stringFields(names: string[], titleOf: (name: string) => string = (name) => name): Record<string, ClassicFieldDef> {
	return Object.fromEntries(names.map((name) => [name, { type: 'string', title: titleOf(name) }]));
}

/** A classic `.list` over rows without an id of their own: filter, order, select and 50-row pages. */
export function listRows(rows: Dict[], ctx: CallContext, names: string[]): MethodResult {
	const schema = {
		resolve: (name: string) => (names.includes(name.toUpperCase()) ? name.toUpperCase() : undefined),
		get: (row: Dict, field: string) => row[field],
		unknownField: () => undefined,
		badDirection: () => undefined,
	};
	const page = paginate(selectRows(rows, ctx.params.filter, ctx.params.order, schema), readStart(ctx.params));
	const select = phpValues(ctx.params.select).map((name) => toPhpString(name).toUpperCase()).filter((name) => name !== '' && name !== '*');
	const view = (row: Dict) => (select.length === 0 ? row : Object.fromEntries(Object.entries(row).filter(([name]) => select.includes(name))));
	return { result: page.rows.map(view), total: page.total, next: page.next };
}
