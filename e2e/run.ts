/**
 * `npm run test:e2e`: the package in a real, self-hosted n8n.
 *
 * For each pinned n8n version (installed once into .e2e/, reused afterwards): install the packed
 * package as a community package, import one credential of each type and the workflows, run
 * each workflow with `n8n execute --id ... --rawOutput` against the Bitrix24 emulator (served
 * by this process on 127.0.0.1), and check outputs and what the emulator received; then run the
 * instant trigger under `n8n start` (activating binds, a portal change starts an execution,
 * deactivating unbinds); then start the editor and drive it in headless Chromium. Once: `npm pack` and n8n's package scanner.
 *
 * Options: --versions=2.41.1,1.123.81  --only=<regex on check names>  --skip-browser
 *          --skip-package-check  --keep (leave the n8n user folders in .e2e/work)
 *          --lanes=N (default 2: workflows split over N n8n user folders and emulators, run side by side)
 *          --all-operations (every catalog operation, not only the foundation issue's 63)
 * Ends with the line `N passed, N failed`; exit code 0 only when nothing failed.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'fs';
import { basename, join, resolve } from 'path';

import { startEmulator } from '../test/emulator';
import type { Emulator } from '../test/emulator';
import { ensureChromium } from './lib/chromium';
import type { ChromiumResult } from './lib/chromium';
import { editorChecks, editorWorkflow } from './lib/editor';
import { credentialsFor, PACKAGE_NAME } from './lib/fixtures';
import { describeBytes, ensureN8n, N8nInstall, TARGETS, targetNodeMajor } from './lib/install';
import { execute, freshInstance, importCredentials, importWorkflows, installPackage, N8nInstance } from './lib/n8n';
import { pack, packageChecks, PackedPackage } from './lib/packageCheck';
import { runningCount, runOk, stopAll, stopAllOnSignals } from './lib/proc';
import { allResults, check, log, skip, summary, warn } from './lib/report';
import { triggerChecks } from './lib/trigger';
import { oauthExpiryScenarios, operationScenarios, operationsWithoutWorkflows, Scenario, scenarios } from './lib/suite';

const REPO = resolve(__dirname, '..');
const CACHE = join(REPO, '.e2e');
// per run: another run in the same checkout (a second .ci/run, say) must not share databases or files
const WORK = join(CACHE, 'work', `${Date.now()}-${process.pid}`);
const ARTIFACTS = join(REPO, 'test-artifacts', 'e2e');

interface Options {
	versions: string[];
	only?: RegExp;
	skipBrowser: boolean;
	skipPackageCheck: boolean;
	keep: boolean;
	/** Every catalog operation, not only the foundation's. */
	allOperations: boolean;
	/** Workflows run in this many n8n user folders side by side. */
	lanes: number;
}

function parseOptions(argv: string[]): Options {
	const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
	const versions = (value('versions') ?? process.env.E2E_N8N_VERSIONS ?? Object.keys(TARGETS).join(',')).split(',').filter(Boolean);
	for (const version of versions) if (!TARGETS[version]) throw new Error(`unknown n8n version ${version}; known: ${Object.keys(TARGETS).join(', ')}`);
	const only = value('only');
	return {
		versions,
		only: only ? new RegExp(only, 'i') : undefined,
		skipBrowser: argv.includes('--skip-browser'),
		skipPackageCheck: argv.includes('--skip-package-check'),
		keep: argv.includes('--keep'),
		allOperations: argv.includes('--all-operations'),
		lanes: Math.max(1, Number(value('lanes') ?? process.env.E2E_LANES ?? 2)),
	};
}

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(0)} s`;
}

/**
 * One lane: its own n8n user folder (database) and its own emulator, running its share of the
 * workflows one after another. Lanes run side by side (one n8n process each, 2 cores here).
 */
async function runLane(
	lane: number,
	install: N8nInstall,
	packed: PackedPackage,
	emulator: Emulator,
	pick: (all: Scenario[]) => Scenario[],
	options: Options,
): Promise<N8nInstance | undefined> {
	const group = `n8n ${install.target.version}`;
	const artifacts = join(ARTIFACTS, `n8n-${install.target.version}`, `lane-${lane}`);
	const instance = freshInstance(install, WORK, artifacts, lane);
	const ready = await check(group, `lane ${lane}: package installed into .n8n/nodes/node_modules/${PACKAGE_NAME}`, async () => {
		await installPackage(instance, packed.tarball, PACKAGE_NAME);
	});
	if (!ready) return undefined;

	const credentials = credentialsFor(emulator);
	const all: Scenario[] = [
		...operationScenarios(emulator, options.allOperations),
		...scenarios(emulator),
		...oauthExpiryScenarios(emulator),
	].filter((scenario) => !options.only || options.only.test(`${scenario.group} ${scenario.name}`));
	const mine = pick(all);
	const imported = await check(group, `lane ${lane}: import:credentials (3 types), import:workflow (${mine.length} workflows)`, async () => {
		await importCredentials(instance, credentials.file);
		await importWorkflows(instance, [...mine.map((scenario) => scenario.workflow), editorWorkflow()]);
	});
	if (!imported) return undefined;

	const context = { emulator, instance, importedOAuth: credentials.issued.oauth };
	for (const scenario of mine) {
		await check(`${group} ${scenario.group}`, scenario.name, async () => {
			const attempt = async () => {
				emulator.reset();
				scenario.setup?.(emulator);
				emulator.clearRecords();
				return await execute(instance, scenario.workflow.id);
			};
			let execution = await attempt();
			if (execution.code === null && execution.run?.status) {
				// n8n 2.41.1 on Node 24 now and then dies with SIGSEGV while shutting down (about 1 run in
				// 15, never on 1.x, whose legacy expression engine has no isolated-vm), after it printed the
				// finished run: that run is the result, checked like any other
				warn(`n8n execute --id=${scenario.workflow.id} printed its run (${execution.run.status}), then was ended by ${execution.signal}`);
				execution = { ...execution, code: execution.run.status === 'success' ? 0 : 1 };
			} else if (execution.code === null) {
				// ended by a signal before printing a result: the scenario starts from a reset portal, so it runs once more
				warn(`n8n execute --id=${scenario.workflow.id} was ended by ${execution.signal} without a result; running "${scenario.name}" again`);
				execution = await attempt();
			}
			try {
				await scenario.verify(execution, context);
			} catch (error) {
				const file = join(artifacts, `failed-${scenario.workflow.id}.txt`);
				const exit = execution.code ?? execution.signal;
				const seen = emulator.requests
					.map((request) => `${request.httpMethod} ${request.path.split('?')[0]} ${request.authCarrier ?? '-'} ${request.status} ${request.headers['user-agent'] ?? ''}`)
					.join('\n');
				writeFileSync(
					file,
					`# ${scenario.name}\n# exit ${exit}\n\n## emulator ${emulator.url} received\n${seen}\n\n## stdout\n${execution.stdout}\n\n## stderr\n${execution.stderr}\n`,
				);
				throw new Error(`${(error as Error).message}\n(n8n output: ${file})`);
			}
		});
	}
	return instance;
}

async function runVersion(install: N8nInstall, packed: PackedPackage, emulators: Emulator[], options: Options, chromium: Promise<ChromiumResult>) {
	const version = install.target.version;
	const group = `n8n ${version}`;
	const began = Date.now();
	for (const { key, why } of operationsWithoutWorkflows(options.allOperations)) skip(`${group} operations`, key, why);

	// The OAuth2 pair must run in order and last (it expires every token of its emulator): the
	// last lane takes it; the other workflows are dealt round-robin.
	const lanes = emulators.length;
	const pick = (lane: number) => (all: Scenario[]) => {
		const oauth = all.filter((scenario) => scenario.group === 'oauth2');
		const rest = all.filter((scenario) => scenario.group !== 'oauth2').filter((_, index) => index % lanes === lane);
		return lane === lanes - 1 ? [...rest, ...oauth] : rest;
	};
	const instances = await Promise.all(emulators.map((emulator, lane) => runLane(lane, install, packed, emulator, pick(lane), options)));
	log(`${group}: workflows done in ${seconds(Date.now() - began)} (${lanes} lane(s))`);

	if (!options.only || options.only.test(`${group} instant trigger`)) {
		const triggerBegan = Date.now();
		await triggerChecks(install, packed.tarball, WORK, join(ARTIFACTS, `n8n-${version}`, 'trigger'));
		log(`${group}: instant trigger done in ${seconds(Date.now() - triggerBegan)}`);
	}

	const instance = instances[0];
	if (options.skipBrowser) {
		skip(group, 'editor in headless Chromium', '--skip-browser');
	} else if (instance) {
		const browser = await chromium;
		if (!browser.executable) {
			warn(`!!! THE EDITOR CHECK DID NOT RUN: ${browser.reason} !!!`);
			skip(group, 'editor in headless Chromium', browser.reason ?? 'no chromium');
		} else {
			await editorChecks(instance, browser.executable, emulators[0], join(ARTIFACTS, `n8n-${version}`, 'screenshots'));
		}
	}
	log(`${group}: done in ${seconds(Date.now() - began)}`);
}

async function main(): Promise<number> {
	const options = parseOptions(process.argv.slice(2));
	stopAllOnSignals();
	const began = Date.now();
	mkdirSync(ARTIFACTS, { recursive: true });
	const emulators: Emulator[] = [];
	try {
		// Chromium (apt) installs while n8n installs
		const chromium = options.skipBrowser ? Promise.resolve({ reason: '--skip-browser' } as ChromiumResult) : ensureChromium();
		chromium.catch(() => undefined);

		log('building the package (npm run build) and packing it (npm pack)');
		await runOk('npm', ['run', 'build', '--silent'], { cwd: REPO, timeoutMs: 600_000 });
		const packed = await pack(REPO, join(WORK, 'pack'));
		mkdirSync(join(ARTIFACTS, 'pack'), { recursive: true });
		copyFileSync(packed.tarball, join(ARTIFACTS, 'pack', basename(packed.tarball)));
		log(`packed ${packed.tarball} (${packed.files.length} files, ${packed.size} bytes)`);
		if (options.skipPackageCheck) skip('package', 'npm pack contents, scanner, eslint', '--skip-package-check');
		else await packageChecks(REPO, packed, join(WORK, 'package-check'));

		for (let lane = 0; lane < options.lanes; lane++) emulators.push(await startEmulator({ controlRoutes: true }));
		log(`Bitrix24 emulators on ${emulators.map((emulator) => emulator.url).join(', ')} (rate limit on: burst 50, 2 requests/s)`);

		// Installs run one after another, lowest Node first (its sqlite3 build is reused upwards), and
		// each version's suite runs while the next version installs.
		const ordered = [...options.versions].sort((a, b) => targetNodeMajor(TARGETS[a]) - targetNodeMajor(TARGETS[b]));
		let previous: Promise<N8nInstall | undefined> = Promise.resolve(undefined);
		const pending = ordered.map((version) => {
			const installing = previous.then((donor) => ensureN8n(TARGETS[version], CACHE, donor));
			previous = installing.catch(() => undefined);
			installing.catch(() => undefined); // reported where it is awaited
			return installing;
		});
		const installs: N8nInstall[] = [];
		for (const [index, version] of ordered.entries()) {
			let install: N8nInstall;
			try {
				install = await pending[index];
			} catch (error) {
				await check(`n8n ${version}`, 'install n8n', () => {
					throw error;
				});
				continue;
			}
			installs.push(install);
			await runVersion(install, packed, emulators, options, chromium);
		}

		for (const install of installs) {
			const { info } = install;
			log(
				`n8n ${info.version} on node ${info.nodeVersion}: ${install.reused ? 'cached' : 'installed now'}; ` +
					`first install took ${info.installSeconds} s (npm ${info.npmInstallSeconds} s + sqlite3 ${info.sqliteSeconds} s), ${describeBytes(info.diskBytes)}`,
			);
		}
		const browser = await chromium;
		if (browser.installSeconds !== undefined) log(`chromium installed with apt-get in ${browser.installSeconds} s`);
	} catch (error) {
		await check('e2e', 'suite setup', () => {
			throw error;
		});
	} finally {
		for (const emulator of emulators) await emulator.close().catch(() => undefined);
		await stopAll();
		if (!options.keep) {
			// the n8n user folders (databases, keys) are throwaway; the install cache stays
			await runOk('rm', ['-rf', WORK]).catch(() => undefined);
		}
	}
	const left = runningCount();
	if (left > 0) warn(`${left} child process(es) still running after cleanup`);

	const { passed, failed, skipped } = summary();
	const failures = allResults().filter((result) => !result.ok);
	if (failures.length) {
		log('failed checks:');
		for (const failure of failures) process.stdout.write(`  - ${failure.group} › ${failure.name}\n`);
	}
	log(`total time ${seconds(Date.now() - began)}; artifacts (screenshots, logs, tarball) in ${ARTIFACTS}`);
	process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
	return failed === 0 ? 0 : 1;
}

main().then(
	(code) => process.exit(code),
	(error) => {
		process.stderr.write(`${(error as Error).stack ?? error}\n`);
		process.stdout.write('0 passed, 1 failed\n');
		process.exit(1);
	},
);
