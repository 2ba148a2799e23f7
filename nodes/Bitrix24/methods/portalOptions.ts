import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { hasPipelines, RESOURCE_ENTITY_TYPES, stageDictionary, STATUS_LIST, statusListParams } from '../catalog/stageDictionaries';
import type { Bitrix24Client } from '../transport/client';
import type { ListShape } from '../transport/pagination';
import { clientFor } from './clientFor';

type Options = INodePropertyOptions[];

const paged = (filterParam: string, orderParam: string, rowsPath?: string): ListShape => ({
	rowsPath,
	idKey: 'ID',
	filterParam,
	orderParam,
	fast: false,
});

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
	const rows = await client.list('crm.category.list', { entityTypeId }, { ...paged('filter', 'order', 'categories'), idKey: 'id' });
	return rows.map((row) => ({ id: Number(row.id), name: String(row.name) }));
}

async function dictionaryOptions(client: Bitrix24Client, entityId: string, prefix = ''): Promise<Options> {
	const rows = await client.list('crm.status.list', statusListParams(entityId), STATUS_LIST);
	return rows.map((row) => ({ name: `${prefix}${String(row.NAME)}`, value: String(row.STATUS_ID) }));
}

/**
 * The stages of one pipeline in funnel order; with no pipeline chosen, those of every pipeline,
 * labelled "Pipeline / Stage" when there is more than one.
 */
export async function stageOptions(client: Bitrix24Client, entityTypeId: number, categoryId?: number): Promise<Options> {
	if (!hasPipelines(entityTypeId) || categoryId !== undefined) {
		const entityId = stageDictionary(entityTypeId, categoryId ?? 0);
		if (!entityId) throw new Error(`Records of entity type ${entityTypeId} have no stages`);
		return await dictionaryOptions(client, entityId);
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
	const rows = await client.list('user.get', { FILTER: { ACTIVE: true } }, paged('FILTER', 'order'));
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
	const rows = await client.list('crm.currency.list', {}, { ...paged('filter', 'order'), idKey: 'CURRENCY' });
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
		const rows = await client.list('sonet_group.get', { ORDER: { NAME: 'ASC' }, FILTER: { ACTIVE: 'Y' } }, paged('FILTER', 'ORDER'));
		return rows.map((row) => ({ name: String(row.NAME), value: Number(row.ID) })).sort(byName);
	}),
};
