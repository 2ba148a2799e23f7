import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	INode,
	INodeExecutionData,
	IRun,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
	Workflow,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createDeferredPromise } from 'n8n-workflow';

export interface ExecuteFromOptions {
	workflow: Workflow;
	/** The node the run starts at, with `input` as its incoming data. */
	start: INode;
	input: INodeExecutionData[][];
	additionalData: IWorkflowExecuteAdditionalData;
	mode: WorkflowExecuteMode;
	/** Called as each node starts and finishes. */
	onNode?: (name: string, phase: 'before' | 'after') => void;
}

/** Runs a workflow through n8n-core's engine from one node onward and waits for the result. */
export async function executeFrom(options: ExecuteFromOptions): Promise<IRun> {
	const { workflow, start, input, additionalData, mode, onNode } = options;
	const hooks = new ExecutionLifecycleHooks(mode, 'test-execution', {
		id: workflow.id,
		name: 'test',
		nodes: Object.values(workflow.nodes),
		connections: workflow.connectionsBySourceNode,
		active: workflow.active,
		settings: {},
	} as never);
	const finished = createDeferredPromise<IRun>();
	hooks.addHandler('workflowExecuteAfter', (run) => finished.resolve(run));
	if (onNode) {
		hooks.addHandler('nodeExecuteBefore', (name) => onNode(name, 'before'));
		hooks.addHandler('nodeExecuteAfter', (name) => onNode(name, 'after'));
	}
	const executionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			nodeExecutionStack: [{ node: start, data: { main: input }, source: null }],
			waitingExecution: {},
			waitingExecutionSource: {},
		},
	} as unknown as IRunExecutionData;
	await new WorkflowExecute({ ...additionalData, hooks }, mode, executionData).processRunExecutionData(workflow);
	return await finished.promise;
}
