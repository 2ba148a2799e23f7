import '../test/harness/env';

import type { IDataObject } from 'n8n-workflow';

import { startEmulator } from '../test/emulator';
import type { RecordedRequest } from '../test/emulator/types';
import { runWorkflow } from '../test/harness/runNode';
import type { WorkflowNode } from '../test/harness/runNode';
import { credentialsFor } from '../test/node/portal';

const ORDERS = Array.from({ length: 120 }, (_, index) => ({ order: 1001 + index, amount: 100 + (index % 7) * 25 }));

const WORKFLOW: Array<WorkflowNode & { credential: string }> = [
	{
		name: 'Create Deals',
		credential: 'webhook',
		parameters: {
			authentication: 'webhook',
			resource: 'crmItem',
			operation: 'create',
			entityTypeId: '2',
			itemFields: { title: '=Order {{ $json.order }}', opportunity: '={{ $json.amount }}', currencyId: 'EUR' },
		},
	},
	{
		name: 'Mark Won',
		credential: 'webhook',
		parameters: {
			authentication: 'webhook',
			resource: 'crmItem',
			operation: 'update',
			entityTypeId: '2',
			itemId: '={{ $json.id }}',
			itemFields: { stageId: 'WON' },
		},
	},
	{
		name: 'Read Won Deals',
		credential: 'API key',
		executeOnce: true,
		parameters: {
			authentication: 'apiKey',
			resource: 'crmItem',
			operation: 'getAll',
			entityTypeId: '2',
			returnAll: true,
			filter: '{"stageId": "WON"}',
			select: 'id, title, opportunity',
		},
	},
	{
		name: 'Create Storage',
		credential: 'OAuth2',
		executeOnce: true,
		parameters: { authentication: 'oAuth2', resource: 'dataStorage', operation: 'create', entity: 'n8n_runs', name: 'n8n runs' },
	},
	{
		name: 'Save Summary',
		credential: 'OAuth2',
		parameters: {
			authentication: 'oAuth2',
			resource: 'dataStorageItem',
			operation: 'create',
			entity: 'n8n_runs',
			name: "=Won {{ $('Read Won Deals').all().length }} deals worth {{ $('Read Won Deals').all().reduce((sum, deal) => sum + deal.json.opportunity, 0) }} EUR",
		},
	},
];

function describeRequests(requests: RecordedRequest[]): string {
	const counts = new Map<string, number>();
	for (const request of requests) {
		const key = `${request.restMethod ?? 'oauth/token'} ${request.status}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return [...counts].map(([key, count]) => `${count}× ${key}`).join(', ');
}

async function main(): Promise<void> {
	const emulator = await startEmulator();
	const credentials = credentialsFor(emulator, { rateLimitPlan: 'standard' });
	const spans = new Map<string, { at: number; from: number; ms?: number; to?: number }>();

	console.log(`Bitrix24 emulator on ${emulator.url} (standard plan limit: burst 50, 2 requests/s)`);
	console.log(`Workflow: ${ORDERS.length} orders -> ${WORKFLOW.map((node) => node.name).join(' -> ')}\n`);

	const begin = Date.now();
	const { output, savedTokens } = await runWorkflow({
		nodes: WORKFLOW,
		credentials,
		items: ORDERS,
		onNode: (name, phase) => {
			if (phase === 'before') {
				if (name === 'Create Storage') emulator.expireAccessTokens();
				spans.set(name, { at: Date.now(), from: emulator.requests.length });
				return;
			}
			const span = spans.get(name);
			if (span) Object.assign(span, { ms: Date.now() - span.at, to: emulator.requests.length });
		},
	});
	const elapsed = Date.now() - begin;

	for (const node of WORKFLOW) {
		const span = spans.get(node.name);
		const sent = span ? emulator.requests.slice(span.from, span.to) : [];
		console.log(
			`${node.name.padEnd(15)} ${node.credential.padEnd(8)} ${String(output(node.name).length).padStart(4)} items out  ` +
				`${String(span?.ms ?? 0).padStart(5)} ms  HTTP: ${describeRequests(sent)}`,
		);
	}
	const pick = (name: string, keys: string[]): string => {
		const json: IDataObject = output(name)[0]?.json ?? {};
		return JSON.stringify(Object.fromEntries(keys.map((key) => [key, json[key]])));
	};
	const stored = emulator.seed.call('entity.item.get', { ENTITY: 'n8n_runs' }).result as IDataObject[];
	console.log('\nFirst deal created:   ', pick('Create Deals', ['id', 'title', 'opportunity', 'currencyId', 'stageId']));
	console.log('First deal after Won: ', pick('Mark Won', ['id', 'title', 'stageId']));
	console.log('Summary in storage:   ', JSON.stringify(stored.map((item) => item.NAME)));
	console.log(
		`\nThe OAuth2 access token expired before "Create Storage": n8n renewed it ${savedTokens.length} time(s) and repeated the call.`,
	);
	const refused = emulator.requests.filter((request) => request.status === 503).length;
	console.log(
		`${emulator.requests.length} HTTP requests for ${ORDERS.length} creates, ${ORDERS.length} updates and a ${output('Read Won Deals').length}-row read; ` +
			`${refused} refused for the rate limit; ${elapsed} ms in all.`,
	);
	await emulator.close();
}

// n8n-core keeps timers alive after a run, so the demo ends the process itself.
main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
