/** Switches for reliability tests: injected errors, latency, dropped connections, malformed bodies. */
import { ErrorCode, RestError } from './errors';

export interface FailureSpec {
	/** REST method to fail (case-insensitive); any method when omitted. */
	method?: string;
	status: number;
	error: ErrorCode;
	description: string;
	/** How many matching calls fail (default 1). */
	times?: number;
	/** Also fail matching `batch` sub-commands (they then land in `result_error`). */
	alsoInBatch?: boolean;
}

export interface LatencySpec {
	fixedMs: number;
	/** Extra delay per row returned (array results, `items`, `types`, batch sub-results). */
	perRowMs: number;
	/** Only delay this method when set. */
	method?: string;
}

export interface DropSpec {
	method?: string;
	/** Drop after the method ran (the client cannot know whether it succeeded). */
	afterExecute?: boolean;
}

export type MalformedKind = 'truncated-json' | 'html' | 'empty';

export interface MalformedSpec {
	method?: string;
	kind?: MalformedKind;
	status?: number;
}

interface PendingFailure extends FailureSpec {
	remaining: number;
}

function matches(wanted: string | undefined, method: string | undefined): boolean {
	return wanted === undefined || (method !== undefined && wanted.toLowerCase() === method.toLowerCase());
}

export class FaultController {
	private failures: PendingFailure[] = [];
	private drops: DropSpec[] = [];
	private malformed: MalformedSpec[] = [];
	private latencySpec: LatencySpec = { fixedMs: 0, perRowMs: 0 };

	constructor(private readonly expireTokens: () => void) {}

	/** The next `times` (default 1) matching calls answer with the given error. */
	inject(spec: FailureSpec): void {
		this.failures.push({ ...spec, remaining: spec.times ?? 1 });
	}

	injectOnce(spec: Omit<FailureSpec, 'times'>): void {
		this.inject({ ...spec, times: 1 });
	}

	setLatency(spec: Partial<LatencySpec>): void {
		this.latencySpec = { fixedMs: 0, perRowMs: 0, ...spec };
	}

	get latency(): LatencySpec {
		return { ...this.latencySpec };
	}

	dropNextConnection(spec: DropSpec = {}): void {
		this.drops.push(spec);
	}

	malformedNext(spec: MalformedSpec = {}): void {
		this.malformed.push(spec);
	}

	expireAccessTokens(): void {
		this.expireTokens();
	}

	/** Consumes a matching injected failure. */
	takeFailure(method: string | undefined, viaBatch: boolean): RestError | undefined {
		const index = this.failures.findIndex((failure) => (!viaBatch || failure.alsoInBatch) && matches(failure.method, method));
		if (index < 0) return undefined;
		const failure = this.failures[index];
		failure.remaining -= 1;
		if (failure.remaining <= 0) this.failures.splice(index, 1);
		return new RestError(failure.error, failure.description, failure.status);
	}

	takeDrop(method: string | undefined, phase: 'before' | 'after'): boolean {
		const index = this.drops.findIndex((drop) => Boolean(drop.afterExecute) === (phase === 'after') && matches(drop.method, method));
		if (index < 0) return false;
		this.drops.splice(index, 1);
		return true;
	}

	takeMalformed(method: string | undefined): MalformedSpec | undefined {
		const index = this.malformed.findIndex((spec) => matches(spec.method, method));
		if (index < 0) return undefined;
		return this.malformed.splice(index, 1)[0];
	}

	delayFor(method: string | undefined, rows: number): number {
		if (!matches(this.latencySpec.method, method)) return 0;
		return this.latencySpec.fixedMs + this.latencySpec.perRowMs * rows;
	}

	pendingFailures(): number {
		return this.failures.reduce((sum, failure) => sum + failure.remaining, 0);
	}

	clear(): void {
		this.failures = [];
		this.drops = [];
		this.malformed = [];
		this.latencySpec = { fixedMs: 0, perRowMs: 0 };
	}
}
