/** Runs one REST method (a direct call or a batch sub-command) and records it. */
import { formatPortalDate } from './clock';
import { RestError, systemErrors } from './errors';
import type { FaultController } from './faults';
import type { OperatingLimiter } from './operating';
import type { Dict } from './php';
import { countRows } from './rows';
import type { PortalState } from './state';
import type { AuthContext, CallContext, CallOutcome, MethodResult, MethodSpec, RecordedCall } from './types';

export interface Runtime {
	registry: Map<string, MethodSpec>;
	state: PortalState;
	operating: OperatingLimiter;
	faults: FaultController;
	calls: RecordedCall[];
	/** Told about every executed method (direct or in batch), e.g. to raise outbound events. */
	afterCall?: (method: string, params: Dict, outcome: CallOutcome, auth: AuthContext) => void;
}

export function findMethod(registry: Map<string, MethodSpec>, method: string): MethodSpec | undefined {
	return registry.get(method.toLowerCase());
}

function hasScope(spec: MethodSpec, auth: AuthContext): boolean {
	return spec.scopes.includes('basic') || spec.scopes.some((scope) => auth.scopes.includes(scope));
}

/** The context a handler runs with; also used to seed state without recording a call. */
export function createContext(runtime: Runtime, spec: MethodSpec, params: Dict, auth: AuthContext, viaBatch: boolean): CallContext {
	const offset = runtime.state.settings.offsetMinutes;
	const nowMs = Date.now();
	return {
		method: spec.name,
		params,
		auth,
		state: runtime.state,
		viaBatch,
		nowMs,
		nowIso: formatPortalDate(nowMs, offset),
		formatDate: (ms) => formatPortalDate(ms, offset),
		invoke: (subMethod, subParams) => executeCall(runtime, subMethod, subParams, auth, true),
	};
}

function runHandler(runtime: Runtime, spec: MethodSpec, method: string, params: Dict, auth: AuthContext, viaBatch: boolean): MethodResult {
	if (viaBatch && spec.name === 'batch') throw systemErrors.batchMethodNotAllowed();
	if (!hasScope(spec, auth)) throw systemErrors.insufficientScope(auth.kind);
	if (viaBatch) {
		const injected = runtime.faults.takeFailure(method, true);
		if (injected) throw injected;
	}
	if (spec.name !== 'batch' && runtime.operating.isBlocked(spec.name, auth.limiterKey)) throw systemErrors.operationTimeLimit();
	return spec.handler(createContext(runtime, spec, params, auth, viaBatch));
}

export function executeCall(runtime: Runtime, method: string, params: Dict, auth: AuthContext, viaBatch: boolean): CallOutcome {
	const startMs = Date.now();
	const spec = findMethod(runtime.registry, method);
	let outcome: CallOutcome;
	try {
		if (!spec) throw systemErrors.methodNotFound();
		const value = runHandler(runtime, spec, method, params, auth, viaBatch);
		outcome = { ok: true, value, timing: { startMs, finishMs: Date.now() }, rows: countRows(value.result) };
	} catch (caught) {
		const error = caught instanceof RestError ? caught : systemErrors.internal();
		outcome = { ok: false, error, timing: { startMs, finishMs: Date.now() }, rows: 0 };
	}
	if (spec && spec.name !== 'batch' && !(outcome.ok === false && outcome.error.code === 'OPERATION_TIME_LIMIT')) {
		runtime.operating.record(spec.name, auth.limiterKey, (outcome.timing.finishMs - startMs) / 1000);
	}
	runtime.calls.push({
		method,
		params,
		viaBatch,
		authKind: auth.kind,
		...(outcome.ok
			? { result: outcome.value.result }
			: { error: { code: outcome.error.code, description: outcome.error.description, status: outcome.error.status } }),
	});
	runtime.afterCall?.(spec?.name ?? method, params, outcome, auth);
	return outcome;
}
