import { spawnSync } from 'child_process';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

// n8n's community package scanner (@n8n/scan-community-package) on the sources it lints for
// verification: nodes/, credentials/ and package.json. `npm run test:e2e` also scans the packed
// tarball. Findings here block n8n's verification of the package.
it("passes n8n's community package scanner on the sources", () => {
	const run = spawnSync(
		process.execPath,
		['--require', join(ROOT, 'e2e/lib/scan-typescript.cjs'), join(ROOT, 'e2e/lib/scan.mjs'), ROOT, 'source'],
		{ cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
	);
	expect(run.stderr).toBe('');
	const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { passed: boolean; details: string | null };
	expect(result.details).toBeNull();
	expect(result.passed).toBe(true);
}, 120_000);
