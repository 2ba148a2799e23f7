/** Argument checks, errors and date format shared by the `lists.*` methods. */
import { RestError } from '../../errors';
import { Dict, isDict, phpEmpty, toInt, toPhpString } from '../../php';
import type { UniversalList } from '../../state/listsStore';
import type { CallContext } from '../../types';

export const listsErrors = {
	missing: (name: string) => new RestError('ERROR_REQUIRED_PARAMETERS_MISSING', `Required parameter \`${name}\` is missing`),
	iblockExists: () => new RestError('ERROR_IBLOCK_ALREADY_EXISTS', 'Iblock already exists'),
	iblockNotFound: () => new RestError('ERROR_IBLOCK_NOT_FOUND', 'Iblock not found'),
	sectionNotFound: () => new RestError('ERROR_SECTION_NOT_FOUND', 'Section not found'),
	elementExists: () => new RestError('ERROR_ELEMENT_ALREADY_EXISTS', 'Element already exists'),
	elementNotFound: () => new RestError('ERROR_ELEMENT_NOT_FOUND', 'Element not found'),
	saveField: (description: string) => new RestError('ERROR_SAVE_FIELD', description),
	updateField: () => new RestError('ERROR_UPDATE_FIELD', 'Error updating the field'),
};

export function requiredText(params: Dict, name: string): string {
	const value = params[name];
	if (phpEmpty(value)) throw listsErrors.missing(name);
	return toPhpString(value);
}

export function iblockType(ctx: CallContext): string {
	return requiredText(ctx.params, 'IBLOCK_TYPE_ID');
}

/** FIELDS, which must be an object with a NAME. */
export function requiredFields(ctx: CallContext): Dict {
	const fields = ctx.params.FIELDS;
	if (!isDict(fields)) throw listsErrors.missing('FIELDS');
	requiredText(fields, 'NAME');
	return fields;
}

/** The list named by IBLOCK_ID or IBLOCK_CODE within IBLOCK_TYPE_ID. */
export function findList(ctx: CallContext): UniversalList {
	const type = iblockType(ctx);
	const id = toInt(ctx.params.IBLOCK_ID);
	const code = phpEmpty(ctx.params.IBLOCK_CODE) ? '' : toPhpString(ctx.params.IBLOCK_CODE);
	if (id <= 0 && code === '') throw listsErrors.missing('IBLOCK_ID');
	for (const list of ctx.state.lists.lists.values()) {
		if (list.typeId !== type) continue;
		if (id > 0 ? list.id === id : list.code === code) return list;
	}
	throw listsErrors.iblockNotFound();
}

/** A record picked by `<PREFIX>_ID` or `<PREFIX>_CODE` (at least one is required). */
export function findByIdOrCode<T extends { id: number; code: string }>(
	ctx: CallContext,
	records: Map<number, T>,
	prefix: string,
	notFound: () => RestError,
): T {
	const id = toInt(ctx.params[`${prefix}_ID`]);
	const code = phpEmpty(ctx.params[`${prefix}_CODE`]) ? '' : toPhpString(ctx.params[`${prefix}_CODE`]);
	if (id <= 0 && code === '') throw listsErrors.missing(`${prefix}_ID`);
	const found = id > 0 ? records.get(id) : [...records.values()].find((record) => record.code === code);
	if (!found) throw notFound();
	return found;
}

export function yn(value: unknown, fallback: 'Y' | 'N'): 'Y' | 'N' {
	if (value === undefined) return fallback;
	return toPhpString(value).toUpperCase() === 'Y' ? 'Y' : 'N';
}

/** Keeps the keys of `value` that `select` names (all when it is empty). */
export function selectKeys(row: Dict, select: unknown): Dict {
	const names = Array.isArray(select) ? select.map((name) => toPhpString(name).toUpperCase()) : [];
	if (names.length === 0) return row;
	return Object.fromEntries(Object.entries(row).filter(([key]) => names.includes(key.toUpperCase())));
}
