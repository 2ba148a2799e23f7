/** OAuth applications, access/refresh tokens and authorization codes. */
import { randomBytes } from 'crypto';

export const ACCESS_TOKEN_TTL_MS = 3600 * 1000;
export const REFRESH_TOKEN_TTL_MS = 180 * 86_400 * 1000;
export const AUTH_CODE_TTL_MS = 30 * 1000;

export interface OAuthApplication {
	clientId: string;
	clientSecret: string;
	scopes: string[];
	/** The user the application's tokens act for. */
	userId: number;
}

export interface TokenRecord {
	token: string;
	clientId: string;
	userId: number;
	scopes: string[];
	expiresAtMs: number;
}

export interface TokenPair {
	access: TokenRecord;
	refresh: TokenRecord;
}

function randomToken(bytes: number): string {
	return randomBytes(bytes).toString('hex');
}

export function generateClientId(): string {
	// 32 characters, so that entity codes may be 50 - strlen("APP_<clientId>_") = 13 long as in the docs.
	return `local.${randomToken(7)}.${randomToken(6).slice(0, 11)}`;
}

export class TokenStore {
	readonly apps = new Map<string, OAuthApplication>();
	private readonly accessTokens = new Map<string, TokenRecord>();
	private readonly refreshTokens = new Map<string, TokenRecord>();
	private readonly codes = new Map<string, TokenRecord>();

	constructor(private readonly now: () => number) {}

	registerApp(app: OAuthApplication): OAuthApplication {
		this.apps.set(app.clientId, app);
		return app;
	}

	issuePair(clientId: string, userId?: number): TokenPair {
		const app = this.requireApp(clientId);
		const owner = userId ?? app.userId;
		const now = this.now();
		const access = { token: randomToken(35), clientId, userId: owner, scopes: app.scopes, expiresAtMs: now + ACCESS_TOKEN_TTL_MS };
		const refresh = { token: randomToken(35), clientId, userId: owner, scopes: app.scopes, expiresAtMs: now + REFRESH_TOKEN_TTL_MS };
		this.accessTokens.set(access.token, access);
		this.refreshTokens.set(refresh.token, refresh);
		return { access, refresh };
	}

	issueCode(clientId: string, userId?: number): string {
		const app = this.requireApp(clientId);
		const code = randomToken(35);
		this.codes.set(code, { token: code, clientId, userId: userId ?? app.userId, scopes: app.scopes, expiresAtMs: this.now() + AUTH_CODE_TTL_MS });
		return code;
	}

	/** A code works once, for its own client, within 30 s. */
	redeemCode(code: string, clientId: string): TokenPair | undefined {
		const record = this.codes.get(code);
		if (!record || record.clientId !== clientId) return undefined;
		this.codes.delete(code);
		if (record.expiresAtMs <= this.now()) return undefined;
		return this.issuePair(clientId, record.userId);
	}

	/** Refreshing rotates both tokens; the old refresh token stops working. */
	rotate(refreshToken: string, clientId: string): TokenPair | undefined {
		const record = this.refreshTokens.get(refreshToken);
		if (!record || record.clientId !== clientId || record.expiresAtMs <= this.now()) return undefined;
		this.refreshTokens.delete(refreshToken);
		return this.issuePair(clientId, record.userId);
	}

	findAccess(token: string): TokenRecord | undefined {
		return this.accessTokens.get(token);
	}

	isExpired(record: TokenRecord): boolean {
		return record.expiresAtMs <= this.now();
	}

	expireAccessTokens(): void {
		const past = this.now() - 1;
		for (const record of this.accessTokens.values()) record.expiresAtMs = past;
	}

	clearTokens(): void {
		this.accessTokens.clear();
		this.refreshTokens.clear();
		this.codes.clear();
	}

	private requireApp(clientId: string): OAuthApplication {
		const app = this.apps.get(clientId);
		if (!app) throw new Error(`Unknown OAuth client ${clientId}`);
		return app;
	}
}
