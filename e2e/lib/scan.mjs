// Runs n8n's community package scanner (@n8n/scan-community-package) on a local directory.
// Its CLI only scans published packages (it needs the npm registry's provenance); the lint it
// runs is analyzePackage(), which is what this calls, with the scanner's own file patterns.
//   node e2e/lib/scan.mjs <dir> tarball|source   -> prints {"passed":..., "message":..., "details":...}
import { resolve } from 'path';

// eslint-plugin-n8n-nodes-base changes its file-name rules when NODE_ENV is "test" (as under jest)
delete process.env.NODE_ENV;
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import('@n8n/scan-community-package/scanner/scanner.mjs');

const [relative, leg] = process.argv.slice(2);
const dir = resolve(relative);
const patterns = leg === 'source' ? SOURCE_FILE_PATTERNS : ['**/*.js', 'package.json'];
const result = await analyzePackage(dir, patterns);
process.stdout.write(JSON.stringify({ passed: result.passed, message: result.message ?? null, details: result.details ?? null }) + '\n');
process.exit(0);
