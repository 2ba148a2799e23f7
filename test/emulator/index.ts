/**
 * A Bitrix24 portal emulator for tests: `startEmulator()` serves the REST API
 * on 127.0.0.1 with a random port. See README.md for what it covers.
 */
import { randomBytes } from 'crypto';
import { createServer } from 'http';
import type { AddressInfo } from 'net';
import type { Webhook } from './auth';
import { ScaledClock } from './clock';
import { createContext, findMethod, Runtime } from './dispatch';
import { RestError } from './errors';
import { FaultController } from './faults';
import { attachEventHub, EventHub } from './events/hub';
import type { Delivery, EventBinding } from './events/hub';
import { ALL_SCOPES } from './families/system';
import { OAuthServerInfo, OAuthTokenResponse, tokenResponse } from './oauth';
import { OperatingLimiter, OperatingLimitOptions, OperatingStats } from './operating';
import type { Dict } from './php';
import { LeakyBucket, RateLimitOptions } from './ratelimit';
import { buildRegistry } from './registry';
import { createRequestListener } from './server';
import { OpenLineChatSeed, PortalState, SeededOpenLineChat } from './state';
import { generateClientId, TokenStore } from './tokens';
import type { AuthContext, MethodResult, RecordedCall, RecordedRequest } from './types';

export interface EmulatorOptions {
	/** Port to listen on; 0 (default) picks a free one. */
	port?: number;
	webhookUserId?: number;
	webhookCode?: string;
	/** Scopes of the default inbound webhook (default: every emulated scope). */
	webhookScopes?: string[];
	/** Scopes granted to the default OAuth application's tokens. */
	appScopes?: string[];
	clientId?: string;
	clientSecret?: string;
	rateLimit?: Partial<RateLimitOptions>;
	operatingLimit?: Partial<OperatingLimitOptions>;
	/** Offset of the portal's time zone in every datetime string (default +03:00). */
	timezoneOffsetMinutes?: number;
	/** `domain` in token answers: the authorization server, not the portal (default oauth.bitrix.info). */
	authServerDomain?: string;
	/** Serve the test-only `/_emulator/...` control routes (control.ts) for clients in other processes. */
	controlRoutes?: boolean;
}

export interface OAuthClient {
	clientId: string;
	clientSecret: string;
}

export interface SeedOptions {
	/** The acting user (default 1). */
	userId?: number;
	/** The application whose context the call runs in (default: the emulator's OAuth client). */
	clientId?: string;
}

export interface Emulator {
	/** `http://127.0.0.1:PORT` */
	url: string;
	/** `${url}/rest/` — the `client_endpoint` of tokens. */
	restUrl: string;
	/** `${url}/rest/{webhookUserId}/{webhookCode}/` */
	webhookUrl: string;
	webhookCode: string;
	webhookUserId: number;
	oauthClient: OAuthClient;
	/** `${url}/oauth/token/` */
	tokenUrl: string;
	memberId: string;
	/** A fresh access + refresh pair as the token endpoint returns it on refresh (with `expires`, `user_id`). */
	issueTokens(options?: { clientId?: string; userId?: number }): OAuthTokenResponse;
	/** An authorization code for `grant_type=authorization_code` (valid 30 s, once). */
	issueAuthCode(options?: { clientId?: string; userId?: number }): string;
	expireAccessTokens(): void;
	/** Another OAuth application (its own entity storages and bots). */
	registerApplication(options?: { clientId?: string; clientSecret?: string; scopes?: string[]; userId?: number }): OAuthClient;
	/** Another inbound webhook. */
	addWebhook(options?: { userId?: number; code?: string; scopes?: string[] }): { code: string; url: string };
	requests: RecordedRequest[];
	calls: RecordedCall[];
	clearRecords(): void;
	faults: FaultController;
	rateLimit: {
		configure(options: Partial<RateLimitOptions>): void;
		readonly settings: RateLimitOptions;
		/** Current bucket level. */
		readonly counter: number;
		reset(): void;
	};
	operatingLimit: {
		configure(options: Partial<OperatingLimitOptions>): void;
		readonly settings: OperatingLimitOptions;
		stats(method: string, auth?: { webhookCode?: string; clientId?: string }): OperatingStats;
		reset(): void;
	};
	/** Emulated time of the limits (rate and operating); `advance(ms)` skips ahead. */
	limitsClock: ScaledClock;
	state: PortalState;
	seed: {
		/** Runs a method directly (no HTTP, no limits, not recorded); throws RestError on failure. */
		call(method: string, params?: Dict, options?: SeedOptions): MethodResult;
		openLineChat(seed?: OpenLineChatSeed): SeededOpenLineChat;
		/** Adds a crm item and returns its id. */
		crmItem(entityTypeId: number, fields?: Dict, options?: SeedOptions): number;
	};
	/** Outbound events: `event.bind` handlers, outgoing webhooks and the delivery queue (events/hub.ts). */
	events: EmulatorEvents;
	/** Clears recorded requests/calls, portal state (back to the default seed), faults and limit counters. */
	reset(): void;
	close(): Promise<void>;
}

export interface EmulatorEvents {
	/** The application_token of an application (default: the emulator's OAuth client), sent with its events. */
	applicationToken(clientId?: string): string;
	/** An outgoing webhook as set up in the portal's UI; its events carry its own application token. */
	addOutgoingWebhook(options: { handler: string; events: string[] }): { id: number; applicationToken: string };
	/** Handlers bound with event.bind, by every application. */
	readonly bindings: EventBinding[];
	/** Every event posted (or attempted), in order, with the handler's HTTP status or the error. */
	readonly deliveries: Delivery[];
	/** Posts events as if something changed in the portal (for events no emulated method raises). */
	raise(events: string[], data: Dict, actingUserId?: number): void;
	/** Resolves when every queued event has been posted. */
	settled(): Promise<void>;
}

function secret(bytes: number): string {
	return randomBytes(bytes).toString('hex');
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	const offsetMinutes = options.timezoneOffsetMinutes ?? 180;
	const state = new PortalState({ offsetMinutes });
	const limitsClock = new ScaledClock();
	const bucket = new LeakyBucket(limitsClock, options.rateLimit);
	const operating = new OperatingLimiter(limitsClock);
	if (options.operatingLimit) operating.configure(options.operatingLimit);
	const tokens = new TokenStore(Date.now);
	const faults = new FaultController(() => tokens.expireAccessTokens());
	const requests: RecordedRequest[] = [];
	const calls: RecordedCall[] = [];
	const runtime: Runtime = { registry: buildRegistry(() => state.settings.offsetMinutes), state, operating, faults, calls };

	const webhooks = new Map<string, Webhook>();
	const defaultWebhook: Webhook = { userId: options.webhookUserId ?? 1, code: options.webhookCode ?? secret(8), scopes: options.webhookScopes ?? [...ALL_SCOPES] };
	webhooks.set(defaultWebhook.code, defaultWebhook);
	const defaultApp = tokens.registerApp({
		clientId: options.clientId ?? generateClientId(),
		clientSecret: options.clientSecret ?? secret(24),
		scopes: options.appScopes ?? [...ALL_SCOPES],
		userId: 1,
	});
	const memberId = secret(16);

	let baseUrl = '';
	const oauthInfo = (): OAuthServerInfo => ({
		clientEndpoint: `${baseUrl}/rest/`,
		serverEndpoint: `${baseUrl}/rest/`,
		domain: options.authServerDomain ?? 'oauth.bitrix.info',
		memberId,
		status: 'L',
	});

	const eventHub = attachEventHub(
		state,
		new EventHub({
			portal: () => ({ domain: new URL(baseUrl).host, clientEndpoint: `${baseUrl}/rest/`, serverEndpoint: oauthInfo().serverEndpoint, memberId, status: 'L' }),
			issueToken: (clientId, userId) => {
				const { access } = tokens.issuePair(clientId, userId);
				return { accessToken: access.token, expiresIn: 3600, scope: access.scopes.join(',') };
			},
		}),
	);
	runtime.afterCall = (method, params, outcome, auth) => eventHub.observe(method, params, outcome, auth);

	const control = options.controlRoutes ? { expireAccessTokens: () => tokens.expireAccessTokens() } : undefined;
	const server = createServer(createRequestListener({ runtime, bucket, auth: { webhooks, tokens }, requests, oauthInfo, control }));
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	baseUrl = `http://127.0.0.1:${port}`;
	state.settings.baseUrl = baseUrl;

	const seedAuth = (seedOptions: SeedOptions = {}): AuthContext => ({
		kind: 'token',
		carrier: 'body-auth',
		userId: seedOptions.userId ?? 1,
		clientId: seedOptions.clientId ?? defaultApp.clientId,
		scopes: [...ALL_SCOPES],
		limiterKey: 'seed',
	});
	const seedCall = (method: string, params: Dict = {}, seedOptions?: SeedOptions): MethodResult => {
		const spec = findMethod(runtime.registry, method);
		if (!spec) throw new RestError('ERROR_METHOD_NOT_FOUND', 'Method not found', 404);
		return spec.handler(createContext(runtime, spec, params, seedAuth(seedOptions), false));
	};

	const emulator: Emulator = {
		url: baseUrl,
		restUrl: `${baseUrl}/rest/`,
		webhookUrl: `${baseUrl}/rest/${defaultWebhook.userId}/${defaultWebhook.code}/`,
		webhookCode: defaultWebhook.code,
		webhookUserId: defaultWebhook.userId,
		oauthClient: { clientId: defaultApp.clientId, clientSecret: defaultApp.clientSecret },
		tokenUrl: `${baseUrl}/oauth/token/`,
		memberId,
		issueTokens: (issue = {}) => tokenResponse(tokens.issuePair(issue.clientId ?? defaultApp.clientId, issue.userId), oauthInfo(), true),
		issueAuthCode: (issue = {}) => tokens.issueCode(issue.clientId ?? defaultApp.clientId, issue.userId),
		expireAccessTokens: () => tokens.expireAccessTokens(),
		registerApplication: (app = {}) => {
			const registered = tokens.registerApp({
				clientId: app.clientId ?? generateClientId(),
				clientSecret: app.clientSecret ?? secret(24),
				scopes: app.scopes ?? [...ALL_SCOPES],
				userId: app.userId ?? 1,
			});
			return { clientId: registered.clientId, clientSecret: registered.clientSecret };
		},
		addWebhook: (hook = {}) => {
			const created: Webhook = { userId: hook.userId ?? 1, code: hook.code ?? secret(8), scopes: hook.scopes ?? [...ALL_SCOPES] };
			webhooks.set(created.code, created);
			return { code: created.code, url: `${baseUrl}/rest/${created.userId}/${created.code}/` };
		},
		requests,
		calls,
		clearRecords: () => {
			requests.length = 0;
			calls.length = 0;
		},
		faults,
		rateLimit: {
			configure: (rateOptions) => bucket.configure(rateOptions),
			get settings() {
				return bucket.settings;
			},
			get counter() {
				return bucket.counter;
			},
			reset: () => bucket.reset(),
		},
		operatingLimit: {
			configure: (limitOptions) => operating.configure(limitOptions),
			get settings() {
				return operating.settings;
			},
			stats: (method, who = {}) => {
				const hook = webhooks.get(who.webhookCode ?? defaultWebhook.code) ?? defaultWebhook;
				const key = who.clientId ? `app:${who.clientId}` : `webhook:${hook.userId}:${hook.code}`;
				return operating.stats(findMethod(runtime.registry, method)?.name ?? method, key);
			},
			reset: () => operating.reset(),
		},
		limitsClock,
		state,
		seed: {
			call: seedCall,
			openLineChat: (seed) => state.seedOpenLineChat(seed),
			crmItem: (entityTypeId, fields = {}, seedOptions) => {
				const { result } = seedCall('crm.item.add', { entityTypeId, fields }, seedOptions);
				return ((result as Dict).item as Dict).id as number;
			},
		},
		events: {
			applicationToken: (clientId = defaultApp.clientId) => eventHub.applicationToken(clientId),
			addOutgoingWebhook: (hook) => {
				const created = eventHub.addOutgoingWebhook(hook);
				return { id: created.id, applicationToken: created.applicationToken };
			},
			get bindings() {
				return eventHub.bindings;
			},
			get deliveries() {
				return eventHub.deliveries;
			},
			raise: (codes, data, actingUserId) => eventHub.raise(codes, data, actingUserId),
			settled: () => eventHub.settled(),
		},
		reset: () => {
			requests.length = 0;
			calls.length = 0;
			state.reset();
			faults.clear();
			bucket.reset();
			operating.reset();
			eventHub.clear();
		},
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
	return emulator;
}

export { RestError } from './errors';
export type { Delivery, EventBinding } from './events/hub';
export type { FailureSpec, LatencySpec, DropSpec, MalformedSpec, MalformedKind } from './faults';
export type { OAuthTokenResponse } from './oauth';
export type { OperatingLimitOptions, OperatingStats } from './operating';
export type { RateLimitOptions } from './ratelimit';
export type { OpenLineChatSeed, SeededOpenLineChat } from './state';
export type { AuthCarrier, AuthKind, MethodResult, RecordedCall, RecordedRequest } from './types';
export { FaultController } from './faults';
export { PortalState } from './state';
export { ScaledClock } from './clock';
export { parsePhpQuery } from './phpQuery';
