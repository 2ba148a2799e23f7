/**
 * The portal's leaky bucket: +1 per HTTP request (a `batch` is one request),
 * draining `drainPerSecond`; above `burst` a request gets 503 QUERY_LIMIT_EXCEEDED.
 * Time runs on a ScaledClock so benchmarks can compress seconds.
 */
import { ScaledClock } from './clock';

export interface RateLimitOptions {
	enabled: boolean;
	/** X: how many requests fit in the bucket (standard plans 50, Enterprise 250). */
	burst: number;
	/** Y: requests drained per emulated second (standard plans 2, Enterprise 5). */
	drainPerSecond: number;
	/** Emulated seconds per real second; changes the shared limits clock. */
	timeScale: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { enabled: true, burst: 50, drainPerSecond: 2, timeScale: 1 };

export class LeakyBucket {
	private options: RateLimitOptions = { ...DEFAULT_RATE_LIMIT };
	private level = 0;
	private updatedAt: number;

	constructor(private readonly clock: ScaledClock, options: Partial<RateLimitOptions> = {}) {
		this.updatedAt = clock.now();
		this.configure(options);
	}

	configure(options: Partial<RateLimitOptions>): void {
		this.drain();
		this.options = { ...this.options, ...options };
		if (options.timeScale !== undefined) this.clock.setTimeScale(options.timeScale);
	}

	get settings(): RateLimitOptions {
		return { ...this.options, timeScale: this.clock.timeScale };
	}

	/** Current counter value after draining. */
	get counter(): number {
		this.drain();
		return this.level;
	}

	/** Counts one request; false when the bucket is already full. */
	tryTake(): boolean {
		if (!this.options.enabled) return true;
		this.drain();
		if (this.level + 1 > this.options.burst) return false;
		this.level += 1;
		return true;
	}

	reset(): void {
		this.level = 0;
		this.updatedAt = this.clock.now();
	}

	private drain(): void {
		const now = this.clock.now();
		const elapsedSeconds = Math.max(0, now - this.updatedAt) / 1000;
		this.level = Math.max(0, this.level - elapsedSeconds * this.options.drainPerSecond);
		this.updatedAt = now;
	}
}
