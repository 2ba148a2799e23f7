/** disk.file.* and disk.version.get */
import { RestError } from '../../errors';
import { isDict, toInt, toPhpString } from '../../php';
import type { DiskObject, DiskVersion } from '../../state/diskStore';
import type { CallContext, MethodSpec } from '../../types';
import {
	contentOf,
	diskErrors,
	externalLink,
	fieldMap,
	findObject,
	listViews,
	objectView,
	requiredId,
	requiredText,
	versionView,
	withNumbers,
} from './shared';
import { copyTo, markDeleted, moveTo, rename, restore } from './tree';

const searchError = (code: string, text: string) => new RestError(code, `${text} (${code}).`);

/** Only the first 1,050 results can be reached: `start` stops at 1,000. */
const SEARCH_DEPTH = { maxStart: 1000, pageSize: 50 };

/** The folders a search covers: all, a storage's tree, or a folder's subtree without the folder itself. */
function searchScope(ctx: CallContext): (object: DiskObject) => boolean {
	const filter = ctx.params.FILTER;
	if (filter === undefined) return () => true;
	if (!isDict(filter)) throw searchError('NOT_FOUND', 'Search scope was not found.');
	if (Object.keys(filter).some((key) => key !== 'STORAGE_ID' && key !== 'FOLDER_ID')) {
		throw searchError('INVALID_FILTER', 'Search filter contains an unknown field.');
	}
	const disk = ctx.state.disk;
	const storageId = filter.STORAGE_ID === undefined ? undefined : toInt(filter.STORAGE_ID);
	const folderId = filter.FOLDER_ID === undefined ? undefined : toInt(filter.FOLDER_ID);
	const folder = folderId === undefined ? undefined : disk.objects.get(folderId);
	const storageMissing = storageId !== undefined && !disk.storages.has(storageId);
	const folderMissing = folderId !== undefined && (folder?.type !== 'folder' || folder.deletedType !== 0);
	if (storageMissing || folderMissing || (folder && storageId !== undefined && folder.storageId !== storageId)) {
		throw searchError('NOT_FOUND', 'Search scope was not found.');
	}
	const inFolder = folder ? new Set(disk.subtree(folder.id).map((object) => object.id).filter((id) => id !== folder.id)) : undefined;
	return (object) => (storageId === undefined || object.storageId === storageId) && (!inFolder || inFolder.has(object.id));
}

/** Matches names only (the portal's index also reads inside documents). */
function search(ctx: CallContext) {
	if (ctx.params.QUERY === undefined) {
		throw new RestError('ERROR_ARGUMENT', 'Invalid value of parameter { Parameter #0 [ `<required>` $QUERY ] }.');
	}
	const query = typeof ctx.params.QUERY === 'string' ? ctx.params.QUERY.replace(/\s+/g, ' ').trim() : '';
	if (query.length < 3 || query.length > 255) throw searchError('INVALID_QUERY', 'Search query is invalid.');
	const type = ctx.params.TYPE === undefined ? 'file' : toPhpString(ctx.params.TYPE);
	if (!['file', 'folder', 'all'].includes(type)) throw searchError('INVALID_TYPE', 'Search result type is invalid.');
	const inScope = searchScope(ctx);
	const found = [...ctx.state.disk.objects.values()].filter(
		(object) =>
			object.parentId !== null &&
			object.deletedType === 0 &&
			(type === 'all' || object.type === type) &&
			object.name.toLowerCase().includes(query.toLowerCase()) &&
			inScope(object),
	);
	const start = Math.min(Math.max(toInt(ctx.params.start), 0), SEARCH_DEPTH.maxStart);
	const end = start + SEARCH_DEPTH.pageSize;
	const reachable = Math.min(found.length, SEARCH_DEPTH.maxStart + SEARCH_DEPTH.pageSize);
	const rows = found.slice(start, end).map((object) => objectView(ctx, object));
	return end < reachable && end <= SEARCH_DEPTH.maxStart ? { result: rows, next: end } : { result: rows };
}

/** File methods name a missing argument as parameter #0. */
const POSITION = 0;

function fileOf(ctx: CallContext): DiskObject {
	return findObject(ctx, requiredId(ctx, 'id', POSITION), 'file');
}

function newVersion(ctx: CallContext, file: DiskObject, content: Buffer) {
	ctx.state.disk.addVersion(file, content, ctx.nowMs, ctx.auth.userId);
	return { result: withNumbers(objectView(ctx, file), ['GLOBAL_CONTENT_VERSION']) };
}

function versionOf(ctx: CallContext, name: string, argumentError: () => RestError): DiskVersion {
	const id = toInt(ctx.params[name]);
	if (id <= 0) throw argumentError();
	const version = ctx.state.disk.versions.get(id);
	if (!version) throw diskErrors.notFound(id);
	return version;
}

const FILE_FIELDS = fieldMap([
	['ID', 'integer', true],
	['NAME', 'string', true],
	['TYPE', 'enum', true],
	['CODE', 'string', true],
	['STORAGE_ID', 'integer', true],
	['PARENT_ID', 'integer', true],
	['CREATE_TIME', 'datetime', true],
	['UPDATE_TIME', 'datetime', true],
	['DELETE_TIME', 'datetime', true],
	['CREATED_BY', 'integer', false],
	['UPDATED_BY', 'integer', false],
	['DELETED_BY', 'integer', false],
	['GLOBAL_CONTENT_VERSION', 'integer', false],
	['FILE_ID', 'integer', false],
	['SIZE', 'integer', false],
	['DOWNLOAD_URL', 'string', false],
	['DETAIL_URL', 'string', false],
	['DELETED_TYPE', 'enum', true],
]);

export const fileMethods: MethodSpec[] = [
	{ name: 'disk.file.get', scopes: ['disk'], handler: (ctx) => ({ result: objectView(ctx, fileOf(ctx)) }) },
	{ name: 'disk.file.copyTo', scopes: ['disk'], handler: (ctx) => ({ result: copyTo(ctx, fileOf(ctx), POSITION) }) },
	{ name: 'disk.file.moveTo', scopes: ['disk'], handler: (ctx) => ({ result: moveTo(ctx, fileOf(ctx), POSITION) }) },
	{
		name: 'disk.file.rename',
		scopes: ['disk'],
		handler: (ctx) => {
			const file = fileOf(ctx);
			return { result: rename(ctx, file, requiredText(ctx, 'newName', POSITION)) };
		},
	},
	{
		name: 'disk.file.markDeleted',
		scopes: ['disk'],
		handler: (ctx) => {
			const file = fileOf(ctx);
			markDeleted(ctx, file);
			return { result: objectView(ctx, file) };
		},
	},
	{
		name: 'disk.file.restore',
		scopes: ['disk'],
		handler: (ctx) => {
			const file = fileOf(ctx);
			restore(ctx, file);
			return { result: withNumbers(objectView(ctx, file), ['DELETED_TYPE']) };
		},
	},
	{
		name: 'disk.file.delete',
		scopes: ['disk'],
		handler: (ctx) => {
			ctx.state.disk.remove(fileOf(ctx).id);
			return { result: true };
		},
	},
	{
		name: 'disk.file.uploadVersion',
		scopes: ['disk'],
		handler: (ctx) => {
			const file = fileOf(ctx);
			const content = contentOf(ctx.params.fileContent);
			if (!content) throw diskErrors.argument(POSITION);
			return newVersion(ctx, file, content);
		},
	},
	{
		name: 'disk.file.restoreFromVersion',
		scopes: ['disk'],
		handler: (ctx) => {
			const file = fileOf(ctx);
			const version = versionOf(ctx, 'versionId', () => diskErrors.argument(POSITION));
			if (version.objectId !== file.id) throw diskErrors.versionOfOtherFile();
			return newVersion(ctx, file, Buffer.from(version.content));
		},
	},
	{ name: 'disk.file.getExternalLink', scopes: ['disk'], handler: (ctx) => ({ result: externalLink(ctx, fileOf(ctx)) }) },
	{ name: 'disk.file.getFields', scopes: ['disk'], handler: () => ({ result: FILE_FIELDS }) },
	{
		name: 'disk.file.getVersions',
		scopes: ['disk'],
		handler: (ctx) => {
			const versions = ctx.state.disk.versionsOf(fileOf(ctx).id).map((version) => versionView(ctx, version));
			return listViews(ctx, versions, ['ID', 'SIZE', 'NAME', 'CREATE_TIME', 'CREATED_BY'], { ID: 'DESC' });
		},
	},
	{ name: 'disk.file.search', scopes: ['disk'], handler: search },
	{
		name: 'disk.version.get',
		scopes: ['disk'],
		handler: (ctx) => {
			const argumentError = () => new RestError('ERROR_ARGUMENT', 'Invalid value of parameter `id`');
			return { result: versionView(ctx, versionOf(ctx, 'id', argumentError)) };
		},
	},
];
