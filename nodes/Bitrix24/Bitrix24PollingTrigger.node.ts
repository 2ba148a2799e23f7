import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { TRIGGER_CREDENTIALS, webhookAuthentication } from './trigger/descriptions';
import { runPoll } from './trigger/poll';

export class Bitrix24PollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bitrix24 Polling Trigger',
		name: 'bitrix24PollingTrigger',
		icon: { light: 'file:bitrix24.svg', dark: 'file:bitrix24.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"] + ": " + $parameter["resource"]}}',
		description: 'Starts the workflow for new or changed Bitrix24 records, checked on a schedule',
		defaults: {
			name: 'Bitrix24 Polling Trigger',
		},
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: TRIGGER_CREDENTIALS,
		properties: [
			webhookAuthentication,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Activity', value: 'activity', description: 'CRM activities (crm.activity.list)' },
					{ name: 'Company (Classic)', value: 'company', description: 'Companies as crm.company.list prints them' },
					{ name: 'Contact (Classic)', value: 'contact', description: 'Contacts as crm.contact.list prints them' },
					{
						name: 'CRM Item',
						value: 'crmItem',
						description: 'Records of any CRM type, smart processes included (crm.item.list)',
					},
					{ name: 'Deal (Classic)', value: 'deal', description: 'Deals as crm.deal.list prints them' },
					{ name: 'Lead (Classic)', value: 'lead', description: 'Leads as crm.lead.list prints them' },
					{ name: 'Task', value: 'task', description: 'Tasks (tasks.task.list)' },
				],
				default: 'crmItem',
			},
			{
				displayName: 'Entity Type ID',
				name: 'entityTypeId',
				type: 'number',
				default: 2,
				required: true,
				displayOptions: { show: { resource: ['crmItem'] } },
				description:
					'CRM object type: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 smart invoice, 128 and up smart processes',
			},
			{
				displayName: 'Trigger On',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'New', value: 'new', description: 'Records created since the last check' },
					{
						name: 'New or Updated',
						value: 'newOrUpdated',
						description: 'Records created or changed since the last check; a record changed several times counts once',
					},
				],
				default: 'new',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Filter',
						name: 'filter',
						type: 'json',
						default: '{}',
						description:
							'Only records matching this Bitrix24 list filter, e.g. {"categoryId": 0} or {"STAGE_ID": "WON"}',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await runPoll.call(this);
	}
}
