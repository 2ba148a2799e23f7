/**
 * The package as users get it: `npm pack`, what the tarball holds, n8n's community package
 * scanner on the unpacked tarball and on the sources, and eslint-plugin-n8n-nodes-base.
 */
import { expect } from 'expect';
import { mkdirSync, readdirSync, rmSync, statSync } from 'fs';
import { join } from 'path';

import { check, log } from './report';
import { runOk } from './proc';

export interface PackedPackage {
	tarball: string;
	name: string;
	version: string;
	size: number;
	unpackedSize: number;
	files: string[];
}

/** `npm pack` of the built package (dist/ must exist). */
export async function pack(repo: string, destination: string): Promise<PackedPackage> {
	rmSync(destination, { recursive: true, force: true });
	mkdirSync(destination, { recursive: true });
	const { stdout } = await runOk('npm', ['pack', '--json', '--pack-destination', destination, '--loglevel=error'], { cwd: repo });
	const [info] = JSON.parse(stdout.slice(stdout.indexOf('['))) as Array<{
		filename: string;
		name: string;
		version: string;
		size: number;
		unpackedSize: number;
		files: Array<{ path: string }>;
	}>;
	return {
		tarball: join(destination, info.filename),
		name: info.name,
		version: info.version,
		size: info.size,
		unpackedSize: info.unpackedSize,
		files: info.files.map((file) => file.path).sort(),
	};
}

function scannerSays(stdout: string): { passed: boolean; message: string | null; details: string | null; warnings: string[] } {
	const line = stdout.trim().split('\n').pop() ?? '';
	return JSON.parse(line);
}

export async function packageChecks(repo: string, packed: PackedPackage, workDir: string): Promise<void> {
	const group = 'package';
	await check(group, `npm pack: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} kB`, () => {
		const outside = packed.files.filter((file) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(file));
		expect(outside).toEqual([]);
		expect(packed.files).toEqual(
			expect.arrayContaining([
				'LICENSE',
				'README.md',
				'package.json',
				'dist/nodes/Bitrix24/Bitrix24.node.js',
				'dist/nodes/Bitrix24/bitrix24.svg',
				'dist/nodes/Bitrix24/bitrix24.dark.svg',
				'dist/credentials/Bitrix24OAuth2Api.credentials.js',
				'dist/credentials/Bitrix24WebhookApi.credentials.js',
				'dist/credentials/Bitrix24Api.credentials.js',
				'dist/credentials/bitrix24.svg',
				'dist/credentials/bitrix24.dark.svg',
			]),
		);
		// nothing of the tests, the emulator or the build's own state
		expect(packed.files.filter((file) => /(^|\/)(test|tests|__tests__|emulator|e2e|demo)\/|\.(test|spec)\.|\.tsbuildinfo$/.test(file))).toEqual([]);
	});

	const unpacked = join(workDir, 'unpacked');
	rmSync(unpacked, { recursive: true, force: true });
	mkdirSync(unpacked, { recursive: true });
	await runOk('tar', ['-xzf', packed.tarball, '-C', unpacked, '--strip-components=1']);
	const scanner = join(__dirname, 'scan.mjs');
	const preload = join(__dirname, 'scan-typescript.cjs');

	await check(group, '@n8n/scan-community-package analyzePackage() on the unpacked tarball: no errors', async () => {
		const { stdout } = await runOk(process.execPath, ['--require', preload, scanner, unpacked, 'tarball'], { cwd: repo, timeoutMs: 300_000 });
		const result = scannerSays(stdout);
		if (!result.passed) throw new Error(`${result.message}\n${result.details ?? ''}`);
		expect(result.message).not.toBe('No files found to analyze');
		reportWarnings('tarball', result.warnings);
	});
	await check(group, '@n8n/scan-community-package analyzePackage() on the sources (nodes/, credentials/, package.json): no errors', async () => {
		const { stdout } = await runOk(process.execPath, ['--require', preload, scanner, repo, 'source'], { cwd: repo, timeoutMs: 300_000 });
		const result = scannerSays(stdout);
		if (!result.passed) throw new Error(`${result.message}\n${result.details ?? ''}`);
		reportWarnings('sources', result.warnings);
	});
	await check(group, 'eslint-plugin-n8n-nodes-base (community, credentials, nodes rules): no errors, no warnings', async () => {
		await runOk(join(repo, 'node_modules', '.bin', 'eslint'), ['--max-warnings', '0', 'nodes', 'credentials', 'package.json'], {
			cwd: repo,
			timeoutMs: 300_000,
		});
	});
	const unpackedFiles = countFiles(unpacked);
	log(`tarball ${packed.tarball}: ${packed.files.length} files (${unpackedFiles} unpacked), ${packed.size} bytes packed, ${packed.unpackedSize} bytes unpacked`);
}

/** The scanner passes on errors alone; its warnings are listed, not counted as failures. */
function reportWarnings(leg: string, warnings: string[]): void {
	log(`scanner on the ${leg}: 0 errors, ${warnings.length} warning(s)${warnings.length ? ':' : ''}`);
	for (const warning of warnings) log(`  warning ${warning}`);
}

function countFiles(dir: string): number {
	let count = 0;
	for (const entry of readdirSync(dir)) {
		const path = join(dir, entry);
		count += statSync(path).isDirectory() ? countFiles(path) : 1;
	}
	return count;
}
