import { choice, collection, decimal, flag, id, idList, integer, json, text, yesNo } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

const callId = text('callId', 'Call ID', 'CALL_ID', {
	required: true,
	placeholder: 'e.g. externalCall.716f1cb73def9700a23842adf9c4c568.1773130779',
	description: 'CALL_ID returned by Register.',
});

const userId = id('userId', 'User ID', 'USER_ID', { description: 'ID of the employee on the call.' });

const shownTo = idList('userIds', 'User IDs', 'USER_ID', {
	description: 'Comma-separated IDs of the employees; empty means the employee the call was registered for.',
});

const crmEntityType = choice('crmEntityType', 'CRM Entity Type', 'CRM_ENTITY_TYPE', [
	{ name: 'Company', value: 'COMPANY' },
	{ name: 'Contact', value: 'CONTACT' },
	{ name: 'Lead', value: 'LEAD' },
]);

/** External calls and lines belong to the PBX application that registers them. */
const appOnly = (operation: Omit<CatalogOperation, 'needsApplication'>): CatalogOperation => ({ ...operation, needsApplication: true });

export const telephonyCall: CatalogResource = {
	value: 'telephonyCall',
	name: 'Telephony Call',
	description: 'Calls of an external PBX shown in Bitrix24, and the call statistics',
	operations: [
		appOnly({
			value: 'register',
			name: 'Register',
			action: 'Register a call',
			description: 'Register a call of an external PBX: Bitrix24 finds or creates its CRM record and may show the call card',
			method: 'telephony.externalCall.register',
			fields: [
				userId,
				text('phoneNumber', 'Phone Number', 'PHONE_NUMBER', { required: true, placeholder: 'e.g. +19061234567', description: "The client's phone number." }),
				choice('type', 'Type', 'TYPE', [
					{ name: 'Outgoing', value: '1' },
					{ name: 'Incoming', value: '2' },
					{ name: 'Incoming With Redirection', value: '3' },
					{ name: 'Callback', value: '4' },
					{ name: 'Information Call', value: '5' },
				]),
				collection('additionalFields', 'Additional Fields', [
					text('callStartDate', 'Call Start Date', 'CALL_START_DATE', { placeholder: 'e.g. 2026-03-07T10:20:30+03:00', description: 'ISO-8601 with time zone; default now.' }),
					flag('crmCreate', 'Create CRM Record', 'CRM_CREATE', { description: 'Whether to create a CRM record when none matches the number.' }),
					text('crmSource', 'CRM Source', 'CRM_SOURCE', { description: 'STATUS_ID of the source for a created record.' }),
					crmEntityType,
					integer('crmEntityId', 'CRM Entity ID', 'CRM_ENTITY_ID', { description: 'ID of the CRM record of CRM Entity Type to link.' }),
					flag('show', 'Show Call Card', 'SHOW', { default: true, description: 'Whether to show the call card to the employee.' }),
					flag('addToChat', 'Add to Chat', 'ADD_TO_CHAT', { default: true, description: "Whether to post the call in the employee's chat." }),
					integer('callListId', 'Call List ID', 'CALL_LIST_ID'),
					text('lineNumber', 'Line Number', 'LINE_NUMBER', { description: 'Number of the external line (External Line > Get Many).' }),
					text('externalCallId', 'External Call ID', 'EXTERNAL_CALL_ID', { description: "The call's ID in the PBX." }),
				]),
			],
			output: { kind: 'record' },
			retrySafe: false,
		}),
		appOnly({
			value: 'finish',
			name: 'Finish',
			action: 'Finish a call',
			description: 'Finish a registered call: write its duration, result and cost to the statistics',
			method: 'telephony.externalCall.finish',
			fields: [
				callId,
				userId,
				collection('additionalFields', 'Additional Fields', [
					integer('duration', 'Duration (Seconds)', 'DURATION'),
					decimal('cost', 'Cost', 'COST'),
					text('costCurrency', 'Cost Currency', 'COST_CURRENCY', { placeholder: 'e.g. USD' }),
					text('statusCode', 'Status Code', 'STATUS_CODE', {
						description: '200 success, 304 missed, 603 declined, 486 busy, 480 unavailable, 404 invalid number, ... Default 200 with a duration, else 304.',
					}),
					text('failedReason', 'Failed Reason', 'FAILED_REASON'),
					integer('vote', 'Rating', 'VOTE', { description: 'Rating of the call, 1 to 5.' }),
					flag('addToChat', 'Add to Chat', 'ADD_TO_CHAT', { default: true, description: "Whether to post the call in the employee's chat." }),
				]),
			],
			output: { kind: 'record' },
			retrySafe: false,
		}),
		{
			value: 'show',
			name: 'Show Card',
			action: 'Show the call card',
			description: 'Show the card of a registered call to employees',
			method: 'telephony.externalCall.show',
			fields: [callId, shownTo],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'hide',
			name: 'Hide Card',
			action: 'Hide the call card',
			description: 'Hide the card of a registered call from employees',
			method: 'telephony.externalCall.hide',
			fields: [callId, shownTo],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'attachRecord',
			name: 'Attach Record',
			action: 'Attach a call recording',
			description: 'Attach the recording of a finished call from a URL Bitrix24 downloads (mp3 or wav)',
			method: 'telephony.externalCall.attachRecord',
			fields: [
				callId,
				text('recordUrl', 'Record URL', 'RECORD_URL', { required: true, placeholder: 'e.g. https://pbx.example.com/records/call-17.mp3' }),
				text('fileName', 'File Name', 'FILENAME', { description: 'Name with .mp3 or .wav; default the name in the URL.' }),
			],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'searchCrm',
			name: 'Search CRM',
			action: 'Search CRM records by phone number',
			description: 'Find the contacts, companies and leads that have a phone number',
			method: 'telephony.externalCall.searchCrmEntities',
			fields: [text('phoneNumber', 'Phone Number', 'PHONE_NUMBER', { required: true, placeholder: 'e.g. +19061234567' })],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many call records',
			description: 'List the call statistics',
			method: 'voximplant.statistic.get',
			fields: [
				json('filter', 'Filter (JSON)', 'FILTER', {
					description: 'Conditions by field with an optional prefix, e.g. {"PORTAL_USER_ID": 5, ">=CALL_START_DATE": "2026-01-01T00:00:00+03:00", "CALL_TYPE": 2}.',
				}),
				text('sortBy', 'Sort By', 'SORT', { placeholder: 'e.g. CALL_START_DATE', description: 'Field to sort by.' }),
				choice('order', 'Sort Direction', 'ORDER', [
					{ name: 'Ascending', value: 'ASC' },
					{ name: 'Descending', value: 'DESC' },
				]),
			],
			output: { kind: 'rows' },
			list: { idKey: 'ID', filterParam: 'FILTER', orderParam: 'SORT', fast: false },
			retrySafe: true,
		},
	],
};

const lineNumber = text('number', 'Line Number', 'NUMBER', { required: true, placeholder: 'e.g. 14151234567', description: 'Number of the external line.' });
const lineName = text('name', 'Name', 'NAME', { description: 'Name of the external line.' });
const autoCreate = yesNo('crmAutoCreate', 'Create CRM Records', 'CRM_AUTO_CREATE', {
	default: true,
	description: 'Whether outgoing calls on the line create CRM records when none matches.',
});

export const externalLine: CatalogResource = {
	value: 'externalLine',
	name: 'External Line',
	description: "The application's external PBX lines",
	operations: [
		appOnly({
			value: 'create',
			name: 'Create',
			action: 'Create an external line',
			description: 'Add an external line of the PBX application',
			method: 'telephony.externalLine.add',
			fields: [lineNumber, collection('additionalFields', 'Additional Fields', [lineName, autoCreate])],
			output: { kind: 'record' },
			retrySafe: false,
		}),
		appOnly({
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many external lines',
			description: 'List the external lines of the application',
			method: 'telephony.externalLine.get',
			fields: [],
			output: { kind: 'rows' },
			retrySafe: true,
		}),
		appOnly({
			value: 'update',
			name: 'Update',
			action: 'Update an external line',
			description: 'Rename an external line or change its CRM setting',
			method: 'telephony.externalLine.update',
			fields: [lineNumber, collection('updateFields', 'Update Fields', [lineName, autoCreate])],
			output: { kind: 'record' },
			retrySafe: true,
		}),
		appOnly({
			value: 'delete',
			name: 'Delete',
			action: 'Delete an external line',
			description: 'Delete an external line of the application',
			method: 'telephony.externalLine.delete',
			fields: [lineNumber],
			output: { kind: 'deleted' },
			retrySafe: true,
		}),
	],
};

export const telephonyUser: CatalogResource = {
	value: 'telephonyUser',
	name: 'Telephony User',
	description: "Employees' telephony settings and SIP phones, and the portal's outgoing lines",
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get telephony settings of users',
			description: 'Get the telephony settings of employees: default line, SIP phone, inner number',
			method: 'voximplant.user.get',
			fields: [idList('userIds', 'User IDs', 'USER_ID', { required: true, placeholder: 'e.g. 1, 5', description: 'Comma-separated IDs of the employees.' })],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'activatePhone',
			name: 'Activate Phone',
			action: "Activate a user's SIP phone",
			description: 'Switch on the SIP phone of an employee',
			method: 'voximplant.user.activatePhone',
			fields: [userId],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'deactivatePhone',
			name: 'Deactivate Phone',
			action: "Deactivate a user's SIP phone",
			description: 'Switch off the SIP phone of an employee (administrators)',
			method: 'voximplant.user.deactivatePhone',
			fields: [userId],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'getLines',
			name: 'Get Lines',
			action: 'Get the outgoing lines',
			description: 'List the lines calls can go out on (rented numbers, SIP PBXs): each item holds the line ID and its name as value',
			method: 'voximplant.line.get',
			fields: [],
			output: { kind: 'entries', keyName: 'id' },
			retrySafe: true,
		},
	],
};

const configId = id('configId', 'Config ID', 'CONFIG_ID', { description: 'CONFIG_ID of the SIP line, from SIP Line > Get Many.' });

const sipSettings = (required: boolean): CatalogField[] => [
	text('server', 'Server', 'SERVER', { required, placeholder: 'e.g. sip.provider.com', description: 'Address of the SIP registration server.' }),
	text('login', 'Login', 'LOGIN', { required, description: 'Login on the SIP server.' }),
];

const sipPassword = text('password', 'Password', 'PASSWORD', {
	typeOptions: { password: true },
	description: 'Password on the SIP server, up to 100 characters.',
});

const sipTitle = text('title', 'Title', 'TITLE', { description: 'Name of the connection; default "Cloud PBX (ID)" or "Office PBX (ID)".' });

export const sipLine: CatalogResource = {
	value: 'sipLine',
	name: 'SIP Line',
	description: 'SIP PBX connections of the application (cloud and office PBXs)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a SIP line',
			description: 'Connect a cloud or office SIP PBX',
			method: 'voximplant.sip.add',
			fields: [
				...sipSettings(true),
				choice('type', 'Type', 'TYPE', [
					{ name: 'Cloud PBX', value: 'cloud' },
					{ name: 'Office PBX', value: 'office' },
				]),
				collection('additionalFields', 'Additional Fields', [sipPassword, sipTitle]),
			],
			output: { kind: 'record' },
			retrySafe: false,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many SIP lines',
			description: 'List the SIP lines the application connected',
			method: 'voximplant.sip.get',
			fields: [
				json('filter', 'Filter (JSON)', 'FILTER', { description: 'Conditions by field with an optional prefix, e.g. {"TYPE": "cloud"}.' }),
				text('sortBy', 'Sort By', 'SORT', { placeholder: 'e.g. TITLE', description: 'Field to sort by.' }),
				choice('order', 'Sort Direction', 'ORDER', [
					{ name: 'Ascending', value: 'ASC' },
					{ name: 'Descending', value: 'DESC' },
				]),
			],
			output: { kind: 'rows' },
			list: { idKey: 'CONFIG_ID', filterParam: 'FILTER', orderParam: 'SORT', fast: false },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a SIP line',
			description: 'Change the server, login, password or title of a SIP line',
			method: 'voximplant.sip.update',
			fields: [configId, collection('updateFields', 'Update Fields', [...sipSettings(false), sipPassword, sipTitle])],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a SIP line',
			description: 'Disconnect a SIP line',
			method: 'voximplant.sip.delete',
			fields: [configId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getStatus',
			name: 'Get Registration Status',
			action: 'Get the registration status of a SIP line',
			description: 'Get whether a cloud PBX is registered with its SIP server',
			method: 'voximplant.sip.status',
			fields: [id('regId', 'Registration ID', 'REG_ID', { description: 'REG_ID of a cloud PBX line, from SIP Line > Get Many.' })],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'getConnectorStatus',
			name: 'Get Connector Status',
			action: 'Get the SIP connector status',
			description: "Get the portal's SIP connector: free minutes left and whether it is paid",
			method: 'voximplant.sip.connector.status',
			fields: [],
			output: { kind: 'record' },
			retrySafe: true,
		},
	],
};
