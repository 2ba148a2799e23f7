import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { toNodeError } from '../execute/failures';
import { InputError } from '../execute/inputError';
import type { Bitrix24Client } from '../transport/client';
import { createClient } from '../transport/client';
import type { AuthKind } from '../transport/connection';
import { connectionFromCredentials, CREDENTIAL_TYPE } from '../transport/connection';
import type { PollCursor, PollEvent, RowKeys } from './pollCursor';
import { advance, startCursor, timeOf, windowStart } from './pollCursor';
import type { PollResource, PollSource } from './pollSources';
import { pollSource } from './pollSources';

/** How many of the latest records a manual test run returns. */
const SAMPLE_SIZE = 10;

interface PollSettings {
	resource: PollResource;
	entityTypeId: number;
	event: PollEvent;
	filter: IDataObject;
}

function settingsOf(ctx: IPollFunctions): PollSettings {
	const resource = ctx.getNodeParameter('resource') as PollResource;
	const entityTypeId = resource === 'crmItem' ? Number(ctx.getNodeParameter('entityTypeId', 2)) : 0;
	if (resource === 'crmItem' && !(Number.isInteger(entityTypeId) && entityTypeId > 0)) {
		throw new InputError(`"Entity Type ID" must be a positive whole number, got ${JSON.stringify(entityTypeId)}`);
	}
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	let filter: IDataObject = {};
	if (options.filter !== undefined && options.filter !== '') {
		const parsed =
			typeof options.filter === 'string'
				? jsonParse<unknown>(options.filter, { errorMessage: '"Filter" is not valid JSON' })
				: options.filter;
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
			throw new InputError('"Filter" must be a JSON object, e.g. {"categoryId": 0}');
		}
		filter = parsed as IDataObject;
	}
	return { resource, entityTypeId, event: ctx.getNodeParameter('event') as PollEvent, filter };
}

function keysOf(source: PollSource, event: PollEvent): RowKeys {
	return { idKey: source.shape.idKey, timeKey: event === 'new' ? source.createdRowKey : source.updatedRowKey };
}

/** Every record stamped at or after `since`, read with the client's fast pagination (by id). */
async function listSince(client: Bitrix24Client, source: PollSource, settings: PollSettings, since: string) {
	const timeKey = settings.event === 'new' ? source.createdFilterKey : source.updatedFilterKey;
	const filter = { ...settings.filter, [`>=${timeKey}`]: since };
	return await client.list(source.method, { ...source.params, filter }, source.shape);
}

/** The latest records, newest first, so that a test run has data to map. */
async function latest(client: Bitrix24Client, source: PollSource, settings: PollSettings) {
	const timeKey = settings.event === 'new' ? source.createdFilterKey : source.updatedFilterKey;
	const idKey = source.shape.cursorKey ?? source.shape.idKey;
	const params = { ...source.params, filter: settings.filter, order: { [timeKey]: 'DESC', [idKey]: 'DESC' } };
	return await client.list(source.method, params, { ...source.shape, fast: false }, SAMPLE_SIZE);
}

export async function runPoll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	try {
		const settings = settingsOf(this);
		const authKind = this.getNodeParameter('authentication', 'webhook') as AuthKind;
		const connection = connectionFromCredentials(authKind, await this.getCredentials(CREDENTIAL_TYPE[authKind]));
		const client = createClient(this, connection);
		const source = pollSource(settings.resource, settings.entityTypeId);

		if (this.getMode() === 'manual') {
			const rows = await latest(client, source, settings);
			return rows.length ? [this.helpers.returnJsonArray(rows)] : null;
		}

		const state = this.getWorkflowStaticData('node') as { cursor?: PollCursor };
		const key = JSON.stringify([settings.resource, settings.entityTypeId, settings.event, settings.filter]);
		const keys = keysOf(source, settings.event);
		if (state.cursor?.key !== key) {
			// A new activation (or new settings) starts from now: what exists already is not news.
			const now = String((await client.call('server.time', {}, { retrySafe: true })).result);
			if (Number.isNaN(timeOf(now))) throw new InputError(`server.time answered "${now}", which is not a time`);
			const rows = await listSince(client, source, settings, windowStart(startCursor(key, now, [], keys)));
			state.cursor = startCursor(key, now, rows, keys);
			return null;
		}
		const rows = await listSince(client, source, settings, windowStart(state.cursor));
		const { fresh, cursor } = advance(state.cursor, rows, keys, settings.event);
		state.cursor = cursor;
		return fresh.length ? [this.helpers.returnJsonArray(fresh)] : null;
	} catch (error) {
		throw 'node' in (error as object) ? error : toNodeError(this.getNode(), error as Error);
	}
}
