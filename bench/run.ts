import '../test/harness/env';

import { writeFileSync } from 'fs';
import { join } from 'path';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../test/emulator';
import { startEmulator } from '../test/emulator';
import { runNode } from '../test/harness/runNode';
import { credentialsFor } from '../test/node/portal';
import { CpuTime, MemoryPeak } from './clock';
import { NaiveClient } from './naive';
import { PORTAL, replayNaive, replayPaced } from './replay';

/** Emulated seconds per real second for the portal's rate limit (and the naive retry wait that answers it). */
const SCALE = Number(process.env.BENCH_SCALE ?? 20);
const LATENCY = { fixedMs: 40, perRowMs: 0.5 };

interface Measured {
	requests: number;
	rateLimitErrors: number;
	ms: number;
	/** Real-portal estimate: the requests replayed against the modelled portal, plus the CPU time as measured. */
	projectedMs: number;
	projectedRefusals: number;
	peakMb: number;
	complete: boolean;
}

interface Row {
	name: string;
	naive: Measured;
	node: Measured;
}

async function measure(
	emulator: Emulator,
	replay: typeof replayPaced,
	run: () => Promise<boolean>,
): Promise<Measured> {
	emulator.clearRecords();
	emulator.rateLimit.reset();
	emulator.faults.setLatency(LATENCY);
	const memory = new MemoryPeak();
	const cpu = new CpuTime();
	const started = Date.now();
	const complete = await run();
	const ms = Date.now() - started;
	const cpuMs = cpu.stop();
	const projected = replay(emulator.requests);
	return {
		requests: emulator.requests.length,
		rateLimitErrors: emulator.requests.filter((request) => request.status === 503).length,
		ms,
		projectedMs: projected.ms + cpuMs,
		projectedRefusals: projected.refused,
		peakMb: memory.stop(),
		complete,
	};
}

const deal = (index: number) => ({ title: `Deal ${index}`, opportunity: 100 + index });

function seedDeals(emulator: Emulator, count: number): number[] {
	emulator.reset();
	return Array.from({ length: count }, (_, index) => emulator.seed.crmItem(2, deal(index)));
}

const sameList = (actual: unknown[], expected: unknown[]) =>
	actual.length === expected.length && actual.every((value, index) => value === expected[index]);

async function runCase(
	emulator: Emulator,
	name: string,
	prepare: () => IDataObject[],
	naive: (client: NaiveClient, items: IDataObject[]) => Promise<boolean>,
	node: { parameters: INodeParameters; check: (json: IDataObject[], items: IDataObject[]) => boolean },
): Promise<Row> {
	const credentials = credentialsFor(emulator, { rateLimitPlan: 'custom', requestsPerSecond: 2 * SCALE, burst: 50 });
	let items = prepare();
	const client = new NaiveClient(emulator.webhookUrl, 1000 / SCALE);
	const naiveResult = await measure(emulator, replayNaive, () => naive(client, items));
	naiveResult.rateLimitErrors = client.rateLimitErrors;
	items = prepare();
	const nodeResult = await measure(emulator, replayPaced, async () => {
		const result = await runNode({
			parameters: { authentication: 'webhook', resource: 'crmItem', entityTypeId: '2', ...node.parameters },
			credentials,
			items: node.parameters.operation === 'getAll' ? [{}] : items,
		});
		return !result.error && node.check(result.items.map((item) => item.json), items);
	});
	process.stdout.write(`${name}: naive ${naiveResult.ms} ms, node ${nodeResult.ms} ms\n`);
	return { name, naive: naiveResult, node: nodeResult };
}

async function sequentially<T>(items: T[], step: (item: T) => Promise<unknown>): Promise<boolean> {
	let all = true;
	for (const item of items) all = (await step(item)) !== undefined && all;
	return all;
}

function readCase(emulator: Emulator, count: number) {
	let ids: number[] = [];
	return runCase(
		emulator,
		`read ${count.toLocaleString('en')} deals`,
		() => {
			if (ids.length !== count) ids = seedDeals(emulator, count);
			return [];
		},
		async (client) => sameList((await client.readAll('crm.item.list', { entityTypeId: 2 }, 'items')).map((row) => row.id), ids),
		{ parameters: { operation: 'getAll', returnAll: true }, check: (json) => sameList(json.map((row) => row.id), ids) },
	);
}

interface StrategyRow {
	rows: number;
	byPage: Measured;
	inWindows: Measured;
}

/** The node's two ways to read a whole list: page after page by id (what Limit uses), or id windows in batches (Return All). */
async function compareStrategies(emulator: Emulator, count: number): Promise<StrategyRow> {
	const ids = seedDeals(emulator, count);
	const credentials = credentialsFor(emulator, { rateLimitPlan: 'custom', requestsPerSecond: 2 * SCALE, burst: 50 });
	const read = (parameters: INodeParameters) => async () => {
		const result = await runNode({
			parameters: { authentication: 'webhook', resource: 'crmItem', operation: 'getAll', entityTypeId: '2', ...parameters },
			credentials,
		});
		return sameList(result.items.map((item) => item.json.id), ids);
	};
	const byPage = await measure(emulator, replayPaced, read({ returnAll: false, limit: count }));
	const inWindows = await measure(emulator, replayPaced, read({ returnAll: true }));
	process.stdout.write(`strategies for ${count} rows: by page ${byPage.ms} ms, in windows ${inWindows.ms} ms\n`);
	return { rows: count, byPage, inWindows };
}

function strategyTable(rows: StrategyRow[]): string {
	const lines = [
		'| Rows | Page after page by id: requests | projected | Id windows in batches: requests | projected | Pick |',
		'| ---: | ---: | ---: | ---: | ---: | --- |',
	];
	for (const { rows: count, byPage, inWindows } of rows) {
		const pick = inWindows.projectedMs <= byPage.projectedMs ? 'id windows' : 'page after page';
		lines.push(
			`| ${count.toLocaleString('en')} | ${byPage.requests} | ${seconds(byPage.projectedMs)} | ${inWindows.requests} | ${seconds(inWindows.projectedMs)} | ${pick} |`,
		);
	}
	return lines.join('\n');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function table(rows: Row[]): string {
	const lines = [
		'| Case | Way | HTTP requests | Rate-limit errors | Measured time | Projected on a real portal | Projected rate-limit errors | Peak heap | All items, in order |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
	];
	for (const row of rows) {
		for (const [way, result] of [
			['naive', row.naive],
			['this node', row.node],
		] as const) {
			lines.push(
				`| ${row.name} | ${way} | ${result.requests} | ${result.rateLimitErrors} | ${seconds(result.ms)} | ${seconds(result.projectedMs)} | ${result.projectedRefusals} | ${result.peakMb.toFixed(0)} MB | ${result.complete ? 'yes' : 'NO'} |`,
			);
		}
		const ratio = (naive: number, node: number) => `**${(naive / node).toFixed(0)}x**`;
		lines.push(
			`| ${row.name} | **naive / node** | ${ratio(row.naive.requests, row.node.requests)} | | ${ratio(row.naive.ms, row.node.ms)} | ${ratio(row.naive.projectedMs, row.node.projectedMs)} | | | |`,
		);
	}
	return lines.join('\n');
}

async function main(): Promise<void> {
	const emulator = await startEmulator({ rateLimit: { enabled: true, burst: 50, drainPerSecond: 2, timeScale: SCALE } });
	const created = (count: number) => () => {
		emulator.reset();
		return Array.from({ length: count }, (_, index) => deal(index));
	};
	const existing = (count: number) => () => seedDeals(emulator, count).map((id, index) => ({ id, title: `Renamed ${index}` }));

	const rows: Row[] = [];
	rows.push(
		await runCase(
			emulator,
			'create 1,000 deals',
			created(1000),
			(client, items) => sequentially(items, (fields) => client.call('crm.item.add', { entityTypeId: 2, fields })),
			{
				parameters: { operation: 'create', itemFields: { title: '={{ $json.title }}', opportunity: '={{ $json.opportunity }}' } },
				check: (json, items) => sameList(json.map((row) => row.title), items.map((item) => item.title)),
			},
		),
	);
	rows.push(
		await runCase(
			emulator,
			'update 1,000 deals',
			existing(1000),
			(client, items) =>
				sequentially(items, ({ id, title }) => client.call('crm.item.update', { entityTypeId: 2, id, fields: { title } })),
			{
				parameters: { operation: 'update', itemId: '={{ $json.id }}', itemFields: { title: '={{ $json.title }}' } },
				check: (json, items) => sameList(json.map((row) => `${row.id}:${row.title}`), items.map((item) => `${item.id}:${item.title}`)),
			},
		),
	);
	rows.push(await readCase(emulator, 10_000));
	rows.push(await readCase(emulator, 100_000));
	rows.push(
		await runCase(
			emulator,
			'delete 1,000 deals',
			existing(1000),
			(client, items) => sequentially(items, ({ id }) => client.call('crm.item.delete', { entityTypeId: 2, id })),
			{
				parameters: { operation: 'delete', itemId: '={{ $json.id }}' },
				check: (json, items) => json.length === items.length && json.every((row) => row.deleted === true),
			},
		),
	);
	const strategies: StrategyRow[] = [];
	for (const count of [1_000, 10_000, 100_000]) strategies.push(await compareStrategies(emulator, count));
	await emulator.close();

	const report = [
		'# Benchmarks',
		'',
		'Produced by `npm run bench` (bench/run.ts); do not edit by hand.',
		'',
		`The emulator enforces the standard plan's limit (leaky bucket: burst 50, 2 requests per second) and answers each request after ${LATENCY.fixedMs} ms plus ${LATENCY.perRowMs} ms per row returned. The rate limit runs ${SCALE} times faster than on a real portal (the bucket drains ${2 * SCALE}/s and the naive retry waits ${1000 / SCALE} ms instead of 1 s), so that the naive cases finish in minutes; latency is real. Measured times come from a shared 2-core machine.`,
		'',
		`"Projected on a real portal" replays the requests each way actually made against a model of a real portal (burst ${PORTAL.burst}, ${PORTAL.perSecond} requests/s, ${PORTAL.fixedMs} ms + ${PORTAL.perRowMs} ms per row, the naive loop retrying a refused call after ${PORTAL.retryWaitMs / 1000} s, the node waiting for its limiter; requests that were in flight together in the measured run overlap again), and adds the CPU time the run used as measured (the emulator runs in the same process, so its work counts too: this overstates the node's time).`,
		'',
		'- **naive**: what a user builds today with the HTTP Request node in a loop: one request per item, reads page after page with `start`/`next`, "Retry On Fail" with 5 tries 1 s apart.',
		'- **this node**: the Bitrix24 node run through n8n\'s execution engine (the same in-process harness as the tests) with the standard rate plan (scaled).',
		'- *Peak heap* is the growth of the process heap during the case (the emulator runs in the same process); *All items, in order* checks every output against what was sent or stored.',
		'',
		table(rows),
		'',
		'## Reading a whole list: which way',
		'',
		'The node can read a list page after page by id (`start=-1`, `>id`; what Limit uses) or as id windows, 50 per `batch` request and four requests in flight (what Return All uses). Both on the same lists:',
		'',
		strategyTable(strategies),
		'',
	].join('\n');
	writeFileSync(join(__dirname, '..', 'docs', 'benchmarks.md'), report);
	process.stdout.write(`\n${table(rows)}\n\n${strategyTable(strategies)}\n`);
}

// n8n-core keeps timers alive after a run, so the benchmark ends the process itself.
main().then(
	() => process.exit(0),
	(error) => {
		process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
		process.exit(1);
	},
);
