import type { IBinaryKeyData, IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { CatalogOperation } from '../catalog';
import { findOperation } from '../catalog';
import { RESOURCE_ENTITY_TYPES } from '../catalog/stageDictionaries';
import type { RestCall } from '../transport/batch';
import type { Bitrix24Client } from '../transport/client';
import { createClient } from '../transport/client';
import type { AuthKind, Connection } from '../transport/connection';
import { connectionFromCredentials, CREDENTIAL_TYPE } from '../transport/connection';
import { withBinaryInput } from './binaryInput';
import { downloadToBinary } from './binaryOutput';
import { readAllPages } from './allPages';
import { detailsOf, toNodeError } from './failures';
import { InputError } from './inputError';
import { readParams } from './readParams';
import { runRoutine } from './routines';
import { withoutSignedAuth } from './signedLinks';
import type { CustomFields } from './simplify';
import { customFieldsOf, simplifyRecord, stageNamesReader, withStageName } from './simplify';
import { toOutput } from './toOutput';

interface PlannedCall extends RestCall {
	/** For lists: how many rows at most (undefined = all). */
	limit?: number;
	/** For operations with `pagesOnRequest`: whether to read every page. */
	allPages?: boolean;
}

/** `binaries[i]`, when present, is the binary data of output item `json[i]`. */
type Outcome = { ok: true; json: IDataObject[]; binaries?: IBinaryKeyData[] } | { ok: false; error: Error };

function checkRequirements(operation: CatalogOperation, call: RestCall, authKind: AuthKind): void {
	if (authKind !== 'webhook') return;
	if (operation.needsApplication) {
		throw new InputError(
			`${call.method} works only in an application context and Bitrix24 refuses it for inbound webhooks: use an OAuth2 or API key credential`,
		);
	}
	const rule = operation.webhookRequires;
	const applies = rule && (!rule.methods || rule.methods.includes(call.method));
	if (applies && (call.params[rule.param] === undefined || call.params[rule.param] === '')) {
		throw new InputError(`"${rule.field}" is required when the credential is an inbound webhook`);
	}
}

function planCall(
	ctx: IExecuteFunctions,
	itemIndex: number,
	operation: CatalogOperation,
	authKind: AuthKind,
): PlannedCall {
	const { method, params } = readParams(ctx, itemIndex, operation);
	checkRequirements(operation, { method, params }, authKind);
	if (operation.pagesOnRequest) return { method, params, allPages: ctx.getNodeParameter('returnAll', itemIndex, false) as boolean };
	if (!operation.list || ctx.getNodeParameter('returnAll', itemIndex, false)) return { method, params };
	const limit = ctx.getNodeParameter('limit', itemIndex, 50) as number;
	if (!Number.isInteger(limit) || limit < 1) {
		throw new InputError(`"Limit" must be a whole number of 1 or more, got ${JSON.stringify(limit)}`);
	}
	return { method, params, limit };
}

async function sendOne(
	ctx: IExecuteFunctions,
	client: Bitrix24Client,
	operation: CatalogOperation,
	call: PlannedCall,
	itemIndex: number,
): Promise<Outcome> {
	if (operation.routine) return { ok: true, ...(await runRoutine(ctx, client, operation, call.params, itemIndex)) };
	let json: IDataObject[];
	if (operation.list) json = toOutput(await client.list(call.method, call.params, operation.list, call.limit), operation.output);
	else if (call.allPages) json = toOutput(await readAllPages(client, call), operation.output);
	else json = toOutput((await client.call(call.method, call.params, { retrySafe: operation.retrySafe })).result, operation.output);
	if (operation.output.kind !== 'download') return { ok: true, json };
	const binary = await downloadToBinary(ctx, client, itemIndex, operation, json[0]);
	return { ok: true, json, binaries: binary ? [binary] : undefined };
}

async function sendOneByOne(
	ctx: IExecuteFunctions,
	client: Bitrix24Client,
	operation: CatalogOperation,
	calls: Array<PlannedCall | Error>,
	stopAtFirstFailure: boolean,
): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	for (const [itemIndex, call] of calls.entries()) {
		if (call instanceof Error) {
			outcomes.push({ ok: false, error: call });
		} else {
			try {
				outcomes.push(await sendOne(ctx, client, operation, call, itemIndex));
			} catch (error) {
				outcomes.push({ ok: false, error: error as Error });
			}
		}
		if (stopAtFirstFailure && !outcomes[outcomes.length - 1].ok) break;
	}
	return outcomes;
}

function outcomeOf(result: unknown, operation: CatalogOperation): Outcome {
	try {
		return { ok: true, json: toOutput(result, operation.output) };
	} catch (error) {
		return { ok: false, error: error as Error };
	}
}

async function sendInBatches(
	client: Bitrix24Client,
	operation: CatalogOperation,
	calls: Array<PlannedCall | Error>,
	stopAtFirstFailure: boolean,
): Promise<Outcome[]> {
	const valid = calls.filter((call): call is PlannedCall => !(call instanceof Error));
	let answers: Outcome[];
	try {
		const results = await client.batch(valid, { retrySafe: operation.retrySafe, halt: stopAtFirstFailure });
		answers = results.map((result) => (result.ok ? outcomeOf(result.result, operation) : { ok: false, error: result.error }));
	} catch (error) {
		answers = valid.map(() => ({ ok: false, error: error as Error }));
	}
	return calls.map((call) => (call instanceof Error ? { ok: false, error: call } : (answers.shift() as Outcome)));
}

/**
 * "Simplify" on: each record read is reduced and its stage named, with the field descriptions
 * fetched once per entity type and each stage list once per run.
 */
async function simplified(
	ctx: IExecuteFunctions,
	client: Bitrix24Client,
	operation: CatalogOperation,
	calls: Array<PlannedCall | Error>,
	outcomes: Outcome[],
): Promise<Outcome[]> {
	const api = operation.simplify;
	if (!api) return outcomes;
	const described = new Map<string, Promise<CustomFields>>();
	const stageNames = stageNamesReader(client);
	const result: Outcome[] = [];
	for (const [index, outcome] of outcomes.entries()) {
		const call = calls[index];
		if (!outcome.ok || call instanceof Error || !ctx.getNodeParameter('simplify', index, false)) {
			result.push(outcome);
			continue;
		}
		const scope = { entityTypeId: call.params.entityTypeId, useOriginalUfNames: call.params.useOriginalUfNames };
		const key = JSON.stringify(scope);
		if (!described.has(key)) described.set(key, customFieldsOf(client, api, scope));
		try {
			const custom = await (described.get(key) as Promise<CustomFields>);
			const json: IDataObject[] = [];
			for (const record of outcome.json) {
				const simple = simplifyRecord(api, record, custom);
				if (api.api === 'task') {
					json.push(simple);
					continue;
				}
				const entityTypeId = api.api === 'legacy' ? RESOURCE_ENTITY_TYPES[api.entity] : Number(call.params.entityTypeId);
				json.push(await withStageName(simple, entityTypeId, stageNames));
			}
			result.push({ ok: true, json });
		} catch (error) {
			result.push({ ok: false, error: error as Error });
		}
	}
	return result;
}

/**
 * n8n moves an item to the error output only when its JSON is `{ error }` or `{ error, message }`
 * (an item carrying `.error` would have its JSON replaced), so that mode gets the short form.
 */
function errorItem(
	resource: string,
	operation: string,
	error: Error,
	itemIndex: number,
	toErrorOutput: boolean,
): INodeExecutionData {
	const { message, code, description, method } = detailsOf(error);
	const json: IDataObject = toErrorOutput
		? { error: message, message: description ?? `${code} in ${resource} ${operation}` }
		: {
				error: message,
				code,
				resource,
				operation,
				...(method ? { method } : {}),
				...(description ? { description } : {}),
				timestamp: new Date().toISOString(),
			};
	return { json, pairedItem: { item: itemIndex } };
}

export async function runOperation(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const authKind = this.getNodeParameter('authentication', 0) as AuthKind;
	const operation = findOperation(resource, operationName);
	const continueOnFail = this.continueOnFail();
	const toErrorOutput = this.getNode().onError === 'continueErrorOutput';

	let outcomes: Outcome[];
	try {
		if (!operation) throw new InputError(`The operation "${operationName}" of "${resource}" is not known`);
		const connection: Connection = connectionFromCredentials(
			authKind,
			await this.getCredentials(CREDENTIAL_TYPE[authKind]),
		);
		const planned = items.map((_, index) => {
			try {
				return planCall(this, index, operation, authKind);
			} catch (error) {
				return error as Error;
			}
		});
		const calls = await withBinaryInput(this, operation, planned);
		const firstBad = calls.findIndex((call) => call instanceof Error);
		if (!continueOnFail && firstBad !== -1) throw toNodeError(this.getNode(), calls[firstBad] as Error, firstBad);
		const client = createClient(this, connection);
		const batched = operation.batchable !== false && !operation.list && !operation.routine && calls.length > 1;
		const sent = batched
			? await sendInBatches(client, operation, calls, !continueOnFail)
			: await sendOneByOne(this, client, operation, calls, !continueOnFail);
		outcomes = await simplified(this, client, operation, calls, sent);
	} catch (error) {
		if (continueOnFail) outcomes = items.map(() => ({ ok: false, error: error as Error }));
		else throw 'node' in (error as object) ? error : toNodeError(this.getNode(), error as Error);
	}

	const output: INodeExecutionData[] = [];
	outcomes.forEach((outcome, itemIndex) => {
		if (outcome.ok) {
			output.push(
				...outcome.json.map((json, index) => {
					const binary = outcome.binaries?.[index];
					return { json: withoutSignedAuth(json), ...(binary ? { binary } : {}), pairedItem: { item: itemIndex } };
				}),
			);
			return;
		}
		if (!continueOnFail) throw toNodeError(this.getNode(), outcome.error, itemIndex);
		output.push(errorItem(resource, operationName, outcome.error, itemIndex, toErrorOutput));
	});
	return [output];
}
