import type { IDataObject } from 'n8n-workflow';

import type { CrmApi } from '../catalog/types';
import type { Bitrix24Client } from '../transport/client';
import type { ListShape } from '../transport/pagination';
import { InputError } from './inputError';

/** What "Create or Update" looks for, read from the `match.*` parameters. */
interface Match {
	by: 'id' | 'email' | 'phone' | 'field';
	value: string;
	field?: string;
	several: 'error' | 'updateAll';
}

/** The entity types crm.duplicate.findbycomm searches, by entity type id. */
const COMMUNICATION_TYPES: Record<number, string> = { 1: 'LEAD', 3: 'CONTACT', 4: 'COMPANY' };

const LEGACY_TYPE_IDS: Record<string, number> = { lead: 1, deal: 2, contact: 3, company: 4 };

const READ = { retrySafe: true };

/** The method names, key names and entity type of one CRM API. */
function shapeOf(api: CrmApi, params: IDataObject) {
	if (api.api === 'legacy') {
		const prefix = `crm.${api.entity}`;
		return {
			method: (action: string) => `${prefix}.${action}`,
			idKey: 'ID',
			entityTypeId: LEGACY_TYPE_IDS[api.entity],
			scope: {} as IDataObject,
			list: { idKey: 'ID', filterParam: 'filter', orderParam: 'order', selectParam: 'select', fast: true } as ListShape,
			record: (result: unknown) => result as IDataObject,
		};
	}
	const scope: IDataObject = { entityTypeId: params.entityTypeId };
	if (params.useOriginalUfNames !== undefined) scope.useOriginalUfNames = params.useOriginalUfNames;
	return {
		method: (action: string) => `crm.item.${action}`,
		idKey: 'id',
		entityTypeId: Number(params.entityTypeId),
		scope,
		list: { rowsPath: 'items', idKey: 'id', filterParam: 'filter', orderParam: 'order', selectParam: 'select', fast: true } as ListShape,
		record: (result: unknown) => (result as { item: IDataObject }).item,
	};
}

type Shape = ReturnType<typeof shapeOf>;

function readMatch(raw: unknown): Match {
	const match = (raw ?? {}) as IDataObject;
	const value = String(match.value ?? '').trim();
	if (value === '') throw new InputError('"Value to Match" is required');
	const by = String(match.by ?? 'id') as Match['by'];
	const field = String(match.field ?? '').trim();
	if (by === 'field' && field === '') throw new InputError('"Field to Match" is required when matching on a field');
	return { by, value, field, several: match.several === 'updateAll' ? 'updateAll' : 'error' };
}

async function duplicatesOf(client: Bitrix24Client, shape: Shape, match: Match): Promise<number[]> {
	const entityType = COMMUNICATION_TYPES[shape.entityTypeId];
	if (!entityType) {
		throw new InputError(
			`Matching on ${match.by === 'email' ? 'an e-mail' : 'a phone'} works only for leads, contacts and companies (entity types 1, 3, 4), not entity type ${shape.entityTypeId}`,
		);
	}
	const params = { entity_type: entityType, type: match.by.toUpperCase(), values: [match.value] };
	const { result } = await client.call('crm.duplicate.findbycomm', params, READ);
	const ids = (result as IDataObject)?.[entityType];
	return Array.isArray(ids) ? ids.map(Number) : [];
}

async function matchesOf(client: Bitrix24Client, shape: Shape, match: Match): Promise<number[]> {
	if (match.by === 'email' || match.by === 'phone') return await duplicatesOf(client, shape, match);
	const key = match.by === 'id' ? shape.idKey : (match.field as string);
	if (match.by === 'id' && !/^\d+$/.test(match.value)) {
		throw new InputError(`"Value to Match" must be a record ID when matching on the ID, got ${JSON.stringify(match.value)}`);
	}
	const params = { ...shape.scope, filter: { [key]: match.value }, select: [shape.idKey] };
	const rows = await client.list(shape.method('list'), params, shape.list);
	return rows.map((row) => Number(row[shape.idKey]));
}

/** On create the record also gets the value it was looked for by, unless the fields set it. */
function withMatchedValue(api: CrmApi, fields: IDataObject, match: Match): IDataObject {
	if (match.by === 'field') return { [match.field as string]: match.value, ...fields };
	if (match.by === 'id') return fields;
	const type = match.by.toUpperCase();
	const entry = { VALUE: match.value, VALUE_TYPE: 'WORK' };
	if (api.api === 'legacy') return type in fields ? fields : { ...fields, [type]: [entry] };
	if ('fm' in fields) return fields;
	return { ...fields, fm: [{ typeId: type, valueType: 'WORK', value: match.value }] };
}

async function create(client: Bitrix24Client, api: CrmApi, shape: Shape, rest: IDataObject, match: Match) {
	const fields = withMatchedValue(api, (rest.fields ?? {}) as IDataObject, match);
	const { result } = await client.call(shape.method('add'), { ...rest, fields }, { retrySafe: false });
	if (api.api === 'item') {
		const record = shape.record(result);
		return { id: record.id, operation: 'created', record };
	}
	const id = Number(result);
	const got = await client.call(shape.method('get'), { id }, READ);
	return { id, operation: 'created', record: shape.record(got.result) };
}

async function update(client: Bitrix24Client, api: CrmApi, shape: Shape, rest: IDataObject, id: number) {
	const { result } = await client.call(shape.method('update'), { ...rest, id }, { retrySafe: true });
	if (api.api === 'item') return { id, operation: 'updated', record: shape.record(result) };
	const got = await client.call(shape.method('get'), { id }, READ);
	return { id, operation: 'updated', record: shape.record(got.result) };
}

/**
 * "Create or Update": one record matches -> it is updated; none -> one is created; several ->
 * an error, or each is updated when "If Several Match" says so. Each output item tells which.
 */
export async function upsert(client: Bitrix24Client, api: CrmApi, params: IDataObject): Promise<IDataObject[]> {
	const { match: rawMatch, ...rest } = params;
	const match = readMatch(rawMatch);
	const shape = shapeOf(api, rest);
	const ids = await matchesOf(client, shape, match);
	if (ids.length === 0) return [await create(client, api, shape, rest, match)];
	if (ids.length > 1 && match.several === 'error') {
		throw new InputError(
			`${ids.length} records match ${match.by === 'field' ? match.field : match.by} ${JSON.stringify(match.value)} (IDs ${ids.join(', ')}): match on something more specific, or set "If Several Match" to "Update All"`,
		);
	}
	const updated: IDataObject[] = [];
	for (const id of ids) updated.push(await update(client, api, shape, rest, id));
	return updated;
}
