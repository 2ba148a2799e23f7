/** disk.folder.* */
import { toInt, toPhpString } from '../../php';
import type { DiskObject } from '../../state/diskStore';
import type { CallContext, MethodSpec } from '../../types';
import { childrenList, diskErrors, externalLink, fieldMap, findObject, objectView, requiredId, requiredText, withNumbers } from './shared';
import { addFolder, copyTo, markDeleted, moveTo, rename, restore, uploadFile } from './tree';

/** Folder methods name a missing argument as parameter #1. */
const POSITION = 1;

function folderOf(ctx: CallContext): DiskObject {
	return findObject(ctx, requiredId(ctx, 'id', POSITION), 'folder');
}

const SHARE_LEVELS = ['disk_access_read', 'disk_access_add', 'disk_access_edit', 'disk_access_full'];

export const FOLDER_FIELDS = fieldMap([
	['ID', 'integer', true],
	['NAME', 'string', true],
	['TYPE', 'enum', true],
	['CODE', 'string', true],
	['STORAGE_ID', 'integer', true],
	['REAL_OBJECT_ID', 'integer', false],
	['PARENT_ID', 'integer', true],
	['CREATE_TIME', 'datetime', true],
	['UPDATE_TIME', 'datetime', true],
	['DELETE_TIME', 'datetime', true],
	['CREATED_BY', 'integer', false],
	['UPDATED_BY', 'integer', false],
	['DELETED_BY', 'integer', false],
	['DELETED_TYPE', 'enum', true],
]);

export const folderMethods: MethodSpec[] = [
	{ name: 'disk.folder.get', scopes: ['disk'], handler: (ctx) => ({ result: objectView(ctx, folderOf(ctx)) }) },
	{ name: 'disk.folder.getChildren', scopes: ['disk'], handler: (ctx) => childrenList(ctx, folderOf(ctx).id) },
	{ name: 'disk.folder.addSubFolder', scopes: ['disk'], handler: (ctx) => ({ result: addFolder(ctx, folderOf(ctx)) }) },
	{ name: 'disk.folder.copyTo', scopes: ['disk'], handler: (ctx) => ({ result: copyTo(ctx, folderOf(ctx), POSITION) }) },
	{ name: 'disk.folder.moveTo', scopes: ['disk'], handler: (ctx) => ({ result: moveTo(ctx, folderOf(ctx), POSITION) }) },
	{
		name: 'disk.folder.rename',
		scopes: ['disk'],
		handler: (ctx) => {
			const folder = folderOf(ctx);
			return { result: rename(ctx, folder, requiredText(ctx, 'newName', POSITION)) };
		},
	},
	{
		name: 'disk.folder.markDeleted',
		scopes: ['disk'],
		handler: (ctx) => {
			const folder = folderOf(ctx);
			markDeleted(ctx, folder);
			return { result: withNumbers(objectView(ctx, folder), ['DELETED_TYPE']) };
		},
	},
	{
		name: 'disk.folder.restore',
		scopes: ['disk'],
		handler: (ctx) => {
			const folder = folderOf(ctx);
			restore(ctx, folder);
			return { result: withNumbers(objectView(ctx, folder), ['DELETED_TYPE']) };
		},
	},
	{
		name: 'disk.folder.deleteTree',
		scopes: ['disk'],
		handler: (ctx) => {
			const folder = folderOf(ctx);
			if (folder.parentId === null) throw diskErrors.rootFolder();
			ctx.state.disk.remove(folder.id);
			return { result: true };
		},
	},
	{ name: 'disk.folder.uploadFile', scopes: ['disk'], handler: (ctx) => ({ result: uploadFile(ctx, folderOf(ctx), false) }) },
	{ name: 'disk.folder.getFields', scopes: ['disk'], handler: () => ({ result: FOLDER_FIELDS }) },
	{ name: 'disk.folder.getExternalLink', scopes: ['disk'], handler: (ctx) => ({ result: externalLink(ctx, folderOf(ctx)) }) },
	{
		name: 'disk.folder.shareToUser',
		scopes: ['disk'],
		handler: (ctx) => {
			const folder = folderOf(ctx);
			const userId = toInt(ctx.params.userId);
			const level = toPhpString(ctx.params.taskName);
			if (userId <= 0 || level === '') throw diskErrors.argument(POSITION);
			if (!SHARE_LEVELS.includes(level)) throw diskErrors.accessDenied();
			if (!ctx.state.users.get(userId)) throw diskErrors.notFound(userId);
			ctx.state.disk.shares.push({ objectId: folder.id, userId, level });
			return { result: true };
		},
	},
];
