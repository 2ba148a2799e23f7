/** CRM items (per entity type) and smart-process (SPA) types. */
import { CrmFileStore } from './crmFileStore';
import { CrmUserFieldStore } from './crmUserFieldStore';
import { Sequence } from './sequence';

export type YN = 'Y' | 'N';

export interface CrmItemRecord {
	id: number;
	entityTypeId: number;
	/** Field values keyed by camelCase field name (`title`, `ufCrm_123`, `parentId2`, ...). */
	values: Record<string, unknown>;
}

export interface TypeRelation {
	entityTypeId: number;
	isChildrenListEnabled: YN;
	isPredefined: YN;
}

export const SPA_FLAGS = [
	'isCategoriesEnabled',
	'isStagesEnabled',
	'isBeginCloseDatesEnabled',
	'isClientEnabled',
	'isUseInUserfieldEnabled',
	'isLinkWithProductsEnabled',
	'isMycompanyEnabled',
	'isDocumentsEnabled',
	'isSourceEnabled',
	'isObserversEnabled',
	'isRecyclebinEnabled',
	'isAutomationEnabled',
	'isBizProcEnabled',
	'isSetOpenPermissions',
	'isPaymentsEnabled',
	'isCountersEnabled',
] as const;

export type SpaFlag = (typeof SPA_FLAGS)[number];

export const LINKED_USER_FIELDS = ['CALENDAR_EVENT|UF_CRM_CAL_EVENT', 'TASKS_TASK|UF_CRM_TASK', 'TASKS_TASK_TEMPLATE|UF_CRM_TASK'] as const;

export interface SpaType {
	id: number;
	entityTypeId: number;
	title: string;
	code: string;
	createdBy: number;
	updatedBy: number;
	createdMs: number;
	updatedMs: number;
	customSectionId: number | null;
	flags: Record<SpaFlag, YN>;
	relations: { parent: TypeRelation[]; child: TypeRelation[] };
	linkedUserFields: Record<string, YN>;
	defaultCategoryId: number;
}

export class CrmStore {
	readonly items = new Map<number, Map<number, CrmItemRecord>>();
	/** Every field name stored items of a type have carried, with the first value seen (kept so field lists need not scan the items). */
	private readonly seenFields = new Map<number, Map<string, unknown>>();
	readonly itemIds = new Map<number, Sequence>();
	readonly types = new Map<number, SpaType>();
	readonly typeIds = new Sequence(1);
	readonly categoryIds = new Sequence(10);
	readonly multifieldIds = new Sequence(101);
	readonly userFields = new CrmUserFieldStore();
	readonly files = new CrmFileStore();

	itemsOf(entityTypeId: number): Map<number, CrmItemRecord> {
		let items = this.items.get(entityTypeId);
		if (!items) {
			items = new Map();
			this.items.set(entityTypeId, items);
		}
		return items;
	}

	/** Call after storing an item's values. */
	noteFields(entityTypeId: number, values: Record<string, unknown>): void {
		let seen = this.seenFields.get(entityTypeId);
		if (!seen) {
			seen = new Map();
			this.seenFields.set(entityTypeId, seen);
		}
		for (const [name, value] of Object.entries(values)) if (!seen.has(name)) seen.set(name, value);
	}

	fieldsSeen(entityTypeId: number): ReadonlyMap<string, unknown> {
		return this.seenFields.get(entityTypeId) ?? new Map();
	}

	nextItemId(entityTypeId: number): number {
		let sequence = this.itemIds.get(entityTypeId);
		if (!sequence) {
			sequence = new Sequence(1);
			this.itemIds.set(entityTypeId, sequence);
		}
		return sequence.next();
	}

	typeByEntityTypeId(entityTypeId: number): SpaType | undefined {
		for (const type of this.types.values()) if (type.entityTypeId === entityTypeId) return type;
		return undefined;
	}

	clear(): void {
		this.items.clear();
		this.seenFields.clear();
		this.itemIds.clear();
		this.types.clear();
		this.typeIds.reset();
		this.categoryIds.reset();
		this.multifieldIds.reset();
		this.userFields.clear();
		this.files.clear();
	}
}
