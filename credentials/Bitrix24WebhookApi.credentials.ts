import type {
	IAuthenticate,
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { limitProperties } from './sharedProperties';
import { bitrix24ErrorRules } from './testRules';

const WEBHOOK_URL = /^(https?:\/\/[^/\s?#]+\/rest\/\d+\/[^/\s?#]+)\/?$/;

export class Bitrix24WebhookApi implements ICredentialType {
	name = 'bitrix24WebhookApi';

	displayName = 'Bitrix24 Webhook API';

	icon: Icon = { light: 'file:bitrix24.svg', dark: 'file:bitrix24.dark.svg' };

	documentationUrl = 'https://apidocs.bitrix24.com/local-integrations/local-webhooks.html';

	properties: INodeProperties[] = [
		{
			displayName: 'Webhook URL',
			name: 'webhookUrl',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'e.g. https://your-company.bitrix24.com/rest/1/abc123def456/',
			description:
				'The inbound webhook URL from Developer resources > Other > Inbound webhook; it ends with /rest/USER_ID/CODE/',
		},
		...limitProperties,
	];

	/** The secret code lives in the path, so the webhook URL becomes the base of every request. */
	authenticate: IAuthenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => {
		const match = WEBHOOK_URL.exec(String(credentials.webhookUrl ?? '').trim());
		if (!match) {
			throw new Error(
				'The webhook URL is malformed: expected https://your-company.bitrix24.com/rest/USER_ID/CODE/',
			);
		}
		return { ...requestOptions, baseURL: `${match[1]}/` };
	};

	test: ICredentialTestRequest = {
		request: {
			method: 'POST',
			url: 'server.time',
			ignoreHttpStatusErrors: true,
		},
		rules: bitrix24ErrorRules,
	};
}
