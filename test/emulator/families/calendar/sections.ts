/** calendar.section.add / get / update / delete */
import { formatPortalDate } from '../../clock';
import { Dict, isDict, isYes, phpEmpty, toInt, toPhpString } from '../../php';
import type { CalendarSection } from '../../state/calendarStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { calendarError, calendarOwner } from './shared';

/** `2024-12-10 06:36:00`, as the docs' example prints section dates. */
function sectionDate(ms: number, offsetMinutes: number): string {
	return formatPortalDate(ms, offsetMinutes).slice(0, 19).replace('T', ' ');
}

function sectionView(section: CalendarSection, ctx: CallContext): Dict {
	const offset = ctx.state.settings.offsetMinutes;
	return {
		ID: String(section.id),
		NAME: section.name,
		GAPI_CALENDAR_ID: null,
		DESCRIPTION: section.description,
		COLOR: section.color,
		TEXT_COLOR: section.textColor,
		EXPORT: { ALLOW: section.exportAllow },
		CAL_TYPE: section.calType,
		OWNER_ID: String(section.ownerId),
		CREATED_BY: String(section.createdBy),
		DATE_CREATE: sectionDate(section.createdMs, offset),
		TIMESTAMP_X: sectionDate(section.modifiedMs, offset),
		CAL_DAV_CON: null,
		SYNC_TOKEN: null,
		PAGE_TOKEN: null,
		EXTERNAL_TYPE: 'local',
		ACCESS: {},
		IS_COLLAB: false,
		PERM: { view_time: true, view_title: true, view_full: true, add: true, edit: true, edit_section: true, access: true },
	};
}

function applyParams(section: CalendarSection, ctx: CallContext): void {
	const { params } = ctx;
	const text = (name: string) => {
		const value = params[name];
		if (typeof value === 'object' && value !== null) throw calendarError(`Invalid value for the "${name}" parameter`);
		return toPhpString(value);
	};
	if (params.name !== undefined) section.name = text('name');
	if (params.description !== undefined) section.description = text('description');
	if (params.color !== undefined) section.color = toPhpString(params.color);
	if (params.text_color !== undefined) section.textColor = toPhpString(params.text_color);
	if (isDict(params.export) && params.export.ALLOW !== undefined) section.exportAllow = isYes(params.export.ALLOW);
	section.modifiedMs = ctx.nowMs;
}

/** A section of this type and owner, or "Access denied" (the pages give no other answer for a missing one). */
function ownSection(ctx: CallContext, period: boolean): CalendarSection {
	const { calType, ownerId } = calendarOwner(ctx, { period, userDefault: true });
	if (phpEmpty(ctx.params.id)) throw calendarError(`Section ID is not set${period ? '.' : ''}`);
	const section = ctx.state.calendar.sections.get(toInt(ctx.params.id));
	if (!section || section.calType !== calType || section.ownerId !== ownerId) throw calendarError(`Access denied${period ? '.' : ''}`);
	return section;
}

function add(ctx: CallContext): MethodResult {
	const { calType, ownerId } = calendarOwner(ctx, { period: true, userDefault: true });
	if (phpEmpty(ctx.params.name)) throw calendarError('Invalid value for the "name" parameter');
	const section: CalendarSection = {
		id: ctx.state.calendar.sectionIds.next(),
		calType,
		ownerId,
		name: '',
		description: '',
		color: '#9cbeee',
		textColor: '#283000',
		exportAllow: true,
		createdBy: ctx.auth.userId,
		createdMs: ctx.nowMs,
		modifiedMs: ctx.nowMs,
	};
	applyParams(section, ctx);
	ctx.state.calendar.sections.set(section.id, section);
	return { result: section.id };
}

function get(ctx: CallContext): MethodResult {
	const { calType, ownerId } = calendarOwner(ctx, { userDefault: true });
	const sections = [...ctx.state.calendar.sections.values()].filter((section) => section.calType === calType && section.ownerId === ownerId);
	return { result: sections.map((section) => sectionView(section, ctx)) };
}

function update(ctx: CallContext): MethodResult {
	const section = ownSection(ctx, false);
	applyParams(section, ctx);
	return { result: section.id };
}

function remove(ctx: CallContext): MethodResult {
	const section = ownSection(ctx, true);
	const store = ctx.state.calendar;
	store.sections.delete(section.id);
	for (const event of [...store.events.values()]) if (event.sectionId === section.id) store.events.delete(event.id);
	return { result: true };
}

export const sectionMethods: MethodSpec[] = [
	{ name: 'calendar.section.add', scopes: ['calendar'], handler: add },
	{ name: 'calendar.section.get', scopes: ['calendar'], handler: get },
	{ name: 'calendar.section.update', scopes: ['calendar'], handler: update },
	{ name: 'calendar.section.delete', scopes: ['calendar'], handler: remove },
];
