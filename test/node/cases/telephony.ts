import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const PHONE = '+19061234567';

function contactWithPhone(emulator: Emulator): number {
	return emulator.seed.crmItem(3, { name: 'John', lastName: 'Doe', assignedById: 2, fm: [{ typeId: 'PHONE', valueType: 'WORK', value: PHONE }] });
}

function registeredCall(emulator: Emulator): IDataObject {
	const contactId = contactWithPhone(emulator);
	const { result } = emulator.seed.call('telephony.externalCall.register', { USER_ID: 1, PHONE_NUMBER: PHONE, TYPE: 2, LINE_NUMBER: '14151234567' });
	return { contactId, callId: (result as IDataObject).CALL_ID };
}

function finishedCall(emulator: Emulator, duration = 95): IDataObject {
	const prepared = registeredCall(emulator);
	emulator.seed.call('telephony.externalCall.finish', { CALL_ID: prepared.callId, USER_ID: 1, DURATION: duration });
	return prepared;
}

const callOf = (emulator: Emulator, prepared: IDataObject) => emulator.state.telephony.calls.get(prepared.callId as string);

const linesOf = (emulator: Emulator) => emulator.state.telephony.linesOf(emulator.oauthClient.clientId);

function externalLines(emulator: Emulator): IDataObject {
	emulator.seed.call('telephony.externalLine.add', { NUMBER: '14151234567', NAME: 'Support Line', CRM_AUTO_CREATE: 'N' });
	emulator.seed.call('telephony.externalLine.add', { NUMBER: '14157654321', NAME: 'Main Line' });
	return {};
}

function sipLines(emulator: Emulator): IDataObject {
	const { result } = emulator.seed.call('voximplant.sip.add', { SERVER: 'sip.provider.com', LOGIN: 'sip_user', TITLE: 'SIP line 1' });
	emulator.seed.call('voximplant.sip.add', { SERVER: 'office.provider.local', LOGIN: 'office_user', TYPE: 'office', TITLE: 'Office' });
	return { configId: Number((result as IDataObject).CONFIG_ID), regId: (result as IDataObject).REG_ID };
}

const sipOf = (emulator: Emulator) => emulator.state.telephony.sipLines;

export const telephonyCases: CaseTable = {
	'sipLine.create': {
		parameters: () => ({ server: 'sip.provider.com', login: 'sip_user', type: 'cloud', additionalFields: { password: 'secret', title: 'SIP line 1' } }),
		sent: () => ({ SERVER: 'sip.provider.com', LOGIN: 'sip_user', TYPE: 'cloud', PASSWORD: 'secret', TITLE: 'SIP line 1' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ ID: '1', CONFIG_ID: '1', TYPE: 'cloud', REG_ID: 150900, TITLE: 'SIP line 1' })]);
			expect(sipOf(emulator)).toHaveLength(1);
		},
	},
	'sipLine.getAll': {
		setup: sipLines,
		parameters: () => ({ filter: '{"TYPE": "office"}', sortBy: 'TITLE', returnAll: true }),
		sent: () => ({ FILTER: { TYPE: 'office' }, SORT: 'TITLE', ORDER: 'ASC' }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ CONFIG_ID: '2', TYPE: 'office', TITLE: 'Office', INCOMING_LOGIN: 'sip2' })]),
	},
	'sipLine.update': {
		setup: sipLines,
		parameters: (prepared) => ({ configId: String(prepared.configId), updateFields: { title: 'Main PBX', server: 'sip2.provider.com' } }),
		sent: (prepared) => ({ CONFIG_ID: prepared.configId, TITLE: 'Main PBX', SERVER: 'sip2.provider.com' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(sipOf(emulator)[0]).toMatchObject({ title: 'Main PBX', server: 'sip2.provider.com', login: 'sip_user' });
		},
	},
	'sipLine.delete': {
		setup: sipLines,
		parameters: (prepared) => ({ configId: String(prepared.configId) }),
		sent: (prepared) => ({ CONFIG_ID: prepared.configId }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(sipOf(emulator).map((line) => line.title)).toEqual(['Office']);
		},
	},
	'sipLine.getStatus': {
		setup: sipLines,
		parameters: (prepared) => ({ regId: String(prepared.regId) }),
		sent: (prepared) => ({ REG_ID: prepared.regId }),
		output: (items, prepared) => expect(json(items)).toEqual([expect.objectContaining({ REG_ID: prepared.regId, STATUS_CODE: 200, STATUS_RESULT: 'success' })]),
	},
	'sipLine.getConnectorStatus': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toEqual([{ FREE_MINUTES: 60, PAID: false }]),
	},

	'telephonyCall.register': {
		setup: (emulator) => ({ contactId: contactWithPhone(emulator) }),
		parameters: () => ({
			userId: '1',
			phoneNumber: PHONE,
			type: '2',
			additionalFields: { lineNumber: '14151234567', show: false, externalCallId: 'pbx-17' },
		}),
		sent: () => ({ USER_ID: 1, PHONE_NUMBER: PHONE, TYPE: '2', LINE_NUMBER: '14151234567', SHOW: false, EXTERNAL_CALL_ID: 'pbx-17' }),
		output: (items, prepared, emulator) => {
			const [record] = json(items);
			expect(record).toMatchObject({ CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: prepared.contactId, CRM_CREATED_ENTITIES: [] });
			expect(emulator.state.telephony.calls.get(record.CALL_ID as string)).toMatchObject({ type: 2, externalCallId: 'pbx-17', shownTo: [] });
		},
	},
	'telephonyCall.finish': {
		setup: registeredCall,
		parameters: (prepared) => ({ callId: prepared.callId as string, userId: '1', additionalFields: { duration: 95, vote: 5, cost: 1.5, costCurrency: 'USD' } }),
		sent: (prepared) => ({ CALL_ID: prepared.callId, USER_ID: 1, DURATION: 95, VOTE: 5, COST: 1.5, COST_CURRENCY: 'USD' }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([
				expect.objectContaining({ CALL_ID: prepared.callId, CALL_DURATION: 95, CALL_FAILED_CODE: '200', CALL_VOTE: 5, CRM_ENTITY_ID: prepared.contactId }),
			]);
			expect(emulator.state.telephony.statistics).toEqual([expect.objectContaining({ CALL_ID: prepared.callId, CALL_DURATION: '95', COST: '1.5000' })]);
		},
	},
	'telephonyCall.show': {
		setup: registeredCall,
		parameters: (prepared) => ({ callId: prepared.callId as string, userIds: '2, 3' }),
		sent: (prepared) => ({ CALL_ID: prepared.callId, USER_ID: [2, 3] }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(callOf(emulator, prepared)?.shownTo).toEqual([1, 2, 3]);
		},
	},
	'telephonyCall.hide': {
		setup: registeredCall,
		parameters: (prepared) => ({ callId: prepared.callId as string, userIds: '' }),
		sent: (prepared) => ({ CALL_ID: prepared.callId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(callOf(emulator, prepared)?.shownTo).toEqual([]);
		},
	},
	'telephonyCall.attachRecord': {
		setup: (emulator) => finishedCall(emulator),
		parameters: (prepared) => ({ callId: prepared.callId as string, recordUrl: 'https://pbx.example.com/records/call-17.mp3' }),
		sent: (prepared) => ({ CALL_ID: prepared.callId, RECORD_URL: 'https://pbx.example.com/records/call-17.mp3' }),
		output: (items, _prepared, emulator) => {
			const [{ FILE_ID: fileId }] = json(items);
			expect(fileId).toEqual(expect.any(Number));
			expect(emulator.state.telephony.statistics[0]).toMatchObject({ RECORD_FILE_ID: String(fileId), CALL_RECORD_URL: 'https://pbx.example.com/records/call-17.mp3' });
		},
	},
	'telephonyCall.searchCrm': {
		setup: (emulator) => ({ contactId: contactWithPhone(emulator) }),
		parameters: () => ({ phoneNumber: '+1 (906) 123-4567' }),
		sent: () => ({ PHONE_NUMBER: '+1 (906) 123-4567' }),
		output: (items, prepared) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: prepared.contactId, NAME: 'John Doe', ASSIGNED_BY_ID: 2 }),
			]),
	},
	'telephonyCall.getAll': {
		setup: (emulator) => {
			finishedCall(emulator, 30);
			finishedCall(emulator, 0);
			return finishedCall(emulator, 120);
		},
		parameters: () => ({ filter: '{">CALL_DURATION": 10}', sortBy: 'CALL_DURATION', order: 'DESC', returnAll: true }),
		sent: () => ({ FILTER: { '>CALL_DURATION': 10 }, SORT: 'CALL_DURATION', ORDER: 'DESC' }),
		output: (items) => expect(json(items).map((row) => row.CALL_DURATION)).toEqual(['120', '30']),
	},
	'externalLine.create': {
		parameters: () => ({ number: '14151234567', additionalFields: { name: 'Support Line', crmAutoCreate: false } }),
		sent: () => ({ NUMBER: '14151234567', NAME: 'Support Line', CRM_AUTO_CREATE: 'N' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ ID: 1 }]);
			expect(linesOf(emulator)).toEqual([{ id: 1, number: '14151234567', name: 'Support Line', crmAutoCreate: 'N' }]);
		},
	},
	'externalLine.getAll': {
		setup: externalLines,
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) =>
			expect(json(items)).toEqual([
				{ NUMBER: '14151234567', NAME: 'Support Line', CRM_AUTO_CREATE: 'N' },
				{ NUMBER: '14157654321', NAME: 'Main Line', CRM_AUTO_CREATE: 'Y' },
			]),
	},
	'externalLine.update': {
		setup: externalLines,
		parameters: () => ({ number: '14157654321', updateFields: { name: 'Sales Line' } }),
		sent: () => ({ NUMBER: '14157654321', NAME: 'Sales Line' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ ID: '2' }]);
			expect(linesOf(emulator)[1]).toMatchObject({ name: 'Sales Line', crmAutoCreate: 'Y' });
		},
	},
	'externalLine.delete': {
		setup: externalLines,
		parameters: () => ({ number: '14151234567' }),
		sent: () => ({ NUMBER: '14151234567' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(linesOf(emulator).map((line) => line.number)).toEqual(['14157654321']);
		},
	},
	'telephonyUser.get': {
		setup: (emulator) => {
			emulator.state.telephony.phonesEnabled.add(2);
			return {};
		},
		parameters: () => ({ userIds: '1, 2' }),
		sent: () => ({ USER_ID: [1, 2] }),
		output: (items) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ ID: '1', PHONE_ENABLED: 'N', SIP_LOGIN: 'phone1' }),
				expect.objectContaining({ ID: '2', PHONE_ENABLED: 'Y', SIP_LOGIN: 'phone2' }),
			]),
	},
	'telephonyUser.activatePhone': {
		parameters: () => ({ userId: '3' }),
		sent: () => ({ USER_ID: 3 }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect([...emulator.state.telephony.phonesEnabled]).toEqual([3]);
		},
	},
	'telephonyUser.deactivatePhone': {
		setup: (emulator) => {
			emulator.state.telephony.phonesEnabled.add(3);
			return {};
		},
		parameters: () => ({ userId: '3' }),
		sent: () => ({ USER_ID: 3 }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.telephony.phonesEnabled.size).toBe(0);
		},
	},
	'telephonyUser.getLines': {
		setup: (emulator) => {
			emulator.state.telephony.lines.set('reg150907', 'SIP line');
			emulator.state.telephony.lines.set('sip7', 'Office PBX 1');
			return {};
		},
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) =>
			expect(json(items)).toEqual([
				{ id: 'reg150907', value: 'SIP line' },
				{ id: 'sip7', value: 'Office PBX 1' },
			]),
	},
};
