/**
 * crm.timeline.note.get/save/delete: one note per timeline record (itemType 1) or activity
 * (itemType 2) of a CRM item.
 */
import { Dict, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { bindingsOf, entityTypeIdOf, timelineErrors, timelineRecordExists } from './shared';

const TABLE = 'crm.timeline.note';
const ELEMENT_NOT_FOUND = 'Element not found';

function requiredInt(ctx: CallContext, name: string): number {
	const value = ctx.params[name];
	if (value === undefined || value === null || toPhpString(value) === '') throw timelineErrors.missing(name);
	return toInt(value);
}

/** The record the note is about, checked to belong to the named CRM item. */
function target(ctx: CallContext): Dict {
	const ownerTypeId = requiredInt(ctx, 'ownerTypeId');
	const ownerId = requiredInt(ctx, 'ownerId');
	const itemType = requiredInt(ctx, 'itemType');
	const itemId = requiredInt(ctx, 'itemId');
	const belongs =
		itemType === 1
			? timelineRecordExists(ctx, itemId) &&
				bindingsOf(ctx, itemId).some(([, row]) => entityTypeIdOf(row.ENTITY_TYPE) === ownerTypeId && toInt(row.ENTITY_ID) === ownerId)
			: itemType === 2 &&
				[...ctx.state.tables.of('crm.activity.binding').rows.values()].some(
					(row) => row.activityId === itemId && row.entityTypeId === ownerTypeId && row.entityId === ownerId,
				);
	if (!belongs) throw timelineErrors.notFound(ELEMENT_NOT_FOUND);
	return { itemType, itemId };
}

function noteEntry(ctx: CallContext, key: Dict): [number, Dict] | undefined {
	return [...ctx.state.tables.of(TABLE).rows.entries()].find(([, row]) => row.itemType === key.itemType && row.itemId === key.itemId);
}

function get(ctx: CallContext): MethodResult {
	const entry = noteEntry(ctx, target(ctx));
	if (!entry) throw timelineErrors.notFound(ELEMENT_NOT_FOUND);
	const { itemType: _type, itemId: _id, ...note } = entry[1];
	return { result: note };
}

function save(ctx: CallContext): MethodResult {
	const key = target(ctx);
	const text = toPhpString(ctx.params.text);
	if (ctx.params.text === undefined) throw timelineErrors.missing('text');
	const entry = noteEntry(ctx, key);
	const userId = ctx.auth.userId;
	if (entry) Object.assign(entry[1], { text, updatedById: userId, updatedTime: ctx.nowIso });
	else {
		const table = ctx.state.tables.of(TABLE);
		table.rows.set(table.ids.next(), {
			...key,
			text,
			createdById: userId,
			createdTime: ctx.nowIso,
			updatedById: userId,
			updatedTime: ctx.nowIso,
		});
	}
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const entry = noteEntry(ctx, target(ctx));
	if (entry) ctx.state.tables.of(TABLE).rows.delete(entry[0]);
	return { result: true };
}

export const timelineNoteMethods: MethodSpec[] = [
	{ name: 'crm.timeline.note.get', scopes: ['crm'], handler: get },
	{ name: 'crm.timeline.note.save', scopes: ['crm'], handler: save },
	{ name: 'crm.timeline.note.delete', scopes: ['crm'], handler: remove },
];
