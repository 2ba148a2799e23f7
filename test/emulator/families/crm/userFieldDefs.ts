/**
 * Custom fields made with crm.<entity>.userfield.add (smart processes' ones live under `CRM_<typeId>`),
 * as field definitions of their entity type:
 * labels in the portal's language, list items of enumerations, settings as stored.
 */
import type { Dict } from '../../php';
import { isDict, toPhpString } from '../../php';
import type { PortalState } from '../../state';
import type { CrmFieldDef } from './fieldCatalog';
import { camelUfName } from './typeRegistry';

const ENTITY_IDS: Record<number, string> = { 1: 'CRM_LEAD', 2: 'CRM_DEAL', 3: 'CRM_CONTACT', 4: 'CRM_COMPANY', 7: 'CRM_QUOTE', 31: 'CRM_SMART_INVOICE' };

const PORTAL_LANGUAGE = 'en';

function labelOf(values: Dict, name: string): string {
	const map = values[name];
	return isDict(map) ? toPhpString(map[PORTAL_LANGUAGE] ?? '') : '';
}

export function userFieldDefs(state: PortalState, entityTypeId: number): CrmFieldDef[] {
	const spa = state.crm.typeByEntityTypeId(entityTypeId);
	const entityId = ENTITY_IDS[entityTypeId] ?? (spa ? `CRM_${spa.id}` : undefined);
	if (!entityId) return [];
	return [...state.crm.userFields.fields.values()]
		.filter((record) => record.entityId === entityId)
		.sort((a, b) => Number(a.values.SORT) - Number(b.values.SORT) || a.id - b.id)
		.map(({ values }) => {
			const upperName = toPhpString(values.FIELD_NAME);
			const labels = {
				formLabel: labelOf(values, 'EDIT_FORM_LABEL') || upperName,
				listLabel: labelOf(values, 'LIST_COLUMN_LABEL') || upperName,
				filterLabel: labelOf(values, 'LIST_FILTER_LABEL') || upperName,
			};
			const def: CrmFieldDef = {
				name: camelUfName(upperName),
				type: toPhpString(values.USER_TYPE_ID),
				title: labels.formLabel,
				isRequired: values.MANDATORY === 'Y',
				isReadOnly: false,
				isImmutable: false,
				isMultiple: values.MULTIPLE === 'Y',
				isDynamic: true,
				labels,
				settings: isDict(values.SETTINGS) ? values.SETTINGS : {},
			};
			if (Array.isArray(values.LIST)) {
				def.items = (values.LIST as Dict[]).map((entry) => ({ ID: toPhpString(entry.ID), VALUE: toPhpString(entry.VALUE) }));
			}
			return def;
		});
}
