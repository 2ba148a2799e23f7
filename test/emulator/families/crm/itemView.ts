/** How a crm item is printed: camelCase keys (or original UF names), `fm` only when asked for. */
import type { Dict } from '../../php';
import type { CrmItemRecord } from '../../state/crmStore';
import type { CrmFieldDef } from './fieldCatalog';
import { upperNameOf } from './typeRegistry';

export interface ItemViewOptions {
	/** Field names to print; undefined prints every field. */
	select?: Set<string>;
	withMultifields: boolean;
	originalUfNames: boolean;
	/** How a file field's stored ids are printed (links need the caller's authorisation). */
	fileView?: (record: CrmItemRecord, fieldName: string, value: unknown) => unknown;
}

function outputKey(name: string, originalUfNames: boolean): string {
	return originalUfNames && name.startsWith('ufCrm') ? upperNameOf(name) : name;
}

function copyValue(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(copyValue);
	if (value && typeof value === 'object') return { ...(value as Dict) };
	return value;
}

export function itemView(record: CrmItemRecord, fields: CrmFieldDef[], options: ItemViewOptions): Dict {
	const view: Dict = {};
	const include = (name: string) => name === 'id' || !options.select || options.select.has(name);
	for (const def of fields) {
		if (def.name === 'fm' && !options.withMultifields) continue;
		if (!include(def.name)) continue;
		const value = record.values[def.name] ?? null;
		view[outputKey(def.name, options.originalUfNames)] =
			def.type === 'file' && options.fileView ? options.fileView(record, def.name, value) : copyValue(value);
	}
	for (const [name, value] of Object.entries(record.values)) {
		if (fields.some((def) => def.name === name) || !include(name)) continue;
		view[outputKey(name, options.originalUfNames)] = copyValue(value);
	}
	if (!options.select || options.select.has('entityTypeId')) view.entityTypeId = record.entityTypeId;
	return view;
}

export function fieldView(def: CrmFieldDef): Dict {
	const view: Dict = {
		type: def.type,
		isRequired: def.isRequired,
		isReadOnly: def.isReadOnly,
		isImmutable: def.isImmutable,
		isMultiple: def.isMultiple,
		isDynamic: def.isDynamic,
	};
	if (def.isDeprecated) view.isDeprecated = true;
	if (def.statusType) view.statusType = def.statusType;
	if (def.items) view.items = def.items;
	view.title = def.title;
	if (def.labels) Object.assign(view, def.labels);
	if (def.settings) view.settings = def.settings;
	view.upperName = upperNameOf(def.name);
	return view;
}
