/**
 * Debian's Chromium for the editor check: found on PATH, or installed with apt-get when this
 * runs as root (the first run on a fresh machine). Without it only the browser part is skipped.
 */
import { existsSync } from 'fs';

import { log, warn } from './report';
import { run } from './proc';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function found(): string | undefined {
	return CANDIDATES.find((path) => existsSync(path));
}

export interface ChromiumResult {
	executable?: string;
	/** Why the browser part cannot run. */
	reason?: string;
	installSeconds?: number;
}

export async function ensureChromium(): Promise<ChromiumResult> {
	const present = found();
	if (present) return { executable: present };
	const apt = await run('sh', ['-c', 'command -v apt-get']);
	if (apt.code !== 0) return { reason: 'apt-get is not available to install Debian chromium' };
	if (process.getuid?.() !== 0) return { reason: 'chromium is missing and installing it with apt-get needs root' };
	log('chromium: not installed; apt-get update && apt-get install -y chromium');
	const began = Date.now();
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const update = await run('apt-get', ['update', '-qq'], { env, timeoutMs: 10 * 60_000 });
	if (update.code !== 0) warn(`apt-get update failed (${update.code}); trying the install anyway\n${update.stderr.slice(-2000)}`);
	const install = await run('apt-get', ['install', '-y', '-qq', 'chromium'], { env, timeoutMs: 20 * 60_000 });
	const installSeconds = Math.round((Date.now() - began) / 1000);
	const executable = found();
	if (install.code !== 0 || !executable) {
		return { reason: `apt-get install chromium failed (${install.code}): ${install.stderr.trim().split('\n').slice(-5).join(' | ')}`, installSeconds };
	}
	log(`chromium: installed in ${installSeconds} s`);
	return { executable, installSeconds };
}
