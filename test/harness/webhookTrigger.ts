/**
 * Runs a webhook trigger node the way n8n does, in this process: its `webhookMethods`
 * (checkExists, then create; delete on deactivation) through n8n-core's HookContext, and each
 * incoming HTTP request through `webhook()` in a WebhookContext, then the workflow through
 * n8n-core's WorkflowExecute. A small HTTP server stands in for n8n's webhook endpoint, so the
 * emulator's event deliveries reach the node over the network, form-encoded as from Bitrix24.
 */
import { randomUUID } from 'crypto';
import { createServer } from 'http';
import type { IncomingMessage, Server, ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import { parse as parseQuery } from 'querystring';

import { HookContext, WebhookContext } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IRun,
	IWebhookData,
	IWebhookDescription,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import type { CredentialFixtures } from './credentialsHelper';
import { executeFrom } from './execute';
import { FixtureCredentialsHelper } from './credentialsHelper';
import { loadPackage, nodeTypesOf } from './loadPackage';
import { baseAdditionalData, nodeCredentials } from './runNode';

export interface TriggerActivation {
	/** Node type without the package prefix, e.g. `bitrix24Trigger`. */
	type?: string;
	parameters: INodeParameters;
	credentials: CredentialFixtures;
	/** `production` (an active workflow) or `test` (the editor's "listen for test event"). */
	mode?: 'production' | 'test';
	/** Static data to start from, as n8n would load it from the database. */
	staticData?: IDataObject;
	/** The node's webhook id (n8n assigns one when the node is added); random when left out. */
	webhookId?: string;
}

export interface ReceivedCall {
	status: number;
	body: unknown;
	/** Items the trigger emitted for this call, if it started the workflow. */
	items?: INodeExecutionData[];
}

export interface ActiveTrigger {
	/** The URL n8n would show for the node (production or test). */
	url: string;
	node: INode;
	/** The workflow's static data, as n8n would save it. */
	staticData(): IDataObject;
	/** Every call the webhook received, in order. */
	calls: ReceivedCall[];
	/** Every run the trigger started, in order. */
	runs: IRun[];
	/** Items the trigger emitted, one entry per started run. */
	emitted(): INodeExecutionData[][];
	/** Runs checkExists (and create if needed) again, as n8n does when it re-activates a workflow. */
	reactivate(): Promise<void>;
	/** Runs the node's `delete`, as n8n does on deactivation. */
	deactivate(): Promise<void>;
}

const PATH_PREFIX = { production: 'webhook', test: 'webhook-test' };

interface Registered {
	workflow: Workflow;
	node: INode;
	nodeType: INodeType;
	additionalData: IWorkflowExecuteAdditionalData;
	webhookData: IWebhookData;
	trigger: ActiveTrigger & { calls: ReceivedCall[]; runs: IRun[] };
	executionMode: WorkflowExecuteMode;
}

/** A fake Express request/response pair holding what n8n's webhook server would give a node. */
function expressLike(req: IncomingMessage, res: ServerResponse, body: unknown, query: IDataObject) {
	let status = 200;
	const request = Object.assign(req, { body, query, params: {} });
	const response = Object.assign(res, {
		status(code: number) {
			status = code;
			return response;
		},
		json(value: unknown) {
			const text = JSON.stringify(value);
			res.writeHead(status, { 'Content-Type': 'application/json' });
			res.end(text);
			return response;
		},
		send(value: unknown) {
			res.writeHead(status, { 'Content-Type': 'text/plain' });
			res.end(typeof value === 'string' ? value : JSON.stringify(value));
			return response;
		},
	});
	return { request, response, statusOf: () => status };
}

function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

/** n8n reads urlencoded bodies with Node's querystring (flat bracket keys) and JSON as JSON. */
function parseBody(text: string, contentType: string | undefined): unknown {
	if (text === '') return {};
	if ((contentType ?? '').includes('application/json')) return JSON.parse(text) as unknown;
	if ((contentType ?? '').includes('application/x-www-form-urlencoded')) return { ...parseQuery(text) };
	return {};
}

/** The n8n side of webhook triggers: an HTTP endpoint plus the activation lifecycle. */
export class WebhookTriggerHost {
	private readonly registered = new Map<string, Registered>();

	private constructor(
		private readonly server: Server,
		readonly baseUrl: string,
	) {}

	static async start(): Promise<WebhookTriggerHost> {
		let host: WebhookTriggerHost | undefined;
		const server = createServer((req, res) => {
			void host!.handle(req, res).catch((error: Error) => {
				if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
				res.end(JSON.stringify({ message: error.message }));
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
		const { port } = server.address() as AddressInfo;
		host = new WebhookTriggerHost(server, `http://127.0.0.1:${port}`);
		return host;
	}

	/** The URL a trigger node with this webhook id gets, as the editor shows it before activation. */
	urlFor(webhookId: string, mode: 'production' | 'test' = 'production'): string {
		return `${this.baseUrl}/${PATH_PREFIX[mode]}/${webhookId}/webhook`;
	}

	async close(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	/** Activates a workflow made of the trigger alone; resolves after checkExists/create ran. */
	async activate(options: TriggerActivation): Promise<ActiveTrigger> {
		const loader = await loadPackage();
		const mode = options.mode ?? 'production';
		const node: INode = {
			id: 'trigger-node',
			name: 'Bitrix24 Trigger',
			type: `${loader.packageName}.${options.type ?? 'bitrix24Trigger'}`,
			typeVersion: 1,
			position: [0, 0],
			parameters: options.parameters,
			credentials: nodeCredentials(options.parameters),
			webhookId: options.webhookId ?? randomUUID(),
		};
		const nodeTypes = nodeTypesOf(loader);
		const workflow = new Workflow({
			id: `wf-${randomUUID().slice(0, 8)}`,
			nodes: [node],
			connections: {},
			nodeTypes,
			active: mode === 'production',
			staticData: structuredClone(options.staticData ?? {}),
			settings: { executionOrder: 'v1' },
		});
		const nodeType = nodeTypes.getByNameAndVersion(node.type, 1) as INodeType;
		const additionalData = {
			...baseAdditionalData(new FixtureCredentialsHelper(loader, structuredClone(options.credentials))),
			webhookBaseUrl: `${this.baseUrl}/${PATH_PREFIX.production}`,
			webhookTestBaseUrl: `${this.baseUrl}/${PATH_PREFIX.test}`,
		} as IWorkflowExecuteAdditionalData;
		const description = nodeType.description.webhooks![0] as IWebhookDescription;
		const webhookData: IWebhookData = {
			httpMethod: description.httpMethod as IWebhookData['httpMethod'],
			node: node.name,
			path: `${node.webhookId}/${String(description.path)}`,
			webhookDescription: description,
			workflowId: workflow.id,
			workflowExecuteAdditionalData: additionalData,
			isTest: mode === 'test',
		};
		const [executionMode, activation]: [WorkflowExecuteMode, WorkflowActivateMode] =
			mode === 'test' ? ['manual', 'manual'] : ['trigger', 'activate'];
		const methods = nodeType.webhookMethods![description.name]!;
		const hookContext = () => new HookContext(workflow, node, additionalData, executionMode, activation, webhookData);
		const url = hookContext().getNodeWebhookUrl(description.name) as string;

		const runs: IRun[] = [];
		const calls: ReceivedCall[] = [];
		const ensureRegistered = async () => {
			// As n8n's WebhookService.createWebhookIfNotExists.
			const exists = await methods.checkExists.call(hookContext());
			if (!exists) await methods.create.call(hookContext());
		};
		const trigger: Registered['trigger'] = {
			url,
			node,
			staticData: () => JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject,
			calls,
			runs,
			emitted: () => calls.filter((call) => call.items).map((call) => call.items!),
			reactivate: ensureRegistered,
			deactivate: async () => {
				this.registered.delete(new URL(url).pathname);
				await methods.delete.call(hookContext());
			},
		};
		await ensureRegistered();
		this.registered.set(new URL(url).pathname, {
			workflow,
			node,
			nodeType,
			additionalData,
			webhookData,
			trigger,
			executionMode: mode === 'test' ? 'manual' : 'webhook',
		});
		return trigger;
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', this.baseUrl);
		const entry = this.registered.get(url.pathname);
		const text = await readBody(req);
		if (!entry || req.method !== 'POST') {
			res.writeHead(404, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify({ message: 'The requested webhook is not registered' }));
			return;
		}
		const body = parseBody(text, req.headers['content-type']);
		const { request, response, statusOf } = expressLike(req, res, body, { ...parseQuery(url.search.slice(1)) });
		const additionalData = { ...entry.additionalData, httpRequest: request, httpResponse: response } as IWorkflowExecuteAdditionalData;
		const context = new WebhookContext(
			entry.workflow,
			entry.node,
			additionalData,
			entry.executionMode,
			entry.webhookData,
			[],
			null,
		);
		const result: IWebhookResponseData = await entry.nodeType.webhook!.call(context);
		const call: ReceivedCall = { status: 0, body };
		entry.trigger.calls.push(call);
		if (result.noWebhookResponse) {
			call.status = statusOf();
			if (!res.writableEnded) res.end();
			return;
		}
		if (result.workflowData) {
			call.items = result.workflowData[0];
			entry.trigger.runs.push(await this.execute(entry, result.workflowData));
		}
		call.status = 200;
		response.status(200).json(result.workflowData ? { message: 'Workflow was started' } : (result.webhookResponse ?? {}));
	}

	/** The run n8n starts for a webhook: the trigger's items are its output, the rest executes. */
	private async execute(entry: Registered, workflowData: INodeExecutionData[][]): Promise<IRun> {
		return await executeFrom({
			workflow: entry.workflow,
			start: entry.node,
			input: workflowData,
			additionalData: entry.additionalData,
			mode: entry.executionMode,
		});
	}
}
