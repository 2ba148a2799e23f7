import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { Emulator, EmulatorOptions } from '../emulator';
import { startEmulator } from '../emulator';
import type { CredentialFixtures } from '../harness/credentialsHelper';

export type AuthKind = 'webhook' | 'oAuth2' | 'apiKey';

export const AUTH_KINDS: AuthKind[] = ['webhook', 'oAuth2', 'apiKey'];

/** A rate the client may use when a test is not about rate limits. */
export const FAST_RATE = { rateLimitPlan: 'custom', requestsPerSecond: 1000, burst: 1000 };

export function credentialsFor(
	emulator: Emulator,
	rate: ICredentialDataDecryptedObject = FAST_RATE,
): CredentialFixtures {
	return {
		bitrix24WebhookApi: { webhookUrl: emulator.webhookUrl, ...rate },
		bitrix24OAuth2Api: {
			portalUrl: emulator.url,
			clientId: emulator.oauthClient.clientId,
			clientSecret: emulator.oauthClient.clientSecret,
			accessTokenUrl: emulator.tokenUrl,
			grantType: 'authorizationCode',
			authentication: 'body',
			oauthTokenData: { ...emulator.issueTokens() },
			...rate,
		},
		bitrix24Api: { portalUrl: emulator.url, accessToken: emulator.issueTokens().access_token, ...rate },
	};
}

/** An emulated portal whose own rate limit is out of the way unless a test sets one. */
export async function startPortal(options: EmulatorOptions = {}): Promise<Emulator> {
	return await startEmulator({ rateLimit: { enabled: false }, ...options });
}

/** The calls the portal executed for one REST method, batch sub-commands included. */
export function callsOf(emulator: Emulator, method: string) {
	return emulator.calls.filter((call) => call.method === method);
}
