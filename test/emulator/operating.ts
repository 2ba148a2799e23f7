/**
 * Per-method operating time for each app or webhook: one-minute baskets over a
 * rolling window. The check runs before a call, so the call that crosses the
 * limit completes and the next one gets 429 OPERATION_TIME_LIMIT.
 */
import { ScaledClock } from './clock';

export interface OperatingLimitOptions {
	/** Off by default, as the limit rarely matters; `time.operating` is reported either way. */
	enabled: boolean;
	limitSeconds: number;
	windowSeconds: number;
	/** Execution time charged per call on top of the (tiny) measured time, to reach the limit in tests. */
	extraSecondsPerCall: number;
}

export const DEFAULT_OPERATING_LIMIT: OperatingLimitOptions = {
	enabled: false,
	limitSeconds: 480,
	windowSeconds: 600,
	extraSecondsPerCall: 0,
};

const BASKET_MS = 60_000;

interface Basket {
	startMs: number;
	seconds: number;
}

export interface OperatingStats {
	operating: number;
	resetAtSeconds: number;
}

export class OperatingLimiter {
	private options: OperatingLimitOptions = { ...DEFAULT_OPERATING_LIMIT };
	private readonly baskets = new Map<string, Basket[]>();

	constructor(private readonly clock: ScaledClock) {}

	configure(options: Partial<OperatingLimitOptions>): void {
		this.options = { ...this.options, ...options };
	}

	get settings(): OperatingLimitOptions {
		return { ...this.options };
	}

	isBlocked(method: string, limiterKey: string): boolean {
		return this.options.enabled && this.stats(method, limiterKey).operating >= this.options.limitSeconds;
	}

	record(method: string, limiterKey: string, measuredSeconds: number): void {
		const now = this.clock.now();
		const list = this.live(method, limiterKey, now);
		const seconds = measuredSeconds + this.options.extraSecondsPerCall;
		const current = list[list.length - 1];
		if (current && now < current.startMs + BASKET_MS) current.seconds += seconds;
		else list.push({ startMs: now, seconds });
	}

	stats(method: string, limiterKey: string): OperatingStats {
		const now = this.clock.now();
		const list = this.live(method, limiterKey, now);
		const windowMs = this.options.windowSeconds * 1000;
		const oldest = list[0];
		return {
			operating: list.reduce((sum, basket) => sum + basket.seconds, 0),
			resetAtSeconds: Math.floor(((oldest ? oldest.startMs : now) + windowMs) / 1000),
		};
	}

	reset(): void {
		this.baskets.clear();
	}

	private live(method: string, limiterKey: string, now: number): Basket[] {
		const key = `${method.toLowerCase()}|${limiterKey}`;
		const windowMs = this.options.windowSeconds * 1000;
		const list = (this.baskets.get(key) ?? []).filter((basket) => basket.startMs + windowMs > now);
		this.baskets.set(key, list);
		return list;
	}
}
