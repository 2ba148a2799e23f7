import { integer, id, text } from './fields';
import type { CatalogField, CatalogResource } from './types';

const code = text('code', 'Code', 'CODE', {
	required: true,
	placeholder: 'e.g. payment_received',
	description: 'Code of the trigger, unique within this application: lower-case letters, digits, dots, dashes and underscores',
});

const appOnly = { needsApplication: true };

const owner: CatalogField[] = [
	integer('ownerTypeId', 'Owner Type ID', 'OWNER_TYPE_ID', {
		required: true,
		default: 2,
		description: 'CRM object type whose automation runs: 1 lead, 2 deal, 7 quote, 31 invoice, or a smart process type ID',
	}),
	id('ownerId', 'Owner ID', 'OWNER_ID', { placeholder: 'e.g. 12', description: 'ID of the CRM item' }),
];

export const automationTrigger: CatalogResource = {
	value: 'automationTrigger',
	name: 'Automation Trigger',
	description: 'Automation rule triggers of this application, and the "incoming webhook" trigger of CRM items',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create an automation trigger',
			description: 'Register a trigger of this application that automation rules can wait for (an existing code gets the new name)',
			method: 'crm.automation.trigger.add',
			fields: [code, text('name', 'Name', 'NAME', { required: true, description: 'Name users see in the automation rules' })],
			output: { kind: 'success' },
			retrySafe: true,
			...appOnly,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many automation triggers',
			description: 'List the triggers this application registered',
			method: 'crm.automation.trigger.list',
			fields: [],
			output: { kind: 'rows' },
			retrySafe: true,
			...appOnly,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete an automation trigger',
			description: 'Delete a trigger of this application',
			method: 'crm.automation.trigger.delete',
			fields: [code],
			output: { kind: 'deleted' },
			retrySafe: true,
			...appOnly,
		},
		{
			value: 'execute',
			name: 'Execute',
			action: 'Execute an automation trigger',
			description: 'Fire a trigger of this application on a CRM item, moving it on where its rules say so',
			method: 'crm.automation.trigger.execute',
			fields: [code, ...owner],
			output: { kind: 'success' },
			retrySafe: false,
			...appOnly,
		},
		{
			value: 'fireWebhook',
			name: 'Fire Webhook Trigger',
			action: 'Fire the incoming webhook trigger of an item',
			description: 'Fire the "Track incoming webhook" trigger set up in the automation rules of a CRM item',
			method: 'crm.automation.trigger',
			fields: [
				text('target', 'Target', 'target', {
					required: true,
					placeholder: 'e.g. DEAL_25',
					description: 'The CRM item as TYPENAME_ID: LEAD_25, DEAL_25, QUOTE_3, DYNAMIC_128_7, ...',
				}),
				text('triggerCode', 'Trigger Code', 'code', { description: 'Code from the trigger settings; empty fires the first matching trigger' }),
			],
			output: { kind: 'success' },
			retrySafe: false,
		},
	],
};
