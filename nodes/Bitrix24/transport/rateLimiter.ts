import { sleep } from 'n8n-workflow';

import type { RateSettings } from './connection';

/**
 * Client-side mirror of the portal's leaky bucket: every request adds one unit, the bucket
 * drains `perSecond` units a second, and a request that would overflow `burst` waits.
 * Buckets live for the whole process, so executions that share a portal share its limit.
 */
export class LeakyBucket {
	private level = 0;

	private updatedAt = Date.now();

	constructor(private rate: RateSettings) {}

	configure(rate: RateSettings): void {
		this.drain(Date.now());
		this.rate = rate;
		this.level = Math.min(this.level, this.capacity());
	}

	/** Milliseconds to wait before a request fits, or 0 after taking its place. */
	tryTake(now = Date.now()): number {
		this.drain(now);
		if (this.level + 1 <= this.capacity()) {
			this.level += 1;
			return 0;
		}
		return Math.ceil(((this.level + 1 - this.capacity()) / this.rate.perSecond) * 1000);
	}

	async take(): Promise<void> {
		for (;;) {
			const wait = this.tryTake();
			if (wait === 0) return;
			await sleep(wait);
		}
	}

	/** The portal said it is full: assume so until the bucket drains again. */
	markFull(now = Date.now()): void {
		this.drain(now);
		this.level = this.capacity();
	}

	/**
	 * One place is kept free: the portal starts draining only when a request arrives, so a
	 * bucket filled to the brim here would be over the brim there.
	 */
	private capacity(): number {
		return Math.max(this.rate.burst - 1, 1);
	}

	private drain(now: number): void {
		const elapsed = Math.max(now - this.updatedAt, 0) / 1000;
		this.level = Math.max(this.level - elapsed * this.rate.perSecond, 0);
		this.updatedAt = now;
	}
}

const buckets = new Map<string, LeakyBucket>();

export function bucketFor(portal: string, rate: RateSettings): LeakyBucket {
	let bucket = buckets.get(portal);
	if (!bucket) {
		bucket = new LeakyBucket(rate);
		buckets.set(portal, bucket);
	} else {
		bucket.configure(rate);
	}
	return bucket;
}
