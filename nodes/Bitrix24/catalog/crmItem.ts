import { crmItemOperations, ufNames } from './crmItemOperations';
import { id } from './fields';
import type { CatalogResource } from './types';

const entityTypeId = id('entityTypeId', 'Entity Type ID', 'entityTypeId', {
	default: '2',
	description:
		'CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 smart invoice, 128 and up smart processes.',
});

export const crmItem: CatalogResource = {
	value: 'crmItem',
	name: 'CRM Item',
	description: 'Any CRM record through the universal crm.item methods',
	operations: [
		...crmItemOperations(entityTypeId, 'a CRM item'),
		{
			value: 'getFields',
			name: 'Get Fields',
			action: 'Get the fields of a CRM item type',
			description: 'List the fields of a CRM item type with their types and labels',
			method: 'crm.item.fields',
			fields: [entityTypeId, ufNames],
			output: { kind: 'entries', path: 'fields', keyName: 'name' },
			retrySafe: true,
		},
	],
};
