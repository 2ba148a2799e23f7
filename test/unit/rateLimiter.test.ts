import { LeakyBucket } from '../../nodes/Bitrix24/transport/rateLimiter';

describe('LeakyBucket', () => {
	it('lets a burst through (keeping one place free), then spaces requests at the drain rate', () => {
		const bucket = new LeakyBucket({ perSecond: 2, burst: 4 });
		const start = Date.now();
		expect([bucket.tryTake(start), bucket.tryTake(start), bucket.tryTake(start)]).toEqual([0, 0, 0]);
		expect(bucket.tryTake(start)).toBe(500);
		expect(bucket.tryTake(start + 500)).toBe(0);
		expect(bucket.tryTake(start + 500)).toBe(500);
	});

	it('a new, smaller limit takes effect at once, without a backlog from the old one', () => {
		const bucket = new LeakyBucket({ perSecond: 1000, burst: 1000 });
		const start = Date.now();
		bucket.markFull(start);
		bucket.configure({ perSecond: 2, burst: 5 });
		expect(bucket.tryTake(start)).toBe(500);
	});

	it('after the portal refuses, waits a full drain step before the next request', () => {
		const bucket = new LeakyBucket({ perSecond: 5, burst: 250 });
		const start = Date.now();
		expect(bucket.tryTake(start)).toBe(0);
		bucket.markFull(start);
		expect(bucket.tryTake(start)).toBe(200);
		expect(bucket.tryTake(start + 200)).toBe(0);
	});
});
