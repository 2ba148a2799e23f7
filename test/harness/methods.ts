import { ExecuteContext, LoadOptionsContext, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeListSearchResult,
	INodeParameters,
	INodePropertyOptions,
	ResourceMapperFields,
	INodeType,
	INodeTypes,
	IRunExecutionData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import type { CredentialFixtures } from './credentialsHelper';
import { FixtureCredentialsHelper } from './credentialsHelper';
import { loadPackage, nodeTypesOf } from './loadPackage';
import { baseAdditionalData, nodeCredentials } from './runNode';

async function singleNodeWorkflow(parameters: INodeParameters, typeVersion = 1) {
	const loader = await loadPackage();
	const node: INode = {
		id: 'bitrix24-node',
		name: 'Bitrix24',
		type: `${loader.packageName}.bitrix24`,
		typeVersion,
		position: [0, 0],
		parameters,
		credentials: nodeCredentials(parameters),
	};
	const nodeTypes = nodeTypesOf(loader);
	const workflow = new Workflow({ id: 'w', nodes: [node], connections: {}, nodeTypes, active: false });
	return { loader, node, workflow, nodeType: nodeTypes.getByNameAndVersion(node.type, typeVersion) as INodeType };
}

/**
 * Calls one of the node's loadOptions methods the way the n8n editor does: for the parameter at
 * `path` (e.g. `parameters.recordFields.stageId` inside a collection), with the node's current
 * parameters at hand.
 */
export async function loadOptions(
	method: string,
	parameters: INodeParameters,
	credentials: CredentialFixtures,
	path = 'parameters',
): Promise<INodePropertyOptions[]> {
	const { loader, node, workflow, nodeType } = await singleNodeWorkflow(parameters);
	const additionalData = baseAdditionalData(new FixtureCredentialsHelper(loader, structuredClone(credentials)));
	additionalData.currentNodeParameters = parameters;
	const context = new LoadOptionsContext(workflow, node, additionalData, path);
	return await nodeType.methods!.loadOptions![method].call(context);
}

/** Calls one of the node's listSearch methods as a record picker's "From List" mode does. */
export async function listSearch(
	method: string,
	parameters: INodeParameters,
	credentials: CredentialFixtures,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { loader, node, workflow, nodeType } = await singleNodeWorkflow(parameters);
	const additionalData = baseAdditionalData(new FixtureCredentialsHelper(loader, structuredClone(credentials)));
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	return await nodeType.methods!.listSearch![method].call(context, filter, paginationToken);
}

/**
 * Calls one of the node's resourceMapping methods as the editor does when it lists a mapper's
 * fields, in a node of version 2 (where the mappers are).
 */
export async function resourceMapping(
	method: string,
	parameters: INodeParameters,
	credentials: CredentialFixtures,
): Promise<ResourceMapperFields> {
	const { loader, node, workflow, nodeType } = await singleNodeWorkflow(parameters, 2);
	const additionalData = baseAdditionalData(new FixtureCredentialsHelper(loader, structuredClone(credentials)));
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	return await nodeType.methods!.resourceMapping![method].call(context);
}

/**
 * Sends a credential's test request through n8n-core's routing engine, as the editor's
 * "Test" button does, and returns the response body it got.
 */
export async function sendCredentialTest(type: string, data: ICredentialDataDecryptedObject): Promise<IDataObject> {
	const loader = await loadPackage();
	const request = loader.getCredential(type).type.test!.request;
	const testNode: INodeType = {
		description: {
			displayName: 'Credential test',
			name: 'credentialTest',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: {},
			inputs: [],
			outputs: [],
			credentials: [{ name: type, required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request } }],
		},
	};
	const node: INode = {
		id: 'tested',
		name: 'Temp-Node',
		type: 'credentialTest',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [type]: { id: 'tested', name: type } },
	};
	const nodeTypes = {
		getByName: () => testNode,
		getByNameAndVersion: () => testNode,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const workflow = new Workflow({ id: 'w', nodes: [node], connections: {}, nodeTypes, active: false });
	const additionalData = baseAdditionalData(new FixtureCredentialsHelper(loader, { [type]: data }));
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		{ resultData: { runData: {} } } as unknown as IRunExecutionData,
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const output = await new RoutingNode(context, testNode, { id: 'tested', name: type, type, data }).runNode();
	return output?.[0]?.[0]?.json ?? {};
}
