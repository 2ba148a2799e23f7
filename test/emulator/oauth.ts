/**
 * The authorization server's `/oauth/token/`: `authorization_code` and
 * `refresh_token` grants, answering like oauth.bitrix.info.
 */
import type { Dict } from './php';
import { ACCESS_TOKEN_TTL_MS, TokenPair, TokenStore } from './tokens';

export interface OAuthTokenResponse {
	access_token: string;
	client_endpoint: string;
	domain: string;
	expires_in: number;
	member_id: string;
	refresh_token: string;
	scope: string;
	server_endpoint: string;
	status: string;
	/** Sent on refresh (and by `issueTokens()`): unix time when the access token expires. */
	expires?: number;
	/** Sent on refresh (and by `issueTokens()`). */
	user_id?: number;
}

export interface OAuthServerInfo {
	clientEndpoint: string;
	serverEndpoint: string;
	domain: string;
	memberId: string;
	status: string;
}

export function tokenResponse(pair: TokenPair, info: OAuthServerInfo, withRefreshFields: boolean): OAuthTokenResponse {
	const response: OAuthTokenResponse = {
		access_token: pair.access.token,
		client_endpoint: info.clientEndpoint,
		domain: info.domain,
		expires_in: ACCESS_TOKEN_TTL_MS / 1000,
		member_id: info.memberId,
		refresh_token: pair.refresh.token,
		scope: pair.access.scopes.join(','),
		server_endpoint: info.serverEndpoint,
		status: info.status,
	};
	if (withRefreshFields) {
		response.expires = Math.floor(pair.access.expiresAtMs / 1000);
		response.user_id = pair.access.userId;
	}
	return response;
}

export interface OAuthReply {
	status: number;
	body: Dict | OAuthTokenResponse;
}

function oauthError(status: number, error: string, description: string): OAuthReply {
	return { status, body: { error, error_description: description } };
}

function text(params: Dict, key: string): string {
	const value = params[key];
	return typeof value === 'string' ? value : '';
}

export function handleTokenRequest(params: Dict, tokens: TokenStore, info: OAuthServerInfo): OAuthReply {
	const grantType = text(params, 'grant_type');
	if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
		return oauthError(400, 'invalid_request', 'Unsupported or missing grant_type');
	}
	const app = tokens.apps.get(text(params, 'client_id'));
	if (!app || app.clientSecret !== text(params, 'client_secret')) {
		return oauthError(401, 'invalid_client', 'Invalid client_id or client_secret');
	}
	if (grantType === 'authorization_code') {
		const pair = tokens.redeemCode(text(params, 'code'), app.clientId);
		if (!pair) return oauthError(400, 'invalid_grant', 'Invalid or expired authorization code');
		return { status: 200, body: tokenResponse(pair, info, false) };
	}
	const pair = tokens.rotate(text(params, 'refresh_token'), app.clientId);
	if (!pair) return oauthError(400, 'invalid_grant', 'Invalid or expired refresh token');
	return { status: 200, body: tokenResponse(pair, info, true) };
}
