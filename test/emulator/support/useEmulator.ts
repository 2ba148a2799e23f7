/** The emulator of a test file: started once with the rate limit off, reset before each test. */
import type { Emulator } from '../index';
import { startEmulator } from '../index';

export interface TestPortal {
	emulator: Emulator;
	/** A fresh application access token for the current test. */
	token: string;
}

export function useEmulator(): TestPortal {
	const portal = {} as TestPortal;
	beforeAll(async () => {
		portal.emulator = await startEmulator({ rateLimit: { enabled: false } });
	});
	afterAll(() => portal.emulator.close());
	beforeEach(() => {
		portal.emulator.reset();
		portal.token = portal.emulator.issueTokens().access_token;
	});
	return portal;
}
