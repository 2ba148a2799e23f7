import type {
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	IRun,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import type { CredentialFixtures } from './credentialsHelper';
import { executeFrom } from './execute';
import { FixtureCredentialsHelper } from './credentialsHelper';
import { loadPackage, nodeTypesOf } from './loadPackage';

export const NODE_NAME = 'Bitrix24';

export type OnError = 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';

export interface RunNodeOptions {
	parameters: INodeParameters;
	credentials: CredentialFixtures;
	/** JSON of the input items; one empty item when left out. */
	items?: IDataObject[];
	/** Whole input items (with binary data); wins over `items`. */
	inputItems?: INodeExecutionData[];
	onError?: OnError;
	/** The node's version; 1, as workflows made before version 2 have, when left out. */
	typeVersion?: number;
}

export interface RunNodeResult {
	/** Items on the node's main output. */
	items: INodeExecutionData[];
	/** Items on the error output (only with `continueErrorOutput`). */
	errorItems: INodeExecutionData[];
	/** The error that stopped the node, if any. */
	error?: Error & { description?: string; context?: IDataObject; httpCode?: string | null };
	/** OAuth2 token data n8n saved after refreshing. */
	savedTokens: IDataObject[];
	run: IRun;
}

const CREDENTIAL_OF_AUTH: Record<string, string> = {
	oAuth2: 'bitrix24OAuth2Api',
	webhook: 'bitrix24WebhookApi',
	apiKey: 'bitrix24Api',
};

export function nodeCredentials(parameters: INodeParameters) {
	const type = CREDENTIAL_OF_AUTH[String(parameters.authentication ?? 'webhook')];
	return { [type]: { id: `cred-${type}`, name: type } };
}

export function baseAdditionalData(credentialsHelper: FixtureCredentialsHelper) {
	return {
		credentialsHelper,
		variables: {},
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		currentNodeExecutionIndex: 0,
		logAiEvent: () => {},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export interface WorkflowNode {
	name: string;
	parameters: INodeParameters;
	onError?: OnError;
	/** n8n's "Execute Once" setting: run for the first input item only. */
	executeOnce?: boolean;
	typeVersion?: number;
}

export interface RunWorkflowOptions {
	/** Bitrix24 nodes, run in order: each one's main output feeds the next. */
	nodes: WorkflowNode[];
	credentials: CredentialFixtures;
	/** JSON of the items the first node receives; one empty item when left out. */
	items?: IDataObject[];
	/** Whole input items (with binary data); wins over `items`. */
	inputItems?: INodeExecutionData[];
	/** Called as each node starts and finishes. */
	onNode?: (name: string, phase: 'before' | 'after') => void;
}

export interface RunWorkflowResult {
	run: IRun;
	savedTokens: IDataObject[];
	/** Main-output items of a node, by name. */
	output(name: string, outputIndex?: number): INodeExecutionData[];
}

/** Runs a chain of Bitrix24 nodes through n8n-core's real execution engine, in this process. */
export async function runWorkflow(options: RunWorkflowOptions): Promise<RunWorkflowResult> {
	const loader = await loadPackage();
	const nodes: INode[] = options.nodes.map((entry, index) => ({
		id: `node-${index}`,
		name: entry.name,
		type: `${loader.packageName}.bitrix24`,
		typeVersion: entry.typeVersion ?? 1,
		position: [index * 200, 0],
		parameters: entry.parameters,
		credentials: nodeCredentials(entry.parameters),
		...(entry.onError ? { onError: entry.onError } : {}),
		...(entry.executeOnce ? { executeOnce: true } : {}),
	}));
	const connections = Object.fromEntries(
		nodes.slice(0, -1).map((node, index) => [
			node.name,
			{ main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]] },
		]),
	) as IConnections;
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes,
		connections,
		nodeTypes: nodeTypesOf(loader),
		active: false,
		settings: { executionOrder: 'v1' },
	});
	const credentialsHelper = new FixtureCredentialsHelper(loader, structuredClone(options.credentials));
	const run = await executeFrom({
		workflow,
		start: nodes[0],
		input: [options.inputItems ?? (options.items ?? [{}]).map((json) => ({ json }))],
		additionalData: baseAdditionalData(credentialsHelper),
		mode: 'manual',
		onNode: options.onNode,
	});
	return {
		run,
		savedTokens: credentialsHelper.savedTokens,
		output: (name, outputIndex = 0) =>
			run.data.resultData.runData[name]?.[0]?.data?.main?.[outputIndex] ?? [],
	};
}

/** Runs the Bitrix24 node alone on the given input items. */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const { run, savedTokens, output } = await runWorkflow({
		nodes: [{ name: NODE_NAME, parameters: options.parameters, onError: options.onError, typeVersion: options.typeVersion }],
		credentials: options.credentials,
		items: options.items,
		inputItems: options.inputItems,
	});
	const taskData = run.data.resultData.runData[NODE_NAME]?.[0];
	return {
		items: output(NODE_NAME, 0),
		errorItems: output(NODE_NAME, 1),
		error: (taskData?.error ?? run.data.resultData.error) as RunNodeResult['error'],
		savedTokens,
		run,
	};
}
