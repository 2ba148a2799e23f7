/**
 * The HTTP side: routes `/rest/...` and `/oauth/token/`, applies faults, the
 * rate limit and authentication, runs the method and writes the envelope.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { authenticate, AuthSources, routeRestPath } from './auth';
import { ControlActions, handleControlRequest } from './control';
import { executeCall, findMethod, Runtime } from './dispatch';
import { successBody, timeBlock } from './envelope';
import { RestError, systemErrors } from './errors';
import { isCrmFileLink, serveCrmFile } from './families/crm/fileDownload';
import { serveDiskDownload } from './families/disk/download';
import type { LeakyBucket } from './ratelimit';
import { handleTokenRequest, OAuthServerInfo } from './oauth';
import { parseRequestParams } from './params';
import { Dict, isDict, phpValues } from './php';
import { countRows } from './rows';
import type { AuthContext, AuthKind, CallOutcome, RecordedRequest } from './types';

export interface ServerDeps {
	runtime: Runtime;
	bucket: LeakyBucket;
	auth: AuthSources;
	requests: RecordedRequest[];
	oauthInfo: () => OAuthServerInfo;
	/** Test-only `/_emulator/...` routes (see control.ts); absent unless enabled. */
	control?: ControlActions;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= MAX_BODY_BYTES) chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function sleep(ms: number): Promise<void> {
	return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

function withoutCredentials(params: Dict): Dict {
	const rest: Dict = { ...params };
	delete rest.auth;
	delete rest.access_token;
	return rest;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
	const text = JSON.stringify(body);
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
	res.end(text);
}

const MALFORMED_BODIES = {
	'truncated-json': { type: 'application/json; charset=utf-8', text: '{"result":{"items":[{"id":1,' },
	html: { type: 'text/html; charset=utf-8', text: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
	empty: { type: 'application/json; charset=utf-8', text: '' },
};

/** Rows in a batch answer: the sum over its sub-results. */
function rowsOf(method: string, outcome: CallOutcome): number {
	if (!outcome.ok) return 0;
	if (method.toLowerCase() !== 'batch') return outcome.rows;
	const sections = outcome.value.result;
	const results = isDict(sections) ? sections.result : undefined;
	return phpValues(results).reduce<number>((sum, value) => sum + countRows(value), 0);
}

export function createRequestListener(deps: ServerDeps) {
	const { runtime, bucket, requests } = deps;

	return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		const startedAt = Date.now();
		const url = new URL(req.url ?? '/', 'http://emulator.local');
		const rawBody = await readBody(req);
		const parsed = parseRequestParams(url.search.slice(1), req.headers['content-type'], rawBody);
		const record: RecordedRequest = {
			id: requests.length + 1,
			path: url.pathname + url.search,
			httpMethod: req.method ?? 'GET',
			query: parsed.query,
			body: parsed.body,
			params: parsed.merged,
			bodyKind: parsed.bodyKind,
			authKind: 'none' as AuthKind,
			headers: { ...req.headers },
			status: 0,
			response: undefined,
			startedAt,
		};
		requests.push(record);
		const respond = (status: number, body: unknown) => {
			record.status = status;
			record.response = body;
			record.finishedAt = Date.now();
			sendJson(res, status, body);
		};

		const control = deps.control && handleControlRequest(url.pathname, record.httpMethod, deps.control);
		if (control) {
			respond(control.status, control.body);
			return;
		}
		if (/^\/oauth\/token\/?$/.test(url.pathname)) {
			const reply = handleTokenRequest(parsed.merged, deps.auth.tokens, deps.oauthInfo());
			respond(reply.status, reply.body);
			return;
		}
		if (/^\/rest\/download\.json$/i.test(url.pathname) && record.httpMethod === 'GET') {
			const reply = serveDiskDownload(runtime.state.disk, parsed.query, Date.now());
			record.status = reply.status;
			record.finishedAt = Date.now();
			res.writeHead(reply.status, reply.headers);
			res.end(reply.body);
			return;
		}
		if (isCrmFileLink(url.pathname) && record.httpMethod === 'GET') {
			const reply = serveCrmFile(runtime.state, url.pathname, parsed.query, Date.now());
			record.status = reply.status;
			record.finishedAt = Date.now();
			res.writeHead(reply.status, reply.headers);
			res.end(reply.body);
			return;
		}
		const route = routeRestPath(url.pathname);
		if (!route) {
			record.status = 404;
			res.writeHead(404, { 'Content-Type': 'text/plain' });
			res.end('Not Found');
			return;
		}
		const method = route.method;
		record.restMethod = method;
		const fail = (error: RestError) => respond(error.status, error.toBody());

		if (runtime.faults.takeDrop(method, 'before')) {
			req.socket.destroy();
			return;
		}
		if (!bucket.tryTake()) {
			fail(systemErrors.queryLimit());
			return;
		}
		let auth: AuthContext;
		try {
			auth = authenticate(route, req.headers.authorization, parsed.query, parsed.body, deps.auth);
		} catch (error) {
			fail(error instanceof RestError ? error : systemErrors.internal());
			return;
		}
		record.authKind = auth.kind;
		record.authCarrier = auth.carrier;
		const injected = runtime.faults.takeFailure(method, false);
		if (injected) {
			fail(injected);
			return;
		}

		const outcome = executeCall(runtime, method, withoutCredentials(parsed.merged), auth, false);
		if (runtime.faults.takeDrop(method, 'after')) {
			req.socket.destroy();
			return;
		}
		await sleep(runtime.faults.delayFor(method, rowsOf(method, outcome)));
		const malformed = runtime.faults.takeMalformed(method);
		if (malformed) {
			const body = MALFORMED_BODIES[malformed.kind ?? 'truncated-json'];
			record.status = malformed.status ?? 200;
			record.response = body.text;
			res.writeHead(record.status, { 'Content-Type': body.type });
			res.end(body.text);
			return;
		}
		if (!outcome.ok) {
			fail(outcome.error);
			return;
		}
		const specName = findMethod(runtime.registry, method)?.name ?? method;
		const isBatch = specName === 'batch';
		const operating = isBatch ? undefined : runtime.operating.stats(specName, auth.limiterKey);
		const timing = { startMs: startedAt, finishMs: Date.now() };
		respond(200, successBody(outcome.value, timeBlock(timing, runtime.state.settings.offsetMinutes, operating)));
	};
}
