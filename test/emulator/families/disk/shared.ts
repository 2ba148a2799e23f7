/** Errors, look-ups and record views shared by the `disk.*` methods. */
import { createHmac, randomBytes } from 'node:crypto';

import { RestError } from '../../errors';
import { ListSchema, selectRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { Dict, isDict, isYes, toInt, toPhpString } from '../../php';
import type { DiskObject, DiskStorage, DiskVersion } from '../../state/diskStore';
import { ACCESS_TOKEN_TTL_MS } from '../../tokens';
import type { CallContext, MethodResult } from '../../types';

export const diskErrors = {
	argument: (position: number) => new RestError('ERROR_ARGUMENT', `Invalid value of parameter {Parameter #${position}}`),
	notFound: (id: unknown) => new RestError('ERROR_NOT_FOUND', `Could not find entity with id \`${toPhpString(id)}\``),
	nameRequired: () => new RestError('DISK_BASE_SERVICE_22001', 'Error: required parameter NAME (DISK_BASE_SERVICE_22001)'),
	nameTaken: (type: DiskObject['type']) => new RestError('DISK_OBJ_22000', `A ${type} with this name already exists`),
	rootFolder: () => new RestError('DISK_OBJ_22000', 'Could not delete root folder'),
	couldNotSave: () => new RestError('ERROR_COULD_NOT_SAVE_FILE', 'Could not save file'),
	accessDenied: () => new RestError('ACCESS_DENIED', 'Access denied'),
	versionOfOtherFile: () => new RestError('DISK_FILE_22004', 'Cannot restore version from another file'),
};

/** A required id parameter; Bitrix24 names it by position (`#0` for files and storages, `#1` for folders). */
export function requiredId(ctx: CallContext, name: string, position: number): number {
	const id = toInt(ctx.params[name]);
	if (id <= 0) throw diskErrors.argument(position);
	return id;
}

export function requiredText(ctx: CallContext, name: string, position: number): string {
	const value = toPhpString(ctx.params[name]).trim();
	if (value === '') throw diskErrors.argument(position);
	return value;
}

export function findStorage(ctx: CallContext, id: number): DiskStorage {
	const storage = ctx.state.disk.storages.get(id);
	if (!storage) throw diskErrors.notFound(id);
	return storage;
}

export function findObject(ctx: CallContext, id: number, type: DiskObject['type']): DiskObject {
	const object = ctx.state.disk.objects.get(id);
	if (!object || object.type !== type) throw diskErrors.notFound(id);
	return object;
}

/** `data[NAME]` of the add and upload methods. */
export function nameFromData(ctx: CallContext): string {
	const data = ctx.params.data;
	const name = isDict(data) ? toPhpString(data.NAME).trim() : '';
	if (name === '') throw diskErrors.nameRequired();
	return name;
}

function nameInUse(ctx: CallContext, folderId: number, name: string, except?: number): boolean {
	return ctx.state.disk
		.childrenOf(folderId)
		.some((child) => child.deletedType === 0 && child.id !== except && child.name.toLowerCase() === name.toLowerCase());
}

/** Fails when the folder already holds an object of that name, unless a unique name is wanted. */
export function freeName(ctx: CallContext, folderId: number, name: string, type: DiskObject['type'], unique = false, except?: number): string {
	if (!nameInUse(ctx, folderId, name, except)) return name;
	if (!unique) throw diskErrors.nameTaken(type);
	const dot = type === 'file' ? name.lastIndexOf('.') : -1;
	const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
	for (let counter = 1; ; counter++) {
		const candidate = `${stem} (${counter})${extension}`;
		if (!nameInUse(ctx, folderId, candidate, except)) return candidate;
	}
}

/** `fileContent`: `[fileName, base64]`. */
export function contentOf(value: unknown): Buffer | undefined {
	if (!Array.isArray(value) && !isDict(value)) return undefined;
	const encoded = toPhpString(Object.values(value)[1]);
	if (encoded === '') return undefined;
	if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(encoded)) throw diskErrors.couldNotSave();
	return Buffer.from(encoded, 'base64');
}

export function wantsUniqueName(ctx: CallContext): boolean {
	return isYes(ctx.params.generateUniqueName);
}

function portalUrl(ctx: CallContext): string {
	return ctx.state.settings.baseUrl ?? '';
}

/**
 * The `auth` value a DOWNLOAD_URL carries: the caller's own authorisation, so a link made for an
 * access token stops working when the token expires, and a webhook's link never does.
 */
export function downloadAuth(ctx: CallContext): string {
	const disk = ctx.state.disk;
	if (ctx.auth.kind === 'webhook') {
		const key = createHmac('sha256', disk.signingKey).update(ctx.auth.limiterKey).digest('hex').slice(0, 64);
		disk.downloadGrants.set(key, { userId: ctx.auth.userId, expiresAtMs: null });
		return key;
	}
	const key = randomBytes(32).toString('hex');
	disk.downloadGrants.set(key, { userId: ctx.auth.userId, expiresAtMs: ctx.nowMs + ACCESS_TOKEN_TTL_MS });
	return key;
}

export function signDownload(signingKey: string, payload: string, auth: string): string {
	return createHmac('sha256', signingKey).update(`${payload}|${auth}`).digest('base64');
}

export function downloadUrl(ctx: CallContext, version: DiskVersion): string {
	const auth = downloadAuth(ctx);
	const payload = Buffer.from(`id=${version.objectId}&v=${version.id}`).toString('base64');
	const token = `disk|${payload}|${signDownload(ctx.state.disk.signingKey, payload, auth)}`;
	return `${portalUrl(ctx)}/rest/download.json?auth=${auth}&token=${encodeURIComponent(token)}`;
}

function detailUrl(ctx: CallContext, object: DiskObject): string {
	const storage = ctx.state.disk.storages.get(object.storageId);
	const section = object.type === 'file' ? 'file' : 'path';
	const path = ctx.state.disk.pathOf(object).join('/');
	const prefix =
		storage?.entityType === 'user'
			? `/company/personal/user/${storage.entityId}/disk`
			: storage?.entityType === 'group'
				? `/workgroups/group/${storage.entityId}/disk`
				: '/docs';
	return `${portalUrl(ctx)}${prefix}/${section}/${path}`;
}

export function storageView(storage: DiskStorage): Dict {
	return {
		ID: String(storage.id),
		NAME: storage.name,
		CODE: null,
		MODULE_ID: 'disk',
		ENTITY_TYPE: storage.entityType,
		ENTITY_ID: storage.entityId,
		ROOT_OBJECT_ID: String(storage.rootObjectId),
	};
}

/** A folder or file as the read methods show it: numbers as strings. */
export function objectView(ctx: CallContext, object: DiskObject): Dict {
	const time = (ms: number | null) => (ms === null ? null : ctx.formatDate(ms));
	const head: Dict = {
		ID: String(object.id),
		NAME: object.name,
		CODE: null,
		STORAGE_ID: String(object.storageId),
		TYPE: object.type,
	};
	if (object.type === 'folder') head.REAL_OBJECT_ID = String(object.id);
	head.PARENT_ID = object.parentId === null ? null : String(object.parentId);
	head.DELETED_TYPE = String(object.deletedType);
	const version = ctx.state.disk.currentVersion(object);
	if (object.type === 'file' && version) {
		head.GLOBAL_CONTENT_VERSION = String(version.globalContentVersion);
		head.FILE_ID = String(version.fileId);
		head.SIZE = String(version.content.length);
	}
	const tail: Dict = {
		CREATE_TIME: time(object.createdMs),
		UPDATE_TIME: time(object.updatedMs),
		DELETE_TIME: time(object.deletedMs),
		CREATED_BY: String(object.createdBy),
		UPDATED_BY: String(object.updatedBy),
		DELETED_BY: String(object.deletedBy),
	};
	if (object.type === 'file' && version) tail.DOWNLOAD_URL = downloadUrl(ctx, version);
	tail.DETAIL_URL = detailUrl(ctx, object);
	return { ...head, ...tail };
}

/**
 * Write methods answer with some keys as numbers where the read methods send strings (the
 * docs' examples show which); `DELETED_BY` of a record just made is null.
 */
export function withNumbers(view: Dict, keys: string[]): Dict {
	const result = { ...view };
	for (const key of keys) {
		if (key === 'DELETED_BY') result.DELETED_BY = result.DELETED_BY === '0' ? null : result.DELETED_BY;
		else if (result[key] !== undefined && result[key] !== null) result[key] = Number(result[key]);
	}
	return result;
}

/** Keys that a newly created folder or file carries as numbers. */
export const CREATED_NUMBERS = ['ID', 'REAL_OBJECT_ID', 'DELETED_TYPE', 'GLOBAL_CONTENT_VERSION', 'FILE_ID', 'DELETED_BY'];

export function versionView(ctx: CallContext, version: DiskVersion): Dict {
	return {
		ID: String(version.id),
		OBJECT_ID: String(version.objectId),
		SIZE: String(version.content.length),
		NAME: version.name,
		GLOBAL_CONTENT_VERSION: String(version.globalContentVersion),
		CREATE_TIME: ctx.formatDate(version.createdMs),
		CREATED_BY: String(version.createdBy),
		DOWNLOAD_URL: downloadUrl(ctx, version),
	};
}

/** A public short link such as `https://portal/~Co13P`, the same each time for one object. */
export function externalLink(ctx: CallContext, object: DiskObject): string {
	const links = ctx.state.disk.externalLinks;
	if (!links.has(object.id)) links.set(object.id, `${portalUrl(ctx)}/~${randomBytes(4).toString('base64url').slice(0, 5)}`);
	return links.get(object.id) as string;
}

/** Filter, order and 50-row pages over record views, by their upper-case keys. */
export function listViews(ctx: CallContext, views: Dict[], fields: string[], defaultOrder: Dict = { ID: 'ASC' }): MethodResult {
	const schema: ListSchema<Dict> = {
		resolve: (name) => (fields.includes(name.toUpperCase()) ? name.toUpperCase() : undefined),
		get: (row, field) => row[field],
		unknownField: () => undefined,
		badDirection: () => undefined,
	};
	const rows = selectRows(views, ctx.params.filter, ctx.params.order ?? defaultOrder, schema);
	const page = paginate(rows, readStart(ctx.params));
	return { result: page.rows, total: page.total, next: page.next };
}

export const OBJECT_FILTER_FIELDS = [
	'ID', 'NAME', 'TYPE', 'CODE', 'STORAGE_ID', 'PARENT_ID', 'CREATE_TIME', 'UPDATE_TIME', 'DELETE_TIME', 'DELETED_TYPE',
	'CREATED_BY', 'UPDATED_BY', 'DELETED_BY', 'SIZE', 'GLOBAL_CONTENT_VERSION',
];

/** The children of a folder that are not in the trash, as a paged list. */
export function childrenList(ctx: CallContext, folderId: number): MethodResult {
	const children = ctx.state.disk.childrenOf(folderId).filter((child) => child.deletedType === 0);
	return listViews(ctx, children.map((child) => objectView(ctx, child)), OBJECT_FILTER_FIELDS);
}

/** Field descriptions of `getFields`: `{TYPE, USE_IN_FILTER, USE_IN_SHOW}` per field. */
export function fieldMap(entries: Array<[string, string, boolean]>): Dict {
	return Object.fromEntries(entries.map(([name, type, filter]) => [name, { TYPE: type, USE_IN_FILTER: filter, USE_IN_SHOW: true }]));
}
