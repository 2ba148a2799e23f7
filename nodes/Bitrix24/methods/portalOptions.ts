import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { hasPipelines, RESOURCE_ENTITY_TYPES, stageDictionary, statusListParams } from '../catalog/stageDictionaries';
import type { Bitrix24Client } from '../transport/client';
import { PAGE_SIZE, rowsOf } from '../transport/pagination';
import { clientFor } from './clientFor';

type Options = INodePropertyOptions[];

/** Every row of a list paged by `start`: the first page, then all the others at once in `batch` requests. */
async function everyRow(client: Bitrix24Client, method: string, params: IDataObject, rowsPath?: string): Promise<IDataObject[]> {
	const first = await client.call(method, params, { retrySafe: true });
	const rows = rowsOf(first.result, rowsPath);
	if (first.next === undefined || first.next === null) return rows;
	const starts: number[] = [];
	for (let start = Number(first.next); start < Number(first.total); start += PAGE_SIZE) starts.push(start);
	const pages = await client.batch(
		starts.map((start) => ({ method, params: { ...params, start } })),
		{ retrySafe: true, halt: false },
	);
	for (const page of pages) {
		if (!page.ok) throw page.error;
		rows.push(...rowsOf(page.result, rowsPath));
	}
	return rows;
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

function plainValue(value: unknown): unknown {
	return typeof value === 'object' && value !== null && 'value' in value ? (value as IDataObject).value : value;
}

function wholeNumber(value: unknown): number | undefined {
	const text = String(plainValue(value) ?? '').trim();
	return /^\d+$/.test(text) ? Number(text) : undefined;
}

export interface Pipeline {
	id: number;
	name: string;
}

/** The pipelines of an entity type in the portal's order. */
export async function pipelinesOf(client: Bitrix24Client, entityTypeId: number): Promise<Pipeline[]> {
	if (!hasPipelines(entityTypeId)) throw new Error(`Entity type ${entityTypeId} has no pipelines`);
	const rows = await everyRow(client, 'crm.category.list', { entityTypeId }, 'categories');
	return rows.map((row) => ({ id: Number(row.id), name: String(row.name) }));
}

async function dictionaryOptions(client: Bitrix24Client, entityId: string, prefix = ''): Promise<Options> {
	const rows = await everyRow(client, 'crm.status.list', statusListParams(entityId));
	return rows.map((row) => ({ name: `${prefix}${String(row.NAME)}`, value: String(row.STATUS_ID) }));
}

/**
 * The stages of one pipeline in funnel order; with no pipeline chosen, those of every pipeline,
 * labelled "Pipeline / Stage" when there is more than one.
 */
export async function stageOptions(client: Bitrix24Client, entityTypeId: number, categoryId?: number): Promise<Options> {
	if (!stageDictionary(entityTypeId, 0)) throw new Error(`Records of entity type ${entityTypeId} have no stages`);
	if (!hasPipelines(entityTypeId) || categoryId !== undefined) {
		return await dictionaryOptions(client, stageDictionary(entityTypeId, categoryId ?? 0) as string);
	}
	const pipelines = await pipelinesOf(client, entityTypeId);
	const options: Options = [];
	for (const pipeline of pipelines) {
		const prefix = pipelines.length > 1 ? `${pipeline.name} / ` : '';
		options.push(...(await dictionaryOptions(client, stageDictionary(entityTypeId, pipeline.id) as string, prefix)));
	}
	return options;
}

/** Entries of a crm.status dictionary such as SOURCE, by name. */
export async function statusOptions(client: Bitrix24Client, entityId: string): Promise<Options> {
	return (await dictionaryOptions(client, entityId)).sort(byName);
}

/** Active users as "First Last (email)", every page. */
export async function userOptions(client: Bitrix24Client): Promise<Options> {
	const rows = await everyRow(client, 'user.get', { FILTER: { ACTIVE: true } });
	return rows
		.map((row) => {
			const name = [row.NAME, row.LAST_NAME].map((part) => String(part ?? '').trim()).filter(Boolean).join(' ');
			const email = String(row.EMAIL ?? '').trim();
			const label = name && email ? `${name} (${email})` : name || email || `#${String(row.ID)}`;
			return { name: label, value: Number(row.ID) };
		})
		.sort(byName);
}

export async function currencyOptions(client: Bitrix24Client): Promise<Options> {
	const rows = await everyRow(client, 'crm.currency.list', {});
	return rows
		.map((row) => ({ name: `${String(row.FULL_NAME || row.CURRENCY)} (${String(row.CURRENCY)})`, value: String(row.CURRENCY) }))
		.sort(byName);
}

/** The entity type of the node being edited: fixed by its resource, or its "Entity Type ID" parameter. */
function entityTypeOf(ctx: ILoadOptionsFunctions): number {
	const resource = ctx.getNodeParameter('resource', '') as string;
	if (resource in RESOURCE_ENTITY_TYPES) return RESOURCE_ENTITY_TYPES[resource];
	const entityTypeId = wholeNumber(ctx.getNodeParameter('entityTypeId', ''));
	if (entityTypeId === undefined) throw new Error('Fill in the entity type first: the list depends on it');
	return entityTypeId;
}

/** The pipeline chosen beside the stage: in the same collection, else at the top level. */
function chosenPipeline(ctx: ILoadOptionsFunctions): number | undefined {
	return wholeNumber(ctx.getCurrentNodeParameter('&categoryId')) ?? wholeNumber(ctx.getNodeParameter('categoryId', ''));
}

type LoadMethod = (this: ILoadOptionsFunctions) => Promise<Options>;

function loader(what: string, read: (client: Bitrix24Client, ctx: ILoadOptionsFunctions) => Promise<Options>): LoadMethod {
	return async function (this: ILoadOptionsFunctions) {
		try {
			return await read(await clientFor(this), this);
		} catch (error) {
			throw new NodeOperationError(this.getNode(), `Could not list the ${what}: ${(error as Error).message}`);
		}
	};
}

/** Dropdowns filled from the portal, referred to by `portalChoice` fields. */
export const portalOptions: Record<string, LoadMethod> = {
	getPipelines: loader('pipelines', async (client, ctx) =>
		(await pipelinesOf(client, entityTypeOf(ctx))).map((pipeline) => ({ name: pipeline.name, value: pipeline.id })).sort(byName),
	),
	getStages: loader('stages', async (client, ctx) => await stageOptions(client, entityTypeOf(ctx), chosenPipeline(ctx))),
	getUsers: loader('users', userOptions),
	getCurrencies: loader('currencies', currencyOptions),
	getSources: loader('sources', async (client) => await statusOptions(client, 'SOURCE')),
	getTaskGroups: loader('groups', async (client) => {
		const rows = await everyRow(client, 'sonet_group.get', { ORDER: { NAME: 'ASC' }, FILTER: { ACTIVE: 'Y' } });
		return rows.map((row) => ({ name: String(row.NAME), value: Number(row.ID) })).sort(byName);
	}),
};
