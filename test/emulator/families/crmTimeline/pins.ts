/** crm.timeline.item.pin/unpin: up to three records pinned at the top of a CRM item's timeline. */
import { RestError } from '../../errors';
import { toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { BINDING_TABLE, bindingsOf, entityTypeIdOf, timelineErrors, timelineRecordExists } from './shared';

const MAX_PINNED = 3;

function requiredInt(ctx: CallContext, name: string): number {
	const value = ctx.params[name];
	if (value === undefined || value === null || toPhpString(value) === '') throw timelineErrors.missing(name);
	return toInt(value);
}

/** The binding of the record to the named CRM item, where its pin lives. */
function bindingOf(ctx: CallContext) {
	const id = requiredInt(ctx, 'id');
	const ownerTypeId = requiredInt(ctx, 'ownerTypeId');
	const ownerId = requiredInt(ctx, 'ownerId');
	if (!timelineRecordExists(ctx, id)) throw timelineErrors.notFound();
	const binding = bindingsOf(ctx, id).find(([, row]) => entityTypeIdOf(row.ENTITY_TYPE) === ownerTypeId && toInt(row.ENTITY_ID) === ownerId);
	if (!binding) throw timelineErrors.ownerNotFound();
	return { row: binding[1], ownerTypeId, ownerId };
}

function pin(ctx: CallContext): MethodResult {
	const { row, ownerTypeId, ownerId } = bindingOf(ctx);
	if (row.IS_FIXED === 'Y') return { result: null };
	const pinned = [...ctx.state.tables.of(BINDING_TABLE).rows.values()].filter(
		(other) => other.IS_FIXED === 'Y' && entityTypeIdOf(other.ENTITY_TYPE) === ownerTypeId && toInt(other.ENTITY_ID) === ownerId,
	);
	if (pinned.length >= MAX_PINNED) throw new RestError(0, 'Only three events can be added to favorites');
	row.IS_FIXED = 'Y';
	return { result: null };
}

function unpin(ctx: CallContext): MethodResult {
	bindingOf(ctx).row.IS_FIXED = 'N';
	return { result: null };
}

export const timelinePinMethods: MethodSpec[] = [
	{ name: 'crm.timeline.item.pin', scopes: ['crm'], handler: pin },
	{ name: 'crm.timeline.item.unpin', scopes: ['crm'], handler: unpin },
];
