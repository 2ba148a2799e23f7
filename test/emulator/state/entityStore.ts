/** Data storages (`entity.*`): each application sees only its own storages. */
import { Sequence } from './sequence';

export type AccessLevel = 'R' | 'W' | 'X';

export interface EntityProperty {
	code: string;
	name: string;
	type: 'S' | 'N' | 'F';
	sort: number;
}

export interface EntitySection {
	id: number;
	name: string;
	code: string | null;
	active: 'Y' | 'N';
	sort: number;
	description: string | null;
	picture: string | null;
	detailPicture: string | null;
	parentId: number | null;
	createdBy: number;
	modifiedBy: number;
	createdMs: number;
	modifiedMs: number;
	userFields: Record<string, unknown>;
}

export interface EntityItem {
	id: number;
	name: string;
	code: string | null;
	active: 'Y' | 'N';
	sort: number;
	previewText: string | null;
	detailText: string | null;
	previewPicture: string | null;
	detailPicture: string | null;
	dateActiveFrom: string;
	dateActiveTo: string;
	sectionId: number | null;
	createdBy: number;
	modifiedBy: number;
	createdMs: number;
	modifiedMs: number;
	propertyValues: Map<string, unknown>;
	userFields: Record<string, unknown>;
}

export interface EntityStorage {
	id: number;
	code: string;
	name: string;
	access: Record<string, AccessLevel>;
	properties: Map<string, EntityProperty>;
	sections: Map<number, EntitySection>;
	items: Map<number, EntityItem>;
}

export class EntityStore {
	/** clientId -> ENTITY code -> storage */
	readonly apps = new Map<string, Map<string, EntityStorage>>();
	readonly storageIds = new Sequence(181);
	readonly sectionIds = new Sequence(201);
	readonly itemIds = new Sequence(2301);

	storagesOf(clientId: string): Map<string, EntityStorage> {
		let storages = this.apps.get(clientId);
		if (!storages) {
			storages = new Map();
			this.apps.set(clientId, storages);
		}
		return storages;
	}

	clear(): void {
		this.apps.clear();
		this.storageIds.reset();
		this.sectionIds.reset();
		this.itemIds.reset();
	}
}
