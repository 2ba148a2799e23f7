/**
 * crm.timeline.logmessage.add/get/list/delete: log entries an integration writes into the timeline
 * of a CRM item, answered as `{logMessage: {...}}`; lists page by 10, newest first. Only the
 * application that wrote an entry may delete it.
 */
import { RestError } from '../../errors';
import { parseOrder, sortRows } from '../../filter';
import { Dict, isDict, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { bind, crmRecordExists, LOG_MESSAGE_TABLE as TABLE, nextTimelineId, timelineErrors } from './shared';

const PAGE = 10;
const REQUIRED = ['entityTypeId', 'entityId', 'title', 'text', 'iconCode'];
const TYPE_NAMES: Record<number, string> = { 1: 'lead', 2: 'deal', 3: 'contact', 4: 'company', 7: 'quote' };

function view(row: Dict): Dict {
	const { entityTypeId: _type, entityId: _id, clientId: _app, ...message } = row;
	return message;
}

function find(ctx: CallContext): Dict {
	const raw = ctx.params.id;
	if (raw === undefined || toPhpString(raw) === '') throw timelineErrors.missing('id');
	const id = toInt(raw);
	const row = ctx.state.tables.of(TABLE).rows.get(id);
	if (!row) throw timelineErrors.notFound(`Timeline logmessage not found for id ${id}`);
	return row;
}

function add(ctx: CallContext): MethodResult {
	const fields: Dict = isDict(ctx.params.fields) ? ctx.params.fields : {};
	for (const name of REQUIRED) if (fields[name] === undefined || toPhpString(fields[name]) === '') throw timelineErrors.missing(name);
	const entityTypeId = toInt(fields.entityTypeId);
	const entityId = toInt(fields.entityId);
	if (!crmRecordExists(ctx, entityTypeId, entityId)) throw new RestError('OWNER_NOT_FOUND', 'Owner of the item not found');
	const id = nextTimelineId(ctx);
	const row: Dict = {
		id,
		created: ctx.nowIso,
		authorId: ctx.auth.userId,
		title: toPhpString(fields.title),
		text: toPhpString(fields.text),
		iconCode: toPhpString(fields.iconCode),
		entityTypeId,
		entityId,
		clientId: ctx.auth.clientId,
	};
	ctx.state.tables.of(TABLE).rows.set(id, row);
	bind(ctx, id, TYPE_NAMES[entityTypeId] ?? `dynamic_${entityTypeId}`, entityId);
	return { result: { logMessage: view(row) } };
}

const schema = {
	resolve: (name: string) => (['id', 'created'].includes(name.toLowerCase()) ? name.toLowerCase() : undefined),
	get: (row: Dict, name: string) => row[name],
	unknownField: () => undefined,
	badDirection: () => undefined,
};

function list(ctx: CallContext): MethodResult {
	for (const name of ['entityTypeId', 'entityId']) {
		if (ctx.params[name] === undefined || toPhpString(ctx.params[name]) === '') throw timelineErrors.missing(name);
	}
	const entityTypeId = toInt(ctx.params.entityTypeId);
	const entityId = toInt(ctx.params.entityId);
	const rows = [...ctx.state.tables.of(TABLE).rows.values()].filter((row) => row.entityTypeId === entityTypeId && row.entityId === entityId);
	const order = isDict(ctx.params.order) && Object.keys(ctx.params.order).length > 0 ? ctx.params.order : { id: 'desc' };
	const sorted = sortRows(rows, parseOrder(order, schema), schema);
	const start = Math.max(0, toInt(ctx.params.start));
	const page = sorted.slice(start, start + PAGE).map(view);
	const next = start + PAGE < sorted.length ? start + PAGE : undefined;
	return next === undefined ? { result: page, total: sorted.length } : { result: page, total: sorted.length, next };
}

function remove(ctx: CallContext): MethodResult {
	const row = find(ctx);
	if (row.clientId !== undefined && row.clientId !== ctx.auth.clientId) {
		throw new RestError('REMOVING_DISABLED', 'The entry was created in the context of another application');
	}
	ctx.state.tables.of(TABLE).rows.delete(toInt(row.id));
	return { result: true };
}

export const timelineLogMessageMethods: MethodSpec[] = [
	{ name: 'crm.timeline.logmessage.add', scopes: ['crm'], handler: add },
	{ name: 'crm.timeline.logmessage.get', scopes: ['crm'], handler: (ctx) => ({ result: { logMessage: view(find(ctx)) } }) },
	{ name: 'crm.timeline.logmessage.list', scopes: ['crm'], handler: list },
	{ name: 'crm.timeline.logmessage.delete', scopes: ['crm'], handler: remove },
];
