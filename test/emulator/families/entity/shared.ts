/** Argument checks and errors shared by the `entity.*` methods. */
import { requireApplication } from '../../auth';
import { normalizeDate } from '../../clock';
import { RestError } from '../../errors';
import { Dict, isDict, phpEmpty, toInt, toPhpString } from '../../php';
import type { AccessLevel, EntityStorage } from '../../state/entityStore';
import type { CallContext } from '../../types';

export const entityErrors = {
	argumentEmpty: (name: string) => new RestError('ERROR_ARGUMENT', `Argument '${name}' is null or empty`, 400, { argument: name }),
	codeTooLong: (max: number) => new RestError('ERROR_ARGUMENT', `Entity code is too long. Max length is ${max} characters.`, 400, { argument: '' }),
	entityNotFound: () => new RestError('ERROR_ENTITY_NOT_FOUND', 'Entity not found'),
	entityExists: () => new RestError('ERROR_ENTITY_ALREADY_EXISTS', 'Entity already exists'),
	sectionNotFound: () => new RestError('ERROR_SECTION_NOT_FOUND', 'Section not found'),
	itemNotFound: () => new RestError('ERROR_ITEM_NOT_FOUND', 'Item not found'),
	propertyNotFound: () => new RestError('ERROR_PROPERTY_NOT_FOUND', 'Property not found'),
	core: (description: string) => new RestError('ERROR_CORE', description),
};

/** Only `a-z`, `A-Z`, `0-9` and `_` survive in codes. */
export function cleanCode(value: unknown): string {
	return toPhpString(value).replace(/[^a-zA-Z0-9_]/g, '');
}

/** `50 - strlen("APP_<clientId>_")`: 13 characters for a typical client id. */
export function maxEntityCodeLength(clientId: string): number {
	return 50 - `APP_${clientId}_`.length;
}

/** Validates an ENTITY-like code parameter for the calling application. */
export function entityCode(ctx: CallContext, clientId: string, name = 'ENTITY'): string {
	const code = cleanCode(ctx.params[name]);
	if (code === '') throw entityErrors.argumentEmpty(name);
	const max = maxEntityCodeLength(clientId);
	if (code.length > max) throw entityErrors.codeTooLong(max);
	return code;
}

export interface StorageRef {
	clientId: string;
	code: string;
	storages: Map<string, EntityStorage>;
}

/** Application context + a valid ENTITY, without requiring the storage to exist. */
export function storageRef(ctx: CallContext): StorageRef {
	const clientId = requireApplication(ctx.auth);
	const code = entityCode(ctx, clientId);
	return { clientId, code, storages: ctx.state.entity.storagesOf(clientId) };
}

export function findStorage(ctx: CallContext): EntityStorage {
	const ref = storageRef(ctx);
	const storage = ref.storages.get(ref.code);
	if (!storage) throw entityErrors.entityNotFound();
	return storage;
}

export function requiredId(ctx: CallContext, name = 'ID'): number {
	const id = toInt(ctx.params[name]);
	if (id <= 0) throw entityErrors.argumentEmpty(name);
	return id;
}

const LEVELS = new Set<AccessLevel>(['R', 'W', 'X']);

/** Keeps valid `{code: level}` pairs; the acting user always gets X. */
export function accessRights(value: unknown, userId: number, base: Record<string, AccessLevel> = {}): Record<string, AccessLevel> {
	const rights: Record<string, AccessLevel> = { ...base };
	if (isDict(value)) {
		for (const [code, level] of Object.entries(value)) {
			const upper = toPhpString(level).toUpperCase() as AccessLevel;
			if (LEVELS.has(upper)) rights[code] = upper;
		}
	}
	rights[`U${userId}`] = 'X';
	return rights;
}

/** A file parameter `[name, base64]` becomes a download URL; anything else is ignored. */
export function fileUrl(value: unknown, folder: string): string | null | undefined {
	if (value === undefined) return undefined;
	if (Array.isArray(value) && typeof value[0] === 'string' && value[0] !== '') {
		return `/upload/${folder}/${encodeURIComponent(value[0])}`;
	}
	if (phpEmpty(value)) return null;
	return undefined;
}

export function optionalText(value: unknown): string | null | undefined {
	if (value === undefined) return undefined;
	return phpEmpty(value) && value !== '0' ? null : toPhpString(value);
}

export function activeFlag(value: unknown): 'Y' | 'N' | undefined {
	if (value === undefined) return undefined;
	return toPhpString(value).toUpperCase() === 'N' ? 'N' : 'Y';
}

export function dateParam(value: unknown, offsetMinutes: number): string | undefined {
	if (value === undefined) return undefined;
	const text = toPhpString(value);
	return text === '' ? '' : normalizeDate(text, offsetMinutes);
}

export function userFieldsOf(params: Dict): Record<string, unknown> {
	const fields: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(params)) if (/^UF_/i.test(key)) fields[key.toUpperCase()] = value;
	return fields;
}
