import { choice, collection, id, integer, json, text, textList, yesNo } from './fields';
import type { CatalogField, CatalogResource } from './types';

const configId = id('configId', 'Open Line ID', 'CONFIG_ID', { placeholder: 'e.g. 3' });

/** The most used settings of a line; every other documented setting goes through Settings (JSON). */
const settingFields = (): CatalogField[] => [
	text('lineName', 'Name', 'PARAMS.LINE_NAME', { placeholder: 'e.g. VIP Support' }),
	yesNo('active', 'Active', 'PARAMS.ACTIVE', { default: true }),
	choice(
		'queueType',
		'Queue Type',
		'PARAMS.QUEUE_TYPE',
		[
			{ name: 'All Operators at Once', value: 'all' },
			{ name: 'Evenly', value: 'evenly' },
			{ name: 'Strictly in Order', value: 'strictly' },
		],
		{ default: 'evenly', description: 'How new requests are distributed among the operators.' },
	),
	integer('queueTime', 'Queue Time (Seconds)', 'PARAMS.QUEUE_TIME', { description: 'Time before a request passes to the next operator.' }),
	yesNo('welcomeMessage', 'Welcome Message', 'PARAMS.WELCOME_MESSAGE', { description: 'Whether clients get a welcome message.' }),
	text('welcomeMessageText', 'Welcome Message Text', 'PARAMS.WELCOME_MESSAGE_TEXT'),
	yesNo('crm', 'Find Client in CRM', 'PARAMS.CRM', { description: 'Whether the client is looked up in (and added to) CRM.' }),
	yesNo('worktimeEnable', 'Working Hours', 'PARAMS.WORKTIME_ENABLE', { description: 'Whether the line takes its working hours into account.' }),
	text('worktimeFrom', 'Working Hours From', 'PARAMS.WORKTIME_FROM', { placeholder: 'e.g. 9:00' }),
	text('worktimeTo', 'Working Hours To', 'PARAMS.WORKTIME_TO', { placeholder: 'e.g. 18:30' }),
	text('worktimeTimezone', 'Time Zone', 'PARAMS.WORKTIME_TIMEZONE', { placeholder: 'e.g. Europe/Berlin' }),
];

const settingsJson = json('settingsJson', 'Settings (JSON)', 'PARAMS', {
	description:
		'Any further settings, merged last, e.g. {"QUEUE": [{"ENTITY_TYPE": "user", "ENTITY_ID": "1"}, {"ENTITY_TYPE": "department", "ENTITY_ID": "10"}], "VOTE_MESSAGE": "Y"}.',
});

export const openLineConfig: CatalogResource = {
	value: 'openLineConfig',
	name: 'Open Line Config',
	description: 'Open lines (channels) and their settings',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create an open line',
			description: 'Create an open line with its settings',
			method: 'imopenlines.config.add',
			fields: [collection('settings', 'Settings', settingFields()), settingsJson],
			output: { kind: 'value', key: 'id' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an open line',
			description: 'Get the settings of an open line',
			method: 'imopenlines.config.get',
			fields: [
				configId,
				yesNo('withQueue', 'With Queue', 'WITH_QUEUE', { default: true, description: 'Whether the operator queue is included.' }),
				yesNo('showOffline', 'Show Offline Operators', 'SHOW_OFFLINE', { default: true }),
			],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many open lines',
			description: 'List the open lines, filtered and sorted',
			method: 'imopenlines.config.list.get',
			fields: [
				json('filter', 'Filter (JSON)', 'PARAMS.filter', { description: 'Conditions on the settings, e.g. {"ACTIVE": "Y"}.' }),
				json('order', 'Order (JSON)', 'PARAMS.order', { description: 'Sort order, e.g. {"ID": "DESC"}.' }),
				textList('select', 'Select', 'PARAMS.select', { description: 'Comma-separated settings to return, e.g. ID, LINE_NAME, ACTIVE.' }),
				integer('limit', 'Limit', 'PARAMS.limit', {
					default: 50,
					typeOptions: { minValue: 1, maxValue: 200 },
					description: 'Max number of lines to return (at most 200).',
				}),
				integer('offset', 'Offset', 'PARAMS.offset', { description: 'How many lines to skip.' }),
				yesNo('queue', 'With Queue', 'OPTIONS.QUEUE', { description: 'Whether each line includes its operator queue.' }),
			],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an open line',
			description: 'Change the settings of an open line',
			method: 'imopenlines.config.update',
			fields: [configId, collection('settings', 'Settings', settingFields()), settingsJson],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete an open line',
			description: 'Delete an open line; outputs deleted: false when there was none with this ID',
			method: 'imopenlines.config.delete',
			fields: [configId],
			output: { kind: 'value', key: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getPublicPath',
			name: 'Get Public Path',
			action: 'Get the public page of open lines',
			description: 'Get the address of the public page of the open lines',
			method: 'imopenlines.config.path.get',
			fields: [],
			output: { kind: 'record' },
			retrySafe: true,
		},
	],
};
