/** crm.activity.binding.add/delete/list/move: the CRM records an activity shows up on, its owner first. */
import type { Dict } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { activityErrors, activityRow, crmRecordExists, requiredInt } from './shared';

const TABLE = 'crm.activity.binding';

function bindingsOf(ctx: CallContext, activityId: number): Array<[number, Dict]> {
	return [...ctx.state.tables.of(TABLE).rows.entries()].filter(([, row]) => row.activityId === activityId);
}

export function addBinding(ctx: CallContext, activityId: number, entityTypeId: number, entityId: number): void {
	const table = ctx.state.tables.of(TABLE);
	table.rows.set(table.ids.next(), { activityId, entityTypeId, entityId });
}

function readTarget(ctx: CallContext, notFoundMessage: string): { activityId: number; entityTypeId: number; entityId: number } {
	const activityId = requiredInt(ctx, 'activityId');
	const entityTypeId = requiredInt(ctx, 'entityTypeId');
	const entityId = requiredInt(ctx, 'entityId');
	if (!activityRow(ctx, activityId)) throw activityErrors.notFound(notFoundMessage);
	return { activityId, entityTypeId, entityId };
}

function add(ctx: CallContext): MethodResult {
	const { activityId, entityTypeId, entityId } = readTarget(ctx, 'Entity not found');
	if (!crmRecordExists(ctx, entityTypeId, entityId)) throw activityErrors.ownerNotFound();
	const bound = bindingsOf(ctx, activityId).some(([, row]) => row.entityTypeId === entityTypeId && row.entityId === entityId);
	if (bound) throw activityErrors.alreadyBound();
	addBinding(ctx, activityId, entityTypeId, entityId);
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const { activityId, entityTypeId, entityId } = readTarget(ctx, 'Element not found');
	const bindings = bindingsOf(ctx, activityId);
	const match = bindings.find(([, row]) => row.entityTypeId === entityTypeId && row.entityId === entityId);
	if (!match) throw activityErrors.bindingNotFound();
	if (bindings.length === 1) throw activityErrors.lastBinding();
	ctx.state.tables.of(TABLE).rows.delete(match[0]);
	return { result: true };
}

function list(ctx: CallContext): MethodResult {
	const activityId = requiredInt(ctx, 'activityId');
	if (!activityRow(ctx, activityId)) throw activityErrors.notFound('Element not found');
	return { result: bindingsOf(ctx, activityId).map(([, row]) => ({ entityTypeId: row.entityTypeId, entityId: row.entityId })) };
}

function move(ctx: CallContext): MethodResult {
	const activityId = requiredInt(ctx, 'activityId');
	const [sourceType, sourceId, targetType, targetId] = ['sourceEntityTypeId', 'sourceEntityId', 'targetEntityTypeId', 'targetEntityId'].map(
		(name) => requiredInt(ctx, name),
	);
	if (!activityRow(ctx, activityId)) throw activityErrors.notFound('Element not found');
	if (sourceType !== targetType) throw activityErrors.sameTypeOnly();
	if (sourceId === targetId) throw activityErrors.sameItem();
	if (!crmRecordExists(ctx, targetType, targetId)) throw activityErrors.ownerNotFound();
	const bindings = bindingsOf(ctx, activityId);
	const source = bindings.find(([, row]) => row.entityTypeId === sourceType && row.entityId === sourceId);
	if (!source) throw activityErrors.bindingNotFound();
	if (bindings.some(([, row]) => row.entityTypeId === targetType && row.entityId === targetId)) throw activityErrors.alreadyBound();
	source[1].entityId = targetId;
	return { result: true };
}

export const activityBindingMethods: MethodSpec[] = [
	{ name: 'crm.activity.binding.add', scopes: ['crm'], handler: add },
	{ name: 'crm.activity.binding.delete', scopes: ['crm'], handler: remove },
	{ name: 'crm.activity.binding.list', scopes: ['crm'], handler: list },
	{ name: 'crm.activity.binding.move', scopes: ['crm'], handler: move },
];
