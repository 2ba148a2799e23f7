/**
 * Runs one installed n8n: its environment (loopback only, a private user folder), the CLI
 * commands the suite uses (import, execute, export), and the editor server (start/stop).
 */
import type { ChildProcess } from 'child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { join } from 'path';

import type { N8nInstall } from './install';
import { run, runOk, RunResult, start, stop } from './proc';

export interface N8nInstance {
	install: N8nInstall;
	/** N8N_USER_FOLDER; n8n keeps its data in `<userFolder>/.n8n`. */
	userFolder: string;
	/** Where logs and outputs of this version go. */
	artifacts: string;
}

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** The parent's environment without npm's, ts-node's and any n8n settings of its own. */
function baseEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^(npm_|TS_NODE|N8N_|DB_|NODE_OPTIONS$|NODE_PATH$|INIT_CWD$)/.test(key)) continue;
		env[key] = value;
	}
	return env;
}

export function n8nEnv(instance: N8nInstance, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const { install } = instance;
	const env: NodeJS.ProcessEnv = {
		...baseEnv(),
		N8N_USER_FOLDER: instance.userFolder,
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		// `n8n execute` prints its result through the logger at level info
		N8N_LOG_LEVEL: 'info',
		GENERIC_TIMEZONE: 'UTC',
		TZ: 'UTC',
	};
	if (install.binDir) env.PATH = `${install.binDir}:${env.PATH}`;
	if (install.target.major >= 2) {
		env.N8N_DISABLED_MODULES = 'mcp-registry'; // its refresh task fetches from the internet
	} else {
		// isolated-vm 6 (the 1.123 expression engine) has no build for Node 20
		env.N8N_EXPRESSION_ENGINE = 'legacy';
		env.N8N_RUNNERS_ENABLED = 'false';
	}
	return { ...env, ...extra };
}

/** A fresh user folder (empty database) for this version and lane. */
export function freshInstance(install: N8nInstall, workRoot: string, artifacts: string, lane: number | string = 0): N8nInstance {
	const userFolder = join(workRoot, `user-${install.target.version}-${lane}`);
	rmSync(userFolder, { recursive: true, force: true });
	mkdirSync(join(userFolder, '.n8n', 'nodes', 'node_modules'), { recursive: true });
	mkdirSync(artifacts, { recursive: true });
	return { install, userFolder, artifacts };
}

/** Runs `n8n <args>` as its own process (each command starts its own task broker on a free port). */
export async function n8nCli(instance: N8nInstance, args: string[], timeoutMs = 180_000): Promise<RunResult> {
	const env = n8nEnv(instance, { N8N_RUNNERS_BROKER_PORT: String(await freePort()), N8N_PORT: String(await freePort()) });
	return await run(instance.install.node, [instance.install.bin, ...args], { cwd: instance.userFolder, env, timeoutMs });
}

export async function n8nCliOk(instance: N8nInstance, args: string[], timeoutMs?: number): Promise<RunResult> {
	const result = await n8nCli(instance, args, timeoutMs);
	if (result.code !== 0) {
		const tail = (result.stdout + '\n' + result.stderr).trim().split('\n').slice(-30).join('\n');
		throw new Error(`n8n ${args.join(' ')} exited ${result.code ?? result.signal}:\n${tail}`);
	}
	return result;
}

export async function importCredentials(instance: N8nInstance, credentials: unknown[]): Promise<void> {
	const file = join(instance.artifacts, 'credentials.json');
	writeFileSync(file, JSON.stringify(credentials, null, 2));
	await n8nCliOk(instance, ['import:credentials', `--input=${file}`]);
}

export async function importWorkflows(instance: N8nInstance, workflows: unknown[], name = 'workflows'): Promise<void> {
	const file = join(instance.artifacts, `${name}.json`);
	writeFileSync(file, JSON.stringify(workflows, null, 2));
	await n8nCliOk(instance, ['import:workflow', `--input=${file}`]);
}

export interface Execution {
	/** Exit code of `n8n execute`: 0 when the workflow succeeded. */
	code: number | null;
	/** The signal that ended it, if one did. */
	signal: NodeJS.Signals | null;
	/** The run (`IRun`) printed with --rawOutput, when it could be parsed. */
	run?: ExecutionRun;
	stdout: string;
	stderr: string;
	ms: number;
}

export interface ExecutionItem {
	json: Record<string, unknown>;
	pairedItem?: unknown;
	error?: unknown;
}

export interface ExecutionRun {
	status?: string;
	finished?: boolean;
	data: {
		resultData: {
			error?: { message?: string; description?: string };
			lastNodeExecuted?: string;
			runData: Record<
				string,
				Array<{ error?: { message?: string; description?: string }; data?: { main?: Array<ExecutionItem[] | null> } }>
			>;
		};
	};
}

/** The JSON document that `--rawOutput` prints after the log lines (task broker, migrations). */
export function parseRawOutput(stdout: string): ExecutionRun | undefined {
	// log lines may come before the document (task broker, migrations) and after it (shutdown)
	const lines = stdout.split('\n');
	const ends = lines.map((line, index) => (line === '}' ? index : -1)).filter((index) => index !== -1).reverse();
	for (let start = 0; start < lines.length; start++) {
		if (lines[start] !== '{') continue;
		for (const end of ends) {
			if (end <= start) break;
			try {
				return JSON.parse(lines.slice(start, end + 1).join('\n')) as ExecutionRun;
			} catch {
				// not this span
			}
		}
	}
	return undefined;
}

export async function execute(instance: N8nInstance, workflowId: string): Promise<Execution> {
	const result = await n8nCli(instance, ['execute', `--id=${workflowId}`, '--rawOutput']);
	return { code: result.code, signal: result.signal, run: parseRawOutput(result.stdout), stdout: result.stdout, stderr: result.stderr, ms: result.ms };
}

/** Items on one output of a node in an execution (main output 0 unless told). */
export function outputOf(execution: Execution, node: string, output = 0): ExecutionItem[] {
	return execution.run?.data.resultData.runData[node]?.[0]?.data?.main?.[output] ?? [];
}

export async function exportCredentials(instance: N8nInstance): Promise<Array<{ id: string; type: string; data: Record<string, unknown> }>> {
	const file = join(instance.artifacts, 'credentials-export.json');
	await n8nCliOk(instance, ['export:credentials', '--all', '--decrypted', `--output=${file}`]);
	return JSON.parse(readFileSync(file, 'utf8'));
}

export interface N8nServer {
	url: string;
	process: ChildProcess;
	logFile: string;
	stop(): Promise<void>;
}

/**
 * Starts the editor server on a free loopback port and waits until it answers /healthz. Its
 * webhooks (production `/webhook/...`) are served on the same port, and WEBHOOK_URL says so.
 */
export async function startServer(instance: N8nInstance, options: { timeoutMs?: number; logName?: string } = {}): Promise<N8nServer> {
	const { timeoutMs = 120_000, logName = 'n8n-server.log' } = options;
	const port = await freePort();
	const env = n8nEnv(instance, {
		N8N_PORT: String(port),
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		N8N_LOG_LEVEL: 'debug', // shows "Loaded all credentials and nodes from <package>"
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
		// production webhook URLs (what the trigger binds); 2.x renamed the setting
		[instance.install.target.major >= 2 ? 'N8N_WEBHOOK_URL' : 'WEBHOOK_URL']: `http://127.0.0.1:${port}/`,
	});
	const logFile = join(instance.artifacts, logName);
	const child = start(instance.install.node, [instance.install.bin, 'start'], { cwd: instance.userFolder, env });
	const logStream = createWriteStream(logFile);
	child.stdout?.pipe(logStream);
	child.stderr?.pipe(logStream);
	const url = `http://127.0.0.1:${port}`;
	const began = Date.now();
	const server: N8nServer = { url, process: child, logFile, stop: () => stop(child) };
	while (Date.now() - began < timeoutMs) {
		if (child.exitCode !== null) throw new Error(`n8n start exited with ${child.exitCode}; see ${logFile}`);
		try {
			const response = await fetch(`${url}/healthz`);
			if (response.ok && /ok/.test(await response.text())) {
				// /healthz answers before the editor routes are in place; wait for the log line too
				if (/Editor is now accessible/.test(readFileSync(logFile, 'utf8'))) return server;
			}
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	await server.stop();
	throw new Error(`n8n did not start within ${timeoutMs} ms; see ${logFile}`);
}

/**
 * Installs the package tarball the way users do in n8n's nodes folder (`cd ~/.n8n/nodes && npm
 * install <package>`): it lands in `.n8n/nodes/node_modules/<name>`, where n8n loads community
 * packages from, so its node type is `<name>.bitrix24`. The peer n8n-workflow is not installed:
 * it resolves to the host n8n's own copy, as in a real instance.
 */
export async function installPackage(instance: N8nInstance, tarball: string, packageName: string): Promise<string> {
	const nodesDir = join(instance.userFolder, '.n8n', 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	writeFileSync(join(nodesDir, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2) + '\n');
	await runOk(
		'npm',
		['install', tarball, '--omit=dev', '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
		{ cwd: nodesDir, env: baseEnv(), timeoutMs: 300_000 },
	);
	const target = join(nodesDir, 'node_modules', packageName);
	const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as { name: string };
	if (manifest.name !== packageName) throw new Error(`expected ${packageName} in ${target}, found ${manifest.name}`);
	return target;
}
