/**
 * Credentials and workflows in the JSON that `n8n import:credentials` / `n8n import:workflow`
 * read (the same shape n8n exports). Ids are fixed so that `n8n execute --id` knows them.
 */
import type { Emulator } from '../../test/emulator';

export const PACKAGE_NAME = 'n8n-nodes-bitrix24-suite';
export const NODE_TYPE = `${PACKAGE_NAME}.bitrix24`;

export type AuthKind = 'webhook' | 'oAuth2' | 'apiKey';

export const CREDENTIALS: Record<AuthKind, { id: string; name: string; type: string }> = {
	webhook: { id: 'bx24CredWebhook1', name: 'Bitrix24 webhook (e2e)', type: 'bitrix24WebhookApi' },
	oAuth2: { id: 'bx24CredOAuth2a1', name: 'Bitrix24 OAuth2 (e2e)', type: 'bitrix24OAuth2Api' },
	apiKey: { id: 'bx24CredApiKey01', name: 'Bitrix24 API key (e2e)', type: 'bitrix24Api' },
};

/** The portal's own plan limit: the emulator enforces the same bucket (burst 50, 2 per second). */
const RATE = { rateLimitPlan: 'standard' };

export interface CredentialFile {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

/** One credential of each type, with plain `data` (n8n encrypts it on import). */
export function credentialsFor(emulator: Emulator): { file: CredentialFile[]; issued: { oauth: Record<string, unknown>; apiKeyToken: string } } {
	const oauth = { ...emulator.issueTokens() } as unknown as Record<string, unknown>;
	const apiKeyToken = emulator.issueTokens().access_token;
	return {
		issued: { oauth, apiKeyToken },
		file: [
			{ ...CREDENTIALS.webhook, data: { webhookUrl: emulator.webhookUrl, ...RATE } },
			{
				...CREDENTIALS.oAuth2,
				data: {
					portalUrl: emulator.url,
					clientId: emulator.oauthClient.clientId,
					clientSecret: emulator.oauthClient.clientSecret,
					accessTokenUrl: emulator.tokenUrl,
					grantType: 'authorizationCode',
					authentication: 'body',
					scope: '',
					authQueryParameters: '',
					oauthTokenData: oauth,
					...RATE,
				},
			},
			{ ...CREDENTIALS.apiKey, data: { portalUrl: emulator.url, accessToken: apiKeyToken, ...RATE } },
		],
	};
}

export interface WorkflowNodeJson {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
	executeOnce?: boolean;
	/** A webhook node's id in its URL path (`/webhook/<webhookId>/...`). */
	webhookId?: string;
}

export interface WorkflowJson {
	id: string;
	name: string;
	active: boolean;
	nodes: WorkflowNodeJson[];
	connections: Record<string, { main: Array<Array<{ node: string; type: 'main'; index: number }>> }>;
	settings: Record<string, unknown>;
	pinData: Record<string, unknown>;
}

let nodeCounter = 0;

function nodeId(): string {
	nodeCounter += 1;
	return `00000000-0000-4000-8000-${String(nodeCounter).padStart(12, '0')}`;
}

/** A workflow id: n8n's are 16 characters. */
export function workflowId(prefix: string, index: number): string {
	const id = `${prefix}${String(index).padStart(16 - prefix.length, '0')}`;
	if (id.length !== 16) throw new Error(`workflow id ${id} is not 16 characters`);
	return id;
}

export function manualTrigger(name = 'Start'): WorkflowNodeJson {
	return { id: nodeId(), name, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
}

export function bitrix24(
	name: string,
	parameters: Record<string, unknown>,
	options: { position?: [number, number]; onError?: WorkflowNodeJson['onError']; executeOnce?: boolean } = {},
): WorkflowNodeJson {
	const auth = (parameters.authentication ?? 'webhook') as AuthKind;
	const credential = CREDENTIALS[auth];
	return {
		id: nodeId(),
		name,
		type: NODE_TYPE,
		typeVersion: 1,
		position: options.position ?? [220, 0],
		parameters: { authentication: auth, ...parameters },
		credentials: { [credential.type]: { id: credential.id, name: credential.name } },
		...(options.onError ? { onError: options.onError } : {}),
		...(options.executeOnce ? { executeOnce: true } : {}),
	};
}

/** A Code node that outputs the given items' JSON (runs in n8n's JS task runner on 2.x). */
export function codeItems(name: string, items: Array<Record<string, unknown>>, position: [number, number] = [220, 0]): WorkflowNodeJson {
	return {
		id: nodeId(),
		name,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position,
		parameters: { jsCode: `return ${JSON.stringify(items.map((json) => ({ json })))};` },
	};
}

/** A Code node that outputs whole items as given, binary data (base64 with name and MIME type) included. */
export function codeOutputs(name: string, items: unknown[], position: [number, number] = [220, 0]): WorkflowNodeJson {
	return {
		id: nodeId(),
		name,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position,
		parameters: { jsCode: `return ${JSON.stringify(items)};` },
	};
}

/** Input items from a Code node, then the Bitrix24 node. */
export function nodeAfterItems(id: string, name: string, items: unknown[], parameters: Record<string, unknown>): WorkflowJson {
	return workflow(
		id,
		name,
		[manualTrigger(), codeOutputs('Items', items), bitrix24('Bitrix24', parameters, { position: [440, 0] })],
		[
			['Start', 'Items'],
			['Items', 'Bitrix24'],
		],
	);
}

export function noOp(name: string, position: [number, number]): WorkflowNodeJson {
	return { id: nodeId(), name, type: 'n8n-nodes-base.noOp', typeVersion: 1, position, parameters: {} };
}

export function httpPost(name: string, url: string, position: [number, number]): WorkflowNodeJson {
	return {
		id: nodeId(),
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position,
		parameters: { method: 'POST', url, options: {} },
		executeOnce: true,
	};
}

/** Connections: each pair [from, to] or [from, to, outputIndex]. */
export function workflow(
	id: string,
	name: string,
	nodes: WorkflowNodeJson[],
	links: Array<[string, string] | [string, string, number]>,
): WorkflowJson {
	const connections: WorkflowJson['connections'] = {};
	for (const [from, to, output = 0] of links) {
		const entry = (connections[from] ??= { main: [] });
		while (entry.main.length <= output) entry.main.push([]);
		entry.main[output].push({ node: to, type: 'main', index: 0 });
	}
	return { id, name, active: false, nodes, connections, settings: { executionOrder: 'v1' }, pinData: {} };
}

/** Manual trigger -> one Bitrix24 node. */
export function singleNodeWorkflow(id: string, name: string, parameters: Record<string, unknown>): WorkflowJson {
	return workflow(id, name, [manualTrigger(), bitrix24('Bitrix24', parameters)], [['Start', 'Bitrix24']]);
}
