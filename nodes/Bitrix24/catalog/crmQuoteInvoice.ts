import { crmItemOperations } from './crmItemOperations';
import { id } from './fields';
import type { CatalogResource } from './types';

/** The entity type of a resource bound to one CRM type: sent with every call, never shown. */
const fixedEntityType = (entityTypeId: number) =>
	id('entityTypeId', 'Entity Type ID', 'entityTypeId', { type: 'hidden', default: String(entityTypeId) });

export const crmQuote: CatalogResource = {
	value: 'crmQuote',
	name: 'CRM Quote',
	description: 'Quotes (estimates) through the universal crm.item methods',
	operations: crmItemOperations(fixedEntityType(7), 'a quote'),
};

export const crmInvoice: CatalogResource = {
	value: 'crmInvoice',
	name: 'CRM Invoice',
	description: 'Smart invoices (the new invoices) through the universal crm.item methods',
	operations: crmItemOperations(fixedEntityType(31), 'an invoice'),
};
