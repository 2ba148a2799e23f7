import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const MINE = { type: 'user', ownerId: 1 };
const mine = { calendarType: 'user', ownerId: 1 };

function call(emulator: Emulator, method: string, params: IDataObject): unknown {
	return emulator.seed.call(method, params).result;
}

function calendar(emulator: Emulator, name = 'Work'): IDataObject {
	return { sectionId: call(emulator, 'calendar.section.add', { ...MINE, name }) as number };
}

function event(emulator: Emulator, prepared: IDataObject, params: IDataObject): number {
	return call(emulator, 'calendar.event.add', { ...MINE, section: prepared.sectionId, ...params }) as number;
}

function calendarWithEvent(emulator: Emulator): IDataObject {
	const prepared = calendar(emulator);
	const eventId = event(emulator, prepared, { name: 'Planning', from: '2025-03-20T15:00:00+02:00', to: '2025-03-20T16:00:00+02:00' });
	return { ...prepared, eventId };
}

function meeting(emulator: Emulator): IDataObject {
	const prepared = calendar(emulator);
	const eventId = event(emulator, prepared, {
		name: 'Review',
		from: '2025-03-21T10:00:00Z',
		to: '2025-03-21T11:00:00Z',
		is_meeting: 'Y',
		attendees: [1, 2],
	});
	return { ...prepared, eventId };
}

function eventById(emulator: Emulator, id: IDataObject[string]): IDataObject {
	return call(emulator, 'calendar.event.getbyid', { id }) as IDataObject;
}

export const calendarCases: CaseTable = {
	'calendarSection.create': {
		parameters: () => ({ ...mine, name: 'Projects', additionalFields: { color: '#9cbeee', description: 'Project work', exportAllow: true, exportPeriod: '3_9' } }),
		sent: () => ({ ...MINE, name: 'Projects', color: '#9cbeee', description: 'Project work', export: { ALLOW: true, SET: '3_9' } }),
		output: (items, _prepared, emulator) => {
			const [{ id }] = json(items);
			expect(id).toEqual(expect.any(Number));
			expect(call(emulator, 'calendar.section.get', MINE)).toEqual([
				expect.objectContaining({ ID: String(id), NAME: 'Projects', DESCRIPTION: 'Project work', COLOR: '#9cbeee', CAL_TYPE: 'user', OWNER_ID: '1', EXPORT: { ALLOW: true } }),
			]);
		},
	},
	'calendarSection.getAll': {
		setup: (emulator) => {
			calendar(emulator, 'Work');
			call(emulator, 'calendar.section.add', { type: 'group', ownerId: 7, name: 'Team' });
			return calendar(emulator, 'Private');
		},
		parameters: () => mine,
		sent: () => MINE,
		output: (items) => expect(json(items).map((row) => row.NAME)).toEqual(['Work', 'Private']),
	},
	'calendarSection.update': {
		setup: (emulator) => calendar(emulator),
		parameters: (prepared) => ({ ...mine, sectionId: String(prepared.sectionId), updateFields: { name: 'Office', textColor: '#000000' } }),
		sent: (prepared) => ({ ...MINE, id: prepared.sectionId, name: 'Office', text_color: '#000000' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(call(emulator, 'calendar.section.get', MINE)).toEqual([expect.objectContaining({ NAME: 'Office', TEXT_COLOR: '#000000' })]);
		},
	},
	'calendarSection.delete': {
		setup: (emulator) => calendarWithEvent(emulator),
		parameters: (prepared) => ({ ...mine, sectionId: String(prepared.sectionId) }),
		sent: (prepared) => ({ ...MINE, id: prepared.sectionId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(call(emulator, 'calendar.section.get', MINE)).toEqual([]);
			expect(() => eventById(emulator, prepared.eventId)).toThrow('Access denied');
		},
	},

	'calendarEvent.create': {
		setup: (emulator) => calendar(emulator),
		parameters: (prepared) => ({
			...mine,
			section: String(prepared.sectionId),
			name: 'Kick-off',
			from: '2025-03-20 15:00:00',
			to: '2025-03-20 16:30:00',
			additionalFields: { timezoneFrom: 'Europe/Berlin', location: 'Room 1', isMeeting: true, attendees: '2, 3', crmFields: 'D_12' },
		}),
		sent: (prepared) => ({
			...MINE,
			section: Number(prepared.sectionId),
			name: 'Kick-off',
			from: '2025-03-20 15:00:00',
			to: '2025-03-20 16:30:00',
			timezone_from: 'Europe/Berlin',
			location: 'Room 1',
			is_meeting: 'Y',
			attendees: [2, 3],
			crm_fields: ['D_12'],
		}),
		output: (items, _prepared, emulator) => {
			const [{ id }] = json(items);
			expect(id).toEqual(expect.any(Number));
			expect(eventById(emulator, id)).toMatchObject({
				NAME: 'Kick-off',
				TZ_FROM: 'Europe/Berlin',
				TZ_TO: 'Europe/Berlin',
				// 15:00 in Berlin (UTC+1 in March before the switch) is 14:00 UTC
				DATE_FROM_TS_UTC: String(Date.UTC(2025, 2, 20, 14) / 1000),
				DT_LENGTH: 5400,
				DATE_FROM: '03/20/2025 03:00:00 pm',
				LOCATION: 'Room 1',
				IS_MEETING: true,
				ATTENDEE_LIST: [expect.objectContaining({ id: 1, status: 'H' }), expect.objectContaining({ id: 2, status: 'Q' }), expect.objectContaining({ id: 3, status: 'Q' })],
				UF_CRM_CAL_EVENT: ['D_12'],
			});
		},
	},
	'calendarEvent.get': {
		setup: (emulator) => calendarWithEvent(emulator),
		parameters: (prepared) => ({ eventId: String(prepared.eventId) }),
		sent: (prepared) => ({ id: prepared.eventId }),
		output: (items, prepared) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ ID: String(prepared.eventId), NAME: 'Planning', SECTION_ID: String(prepared.sectionId), DATE_FROM_TS_UTC: String(Date.UTC(2025, 2, 20, 13) / 1000) }),
			]),
	},
	'calendarEvent.getAll': {
		setup: (emulator) => {
			const prepared = calendarWithEvent(emulator);
			event(emulator, prepared, { name: 'Later', from: '2025-05-02T09:00:00Z', to: '2025-05-02T10:00:00Z' });
			const other = calendar(emulator, 'Other');
			event(emulator, other, { name: 'Elsewhere', from: '2025-03-22T09:00:00Z', to: '2025-03-22T10:00:00Z' });
			return prepared;
		},
		parameters: (prepared) => ({ ...mine, options: { from: '2025-03-01', to: '2025-03-31', sections: String(prepared.sectionId) } }),
		sent: (prepared) => ({ ...MINE, from: '2025-03-01', to: '2025-03-31', section: [prepared.sectionId] }),
		output: (items) => expect(json(items).map((row) => row.NAME)).toEqual(['Planning']),
	},
	'calendarEvent.getNearest': {
		setup: (emulator) => {
			const prepared = calendar(emulator);
			const hour = 3_600_000;
			const at = (offsetHours: number) => Math.floor((Date.now() + offsetHours * hour) / 1000);
			event(emulator, prepared, { name: 'Tomorrow', from_ts: at(24), to_ts: at(25) });
			event(emulator, prepared, { name: 'Next week', from_ts: at(24 * 7), to_ts: at(24 * 7 + 1) });
			event(emulator, prepared, { name: 'Next year', from_ts: at(24 * 300), to_ts: at(24 * 300 + 1) });
			return prepared;
		},
		parameters: () => ({ options: { days: 30, maxEventsCount: 5 } }),
		sent: () => ({ days: 30, maxEventsCount: 5 }),
		output: (items) => expect(json(items).map((row) => row.NAME)).toEqual(['Tomorrow', 'Next week']),
	},
	'calendarEvent.update': {
		setup: (emulator) => calendarWithEvent(emulator),
		parameters: (prepared) => ({
			eventId: String(prepared.eventId),
			...mine,
			updateFields: { name: 'Planning (moved)', from: '2025-03-20T17:00:00+02:00', to: '2025-03-20T18:00:00+02:00', importance: 'high' },
		}),
		sent: (prepared) => ({ id: prepared.eventId, ...MINE, name: 'Planning (moved)', from: '2025-03-20T17:00:00+02:00', importance: 'high' }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(eventById(emulator, prepared.eventId)).toMatchObject({
				NAME: 'Planning (moved)',
				IMPORTANCE: 'high',
				DATE_FROM_TS_UTC: String(Date.UTC(2025, 2, 20, 15) / 1000),
			});
		},
	},
	'calendarEvent.delete': {
		setup: (emulator) => calendarWithEvent(emulator),
		parameters: (prepared) => ({ eventId: String(prepared.eventId) }),
		sent: (prepared) => ({ id: prepared.eventId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(call(emulator, 'calendar.event.get', { ...MINE, from: '2025-01-01', to: '2025-12-31' })).toEqual([]);
			expect(() => eventById(emulator, prepared.eventId)).toThrow('Access denied');
		},
	},
	'calendarEvent.getMeetingStatus': {
		setup: (emulator) => meeting(emulator),
		parameters: (prepared) => ({ eventId: String(prepared.eventId) }),
		sent: (prepared) => ({ eventId: prepared.eventId }),
		output: (items) => expect(json(items)).toEqual([{ status: 'H' }]),
	},
	'calendarEvent.setMeetingStatus': {
		setup: (emulator) => meeting(emulator),
		parameters: (prepared) => ({ eventId: String(prepared.eventId), status: 'N' }),
		sent: (prepared) => ({ eventId: prepared.eventId, status: 'N' }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect((eventById(emulator, prepared.eventId).ATTENDEE_LIST as IDataObject[]).find((attendee) => attendee.id === 1)).toMatchObject({ status: 'N' });
		},
	},
	'calendarEvent.getAvailability': {
		setup: (emulator) => {
			const prepared = meeting(emulator);
			event(emulator, prepared, { name: 'Lunch', from: '2025-03-22T12:00:00Z', to: '2025-03-22T13:00:00Z', accessibility: 'free' });
			return prepared;
		},
		parameters: () => ({ users: '1, 2, 9', from: '2025-03-01', to: '2025-03-31' }),
		sent: () => ({ users: [1, 2, 9], from: '2025-03-01', to: '2025-03-31' }),
		output: (items, prepared) => {
			const byUser = json(items);
			expect(byUser.map((row) => row.userId)).toEqual(['1', '2', '9']);
			// the meeting keeps the host and the invited user busy; the free lunch does not count
			for (const row of byUser.slice(0, 2)) {
				expect(row.value).toEqual([expect.objectContaining({ ID: String(prepared.eventId), NAME: 'Review', ACCESSIBILITY: 'busy', DATE_FROM: '21.03.2025 13:00:00' })]);
			}
			expect(byUser[2].value).toEqual([]);
		},
	},

	'calendarResource.create': {
		parameters: () => ({ name: 'Meeting room 2' }),
		sent: () => ({ name: 'Meeting room 2' }),
		output: (items, _prepared, emulator) => {
			const [{ id }] = json(items);
			expect(call(emulator, 'calendar.resource.list', {})).toEqual([{ ID: String(id), NAME: 'Meeting room 2', CREATED_BY: expect.any(String) }]);
		},
	},
	'calendarResource.getAll': {
		setup: (emulator) => {
			for (const name of ['Projector', 'Room A']) call(emulator, 'calendar.resource.add', { name });
			return {};
		},
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items).map((row) => row.NAME)).toEqual(['Projector', 'Room A']),
	},
	'calendarResource.update': {
		setup: (emulator) => ({ resourceId: call(emulator, 'calendar.resource.add', { name: 'Room A' }) as number }),
		parameters: (prepared) => ({ resourceId: String(prepared.resourceId), name: 'Room B' }),
		sent: (prepared) => ({ resourceId: prepared.resourceId, name: 'Room B' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(call(emulator, 'calendar.resource.list', {})).toEqual([expect.objectContaining({ NAME: 'Room B' })]);
		},
	},
	'calendarResource.delete': {
		setup: (emulator) => ({ resourceId: call(emulator, 'calendar.resource.add', { name: 'Room A' }) as number }),
		parameters: (prepared) => ({ resourceId: String(prepared.resourceId) }),
		sent: (prepared) => ({ resourceId: prepared.resourceId }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(call(emulator, 'calendar.resource.list', {})).toEqual([]);
		},
	},
};
