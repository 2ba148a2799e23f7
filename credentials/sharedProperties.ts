import type { INodeProperties } from 'n8n-workflow';

export const portalUrlProperty: INodeProperties = {
	displayName: 'Portal URL',
	name: 'portalUrl',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. https://your-company.bitrix24.com',
	description: 'Address of your Bitrix24 portal, cloud or on-premise',
};

/** The portal's request budgets (rate and operating time), shared by every Bitrix24 credential. */
export const limitProperties: INodeProperties[] = [
	{
		displayName: 'Rate Limit',
		name: 'rateLimitPlan',
		type: 'options',
		options: [
			{
				name: 'Standard Plans (2 Requests per Second, Burst 50)',
				value: 'standard',
			},
			{
				name: 'Enterprise Plans (5 Requests per Second, Burst 250)',
				value: 'enterprise',
			},
			{
				name: 'Custom',
				value: 'custom',
			},
		],
		default: 'standard',
		description:
			'How fast the node may call the portal; Bitrix24 refuses requests above its plan limit',
	},
	{
		displayName: 'Requests per Second',
		name: 'requestsPerSecond',
		type: 'number',
		typeOptions: { minValue: 0.1, numberPrecision: 1 },
		default: 2,
		displayOptions: { show: { rateLimitPlan: ['custom'] } },
	},
	{
		displayName: 'Burst',
		name: 'burst',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'How many requests may go out at once before the rate applies',
		displayOptions: { show: { rateLimitPlan: ['custom'] } },
	},
	{
		displayName: 'Max Wait for a Blocked Method (Seconds)',
		name: 'operatingWaitSeconds',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 120,
		description:
			'When Bitrix24 blocks a method for using its operating-time budget (up to 10 minutes), wait this long for the block to lift; a longer block fails with the time to retry',
	},
];
