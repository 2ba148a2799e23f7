/**
 * crm.activity.todo.add/update/updateDeadline/updateDescription/updateColor/updateResponsibleUser:
 * universal activities ("to-dos"),
 * stored as activities of the CRM_TODO provider. Each answers `{id}`.
 */
import { Dict, phpValues, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { stampNewActivity, touchActivity } from './records';
import { activityErrors, activityRow, crmRecordExists, required, requiredInt } from './shared';

function readDeadline(ctx: CallContext, name: string): string {
	const raw = toPhpString(required(ctx, name));
	const ms = Date.parse(raw);
	if (Number.isNaN(ms)) throw activityErrors.wrongDate();
	return ctx.formatDate(ms);
}

function readOwner(ctx: CallContext): { ownerTypeId: number; ownerId: number } {
	const ownerTypeId = requiredInt(ctx, 'ownerTypeId');
	const ownerId = requiredInt(ctx, 'ownerId');
	if (!crmRecordExists(ctx, ownerTypeId, ownerId)) throw activityErrors.ownerNotFound();
	return { ownerTypeId, ownerId };
}

/** The to-do an update names, checked against its owner and still open. */
function findTodo(ctx: CallContext, completed = activityErrors.completed): Dict {
	const id = requiredInt(ctx, 'id');
	const { ownerTypeId, ownerId } = readOwner(ctx);
	const row = activityRow(ctx, id);
	if (!row || toInt(row.OWNER_TYPE_ID) !== ownerTypeId || toInt(row.OWNER_ID) !== ownerId) throw activityErrors.notFound();
	if (row.COMPLETED === 'Y') throw completed();
	return row;
}

function optional(ctx: CallContext, row: Dict): void {
	const { title, description, responsibleId, colorId, pingOffsets } = ctx.params;
	if (title !== undefined) row.SUBJECT = toPhpString(title);
	if (description !== undefined) row.DESCRIPTION = toPhpString(description);
	if (responsibleId !== undefined) row.RESPONSIBLE_ID = String(toInt(responsibleId));
	const settings: Dict = { ...((row.SETTINGS as Dict) ?? {}) };
	if (colorId !== undefined) settings.COLOR = toPhpString(colorId);
	if (pingOffsets !== undefined) settings.PING_OFFSETS = phpValues(pingOffsets).map(toInt);
	row.SETTINGS = Object.keys(settings).length > 0 ? settings : [];
}

function add(ctx: CallContext): MethodResult {
	const { ownerTypeId, ownerId } = readOwner(ctx);
	const deadline = readDeadline(ctx, 'deadline');
	const table = ctx.state.tables.of('crm.activity');
	const id = table.ids.next();
	const row: Dict = {
		ID: String(id),
		OWNER_ID: String(ownerId),
		OWNER_TYPE_ID: String(ownerTypeId),
		TYPE_ID: '6',
		PROVIDER_ID: 'CRM_TODO',
		PROVIDER_TYPE_ID: 'TODO',
		SUBJECT: '',
		START_TIME: deadline,
		END_TIME: deadline,
		DEADLINE: deadline,
		RESPONSIBLE_ID: String(ctx.auth.userId),
		DESCRIPTION_TYPE: '1',
	};
	optional(ctx, row);
	stampNewActivity(row, ctx);
	table.rows.set(id, row);
	return { result: { id } };
}

function update(ctx: CallContext): MethodResult {
	const row = findTodo(ctx);
	const deadline = readDeadline(ctx, 'deadline');
	row.DEADLINE = deadline;
	row.END_TIME = deadline;
	optional(ctx, row);
	touchActivity(row, ctx);
	return { result: { id: toInt(row.ID) } };
}

function updateDeadline(ctx: CallContext): MethodResult {
	const row = findTodo(ctx);
	const deadline = readDeadline(ctx, 'value');
	row.DEADLINE = deadline;
	row.END_TIME = deadline;
	touchActivity(row, ctx);
	return { result: { id: toInt(row.ID) } };
}

function updateDescription(ctx: CallContext): MethodResult {
	const row = findTodo(ctx);
	row.DESCRIPTION = toPhpString(required(ctx, 'value'));
	touchActivity(row, ctx);
	return { result: { id: toInt(row.ID) } };
}

const COLORS = ['1', '2', '3', '4', '5', '6', '7'];

function updateColor(ctx: CallContext): MethodResult {
	const row = findTodo(ctx, activityErrors.completedColor);
	const colorId = toPhpString(required(ctx, 'colorId'));
	if (!COLORS.includes(colorId)) throw activityErrors.wrongColor();
	row.SETTINGS = { ...(Array.isArray(row.SETTINGS) ? {} : (row.SETTINGS as Dict)), COLOR: colorId };
	touchActivity(row, ctx);
	return { result: { id: toInt(row.ID) } };
}

function updateResponsibleUser(ctx: CallContext): MethodResult {
	const row = findTodo(ctx, activityErrors.completedResponsible);
	const responsibleId = requiredInt(ctx, 'responsibleId');
	if (!(responsibleId > 0)) throw activityErrors.badResponsible();
	row.RESPONSIBLE_ID = String(responsibleId);
	touchActivity(row, ctx);
	return { result: { id: toInt(row.ID) } };
}

export const activityTodoMethods: MethodSpec[] = [
	{ name: 'crm.activity.todo.add', scopes: ['crm'], handler: add },
	{ name: 'crm.activity.todo.update', scopes: ['crm'], handler: update },
	{ name: 'crm.activity.todo.updateDeadline', scopes: ['crm'], handler: updateDeadline },
	{ name: 'crm.activity.todo.updateDescription', scopes: ['crm'], handler: updateDescription },
	{ name: 'crm.activity.todo.updateColor', scopes: ['crm'], handler: updateColor },
	{ name: 'crm.activity.todo.updateResponsibleUser', scopes: ['crm'], handler: updateResponsibleUser },
];
