import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { portalUrlProperty, limitProperties } from './sharedProperties';
import { bitrix24ErrorRules } from './testRules';

export class Bitrix24Api implements ICredentialType {
	name = 'bitrix24Api';

	displayName = 'Bitrix24 Access Token (API Key) API';

	icon: Icon = { light: 'file:bitrix24.svg', dark: 'file:bitrix24.dark.svg' };

	documentationUrl = 'https://apidocs.bitrix24.com/settings/app-installation/local-apps/index.html';

	properties: INodeProperties[] = [
		portalUrlProperty,
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Access token of a local application on the portal, sent as the auth parameter',
		},
		...limitProperties,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			body: {
				auth: '={{$credentials.accessToken}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.portalUrl.replace(/\\/+$/, "")}}/rest/',
			method: 'POST',
			url: 'server.time',
			ignoreHttpStatusErrors: true,
		},
		rules: bitrix24ErrorRules,
	};
}
