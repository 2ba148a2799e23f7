/** Types shared by the emulator's modules and its public API. */
import type { Dict } from './php';
import type { RestError } from './errors';
import type { PortalState } from './state';

export type AuthKind = 'webhook' | 'token' | 'none';

/** Where the credential was found on the request. */
export type AuthCarrier = 'webhook-path' | 'bearer' | 'query-auth' | 'body-auth' | 'query-access_token' | 'body-access_token';

export interface AuthContext {
	kind: 'webhook' | 'token';
	carrier: AuthCarrier;
	userId: number;
	/** The application's client id: set for tokens (application context), unset for webhooks. */
	clientId?: string;
	scopes: string[];
	/** Identifies the app or webhook for the per-method operating-time limit. */
	limiterKey: string;
}

/** What a method handler produces; `total`/`next` become the top-level list fields. */
export interface MethodResult {
	result: unknown;
	total?: number;
	next?: number;
}

export interface Timing {
	startMs: number;
	finishMs: number;
}

export type CallOutcome =
	| { ok: true; value: MethodResult; timing: Timing; rows: number }
	| { ok: false; error: RestError; timing: Timing; rows: number };

export interface CallContext {
	method: string;
	params: Dict;
	auth: AuthContext;
	state: PortalState;
	viaBatch: boolean;
	/** Current time in ms and in the portal's date format. */
	nowMs: number;
	nowIso: string;
	formatDate(ms: number): string;
	/** Runs another method with the same authorisation (used by `batch`). */
	invoke(method: string, params: Dict): CallOutcome;
}

export type MethodHandler = (ctx: CallContext) => MethodResult;

export interface MethodSpec {
	name: string;
	/** Any one of these scopes grants access; `basic` is always granted. */
	scopes: string[];
	handler: MethodHandler;
}

export interface RecordedRequest {
	id: number;
	path: string;
	httpMethod: string;
	/** The REST method named in the URL, as sent (without `.json`); undefined for the token endpoint. */
	restMethod?: string;
	query: Dict;
	body: Dict;
	/** Query and body merged, as the method sees them (including `auth` if it was sent). */
	params: Dict;
	bodyKind: string;
	authKind: AuthKind;
	authCarrier?: AuthCarrier;
	headers: Record<string, string | string[] | undefined>;
	status: number;
	response: unknown;
	startedAt: number;
	/** When the answer was sent; unset for a dropped connection. */
	finishedAt?: number;
}

export interface RecordedCall {
	method: string;
	params: Dict;
	viaBatch: boolean;
	authKind: 'webhook' | 'token';
	result?: unknown;
	error?: { code: string | number; description: string; status: number };
}
