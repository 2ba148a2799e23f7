/** calendar.event.add / update / delete / getbyid / get / get.nearest */
import { formatSiteDate } from '../../clock';
import { Dict, isDict, isYes, phpEmpty, phpValues, toInt, toPhpString } from '../../php';
import type { CalendarAttendee, CalendarEvent } from '../../state/calendarStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { calendarError, calendarOwner, isSet, isZone, notSet, parseCalendarDate, zoneOfOffset, zoneOffsetMinutes } from './shared';

const DAY_MS = 86_400_000;

function userZone(ctx: CallContext): string {
	return zoneOfOffset(ctx.state.settings.offsetMinutes);
}

export function eventView(event: CalendarEvent): Dict {
	const offsetFrom = zoneOffsetMinutes(event.tzFrom, event.fromMs);
	const offsetTo = zoneOffsetMinutes(event.tzTo, event.toMs);
	const printed = (ms: number, offset: number) => formatSiteDate(ms, offset, !event.skipTime);
	return {
		ID: String(event.id),
		PARENT_ID: String(event.id),
		DELETED: 'N',
		CAL_TYPE: event.calType,
		OWNER_ID: String(event.ownerId),
		NAME: event.name,
		DATE_FROM: printed(event.fromMs, offsetFrom),
		DATE_TO: printed(event.toMs, offsetTo),
		ORIGINAL_DATE_FROM: null,
		TZ_FROM: event.tzFrom,
		TZ_TO: event.tzTo,
		TZ_OFFSET_FROM: String(offsetFrom * 60),
		TZ_OFFSET_TO: String(offsetTo * 60),
		DATE_FROM_TS_UTC: String(Math.floor(event.fromMs / 1000)),
		DATE_TO_TS_UTC: String(Math.floor(event.toMs / 1000)),
		DT_SKIP_TIME: event.skipTime ? 'Y' : 'N',
		DT_LENGTH: Math.round((event.toMs - event.fromMs) / 1000),
		EVENT_TYPE: null,
		CREATED_BY: String(event.createdBy),
		DATE_CREATE: formatSiteDate(event.createdMs, offsetFrom),
		TIMESTAMP_X: formatSiteDate(event.modifiedMs, offsetFrom),
		DESCRIPTION: event.description,
		PRIVATE_EVENT: event.privateEvent ? '1' : '',
		ACCESSIBILITY: event.accessibility,
		IMPORTANCE: event.importance,
		IS_MEETING: event.isMeeting,
		MEETING_STATUS: event.attendees.find((attendee) => attendee.userId === event.ownerId)?.status ?? 'H',
		MEETING_HOST: String(event.hostId),
		LOCATION: event.location,
		REMIND: event.remind,
		COLOR: event.color,
		RRULE: event.rrule,
		ATTENDEES_CODES: event.attendees.map((attendee) => `U${attendee.userId}`),
		SECTION_ID: String(event.sectionId),
		UF_CRM_CAL_EVENT: event.crmFields.length ? event.crmFields : false,
		SECT_ID: String(event.sectionId),
		ATTENDEE_LIST: event.attendees.map((attendee) => ({ id: attendee.userId, entryId: String(event.id), status: attendee.status })),
		'~DESCRIPTION': event.description,
	};
}

/** A date parameter (or its `_ts` twin); undefined when neither is sent. */
function dateParam(ctx: CallContext, name: 'from' | 'to', zone: string): number | undefined {
	const ts = ctx.params[`${name}_ts`];
	if (!phpEmpty(ts)) return toInt(ts) * 1000;
	if (!isSet(ctx.params, name)) return undefined;
	const ms = parseCalendarDate(toPhpString(ctx.params[name]), zone);
	if (ms === undefined) throw calendarError(`Invalid value for the parameter "${name}"`);
	return ms;
}

function zoneParam(ctx: CallContext, name: string, fallback: string): string {
	const value = ctx.params[name];
	if (phpEmpty(value)) return fallback;
	const zone = toPhpString(value);
	return isZone(zone) ? zone : fallback;
}

function attendeesOf(ctx: CallContext, hostId: number, previous: CalendarAttendee[]): CalendarAttendee[] {
	const list: CalendarAttendee[] = [{ userId: hostId, status: 'H' }];
	for (const id of phpValues(ctx.params.attendees).map(toInt)) {
		if (id <= 0 || id === hostId) continue;
		list.push({ userId: id, status: previous.find((attendee) => attendee.userId === id)?.status ?? 'Q' });
	}
	return list;
}

function applyParams(event: CalendarEvent, ctx: CallContext): void {
	const { params } = ctx;
	for (const name of ['name', 'description'] as const) {
		if (params[name] === undefined) continue;
		if (typeof params[name] === 'object') throw calendarError(`Invalid value for the parameter "${name}"`);
		event[name] = toPhpString(params[name]);
	}
	if (params.skip_time !== undefined) event.skipTime = isYes(params.skip_time);
	event.tzFrom = zoneParam(ctx, 'timezone_from', event.tzFrom);
	event.tzTo = zoneParam(ctx, 'timezone_to', phpEmpty(params.timezone_from) ? event.tzTo : event.tzFrom);
	const from = dateParam(ctx, 'from', event.tzFrom);
	const to = dateParam(ctx, 'to', event.tzTo);
	if (from !== undefined) event.fromMs = from;
	if (to !== undefined) event.toMs = event.skipTime ? to + DAY_MS - 1000 : to;
	const texts: Array<[keyof CalendarEvent, string]> = [['color', 'color'], ['textColor', 'text_color'], ['accessibility', 'accessibility'], ['importance', 'importance'], ['location', 'location']];
	for (const [field, param] of texts) if (params[param] !== undefined) (event as unknown as Dict)[field] = toPhpString(params[param]);
	if (params.private_event !== undefined) event.privateEvent = isYes(params.private_event);
	if (params.remind !== undefined) event.remind = phpValues(params.remind);
	if (params.rrule !== undefined) event.rrule = isDict(params.rrule) ? params.rrule : '';
	if (params.crm_fields !== undefined) {
		if (typeof params.crm_fields !== 'object' || params.crm_fields === null) throw calendarError('The list of event links to CRM must be an array');
		event.crmFields = phpValues(params.crm_fields).map(toPhpString);
	}
	if (params.is_meeting !== undefined) event.isMeeting = isYes(params.is_meeting);
	if (params.attendees !== undefined || params.is_meeting !== undefined) {
		event.attendees = event.isMeeting ? attendeesOf(ctx, event.hostId, event.attendees) : [];
	}
	event.modifiedMs = ctx.nowMs;
}

function sectionFor(ctx: CallContext, calType: string, ownerId: number): number {
	const sections = [...ctx.state.calendar.sections.values()].filter((section) => section.calType === calType && section.ownerId === ownerId);
	const wanted = toInt(ctx.params.section);
	const autoDetect = ctx.params.auto_detect_section === undefined ? wanted <= 0 : isYes(ctx.params.auto_detect_section);
	const found = autoDetect && wanted <= 0 ? sections[0] : sections.find((section) => section.id === wanted);
	if (!found) throw calendarError('You specified an invalid calendar section ID or the user does not have access to it');
	return found.id;
}

function add(ctx: CallContext): MethodResult {
	const { calType, ownerId } = calendarOwner(ctx);
	if (phpEmpty(ctx.params.name)) throw notSet(ctx, 'name');
	if (phpEmpty(ctx.params.from) && phpEmpty(ctx.params.from_ts)) throw notSet(ctx, 'from');
	if (phpEmpty(ctx.params.to) && phpEmpty(ctx.params.to_ts)) throw notSet(ctx, 'to');
	const zone = userZone(ctx);
	const event: CalendarEvent = {
		id: 0,
		calType,
		ownerId,
		sectionId: sectionFor(ctx, calType, ownerId),
		name: '',
		fromMs: 0,
		toMs: 0,
		skipTime: false,
		tzFrom: zone,
		tzTo: zone,
		description: '',
		color: '',
		textColor: '',
		accessibility: 'busy',
		importance: 'normal',
		privateEvent: false,
		location: '',
		remind: [],
		rrule: '',
		isMeeting: false,
		hostId: ctx.auth.userId,
		attendees: [],
		crmFields: [],
		createdBy: ctx.auth.userId,
		createdMs: ctx.nowMs,
		modifiedMs: ctx.nowMs,
	};
	applyParams(event, ctx);
	event.id = ctx.state.calendar.eventIds.next();
	ctx.state.calendar.events.set(event.id, event);
	return { result: event.id };
}

function update(ctx: CallContext): MethodResult {
	if (phpEmpty(ctx.params.id)) throw notSet(ctx, 'id', true);
	const { calType, ownerId } = calendarOwner(ctx, { period: true });
	const event = ctx.state.calendar.events.get(toInt(ctx.params.id));
	if (!event || event.calType !== calType || event.ownerId !== ownerId) throw calendarError('An error occurred while changing the event.');
	if (!phpEmpty(ctx.params.section)) event.sectionId = sectionFor(ctx, calType, ownerId);
	applyParams(event, ctx);
	return { result: event.id };
}

function remove(ctx: CallContext): MethodResult {
	if (phpEmpty(ctx.params.id)) throw calendarError('Event id not specified');
	if (!ctx.state.calendar.events.delete(toInt(ctx.params.id))) throw calendarError('An error occurred while deleting the event');
	return { result: true };
}

/** An event by id; a missing one gets "Access denied", as for a calendar that is not the caller's. */
export function findEvent(ctx: CallContext, param: string): CalendarEvent {
	if (phpEmpty(ctx.params[param])) throw notSet(ctx, param);
	const event = ctx.state.calendar.events.get(toInt(ctx.params[param]));
	if (!event) throw calendarError('Access denied');
	return event;
}

function getById(ctx: CallContext): MethodResult {
	return { result: eventView(findEvent(ctx, 'id')) };
}

function overlapping(events: Iterable<CalendarEvent>, fromMs: number, toMs: number): CalendarEvent[] {
	return [...events].filter((event) => event.fromMs <= toMs && event.toMs >= fromMs).sort((a, b) => a.fromMs - b.fromMs || a.id - b.id);
}

function get(ctx: CallContext): MethodResult {
	const missing = (name: string) => calendarError(`Mandatory parameter not specified "${name}" for the method "${ctx.method}"`);
	if (phpEmpty(ctx.params.type)) throw missing('type');
	if (!isSet(ctx.params, 'ownerId')) throw missing('ownerId');
	const calType = toPhpString(ctx.params.type);
	const ownerId = toInt(ctx.params.ownerId);
	const zone = userZone(ctx);
	const fromMs = isSet(ctx.params, 'from') ? parseCalendarDate(toPhpString(ctx.params.from), zone) ?? 0 : ctx.nowMs - 30 * DAY_MS;
	const toDay = isSet(ctx.params, 'to') ? parseCalendarDate(toPhpString(ctx.params.to), zone) : undefined;
	const toMs = toDay === undefined ? ctx.nowMs + 90 * DAY_MS : toDay + DAY_MS - 1;
	const sections = phpValues(ctx.params.section).map(toInt);
	const events = [...ctx.state.calendar.events.values()].filter(
		(event) => event.calType === calType && event.ownerId === ownerId && (sections.length === 0 || sections.includes(event.sectionId)),
	);
	return { result: overlapping(events, fromMs, toMs).map(eventView) };
}

function getNearest(ctx: CallContext): MethodResult {
	const calType = phpEmpty(ctx.params.type) ? 'user' : toPhpString(ctx.params.type);
	const ownerId = isSet(ctx.params, 'ownerId') ? toInt(ctx.params.ownerId) : ctx.auth.userId;
	const days = isSet(ctx.params, 'days') ? toInt(ctx.params.days) : 60;
	const forCurrentUser = ctx.params.forCurrentUser === undefined || isYes(ctx.params.forCurrentUser);
	const events = [...ctx.state.calendar.events.values()].filter((event) =>
		forCurrentUser
			? (event.calType === 'user' && event.ownerId === ctx.auth.userId) || event.attendees.some((attendee) => attendee.userId === ctx.auth.userId)
			: event.calType === calType && event.ownerId === ownerId,
	);
	const nearest = overlapping(events, ctx.nowMs, ctx.nowMs + days * DAY_MS);
	const max = toInt(ctx.params.maxEventsCount);
	return { result: (max > 0 ? nearest.slice(0, max) : nearest).map(eventView) };
}

export const eventMethods: MethodSpec[] = [
	{ name: 'calendar.event.add', scopes: ['calendar'], handler: add },
	{ name: 'calendar.event.update', scopes: ['calendar'], handler: update },
	{ name: 'calendar.event.delete', scopes: ['calendar'], handler: remove },
	{ name: 'calendar.event.getbyid', scopes: ['calendar'], handler: getById },
	{ name: 'calendar.event.get', scopes: ['calendar'], handler: get },
	{ name: 'calendar.event.get.nearest', scopes: ['calendar'], handler: getNearest },
];
