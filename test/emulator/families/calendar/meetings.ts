/** calendar.meeting.status.get / set, calendar.accessibility.get */
import { formatPortalDate } from '../../clock';
import { Dict, phpEmpty, phpValues, toInt, toPhpString } from '../../php';
import type { CalendarEvent } from '../../state/calendarStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { findEvent } from './events';
import { calendarError, notSet, parseCalendarDate, zoneOfOffset, zoneOffsetMinutes } from './shared';

function statusGet(ctx: CallContext): MethodResult {
	const event = findEvent(ctx, 'eventId');
	const attendee = event.attendees.find((entry) => entry.userId === ctx.auth.userId);
	if (!event.isMeeting || !attendee) throw calendarError('An error occurred while retrieving the status');
	return { result: attendee.status };
}

function statusSet(ctx: CallContext): MethodResult {
	if (phpEmpty(ctx.params.eventId)) throw notSet(ctx, 'eventId');
	if (phpEmpty(ctx.params.status)) throw notSet(ctx, 'status');
	const status = toPhpString(ctx.params.status).toUpperCase();
	if (status !== 'Y' && status !== 'N' && status !== 'Q') throw calendarError('Invalid value for the parameter "status"');
	const event = findEvent(ctx, 'eventId');
	let attendee = event.attendees.find((entry) => entry.userId === ctx.auth.userId);
	if (!attendee) {
		attendee = { userId: ctx.auth.userId, status: 'Q' };
		event.attendees.push(attendee);
	}
	attendee.status = status;
	return { result: true };
}

/** `02.12.2024 11:00:00`, as the accessibility example prints dates. */
function dottedDate(ms: number, offsetMinutes: number): string {
	const [date, time] = formatPortalDate(ms, offsetMinutes).slice(0, 19).split('T');
	const [year, month, day] = date.split('-');
	return `${day}.${month}.${year} ${time}`;
}

function busyView(event: CalendarEvent): Dict {
	const offsetFrom = zoneOffsetMinutes(event.tzFrom, event.fromMs);
	const offsetTo = zoneOffsetMinutes(event.tzTo, event.toMs);
	return {
		ID: String(event.id),
		NAME: event.name,
		DATE_FROM: dottedDate(event.fromMs, offsetFrom),
		DATE_TO: dottedDate(event.toMs, offsetTo),
		DATE_FROM_TS_UTC: String(Math.floor(event.fromMs / 1000)),
		DATE_TO_TS_UTC: String(Math.floor(event.toMs / 1000)),
		'~USER_OFFSET_FROM': offsetFrom * 60,
		'~USER_OFFSET_TO': offsetTo * 60,
		DT_SKIP_TIME: event.skipTime ? 'Y' : 'N',
		TZ_FROM: event.tzFrom,
		TZ_TO: event.tzTo,
		ACCESSIBILITY: event.accessibility,
		IMPORTANCE: event.importance,
		EVENT_TYPE: null,
	};
}

function takesPart(event: CalendarEvent, userId: number): boolean {
	if (event.isMeeting) return event.attendees.some((attendee) => attendee.userId === userId && attendee.status !== 'N');
	return event.calType === 'user' && event.ownerId === userId;
}

function accessibility(ctx: CallContext): MethodResult {
	for (const name of ['from', 'to', 'users']) if (phpEmpty(ctx.params[name])) throw notSet(ctx, name, true);
	const zone = zoneOfOffset(ctx.state.settings.offsetMinutes);
	const fromMs = parseCalendarDate(toPhpString(ctx.params.from), zone) ?? 0;
	const toMs = (parseCalendarDate(toPhpString(ctx.params.to), zone) ?? 0) + 86_400_000 - 1;
	const result: Dict = {};
	for (const userId of phpValues(ctx.params.users).map(toInt).filter((id) => id > 0)) {
		result[String(userId)] = [...ctx.state.calendar.events.values()]
			.filter((event) => takesPart(event, userId) && event.accessibility !== 'free' && event.fromMs <= toMs && event.toMs >= fromMs)
			.sort((a, b) => a.fromMs - b.fromMs)
			.map(busyView);
	}
	return { result };
}

export const meetingMethods: MethodSpec[] = [
	{ name: 'calendar.meeting.status.get', scopes: ['calendar'], handler: statusGet },
	{ name: 'calendar.meeting.status.set', scopes: ['calendar'], handler: statusSet },
	{ name: 'calendar.accessibility.get', scopes: ['calendar'], handler: accessibility },
];
