// Preloaded into the scanner's process (node --require). @n8n/scan-community-package 0.32.0
// pins typescript 7.0.2, which its own @typescript-eslint/parser (8.73) refuses to load
// ("typescript-eslint does not support TS 7.0"), so analyzePackage() cannot run as installed.
// Only for requires made from inside the scanner's own tree, `typescript` resolves to the
// project's TypeScript 5.x instead (inside the parser's supported range).
const Module = require('module');
const path = require('path');

const projectTypescript = require.resolve('typescript', { paths: [path.resolve(__dirname, '..', '..')] });
const scannerTree = `${path.sep}@n8n${path.sep}scan-community-package${path.sep}`;
const resolve = Module._resolveFilename;

Module._resolveFilename = function (request, parent, ...rest) {
	if (request === 'typescript' && parent && typeof parent.filename === 'string' && parent.filename.includes(scannerTree)) {
		return projectTypescript;
	}
	return resolve.call(this, request, parent, ...rest);
};
