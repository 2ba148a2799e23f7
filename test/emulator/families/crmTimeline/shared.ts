/** What the timeline methods share: the CRM type names they use and the links of records to CRM items. */
import { RestError } from '../../errors';
import { Dict, toInt } from '../../php';
import type { CallContext } from '../../types';

/** Timeline comments, log messages and the rest draw their ids from one sequence, as the portal's timeline table does. */
export const TIMELINE_TABLE = 'crm.timeline.comment';
export const BINDING_TABLE = 'crm.timeline.binding';

const TYPE_NAMES: Record<string, number> = { lead: 1, deal: 2, contact: 3, company: 4, quote: 7, order: 14 };

/** The entityTypeId of a type name (`deal`, `dynamic_128`, ...), or 0 when the name is unknown. */
export function entityTypeIdOf(name: unknown): number {
	const text = String(name ?? '').toLowerCase();
	const dynamic = /^dynamic_(\d+)$/.exec(text);
	return dynamic ? Number(dynamic[1]) : (TYPE_NAMES[text] ?? 0);
}

export function crmRecordExists(ctx: CallContext, entityTypeId: number, entityId: number): boolean {
	return ctx.state.crm.itemsOf(entityTypeId).has(entityId);
}

export function nextTimelineId(ctx: CallContext): number {
	return ctx.state.tables.of(TIMELINE_TABLE).ids.next();
}

export const LOG_MESSAGE_TABLE = 'crm.timeline.logmessage';

/** A comment or log message with this id exists. */
export function timelineRecordExists(ctx: CallContext, id: number): boolean {
	return ctx.state.tables.of(TIMELINE_TABLE).rows.has(id) || ctx.state.tables.of(LOG_MESSAGE_TABLE).rows.has(id);
}

export function bindingsOf(ctx: CallContext, ownerId: number): Array<[number, Dict]> {
	return [...ctx.state.tables.of(BINDING_TABLE).rows.entries()].filter(([, row]) => toInt(row.OWNER_ID) === ownerId);
}

export function bind(ctx: CallContext, ownerId: number, entityType: string, entityId: number): void {
	const table = ctx.state.tables.of(BINDING_TABLE);
	table.rows.set(table.ids.next(), { OWNER_ID: String(ownerId), ENTITY_ID: String(entityId), ENTITY_TYPE: entityType.toLowerCase() });
}

export const timelineErrors = {
	missing: (name: string) => new RestError('100', `Could not find value for parameter {${name}}`),
	notFound: (message = 'Not found.') => new RestError('NOT_FOUND', message),
	ownerNotFound: () => new RestError('OWNER_NOT_FOUND', 'Owner of the item not found'),
	emptyComment: () => new RestError('INVALID_ARG_VALUE', 'Empty comment'),
	invalid: (name: string) => new RestError('', `${name} is not defined or invalid.`),
};
