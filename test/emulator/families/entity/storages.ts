/** entity.add / get / update / delete / rights */
import { requireApplication } from '../../auth';
import { toPhpString } from '../../php';
import type { EntityStorage } from '../../state/entityStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { accessRights, entityCode, entityErrors, findStorage, storageRef } from './shared';

function storageView(storage: EntityStorage): Record<string, unknown> {
	return { ID: String(storage.id), IBLOCK_TYPE_ID: 'rest_entity', ENTITY: storage.code, NAME: storage.name };
}

function add(ctx: CallContext): MethodResult {
	const { code, storages } = storageRef(ctx);
	const name = toPhpString(ctx.params.NAME);
	if (name === '') throw entityErrors.argumentEmpty('NAME');
	if (storages.has(code)) throw entityErrors.entityExists();
	storages.set(code, {
		id: ctx.state.entity.storageIds.next(),
		code,
		name,
		access: accessRights(ctx.params.ACCESS, ctx.auth.userId),
		properties: new Map(),
		sections: new Map(),
		items: new Map(),
	});
	return { result: true };
}

function get(ctx: CallContext): MethodResult {
	const clientId = requireApplication(ctx.auth);
	if (ctx.params.ENTITY === undefined) {
		return { result: [...ctx.state.entity.storagesOf(clientId).values()].map(storageView) };
	}
	return { result: storageView(findStorage(ctx)) };
}

function update(ctx: CallContext): MethodResult {
	const { clientId, storages } = storageRef(ctx);
	const storage = findStorage(ctx);
	if (ctx.params.ENTITY_NEW !== undefined && toPhpString(ctx.params.ENTITY_NEW) !== '') {
		const newCode = entityCode(ctx, clientId, 'ENTITY_NEW');
		if (newCode !== storage.code) {
			if (storages.has(newCode)) throw entityErrors.entityExists();
			storages.delete(storage.code);
			storage.code = newCode;
			storages.set(newCode, storage);
		}
	}
	if (ctx.params.NAME !== undefined && toPhpString(ctx.params.NAME) !== '') storage.name = toPhpString(ctx.params.NAME);
	if (ctx.params.ACCESS !== undefined) storage.access = accessRights(ctx.params.ACCESS, ctx.auth.userId);
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const { storages } = storageRef(ctx);
	const storage = findStorage(ctx);
	storages.delete(storage.code);
	return { result: true };
}

function rights(ctx: CallContext): MethodResult {
	const storage = findStorage(ctx);
	if (ctx.params.ACCESS !== undefined) storage.access = accessRights(ctx.params.ACCESS, ctx.auth.userId);
	return { result: { ...storage.access } };
}

export const storageMethods: MethodSpec[] = [
	{ name: 'entity.add', scopes: ['entity'], handler: add },
	{ name: 'entity.get', scopes: ['entity'], handler: get },
	{ name: 'entity.update', scopes: ['entity'], handler: update },
	{ name: 'entity.delete', scopes: ['entity'], handler: remove },
	{ name: 'entity.rights', scopes: ['entity'], handler: rights },
];
