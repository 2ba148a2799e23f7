/** Changes to the Drive tree that folders and files share: add, upload, copy, move, rename, trash, restore. */
import type { Dict } from '../../php';
import type { DiskObject } from '../../state/diskStore';
import type { CallContext } from '../../types';
import {
	contentOf,
	CREATED_NUMBERS,
	diskErrors,
	findObject,
	freeName,
	nameFromData,
	objectView,
	wantsUniqueName,
	withNumbers,
} from './shared';

export function addFolder(ctx: CallContext, parent: DiskObject): Dict {
	const name = freeName(ctx, parent.id, nameFromData(ctx), 'folder');
	const folder = ctx.state.disk.addObject({ type: 'folder', name, storageId: parent.storageId, parentId: parent.id }, ctx.nowMs, ctx.auth.userId);
	return withNumbers(objectView(ctx, folder), CREATED_NUMBERS);
}

/**
 * `data[NAME]` names the file and `fileContent` carries its bytes; without `fileContent`
 * (where that is allowed) the method answers with the address of a two-step upload instead.
 */
export function uploadFile(ctx: CallContext, folder: DiskObject, contentRequired: boolean): Dict {
	const content = contentOf(ctx.params.fileContent);
	if (!content) {
		if (contentRequired) throw diskErrors.argument(0);
		return { field: 'file', uploadUrl: `${ctx.state.settings.baseUrl ?? ''}/rest/upload.json?folderId=${folder.id}` };
	}
	const name = freeName(ctx, folder.id, nameFromData(ctx), 'file', wantsUniqueName(ctx));
	const disk = ctx.state.disk;
	const file = disk.addObject({ type: 'file', name, storageId: folder.storageId, parentId: folder.id }, ctx.nowMs, ctx.auth.userId);
	disk.addVersion(file, content, ctx.nowMs, ctx.auth.userId);
	return withNumbers(objectView(ctx, file), CREATED_NUMBERS);
}

function isInside(ctx: CallContext, candidateId: number, ancestorId: number): boolean {
	return ctx.state.disk.subtree(ancestorId).some((object) => object.id === candidateId);
}

export function targetFolder(ctx: CallContext, position: number): DiskObject {
	const id = Number(ctx.params.targetFolderId);
	if (!Number.isInteger(id) || id <= 0) throw diskErrors.argument(position);
	return findObject(ctx, id, 'folder');
}

function copyInto(ctx: CallContext, source: DiskObject, parent: DiskObject, name: string): DiskObject {
	const disk = ctx.state.disk;
	const copy = disk.addObject({ type: source.type, name, storageId: parent.storageId, parentId: parent.id }, ctx.nowMs, ctx.auth.userId);
	const version = disk.currentVersion(source);
	if (version) disk.addVersion(copy, Buffer.from(version.content), ctx.nowMs, ctx.auth.userId);
	for (const child of disk.childrenOf(source.id).filter((entry) => entry.deletedType === 0)) copyInto(ctx, child, copy, child.name);
	return copy;
}

export function copyTo(ctx: CallContext, source: DiskObject, position: number): Dict {
	const target = targetFolder(ctx, position);
	if (source.type === 'folder' && isInside(ctx, target.id, source.id)) throw diskErrors.accessDenied();
	const copy = copyInto(ctx, source, target, freeName(ctx, target.id, source.name, source.type));
	return withNumbers(objectView(ctx, copy), CREATED_NUMBERS);
}

export function moveTo(ctx: CallContext, object: DiskObject, position: number): Dict {
	const target = targetFolder(ctx, position);
	if (object.type === 'folder' && isInside(ctx, target.id, object.id)) throw diskErrors.accessDenied();
	freeName(ctx, target.id, object.name, object.type, false, object.id);
	for (const entry of ctx.state.disk.subtree(object.id)) entry.storageId = target.storageId;
	object.parentId = target.id;
	object.updatedMs = ctx.nowMs;
	object.updatedBy = ctx.auth.userId;
	return withNumbers(objectView(ctx, object), ['PARENT_ID']);
}

export function rename(ctx: CallContext, object: DiskObject, newName: string): Dict {
	if (object.parentId !== null) freeName(ctx, object.parentId, newName, object.type, false, object.id);
	object.name = newName;
	object.updatedMs = ctx.nowMs;
	object.updatedBy = ctx.auth.userId;
	return objectView(ctx, object);
}

/** The object goes to the trash (3); what lies below it goes along with its parent (4). */
export function markDeleted(ctx: CallContext, object: DiskObject): void {
	if (object.parentId === null) throw diskErrors.rootFolder();
	for (const entry of ctx.state.disk.subtree(object.id)) {
		if (entry.deletedType !== 0) continue;
		entry.deletedType = entry.id === object.id ? 3 : 4;
		entry.deletedMs = ctx.nowMs;
		entry.deletedBy = ctx.auth.userId;
	}
}

/** Back from the trash, with whatever went there along with it; a name now taken gets a number. */
export function restore(ctx: CallContext, object: DiskObject): void {
	for (const entry of ctx.state.disk.subtree(object.id)) {
		if (entry.id === object.id || entry.deletedType === 4) {
			entry.deletedType = 0;
			entry.updatedMs = ctx.nowMs;
		}
	}
	if (object.parentId !== null) object.name = freeName(ctx, object.parentId, object.name, object.type, true, object.id);
}
