/**
 * crm.activity.configurable.add/get/update: activities whose look an application describes with a
 * layout (header, body blocks, footer buttons). Stored as activities of the REST app provider, with
 * the application's `fields` and `layout` kept beside them in `crm.activity.configurable`.
 */
import { RestError } from '../../errors';
import { Dict, isDict, isYes, phpValues, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { stampNewActivity, touchActivity } from './records';
import { activityErrors, activityRow, crmRecordExists, required, requiredInt } from './shared';

const TABLE = 'crm.activity.configurable';

const errors = {
	wrongContext: () => new RestError('ERROR_WRONG_CONTEXT', 'Method call is only possible in the context of an application'),
	wrongApplication: () => new RestError('ERROR_WRONG_APPLICATION', 'The activity can only be updated by the application that created it'),
	emptyLayout: () => new RestError('ERROR_EMPTY_LAYOUT', 'The layout field must be filled'),
	wrongValue: () => new RestError('WRONG_FIELD_VALUE', 'Incorrect field value'),
	deadlineOnIncoming: () => new RestError('INCOMING_ACTIVITY_CAN_NOT_BE_WITH_DEADLINE', 'Incoming activity cannot have a deadline'),
};

function application(ctx: CallContext): string {
	if (!ctx.auth.clientId) throw errors.wrongContext();
	return ctx.auth.clientId;
}

function readLayout(ctx: CallContext): Dict {
	const layout = ctx.params.layout;
	if (!isDict(layout) || Object.keys(layout).length === 0) throw errors.emptyLayout();
	return layout;
}

/** The `fields` as `.get` prints them: booleans, numbers and nulls instead of the strings sent. */
function normalise(ctx: CallContext, input: Dict, before?: Dict): Dict {
	const fields: Dict = {
		typeId: 'CONFIGURABLE',
		completed: false,
		deadline: null,
		pingOffsets: [],
		isIncomingChannel: false,
		responsibleId: ctx.auth.userId,
		badgeCode: '',
		originatorId: null,
		originId: null,
		...before,
	};
	if (input.typeId !== undefined) fields.typeId = toPhpString(input.typeId);
	if (input.completed !== undefined) fields.completed = isYes(input.completed);
	if (input.deadline !== undefined) {
		const ms = Date.parse(toPhpString(input.deadline));
		if (Number.isNaN(ms)) throw errors.wrongValue();
		fields.deadline = ctx.formatDate(ms);
	}
	if (input.pingOffsets !== undefined) fields.pingOffsets = phpValues(input.pingOffsets).map(toInt);
	if (input.isIncomingChannel !== undefined) fields.isIncomingChannel = isYes(input.isIncomingChannel);
	if (input.responsibleId !== undefined) fields.responsibleId = toInt(input.responsibleId);
	for (const name of ['badgeCode', 'originatorId', 'originId']) if (input[name] !== undefined) fields[name] = toPhpString(input[name]);
	if (fields.isIncomingChannel && fields.deadline !== null) throw errors.deadlineOnIncoming();
	return fields;
}

function subjectOf(layout: Dict): string {
	const header = isDict(layout.header) ? layout.header : {};
	return toPhpString(header.title);
}

/** Mirrors the configurable fields into the classic activity row. */
function mirror(row: Dict, fields: Dict, layout: Dict): void {
	Object.assign(row, {
		SUBJECT: subjectOf(layout),
		COMPLETED: fields.completed ? 'Y' : 'N',
		DEADLINE: fields.deadline,
		END_TIME: fields.deadline,
		RESPONSIBLE_ID: String(fields.responsibleId),
		PROVIDER_TYPE_ID: fields.typeId,
		ORIGINATOR_ID: fields.originatorId,
		ORIGIN_ID: fields.originId,
	});
}

function add(ctx: CallContext): MethodResult {
	const clientId = application(ctx);
	const ownerTypeId = requiredInt(ctx, 'ownerTypeId');
	const ownerId = requiredInt(ctx, 'ownerId');
	required(ctx, 'fields');
	const layout = readLayout(ctx);
	if (!crmRecordExists(ctx, ownerTypeId, ownerId)) throw activityErrors.ownerNotFound();
	const fields = normalise(ctx, isDict(ctx.params.fields) ? ctx.params.fields : {});
	const table = ctx.state.tables.of('crm.activity');
	const id = table.ids.next();
	const row: Dict = { ID: String(id), OWNER_ID: String(ownerId), OWNER_TYPE_ID: String(ownerTypeId), TYPE_ID: '6', PROVIDER_ID: 'CONFIGURABLE_REST_APP' };
	mirror(row, fields, layout);
	stampNewActivity(row, ctx);
	table.rows.set(id, row);
	ctx.state.tables.of(TABLE).rows.set(id, { clientId, ownerTypeId, ownerId, fields, layout });
	return { result: { activity: { id } } };
}

function find(ctx: CallContext): [number, Dict] {
	const id = requiredInt(ctx, 'id');
	const entry = ctx.state.tables.of(TABLE).rows.get(id);
	if (!entry || !activityRow(ctx, id)) throw activityErrors.notFound();
	return [id, entry];
}

function get(ctx: CallContext): MethodResult {
	application(ctx);
	const [id, entry] = find(ctx);
	return { result: { activity: { id, ownerTypeId: entry.ownerTypeId, ownerId: entry.ownerId, fields: entry.fields, layout: entry.layout } } };
}

function update(ctx: CallContext): MethodResult {
	const clientId = application(ctx);
	const [id, entry] = find(ctx);
	if (entry.clientId !== clientId) throw errors.wrongApplication();
	required(ctx, 'fields');
	const layout = readLayout(ctx);
	entry.fields = normalise(ctx, isDict(ctx.params.fields) ? ctx.params.fields : {}, entry.fields as Dict);
	entry.layout = layout;
	const row = activityRow(ctx, id) as Dict;
	mirror(row, entry.fields as Dict, layout);
	touchActivity(row, ctx);
	return { result: { activity: { id } } };
}

export const activityConfigurableMethods: MethodSpec[] = [
	{ name: 'crm.activity.configurable.add', scopes: ['crm'], handler: add },
	{ name: 'crm.activity.configurable.get', scopes: ['crm'], handler: get },
	{ name: 'crm.activity.configurable.update', scopes: ['crm'], handler: update },
];
