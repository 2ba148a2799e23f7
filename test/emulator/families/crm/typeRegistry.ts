/** Which entityTypeIds exist (the built-in ones and SPAs from crm.type.add) and their fields. */
import type { PortalState } from '../../state';
import type { SpaType } from '../../state/crmStore';
import { BUILT_IN_FIELDS, CrmFieldDef, SPA_FIELDS } from './fieldCatalog';
import { userFieldDefs } from './userFieldDefs';

export const BUILT_IN_TYPES: Record<number, string> = {
	1: 'Lead',
	2: 'Deal',
	3: 'Contact',
	4: 'Company',
	7: 'Estimate',
	31: 'Invoice',
};

export const SMART_INVOICE_TYPE_ID = 31;

export interface CrmTypeInfo {
	entityTypeId: number;
	title: string;
	baseFields: CrmFieldDef[];
	spa?: SpaType;
}

export function resolveCrmType(state: PortalState, entityTypeId: number): CrmTypeInfo | undefined {
	if (BUILT_IN_TYPES[entityTypeId]) {
		return { entityTypeId, title: BUILT_IN_TYPES[entityTypeId], baseFields: BUILT_IN_FIELDS[entityTypeId] };
	}
	const spa = state.crm.typeByEntityTypeId(entityTypeId);
	return spa ? { entityTypeId, title: spa.title, baseFields: SPA_FIELDS, spa } : undefined;
}

/** `assignedById` -> `ASSIGNED_BY_ID`, `ufCrm5_123` -> `UF_CRM_5_123`, `parentId1248` -> `PARENT_ID_1248`. */
export function upperNameOf(name: string): string {
	const uf = /^ufCrm(\d*)_(.+)$/.exec(name);
	if (uf) return uf[1] ? `UF_CRM_${uf[1]}_${uf[2]}` : `UF_CRM_${uf[2]}`;
	return name
		.replace(/([a-z])([A-Z])/g, '$1_$2')
		.replace(/([a-zA-Z])(\d)/g, '$1_$2')
		.toUpperCase();
}

/** `UF_CRM_5_123` -> `ufCrm5_123`, `UF_CRM_123` -> `ufCrm_123`; other names unchanged. */
export function camelUfName(name: string): string {
	const withPrefix = /^UF_CRM_(\d+)_(.+)$/i.exec(name);
	if (withPrefix) return `ufCrm${withPrefix[1]}_${withPrefix[2]}`;
	const plain = /^UF_CRM_(.+)$/i.exec(name);
	return plain ? `ufCrm_${plain[1]}` : name;
}

export function isDynamicFieldName(name: string): boolean {
	return /^ufCrm\d*_/.test(name) || /^parentId\d+$/.test(name);
}

function typeTitle(state: PortalState, entityTypeId: number): string {
	return BUILT_IN_TYPES[entityTypeId] ?? state.crm.typeByEntityTypeId(entityTypeId)?.title ?? `Type ${entityTypeId}`;
}

/** parentId<N> fields: N is a (non-predefined) parent of this type through some SPA's relations. */
function parentTypeIds(state: PortalState, entityTypeId: number): number[] {
	const parents = new Set<number>();
	for (const spa of state.crm.types.values()) {
		if (spa.entityTypeId === entityTypeId) {
			for (const relation of spa.relations.parent) if (relation.isPredefined === 'N') parents.add(relation.entityTypeId);
		}
		if (spa.relations.child.some((relation) => relation.entityTypeId === entityTypeId && relation.isPredefined === 'N')) {
			parents.add(spa.entityTypeId);
		}
	}
	return [...parents].sort((a, b) => a - b);
}

function dynamicDef(name: string, type: string, title: string, settings?: Record<string, unknown>): CrmFieldDef {
	const def: CrmFieldDef = {
		name,
		type,
		title,
		isRequired: false,
		isReadOnly: false,
		isImmutable: false,
		isMultiple: false,
		isDynamic: type !== 'crm_entity',
	};
	if (settings) def.settings = settings;
	return def;
}

/** Every field of a type: the standard ones, relation parents, custom fields made, and user fields seen in stored items. */
export function fieldsOfType(state: PortalState, info: CrmTypeInfo): CrmFieldDef[] {
	const fields = [...info.baseFields];
	const known = new Set(fields.map((field) => field.name));
	for (const parentId of parentTypeIds(state, info.entityTypeId)) {
		const name = `parentId${parentId}`;
		if (known.has(name)) continue;
		known.add(name);
		fields.push(dynamicDef(name, 'crm_entity', typeTitle(state, parentId), { parentEntityTypeId: parentId }));
	}
	for (const def of userFieldDefs(state, info.entityTypeId)) {
		if (known.has(def.name)) continue;
		known.add(def.name);
		fields.push(def);
	}
	for (const [name, sample] of state.crm.fieldsSeen(info.entityTypeId)) {
		if (known.has(name) || !isDynamicFieldName(name)) continue;
		known.add(name);
		fields.push(
			name.startsWith('parentId')
				? dynamicDef(name, 'crm_entity', name, { parentEntityTypeId: Number(name.slice(8)) })
				: dynamicDef(name, typeof sample === 'number' ? 'double' : 'string', upperNameOf(name)),
		);
	}
	return fields;
}
