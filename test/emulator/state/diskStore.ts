/** Drive: storages, the folder and file tree of each, file versions with their bytes, and attachments. */
import { randomBytes } from 'node:crypto';

import { Sequence } from './sequence';

export type StorageEntityType = 'user' | 'common' | 'group' | 'restapp';

export interface DiskStorage {
	id: number;
	name: string;
	entityType: StorageEntityType;
	entityId: string;
	rootObjectId: number;
	/** For `restapp` storages: the application that owns it. */
	clientId?: string;
}

/** 0 in place, 3 in the trash, 4 in the trash with its parent folder. */
export type DeletedType = 0 | 3 | 4;

export interface DiskObject {
	id: number;
	type: 'file' | 'folder';
	name: string;
	storageId: number;
	/** Null only for a storage's root folder. */
	parentId: number | null;
	deletedType: DeletedType;
	createdMs: number;
	updatedMs: number;
	deletedMs: number | null;
	createdBy: number;
	updatedBy: number;
	deletedBy: number;
	/** Files only: the current version. */
	versionId?: number;
}

export interface DiskVersion {
	id: number;
	objectId: number;
	name: string;
	content: Buffer;
	/** The b_file id the bytes are stored under. */
	fileId: number;
	globalContentVersion: number;
	createdMs: number;
	createdBy: number;
}

export interface AttachedObject {
	id: number;
	objectId: number;
	moduleId: string;
	entityType: string;
	entityId: number;
	createdMs: number;
	createdBy: number;
}

/** A credential a DOWNLOAD_URL carries in its `auth` parameter. */
export interface DownloadGrant {
	userId: number;
	/** Links issued to an access token die with it; a webhook's never expire. */
	expiresAtMs: number | null;
}

export class DiskStore {
	readonly storages = new Map<number, DiskStorage>();
	readonly objects = new Map<number, DiskObject>();
	readonly versions = new Map<number, DiskVersion>();
	readonly attached = new Map<number, AttachedObject>();
	readonly downloadGrants = new Map<string, DownloadGrant>();
	readonly externalLinks = new Map<number, string>();
	/** Access given with disk.folder.shareToUser. */
	readonly shares: Array<{ objectId: number; userId: number; level: string }> = [];
	/** Signs DOWNLOAD_URL tokens, so a link for one file cannot be turned into another. */
	readonly signingKey = randomBytes(16).toString('hex');
	private readonly storageIds = new Sequence(1);
	private readonly objectIds = new Sequence(1);
	private readonly versionIds = new Sequence(1);
	private readonly fileIds = new Sequence(1);
	private readonly attachedIds = new Sequence(1);

	clear(): void {
		for (const map of [this.storages, this.objects, this.versions, this.attached, this.downloadGrants, this.externalLinks]) {
			map.clear();
		}
		this.shares.length = 0;
		for (const sequence of [this.storageIds, this.objectIds, this.versionIds, this.fileIds, this.attachedIds]) {
			sequence.reset();
		}
	}

	addStorage(fields: Omit<DiskStorage, 'id' | 'rootObjectId'>, nowMs: number, userId: number): DiskStorage {
		const id = this.storageIds.next();
		const root = this.addObject({ type: 'folder', name: fields.name, storageId: id, parentId: null }, nowMs, userId);
		const storage: DiskStorage = { ...fields, id, rootObjectId: root.id };
		this.storages.set(id, storage);
		return storage;
	}

	addObject(
		fields: Pick<DiskObject, 'type' | 'name' | 'storageId' | 'parentId'>,
		nowMs: number,
		userId: number,
	): DiskObject {
		const object: DiskObject = {
			...fields,
			id: this.objectIds.next(),
			deletedType: 0,
			createdMs: nowMs,
			updatedMs: nowMs,
			deletedMs: null,
			createdBy: userId,
			updatedBy: userId,
			deletedBy: 0,
		};
		this.objects.set(object.id, object);
		return object;
	}

	addVersion(file: DiskObject, content: Buffer, nowMs: number, userId: number): DiskVersion {
		const previous = file.versionId === undefined ? undefined : this.versions.get(file.versionId);
		const version: DiskVersion = {
			id: this.versionIds.next(),
			objectId: file.id,
			name: file.name,
			content,
			fileId: this.fileIds.next(),
			globalContentVersion: (previous?.globalContentVersion ?? 0) + 1,
			createdMs: nowMs,
			createdBy: userId,
		};
		this.versions.set(version.id, version);
		file.versionId = version.id;
		file.updatedMs = nowMs;
		file.updatedBy = userId;
		return version;
	}

	addAttachment(fields: Omit<AttachedObject, 'id'>): AttachedObject {
		const attachment = { ...fields, id: this.attachedIds.next() };
		this.attached.set(attachment.id, attachment);
		return attachment;
	}

	currentVersion(file: DiskObject): DiskVersion | undefined {
		return file.versionId === undefined ? undefined : this.versions.get(file.versionId);
	}

	childrenOf(folderId: number): DiskObject[] {
		return [...this.objects.values()].filter((object) => object.parentId === folderId);
	}

	/** The object and everything below it. */
	subtree(rootId: number): DiskObject[] {
		const root = this.objects.get(rootId);
		if (!root) return [];
		return [root, ...this.childrenOf(rootId).flatMap((child) => this.subtree(child.id))];
	}

	/** Folder names from the storage root (excluded) down to the object (included). */
	pathOf(object: DiskObject): string[] {
		const names: string[] = [];
		let current: DiskObject | undefined = object;
		while (current && current.parentId !== null) {
			names.unshift(current.name);
			current = this.objects.get(current.parentId);
		}
		return names;
	}

	remove(rootId: number): void {
		for (const object of this.subtree(rootId)) {
			this.objects.delete(object.id);
			for (const version of [...this.versions.values()]) if (version.objectId === object.id) this.versions.delete(version.id);
		}
	}

	versionsOf(fileId: number): DiskVersion[] {
		return [...this.versions.values()].filter((version) => version.objectId === fileId);
	}
}
