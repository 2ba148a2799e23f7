/** Console reporting and the pass/fail tally that ends in `N passed, N failed`. */

export interface CheckResult {
	group: string;
	name: string;
	ok: boolean;
	skipped?: boolean;
	ms: number;
	error?: string;
}

const results: CheckResult[] = [];

export function log(message: string): void {
	process.stdout.write(`[e2e] ${message}\n`);
}

export function warn(message: string): void {
	process.stdout.write(`[e2e] WARNING: ${message}\n`);
}

function errorText(error: unknown): string {
	if (error instanceof Error) return error.stack && !/^\s*at /m.test(error.message) ? error.message : error.message;
	return String(error);
}

/** Runs one named check; a throw marks it failed (the run goes on). Returns whether it passed. */
export async function check(group: string, name: string, body: () => unknown | Promise<unknown>): Promise<boolean> {
	const began = Date.now();
	try {
		await body();
		const ms = Date.now() - began;
		results.push({ group, name, ok: true, ms });
		process.stdout.write(`  ok    ${group} › ${name} (${ms} ms)\n`);
		return true;
	} catch (error) {
		const ms = Date.now() - began;
		const text = errorText(error);
		results.push({ group, name, ok: false, ms, error: text });
		process.stdout.write(`  FAIL  ${group} › ${name} (${ms} ms)\n${text.replace(/^/gm, '        ')}\n`);
		return false;
	}
}

export function skip(group: string, name: string, why: string): void {
	results.push({ group, name, ok: true, skipped: true, ms: 0, error: why });
	process.stdout.write(`  SKIP  ${group} › ${name}: ${why}\n`);
}

export function allResults(): CheckResult[] {
	return results;
}

export function summary(): { passed: number; failed: number; skipped: number } {
	const skipped = results.filter((result) => result.skipped).length;
	const failed = results.filter((result) => !result.ok).length;
	return { passed: results.length - failed - skipped, failed, skipped };
}
