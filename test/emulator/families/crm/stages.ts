/** Default pipelines and stages per type, and the stage semantics (P in progress, S success, F failure). */
import type { PortalState } from '../../state';
import type { CrmTypeInfo } from './typeRegistry';
import { SMART_INVOICE_TYPE_ID } from './typeRegistry';

const SMART_INVOICE_CATEGORY_ID = 2;

export function hasField(info: CrmTypeInfo, name: string): boolean {
	return info.baseFields.some((field) => field.name === name);
}

export function defaultCategoryId(info: CrmTypeInfo): number | null {
	if (!hasField(info, 'categoryId')) return null;
	if (info.spa) return info.spa.defaultCategoryId;
	if (info.entityTypeId === SMART_INVOICE_TYPE_ID) return SMART_INVOICE_CATEGORY_ID;
	return 0;
}

export function defaultStageId(info: CrmTypeInfo, categoryId: number | null): string | null {
	if (!hasField(info, 'stageId')) return null;
	switch (info.entityTypeId) {
		case 1:
			return 'NEW';
		case 2:
			return categoryId ? `C${categoryId}:NEW` : 'NEW';
		case 7:
			return 'DRAFT';
		case SMART_INVOICE_TYPE_ID:
			return `DT31_${categoryId ?? SMART_INVOICE_CATEGORY_ID}:N`;
		default:
			return `DT${info.entityTypeId}_${categoryId ?? 0}:NEW`;
	}
}

const SUCCESS = [/(^|:)WON$/, /(^|:)CONVERTED$/, /(^|:)APPROVED$/, /:SUCCESS$/, /^DT31_\d+:P$/];
const FAILURE = [/(^|:)LOSE$/, /(^|:)JUNK$/, /(^|:)DECLAINED$/, /:FAIL$/, /^DT31_\d+:D$/];

export function stageSemantic(stageId: unknown): 'P' | 'S' | 'F' {
	const stage = typeof stageId === 'string' ? stageId : '';
	if (SUCCESS.some((pattern) => pattern.test(stage))) return 'S';
	if (FAILURE.some((pattern) => pattern.test(stage))) return 'F';
	return 'P';
}

export function newSpaCategoryId(state: PortalState): number {
	return state.crm.categoryIds.next();
}
