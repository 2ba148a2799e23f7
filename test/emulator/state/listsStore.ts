/** Universal lists (`lists.*`): information blocks with their fields, sections and elements. */
import { Sequence } from './sequence';

export interface ListField {
	/** `PROPERTY_<id>` for a custom field, the field's own code for a system one. */
	fieldId: string;
	/** Numeric id of a custom field (null for system fields). */
	propertyId: number | null;
	name: string;
	type: string;
	code: string | null;
	sort: number;
	isRequired: 'Y' | 'N';
	multiple: 'Y' | 'N';
	defaultValue: unknown;
	settings: Record<string, string>;
	userTypeSettings: unknown;
	rowCount: number;
	colCount: number;
	linkIblockId: number | null;
	/** Values of a List field: value id -> text. */
	listValues: Map<number, string>;
}

export interface ListSection {
	id: number;
	code: string;
	name: string;
	externalId: string | null;
	xmlId: string | null;
	sort: number;
	active: 'Y' | 'N';
	parentId: number | null;
	createdBy: number;
	modifiedBy: number;
	createdMs: number;
	modifiedMs: number;
}

export interface ListFile {
	id: number;
	name: string;
}

export interface ListElement {
	id: number;
	code: string;
	name: string;
	sectionId: number | null;
	createdBy: number;
	createdMs: number;
	/** Custom property values by property id: value id -> value (files as ListFile). */
	properties: Map<number, Map<number, unknown>>;
}

export interface UniversalList {
	id: number;
	typeId: string;
	code: string;
	name: string;
	description: string;
	sort: number;
	bizproc: 'Y' | 'N';
	socnetGroupId: number | null;
	messages: Record<string, string>;
	rights: Record<string, string>;
	modifiedMs: number;
	fields: Map<string, ListField>;
	sections: Map<number, ListSection>;
	elements: Map<number, ListElement>;
}

export class ListsStore {
	readonly lists = new Map<number, UniversalList>();
	readonly listIds = new Sequence(101);
	readonly propertyIds = new Sequence(1001);
	/** Ids of list values, property values and files (one counter, as b_iblock tables are). */
	readonly valueIds = new Sequence(3001);
	readonly sectionIds = new Sequence(151);
	readonly elementIds = new Sequence(6001);

	clear(): void {
		this.lists.clear();
		for (const sequence of [this.listIds, this.propertyIds, this.valueIds, this.sectionIds, this.elementIds]) sequence.reset();
	}
}
