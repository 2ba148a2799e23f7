import { choice, collection, flag, id, idList, integer, json, text, textList, yesNo } from './fields';
import type { CatalogField, CatalogResource } from './types';

const USER_OR_GROUP = [
	{ name: 'User', value: 'user', description: "A user's own calendars" },
	{ name: 'Workgroup', value: 'group', description: 'Calendars of a workgroup' },
];
const COMPANY = { name: 'Company', value: 'company_calendar', description: 'Company-wide calendars (owner 0)' };

const calendarType = (options = [...USER_OR_GROUP, COMPANY]) =>
	choice('calendarType', 'Calendar Type', 'type', options, { description: 'Whose calendar it is' });

const ownerId = integer('ownerId', 'Owner ID', 'ownerId', {
	required: true,
	description: 'ID of the user or workgroup that owns the calendar; 0 for the company calendar',
});

const sectionName = text('name', 'Name', 'name', { required: true, description: 'Name of the calendar' });

const sectionProperties: CatalogField[] = [
	text('description', 'Description', 'description', { description: 'What the calendar is for' }),
	text('color', 'Color', 'color', { placeholder: '#9cbeee', description: 'Background color of its events, e.g. #9cbeee' }),
	text('textColor', 'Text Color', 'text_color', { placeholder: '#283000', description: 'Text color of its events' }),
	flag('exportAllow', 'Allow Export', 'export.ALLOW', { description: 'Whether the calendar may be exported (iCal)' }),
	choice(
		'exportPeriod',
		'Export Period',
		'export.SET',
		[
			{ name: 'All', value: 'all' },
			{ name: '3 Months Back, 9 Ahead', value: '3_9' },
			{ name: '6 Months Back, 12 Ahead', value: '6_12' },
		],
		{ description: 'Which events an export holds' },
	),
];

const sectionId = id('sectionId', 'Calendar ID', 'id', { description: 'ID of the calendar (section), e.g. 190' });

const calendarSection: CatalogResource = {
	value: 'calendarSection',
	name: 'Calendar',
	description: 'Calendars (sections) of users, workgroups and the company (calendar.section.* methods)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a calendar',
			description: 'Create a calendar for a user or a workgroup',
			method: 'calendar.section.add',
			fields: [calendarType(USER_OR_GROUP), ownerId, sectionName, collection('additionalFields', 'Additional Fields', sectionProperties)],
			output: { kind: 'value', key: 'id' },
			retrySafe: false,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many calendars',
			description: 'Get the calendars of a user, workgroup or the company',
			method: 'calendar.section.get',
			fields: [
				calendarType([...USER_OR_GROUP, COMPANY, { name: 'Meeting Room', value: 'location', description: 'Meeting room calendars (owner 0)' }]),
				ownerId,
			],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a calendar',
			description: 'Rename a calendar or change its colors and export settings',
			method: 'calendar.section.update',
			fields: [
				calendarType(USER_OR_GROUP),
				ownerId,
				sectionId,
				collection('updateFields', 'Update Fields', [text('name', 'Name', 'name', { description: 'Name of the calendar' }), ...sectionProperties]),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a calendar',
			description: 'Delete a calendar with its events',
			method: 'calendar.section.delete',
			fields: [calendarType(USER_OR_GROUP), ownerId, sectionId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
	],
};

const DATE_HELP = 'ISO 8601, e.g. 2025-03-20T15:00:00+02:00, or 2025-03-20 15:00:00 read in the time zone below';

const eventProperties: CatalogField[] = [
	yesNo('skipTime', 'All Day', 'skip_time', { description: 'Whether Start and End are dates without a time' }),
	text('timezoneFrom', 'Start Time Zone', 'timezone_from', { placeholder: 'Europe/Berlin', description: 'Time zone of a Start without an offset; also used for End when End Time Zone is empty' }),
	text('timezoneTo', 'End Time Zone', 'timezone_to', { placeholder: 'Europe/Berlin', description: 'Time zone of an End without an offset' }),
	text('description', 'Description', 'description', { typeOptions: { rows: 3 }, description: 'Text of the event' }),
	text('location', 'Location', 'location', { description: 'Where it takes place' }),
	text('color', 'Color', 'color', { placeholder: '#9dcf00', description: 'Background color, e.g. #9dcf00' }),
	text('textColor', 'Text Color', 'text_color', { description: 'Text color, e.g. #283000' }),
	choice(
		'accessibility',
		'Show Me As',
		'accessibility',
		[
			{ name: 'Busy', value: 'busy' },
			{ name: 'Absent', value: 'absent' },
			{ name: 'Tentative', value: 'quest' },
			{ name: 'Free', value: 'free' },
		],
		{ description: 'Availability during the event' },
	),
	choice(
		'importance',
		'Importance',
		'importance',
		[
			{ name: 'Normal', value: 'normal' },
			{ name: 'High', value: 'high' },
			{ name: 'Low', value: 'low' },
		],
		{ description: 'How important the event is' },
	),
	yesNo('privateEvent', 'Private', 'private_event', { description: 'Whether others see only that the time is taken' }),
	yesNo('isMeeting', 'Meeting', 'is_meeting', { description: 'Whether it is a meeting with the attendees below' }),
	idList('attendees', 'Attendee IDs', 'attendees', { description: 'Comma-separated user IDs invited to the meeting, e.g. 1, 5, 7' }),
	textList('crmFields', 'CRM Links', 'crm_fields', { description: 'Comma-separated CRM records with prefixes, e.g. D_12, C_3, CO_1, L_5' }),
	json('remind', 'Reminders (JSON)', 'remind', { default: '', description: 'E.g. [{"type": "min", "count": 15}]; type min, hour or day' }),
	json('rrule', 'Recurrence (JSON)', 'rrule', { description: 'E.g. {"FREQ": "WEEKLY", "BYDAY": ["MO", "WE"], "INTERVAL": 1, "UNTIL": "2025-12-31"}' }),
];

const eventId = id('eventId', 'Event ID', 'id', { description: 'ID of the calendar event, e.g. 1246' });
const start = text('from', 'Start', 'from', { required: true, placeholder: '2025-03-20T15:00:00+02:00', description: `Start of the event: ${DATE_HELP}` });
const end = text('to', 'End', 'to', { required: true, placeholder: '2025-03-20T16:00:00+02:00', description: `End of the event: ${DATE_HELP}` });

const calendarEvent: CatalogResource = {
	value: 'calendarEvent',
	name: 'Calendar Event',
	description: 'Events and meetings in calendars (calendar.event.*, calendar.meeting.*, calendar.accessibility.get)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a calendar event',
			description: 'Add an event or a meeting to a calendar',
			method: 'calendar.event.add',
			fields: [
				calendarType(),
				ownerId,
				id('section', 'Calendar ID', 'section', { description: 'ID of the calendar (section) the event goes to' }),
				text('name', 'Name', 'name', { required: true, description: 'Title of the event' }),
				start,
				end,
				collection('additionalFields', 'Additional Fields', eventProperties),
			],
			output: { kind: 'value', key: 'id' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a calendar event',
			description: 'Get an event by its ID',
			method: 'calendar.event.getbyid',
			fields: [eventId],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many calendar events',
			description: 'Get the events of a calendar owner in a period (by default one month back to three months ahead)',
			method: 'calendar.event.get',
			fields: [
				calendarType(),
				ownerId,
				collection('options', 'Options', [
					text('from', 'From', 'from', { placeholder: '2025-01-01', description: 'First day of the period (YYYY-MM-DD)' }),
					text('to', 'To', 'to', { placeholder: '2025-03-31', description: 'Last day of the period (YYYY-MM-DD)' }),
					idList('sections', 'Calendar IDs', 'section', { description: 'Only events of these calendars, comma-separated' }),
				]),
			],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'getNearest',
			name: 'Get Upcoming',
			action: 'Get upcoming calendar events',
			description: "Get the coming events, by default the current user's for the next 60 days",
			method: 'calendar.event.get.nearest',
			fields: [
				collection('options', 'Options', [
					calendarType(),
					integer('ownerId', 'Owner ID', 'ownerId', { description: 'Owner of the calendar when For Current User is off' }),
					integer('days', 'Days', 'days', { default: 60, description: 'How many days ahead to look' }),
					flag('forCurrentUser', 'For Current User', 'forCurrentUser', { default: true, description: "Whether to list the current user's events" }),
					integer('maxEventsCount', 'Max Events', 'maxEventsCount', { description: 'At most this many events' }),
				]),
			],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a calendar event',
			description: 'Change an event; only the fields given change',
			method: 'calendar.event.update',
			fields: [
				eventId,
				calendarType(),
				ownerId,
				collection('updateFields', 'Update Fields', [
					text('name', 'Name', 'name', { description: 'Title of the event' }),
					{ ...start, property: { ...start.property, required: false } },
					{ ...end, property: { ...end.property, required: false } },
					integer('section', 'Calendar ID', 'section', { description: 'Move the event to this calendar' }),
					integer('host', 'Host ID', 'host', { description: 'Organizer of the meeting, when a non-organizer updates it' }),
					...eventProperties,
				]),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a calendar event',
			description: 'Delete an event',
			method: 'calendar.event.delete',
			fields: [eventId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getMeetingStatus',
			name: 'Get Meeting Status',
			action: 'Get my answer to a meeting',
			description: "Get the current user's participation status: Y accepted, N declined, Q not answered, H host",
			method: 'calendar.meeting.status.get',
			fields: [id('eventId', 'Event ID', 'eventId', { description: 'ID of the meeting event' })],
			output: { kind: 'value', key: 'status' },
			retrySafe: true,
		},
		{
			value: 'setMeetingStatus',
			name: 'Set Meeting Status',
			action: 'Answer a meeting invitation',
			description: 'Accept or decline a meeting for the current user',
			method: 'calendar.meeting.status.set',
			fields: [
				id('eventId', 'Event ID', 'eventId', { description: 'ID of the meeting event' }),
				choice(
					'status',
					'Status',
					'status',
					[
						{ name: 'Accept', value: 'Y' },
						{ name: 'Decline', value: 'N' },
						{ name: 'Not Answered', value: 'Q' },
					],
					{ description: 'The answer' },
				),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'getAvailability',
			name: 'Get Busy Times',
			action: 'Get the busy times of users',
			description: 'Get the events that keep users busy in a period: one item per user, { userId, value: [events] }',
			method: 'calendar.accessibility.get',
			fields: [
				idList('users', 'User IDs', 'users', { required: true, description: 'Comma-separated user IDs, e.g. 1, 5' }),
				text('from', 'From', 'from', { required: true, placeholder: '2025-03-01', description: 'First day of the period (YYYY-MM-DD)' }),
				text('to', 'To', 'to', { required: true, placeholder: '2025-03-31', description: 'Last day of the period (YYYY-MM-DD)' }),
			],
			output: { kind: 'entries', keyName: 'userId' },
			retrySafe: true,
		},
	],
};

const resourceId = id('resourceId', 'Resource ID', 'resourceId', { description: 'ID of the resource, e.g. 197' });
const resourceName = text('name', 'Name', 'name', { required: true, description: 'Name of the resource, e.g. Meeting room 2' });

const calendarResource: CatalogResource = {
	value: 'calendarResource',
	name: 'Calendar Resource',
	description: 'Bookable resources such as meeting rooms or equipment (calendar.resource.* methods)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a calendar resource',
			description: 'Add a bookable resource',
			method: 'calendar.resource.add',
			fields: [resourceName],
			output: { kind: 'value', key: 'id' },
			retrySafe: false,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many calendar resources',
			description: 'List the bookable resources',
			method: 'calendar.resource.list',
			fields: [],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Rename a calendar resource',
			description: 'Give a resource a new name',
			method: 'calendar.resource.update',
			fields: [resourceId, resourceName],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a calendar resource',
			description: 'Delete a bookable resource',
			method: 'calendar.resource.delete',
			fields: [resourceId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
	],
};

export const calendarResources: CatalogResource[] = [calendarSection, calendarEvent, calendarResource];
