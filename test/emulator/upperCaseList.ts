/**
 * The list style of the older modules (bizproc, telephony, ...): rows with UPPER_CASE keys,
 * `FILTER`/`ORDER`/`SELECT` in any case of their names, field names in any case, 50-row pages.
 */
import { ListSchema, selectRows } from './filter';
import { paginate, readStart } from './pagination';
import type { Dict } from './php';
import { isDict, phpValues, toPhpString } from './php';
import type { MethodResult } from './types';

const schema: ListSchema<Dict> = {
	resolve: (name) => name.toUpperCase(),
	get: (row, field) => row[field],
	unknownField: () => undefined,
	badDirection: () => undefined,
};

function param(params: Dict, name: string): unknown {
	return params[name] ?? params[name.toLowerCase()];
}

export interface UpperCaseListOptions {
	/** Fields printed when SELECT is absent; every field when unset. */
	defaultSelect?: string[];
	defaultOrder?: Dict;
}

export function listUpperCase(rows: Dict[], params: Dict, options: UpperCaseListOptions = {}): MethodResult {
	const order = isDict(param(params, 'ORDER')) ? param(params, 'ORDER') : options.defaultOrder;
	const selected = selectRows(rows, param(params, 'FILTER'), order, schema);
	const page = paginate(selected, readStart(params));
	const requested = phpValues(param(params, 'SELECT')).map((name) => toPhpString(name).toUpperCase());
	const fields = requested.length ? requested : options.defaultSelect;
	const printed = fields ? page.rows.map((row) => Object.fromEntries(fields.filter((name) => name in row).map((name) => [name, row[name]]))) : page.rows;
	return { result: printed, total: page.total, next: page.next };
}
