import { ScaledClock } from './clock';
import { Emulator, startEmulator } from './index';
import { LeakyBucket } from './ratelimit';
import { postJson, viaWebhook } from './support/client';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('leaky bucket', () => {
	it('drains on the emulated clock', () => {
		const clock = new ScaledClock();
		const bucket = new LeakyBucket(clock, { burst: 50, drainPerSecond: 2, timeScale: 0.000001 });
		for (let i = 0; i < 50; i++) expect(bucket.tryTake()).toBe(true);
		expect(bucket.tryTake()).toBe(false);
		clock.advance(500);
		expect(bucket.tryTake()).toBe(true);
		expect(bucket.tryTake()).toBe(false);
	});
});

describe('request rate limit over HTTP', () => {
	let emu: Emulator;

	beforeAll(async () => {
		emu = await startEmulator();
	});
	afterAll(() => emu.close());
	beforeEach(() => {
		emu.reset();
		// A near-frozen clock makes the burst deterministic however slow the machine is.
		emu.rateLimit.configure({ enabled: true, burst: 50, drainPerSecond: 2, timeScale: 0.0001 });
	});

	it('defaults to the standard plan: 50 requests, 2 per second', async () => {
		const fresh = await startEmulator();
		expect(fresh.rateLimit.settings).toEqual({ enabled: true, burst: 50, drainPerSecond: 2, timeScale: 1 });
		await fresh.close();
	});

	it('answers 503 QUERY_LIMIT_EXCEEDED after the burst, and serves again once drained', async () => {
		for (let i = 0; i < 50; i++) expect((await viaWebhook(emu, 'server.time')).status).toBe(200);
		const blocked = await viaWebhook(emu, 'server.time');
		expect({ status: blocked.status, body: blocked.body }).toEqual({
			status: 503,
			body: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' },
		});
		// 1 real second now counts as 2000 emulated seconds.
		emu.rateLimit.configure({ timeScale: 2000 });
		await sleep(50);
		expect((await viaWebhook(emu, 'server.time')).status).toBe(200);
	});

	it('counts a batch as one request', async () => {
		for (let i = 0; i < 49; i++) await viaWebhook(emu, 'server.time');
		const cmd = Array.from({ length: 50 }, () => 'server.time');
		expect((await viaWebhook(emu, 'batch', { cmd })).status).toBe(200);
		expect((await viaWebhook(emu, 'server.time')).status).toBe(503);
	});

	it('can be switched off', async () => {
		emu.rateLimit.configure({ enabled: false });
		for (let i = 0; i < 80; i++) expect((await viaWebhook(emu, 'server.time')).status).toBe(200);
	});
});

describe('operating-time limit', () => {
	let emu: Emulator;

	beforeAll(async () => {
		emu = await startEmulator({ rateLimit: { enabled: false } });
	});
	afterAll(() => emu.close());
	beforeEach(() => {
		emu.reset();
		emu.operatingLimit.configure({ enabled: true, limitSeconds: 1, extraSecondsPerCall: 0.6 });
	});
	afterEach(() => emu.operatingLimit.configure({ enabled: false, extraSecondsPerCall: 0 }));

	const list = () => viaWebhook(emu, 'crm.item.list', { entityTypeId: 2 });

	it('is off by default but reports operating and operating_reset_at', async () => {
		const fresh = await startEmulator();
		expect(fresh.operatingLimit.settings.enabled).toBe(false);
		const reply = await viaWebhook(fresh, 'server.time');
		expect(typeof reply.body.time.operating).toBe('number');
		expect(Number.isInteger(reply.body.time.operating_reset_at)).toBe(true);
		await fresh.close();
	});

	it('lets the call that crosses the limit finish and blocks the next with 429', async () => {
		const first = await list();
		expect(first.body.time.operating).toBeGreaterThanOrEqual(0.6);
		expect(first.body.time.operating_reset_at).toBeGreaterThan(Date.now() / 1000);
		expect((await list()).status).toBe(200);
		const blocked = await list();
		expect({ status: blocked.status, body: blocked.body }).toEqual({
			status: 429,
			body: { error: 'OPERATION_TIME_LIMIT', error_description: 'Method is blocked due to operation time limit' },
		});
		expect(emu.operatingLimit.stats('crm.item.list').operating).toBeGreaterThanOrEqual(1.2);
	});

	it('blocks only that method for that webhook or app', async () => {
		await list();
		await list();
		expect((await list()).status).toBe(429);
		expect((await viaWebhook(emu, 'server.time')).status).toBe(200);
		const other = emu.addWebhook();
		expect((await postJson(`${other.url}crm.item.list`, { entityTypeId: 2 })).status).toBe(200);
	});

	it('applies to batch sub-commands, not to the batch itself', async () => {
		await list();
		await list();
		const reply = await viaWebhook(emu, 'batch', { cmd: { deals: 'crm.item.list?entityTypeId=2', time: 'server.time' } });
		expect(reply.status).toBe(200);
		expect(reply.body.result.result_error).toEqual({ deals: { error: 'OPERATION_TIME_LIMIT', error_description: 'Method is blocked due to operation time limit' } });
		expect(Object.keys(reply.body.result.result)).toEqual(['time']);
	});

	it('unblocks when the ten-minute window has passed', async () => {
		await list();
		await list();
		expect((await list()).status).toBe(429);
		emu.limitsClock.advance(600_000);
		expect((await list()).status).toBe(200);
	});
});
