// Runs n8n's community package scanner (@n8n/scan-community-package) on a local directory.
// Its CLI only scans published packages (it needs the npm registry's provenance); the lint it
// runs is analyzePackage(), which is what this calls, with the scanner's own file patterns.
// analyzePackage() fails on errors only and reports nothing else, so the warnings are counted
// with a second pass over the same files, the same config and the scanner's own ESLint.
//   node --require e2e/lib/scan-typescript.cjs e2e/lib/scan.mjs <dir> tarball|source
//   -> {"passed":..., "message":..., "details":..., "warnings": [...]}
import { createRequire } from 'module';
import { resolve } from 'path';
import { pathToFileURL } from 'url';

// eslint-plugin-n8n-nodes-base changes its file-name rules when NODE_ENV is "test" (as under jest)
delete process.env.NODE_ENV;
const scannerPath = createRequire(import.meta.url).resolve('@n8n/scan-community-package/scanner/scanner.mjs');
const { analyzePackage, buildScanConfig, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scannerPath).href);
const { ESLint } = await import(pathToFileURL(createRequire(scannerPath).resolve('eslint')).href);
const glob = (await import(pathToFileURL(createRequire(scannerPath).resolve('fast-glob')).href)).default;

const [relative, leg] = process.argv.slice(2);
const dir = resolve(relative);
const patterns = leg === 'source' ? SOURCE_FILE_PATTERNS : ['**/*.js', 'package.json'];
const result = await analyzePackage(dir, patterns);

const eslint = new ESLint({ cwd: dir, allowInlineConfig: false, overrideConfigFile: true, overrideConfig: await buildScanConfig() });
const files = glob.sync(patterns, { cwd: dir, absolute: true, ignore: ['node_modules/**', '**/package-lock.json'] });
const warnings = (await eslint.lintFiles(files)).flatMap((file) =>
	file.messages.filter((message) => message.severity === 1).map((message) => `${file.filePath.slice(dir.length + 1)}:${message.line} ${message.ruleId}`),
);
process.stdout.write(JSON.stringify({ passed: result.passed, message: result.message ?? null, details: result.details ?? null, warnings }) + '\n');
process.exit(0);
