/**
 * Runs a polling trigger node the way n8n does, in this process. An active workflow gets one
 * PollContext at activation and n8n-core calls the node's `poll()` with it on every tick
 * (ActiveWorkflows.createPollExecuteFn -> TriggersAndPollers.runPoll); whatever it returns is
 * emitted and runs the workflow. A manual test run goes through WorkflowExecute in `manual`
 * mode, which calls `poll()` itself.
 */
import { PollContext } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IRun,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import type { CredentialFixtures } from './credentialsHelper';
import { executeFrom } from './execute';
import { FixtureCredentialsHelper } from './credentialsHelper';
import { loadPackage, nodeTypesOf } from './loadPackage';
import { baseAdditionalData, nodeCredentials } from './runNode';

export const POLL_NODE_NAME = 'Bitrix24 Polling Trigger';

export interface PollingOptions {
	parameters: INodeParameters;
	credentials: CredentialFixtures;
	staticData?: IDataObject;
}

export interface PollOutcome {
	/** What `poll()` returned: null when there was nothing new. */
	emitted: INodeExecutionData[] | null;
	/** The run the emitted items started, if any. */
	run?: IRun;
	error?: Error;
}

export interface ActivePolling {
	/** One scheduled poll. */
	poll(): Promise<PollOutcome>;
	staticData(): IDataObject;
}

async function pollWorkflow(options: PollingOptions) {
	const loader = await loadPackage();
	const node: INode = {
		id: 'poll-node',
		name: POLL_NODE_NAME,
		type: `${loader.packageName}.bitrix24PollingTrigger`,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: nodeCredentials(options.parameters),
	};
	const nodeTypes = nodeTypesOf(loader);
	const workflow = new Workflow({
		id: 'poll-workflow',
		nodes: [node],
		connections: {},
		nodeTypes,
		active: true,
		staticData: structuredClone(options.staticData ?? {}),
		settings: { executionOrder: 'v1' },
	});
	const additionalData = baseAdditionalData(
		new FixtureCredentialsHelper(loader, structuredClone(options.credentials)),
	) as IWorkflowExecuteAdditionalData;
	return { node, workflow, additionalData, nodeType: nodeTypes.getByNameAndVersion(node.type, 1) as INodeType };
}

/** Activates a workflow made of the polling trigger alone; n8n polls once right away. */
export async function activatePolling(options: PollingOptions): Promise<ActivePolling & { first: PollOutcome }> {
	const { node, workflow, additionalData, nodeType } = await pollWorkflow(options);
	const context = new PollContext(workflow, node, additionalData, 'trigger', 'activate');
	const poll = async (): Promise<PollOutcome> => {
		try {
			const response = await nodeType.poll!.call(context);
			if (response === null) return { emitted: null };
			return { emitted: response[0], run: await executeFrom({ workflow, start: node, input: response, additionalData, mode: 'trigger' }) };
		} catch (error) {
			return { emitted: null, error: error as Error };
		}
	};
	const first = await poll();
	return { first, poll, staticData: () => JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject };
}

/** The editor's "Fetch Test Event": runs the workflow in manual mode from the trigger. */
export async function testPoll(options: PollingOptions): Promise<{ items: INodeExecutionData[]; run: IRun }> {
	const { node, workflow, additionalData } = await pollWorkflow(options);
	const run = await executeFrom({ workflow, start: node, input: [[{ json: {} }]], additionalData, mode: 'manual' });
	return { items: run.data.resultData.runData[POLL_NODE_NAME]?.[0]?.data?.main?.[0] ?? [], run };
}
