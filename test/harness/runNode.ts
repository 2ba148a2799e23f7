import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	IRun,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createDeferredPromise, Workflow } from 'n8n-workflow';

import type { CredentialFixtures } from './credentialsHelper';
import { FixtureCredentialsHelper } from './credentialsHelper';
import { loadPackage, nodeTypesOf } from './loadPackage';

export const NODE_NAME = 'Bitrix24';

export type OnError = 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';

export interface RunNodeOptions {
	parameters: INodeParameters;
	credentials: CredentialFixtures;
	/** JSON of the input items; one empty item when left out. */
	items?: IDataObject[];
	onError?: OnError;
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

function nodeCredentials(parameters: INodeParameters) {
	const type = CREDENTIAL_OF_AUTH[String(parameters.authentication ?? 'webhook')];
	return { [type]: { id: `cred-${type}`, name: type } };
}

function baseAdditionalData(credentialsHelper: FixtureCredentialsHelper, hooks: ExecutionLifecycleHooks) {
	return {
		hooks,
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

/** Runs the Bitrix24 node through n8n-core's real execution engine, in this process. */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const loader = await loadPackage();
	const node: INode = {
		id: 'bitrix24-node',
		name: NODE_NAME,
		type: `${loader.packageName}.bitrix24`,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: nodeCredentials(options.parameters),
		...(options.onError ? { onError: options.onError } : {}),
	};
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes: [node],
		connections: {},
		nodeTypes: nodeTypesOf(loader),
		active: false,
		settings: { executionOrder: 'v1' },
	});
	const credentialsHelper = new FixtureCredentialsHelper(loader, structuredClone(options.credentials));
	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', {
		id: 'test-workflow',
		name: 'test',
		nodes: [node],
		connections: {},
		active: false,
		settings: {},
	} as never);
	const finished = createDeferredPromise<IRun>();
	hooks.addHandler('workflowExecuteAfter', (run) => finished.resolve(run));

	const input = (options.items ?? [{}]).map((json) => ({ json }));
	const executionData: IRunExecutionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			nodeExecutionStack: [{ node, data: { main: [input] }, source: null }],
			waitingExecution: {},
			waitingExecutionSource: {},
		},
	} as IRunExecutionData;
	const execution = new WorkflowExecute(
		baseAdditionalData(credentialsHelper, hooks),
		'manual',
		executionData,
	);
	await execution.processRunExecutionData(workflow);
	const run = await finished.promise;

	const taskData = run.data.resultData.runData[NODE_NAME]?.[0];
	const outputs = taskData?.data?.main ?? [];
	return {
		items: outputs[0] ?? [],
		errorItems: outputs[1] ?? [],
		error: (taskData?.error ?? run.data.resultData.error) as RunNodeResult['error'],
		savedTokens: credentialsHelper.savedTokens,
		run,
	};
}
