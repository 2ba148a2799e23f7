/**
 * Child processes of the e2e run: every one is tracked, and `stopAll()` ends whatever is
 * still running (on success, on failure, and on SIGINT/SIGTERM).
 */
import { ChildProcess, spawn, SpawnOptions } from 'child_process';

const running = new Set<ChildProcess>();

export interface RunResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	ms: number;
}

export interface RunOptions extends SpawnOptions {
	/** Kill the command (and its process group) after this many milliseconds. */
	timeoutMs?: number;
	/** Text written to the command's standard input. */
	input?: string;
}

/** Starts a command in its own process group and remembers it until it exits. */
export function start(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
	const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options, detached: true });
	running.add(child);
	child.once('exit', () => running.delete(child));
	child.once('error', () => running.delete(child));
	return child;
}

/** Runs a command to its end without blocking the event loop (the emulator lives in this process). */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
	const began = Date.now();
	const { timeoutMs, input, ...spawnOptions } = options;
	return new Promise((resolve, reject) => {
		const child = start(command, args, { ...spawnOptions, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
		if (input !== undefined) child.stdin?.end(input);
		const timer = timeoutMs
			? setTimeout(() => {
					err.push(Buffer.from(`\n[e2e] killed after ${timeoutMs} ms\n`));
					kill(child, 'SIGKILL');
				}, timeoutMs)
			: undefined;
		child.once('error', (error) => {
			if (timer) clearTimeout(timer);
			reject(error);
		});
		child.once('close', (code, signal) => {
			if (timer) clearTimeout(timer);
			resolve({
				code,
				signal,
				stdout: Buffer.concat(out).toString('utf8'),
				stderr: Buffer.concat(err).toString('utf8'),
				ms: Date.now() - began,
			});
		});
	});
}

/** Like `run`, but throws with the output when the command fails. */
export async function runOk(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
	const result = await run(command, args, options);
	if (result.code !== 0) {
		const tail = (result.stdout + '\n' + result.stderr).trim().split('\n').slice(-40).join('\n');
		throw new Error(`${command} ${args.join(' ')} exited ${result.code ?? result.signal}:\n${tail}`);
	}
	return result;
}

function kill(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal); // the whole group: n8n starts a task runner of its own
	} catch {
		try {
			child.kill(signal);
		} catch {
			// already gone
		}
	}
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
export async function stop(child: ChildProcess, graceMs = 15000): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	kill(child, 'SIGTERM');
	const timer = setTimeout(() => kill(child, 'SIGKILL'), graceMs);
	await exited;
	clearTimeout(timer);
	// the task runner child may outlive its parent for a moment
	if (child.pid !== undefined) {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			// group empty
		}
	}
}

export async function stopAll(): Promise<void> {
	await Promise.all([...running].map((child) => stop(child, 5000)));
}

export function runningCount(): number {
	return running.size;
}

let hooked = false;

/** Stops every child on Ctrl-C or SIGTERM before exiting. */
export function stopAllOnSignals(): void {
	if (hooked) return;
	hooked = true;
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			process.stderr.write(`\n[e2e] ${signal}: stopping ${running.size} child process(es)\n`);
			void stopAll().finally(() => process.exit(130));
		});
	}
	process.once('exit', () => {
		for (const child of running) kill(child, 'SIGKILL');
	});
}
