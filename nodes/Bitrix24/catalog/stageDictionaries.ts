import type { ListShape } from '../transport/pagination';

/** The CRM entity type of each resource bound to one type. */
export const RESOURCE_ENTITY_TYPES: Record<string, number> = {
	lead: 1,
	deal: 2,
	contact: 3,
	company: 4,
	crmQuote: 7,
	crmInvoice: 31,
};

/**
 * Types with pipelines (crm.category.*): deals, contacts and companies, smart invoices and smart
 * processes. Leads and quotes have one stage list; contacts and companies no stages.
 */
export function hasPipelines(entityTypeId: number): boolean {
	return [2, 3, 4, 31].includes(entityTypeId) || entityTypeId >= 128;
}

/**
 * The crm.status dictionary (`ENTITY_ID`) holding the stages of one pipeline of an entity type;
 * undefined for types without stages (contacts, companies).
 */
export function stageDictionary(entityTypeId: number, categoryId: number): string | undefined {
	if (entityTypeId === 1) return 'STATUS';
	if (entityTypeId === 7) return 'QUOTE_STATUS';
	if (entityTypeId === 2) return categoryId === 0 ? 'DEAL_STAGE' : `DEAL_STAGE_${categoryId}`;
	if (entityTypeId === 31) return `SMART_INVOICE_STAGE_${categoryId}`;
	if (entityTypeId >= 128) return `DYNAMIC_${entityTypeId}_STAGE_${categoryId}`;
	return undefined;
}

/** crm.status.list: rows in `result`, pages by `start`. */
export const STATUS_LIST: ListShape = { idKey: 'ID', filterParam: 'filter', orderParam: 'order', fast: false };

/** The entries of one dictionary in their order on the portal. */
export function statusListParams(entityId: string) {
	return { filter: { ENTITY_ID: entityId }, order: { SORT: 'ASC' } };
}
