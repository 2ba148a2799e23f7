import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { EVENTS } from './eventCatalog';

export const TRIGGER_CREDENTIALS: INodeCredentialDescription[] = [
	{ name: 'bitrix24OAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
	{ name: 'bitrix24WebhookApi', required: true, displayOptions: { show: { authentication: ['webhook'] } } },
	{ name: 'bitrix24Api', required: true, displayOptions: { show: { authentication: ['apiKey'] } } },
];

const authenticationOptions = [
	{ name: 'API Key (Local Application Token)', value: 'apiKey' },
	{ name: 'OAuth2', value: 'oAuth2' },
	{ name: 'Webhook URL', value: 'webhook' },
];

/** Binding events needs an application, so the instant trigger starts with OAuth2. */
export const oAuth2Authentication: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: authenticationOptions,
	default: 'oAuth2',
};

/** Polling works with every credential; the simplest one comes first. */
export const webhookAuthentication: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: authenticationOptions,
	default: 'webhook',
};

const eventOptions = [...EVENTS]
	.sort((a, b) => a.name.localeCompare(b.name))
	.map(({ name, value, description, applicationOnly }) => ({
		name,
		value,
		description: applicationOnly ? `${description} (applications only)` : description,
	}));

const appAuth = { authentication: ['oAuth2', 'apiKey'] };

export const instantTriggerProperties: INodeProperties[] = [
	oAuth2Authentication,
	{
		displayName: 'Registration',
		name: 'registration',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: appAuth },
		options: [
			{
				name: 'Automatic (Event.bind)',
				value: 'automatic',
				description: 'Activating the workflow binds the events to its URL; deactivating unbinds them',
			},
			{
				name: 'Manual (Outgoing Webhook)',
				value: 'manual',
				description: 'You create an outgoing webhook in Bitrix24 that posts to this node\'s URL',
			},
		],
		default: 'automatic',
	},
	{
		displayName: 'Registration',
		name: 'registration',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { authentication: ['webhook'] } },
		options: [
			{
				name: 'Manual (Outgoing Webhook)',
				value: 'manual',
				description: 'Bitrix24 lets only applications bind events, so an inbound webhook needs an outgoing one',
			},
		],
		default: 'manual',
	},
	{
		displayName:
			'In Bitrix24 open Developer resources > Other > Outgoing webhook, paste this node\'s Production URL (shown above under Webhook URLs) as the handler address, tick the events, save, and copy the Application Token Bitrix24 shows into the field below',
		name: 'manualNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { registration: ['manual'] } },
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: eventOptions,
		default: [],
		required: true,
		displayOptions: { show: { registration: ['automatic'] } },
		description: 'The events to bind; type to search by name',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: eventOptions,
		default: [],
		displayOptions: { show: { registration: ['manual'] } },
		description:
			'Events that start the workflow; others are answered and ignored. Leave empty to accept every event the outgoing webhook sends.',
	},
	{
		displayName: 'Application Token',
		name: 'applicationToken',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		displayOptions: { show: { registration: ['manual'] } },
		description:
			'The Application Token of the outgoing webhook; a call carrying another token is refused with 403 and starts nothing',
	},
	{
		displayName: 'Application Token',
		name: 'applicationToken',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		displayOptions: { show: { registration: ['automatic'] } },
		description:
			'The application_token Bitrix24 gave the application at installation; every call must carry it. When empty, n8n 1.x keeps the token of the first event that reaches the registered URL and checks later calls against it; n8n 2.x does not keep it, so there only the random key in the registered URL guards it: fill this in.',
	},
	{
		displayName: 'Fetch Full Record',
		name: 'fetchRecord',
		type: 'boolean',
		default: false,
		description:
			'Whether to load the changed record (CRM item, smart-process item, activity, timeline comment, task or calendar event) and output it instead of the bare ID',
	},
	{
		displayName: 'CRM Record Format',
		name: 'crmFormat',
		type: 'options',
		displayOptions: { show: { fetchRecord: [true] } },
		options: [
			{
				name: 'Universal (Crm.item.get, camelCase)',
				value: 'item',
				description: 'The same shape for every CRM type, smart processes included',
			},
			{
				name: 'Classic (Crm.deal.get and Siblings, UPPER_CASE)',
				value: 'legacy',
				description: 'Leads, deals, contacts and companies as the crm.lead/deal/contact/company methods print them',
			},
		],
		default: 'item',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Smart Process Type ID',
				name: 'smartProcessTypeId',
				type: 'number',
				default: 0,
				description:
					'Entity type ID of one smart process (128 and up): its item events are bound as e.g. ONCRMDYNAMICITEMADD_128 and items of other types are ignored. 0 means every type.',
			},
		],
	},
];
