/** Errors, parameter reading and list navigation the documentgenerator.* pages share. */
import { RestError } from '../../errors';
import type { ListSchema } from '../../filter';
import { selectRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import type { Dict } from '../../php';
import { isDict, phpEmpty, phpValues, toInt, toPhpString } from '../../php';
import type { CallContext } from '../../types';

/** The module answers with numeric codes as strings: "100" for a missing argument, "0" for the rest. */
export const docgenErrors = {
	argument: (description: string) => new RestError('100', description),
	failure: (description: string) => new RestError('0', description),
	accessDenied: () => new RestError('DOCGEN_ACCESS_ERROR', 'Access denied'),
};

/** `id`: a missing one is reported the way the controller reports an unbuilt argument. */
export function requiredId(ctx: CallContext, missing: string): number {
	if (phpEmpty(ctx.params.id)) throw docgenErrors.argument(missing);
	return toInt(ctx.params.id);
}

export function fieldsParam(ctx: CallContext): Dict {
	const fields = ctx.params.fields;
	if (fields === undefined) throw docgenErrors.argument('Could not find value for parameter {fields}');
	if (!isDict(fields)) throw docgenErrors.argument('Invalid value to match with parameter {fields}. Should be value of type array');
	return fields;
}

/** "Empty required fields: name, template" for those of `names` that are blank. */
export function requireFields(fields: Dict, names: string[]): void {
	const missing = names.filter((name) => phpEmpty(fields[name]));
	if (missing.length) throw docgenErrors.failure(`Empty required fields: ${missing.join(', ')}`);
}

export const docgenDate = (ctx: CallContext, ms: number) => ctx.formatDate(ms);

/** `select` / `filter` / `order` / `start` over rows with camelCase keys, field names in any case. */
export function listPage(rows: Dict[], params: Dict, fields: string[]) {
	const byLower = new Map(fields.map((name) => [name.toLowerCase(), name]));
	const schema: ListSchema<Dict> = {
		resolve: (name) => byLower.get(name.toLowerCase()),
		get: (row, field) => row[field],
		unknownField: () => undefined,
		badDirection: () => undefined,
	};
	const page = paginate(selectRows(rows, params.filter, params.order, schema), readStart(params));
	const select = phpValues(params.select).map((name) => byLower.get(toPhpString(name).toLowerCase()) ?? toPhpString(name));
	const printed = select.length === 0 || select.includes('*') ? page.rows : page.rows.map((row) => Object.fromEntries(select.filter((name) => name in row).map((name) => [name, row[name]])));
	return { rows: printed, total: page.total, next: page.next };
}
