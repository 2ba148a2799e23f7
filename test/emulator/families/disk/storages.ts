/** disk.storage.* */
import { requireApplication } from '../../auth';
import type { DiskStorage } from '../../state/diskStore';
import type { CallContext, MethodSpec } from '../../types';
import {
	childrenList,
	diskErrors,
	fieldMap,
	findObject,
	findStorage,
	listViews,
	requiredId,
	requiredText,
	storageView,
} from './shared';
import { addFolder, uploadFile } from './tree';

function storageOf(ctx: CallContext): DiskStorage {
	return findStorage(ctx, requiredId(ctx, 'id', 0));
}

function rootOf(ctx: CallContext, storage: DiskStorage) {
	return findObject(ctx, storage.rootObjectId, 'folder');
}

/** Application storages are visible to their own application only. */
function visible(ctx: CallContext, storage: DiskStorage): boolean {
	return storage.entityType !== 'restapp' || storage.clientId === ctx.auth.clientId;
}

/** The calling application's own storage, made on first use. */
function appStorage(ctx: CallContext): DiskStorage {
	const clientId = requireApplication(ctx.auth);
	const disk = ctx.state.disk;
	const existing = [...disk.storages.values()].find((storage) => storage.clientId === clientId);
	if (existing) return existing;
	const entityId = String(disk.storages.size + 1);
	return disk.addStorage({ name: clientId, entityType: 'restapp', entityId, clientId }, ctx.nowMs, ctx.auth.userId);
}

const STORAGE_FIELDS = fieldMap([
	['ID', 'integer', true],
	['NAME', 'string', true],
	['CODE', 'string', true],
	['MODULE_ID', 'string', false],
	['ENTITY_TYPE', 'string', true],
	['ENTITY_ID', 'string', true],
	['ROOT_OBJECT_ID', 'integer', false],
]);

export const storageMethods: MethodSpec[] = [
	{
		name: 'disk.storage.getList',
		scopes: ['disk'],
		handler: (ctx) => {
			const storages = [...ctx.state.disk.storages.values()].filter((storage) => visible(ctx, storage));
			return listViews(ctx, storages.map(storageView), Object.keys(STORAGE_FIELDS));
		},
	},
	{
		name: 'disk.storage.get',
		scopes: ['disk'],
		handler: (ctx) => {
			const storage = storageOf(ctx);
			if (!visible(ctx, storage)) throw diskErrors.notFound(storage.id);
			return { result: storageView(storage) };
		},
	},
	{ name: 'disk.storage.getChildren', scopes: ['disk'], handler: (ctx) => childrenList(ctx, rootOf(ctx, storageOf(ctx)).id) },
	{ name: 'disk.storage.addFolder', scopes: ['disk'], handler: (ctx) => ({ result: addFolder(ctx, rootOf(ctx, storageOf(ctx))) }) },
	{ name: 'disk.storage.uploadFile', scopes: ['disk'], handler: (ctx) => ({ result: uploadFile(ctx, rootOf(ctx, storageOf(ctx)), true) }) },
	{
		name: 'disk.storage.rename',
		scopes: ['disk'],
		handler: (ctx) => {
			const clientId = requireApplication(ctx.auth);
			const storage = storageOf(ctx);
			if (storage.clientId !== clientId) throw diskErrors.accessDenied();
			storage.name = requiredText(ctx, 'newName', 1);
			return { result: storageView(storage) };
		},
	},
	{ name: 'disk.storage.getForApp', scopes: ['disk'], handler: (ctx) => ({ result: storageView(appStorage(ctx)) }) },
	{ name: 'disk.storage.getTypes', scopes: ['disk'], handler: () => ({ result: ['user', 'common', 'group'] }) },
	{ name: 'disk.storage.getFields', scopes: ['disk'], handler: () => ({ result: STORAGE_FIELDS }) },
];
