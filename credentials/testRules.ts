import type { IAuthenticateRuleResponseSuccessBody } from 'n8n-workflow';

/**
 * n8n shows only the HTTP status of a failed credential test, so the test request accepts
 * every status and these rules turn Bitrix24's own error codes into its own words.
 */
const KNOWN_FAILURES: Array<[string, string]> = [
	['NO_AUTH_FOUND', 'Wrong authorization data: the webhook code or token is not valid'],
	['expired_token', 'The access token provided has expired'],
	['invalid_token', 'The access token is not valid'],
	['insufficient_scope', 'The request requires higher privileges than the token provides'],
	['INVALID_CREDENTIALS', 'Invalid request credentials: the user lacks the rights'],
	['user_access_error', 'The user does not have access to the application'],
	['ACCESS_DENIED', 'REST API is available only on commercial plans, or access was denied'],
	['INVALID_REQUEST', 'Https required'],
	['PORTAL_DELETED', 'Portal was deleted'],
	['OVERLOAD_LIMIT', 'REST API is blocked due to overload'],
	['QUERY_LIMIT_EXCEEDED', 'Too many requests: wait a few seconds and test again'],
	['ERROR_METHOD_NOT_FOUND', 'Method not found: this address does not look like a Bitrix24 REST endpoint'],
];

export const bitrix24ErrorRules: IAuthenticateRuleResponseSuccessBody[] = KNOWN_FAILURES.map(
	([code, text]) => ({
		type: 'responseSuccessBody',
		properties: { key: 'error', value: code, message: `Bitrix24: ${text} (${code})` },
	}),
);
