/**
 * Test-only control routes under `/_emulator/`, for a client that runs in another process
 * (the real-n8n e2e suite). Off unless `startEmulator({ controlRoutes: true })`; a real
 * portal has nothing like them.
 *
 * - `POST /_emulator/expire-tokens`: every current access token now answers 401 `expired_token`
 *   (the same as `emulator.expireAccessTokens()`); answers `{ "expired": true }`.
 */
export interface ControlActions {
	expireAccessTokens(): void;
}

export interface ControlReply {
	status: number;
	body: unknown;
}

export const CONTROL_PREFIX = '/_emulator/';

/** The reply to a control request, or undefined when the path is not a control route. */
export function handleControlRequest(pathname: string, httpMethod: string, actions: ControlActions): ControlReply | undefined {
	if (!pathname.startsWith(CONTROL_PREFIX)) return undefined;
	const action = pathname.slice(CONTROL_PREFIX.length).replace(/\/+$/, '');
	if (action === 'expire-tokens') {
		if (httpMethod !== 'POST') return { status: 405, body: { error: 'method_not_allowed' } };
		actions.expireAccessTokens();
		return { status: 200, body: { expired: true } };
	}
	return { status: 404, body: { error: 'unknown_control_route' } };
}
