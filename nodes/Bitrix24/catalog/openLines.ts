import { choice, id, integer, methodChoice, recordLocator, text, yesNo } from './fields';
import type { CatalogOperation, CatalogResource } from './types';

const chatId = recordLocator('chatId', 'Chat', 'CHAT_ID', 'chat', {
	description: 'The open line chat: its ID, or a link to it on the portal',
});

const chatAction = (
	value: string,
	name: string,
	action: string,
	description: string,
	method: string,
): CatalogOperation => ({
	value,
	name,
	action,
	description,
	method,
	fields: [chatId],
	output: { kind: 'success' },
	retrySafe: false,
});

const userCode = (required: boolean) =>
	text('userCode', 'User Code', 'USER_CODE', {
		required,
		placeholder: 'e.g. livechat|1|1373|211',
		description: 'Connector, line ID, connector chat ID and connector user ID joined by |.',
	});

export const openLines: CatalogResource = {
	value: 'openLines',
	name: 'Open Line',
	description: 'Open line dialogs, sessions and operators (imopenlines methods)',
	operations: [
		{
			value: 'closeSession',
			name: 'Close Session',
			action: 'Close an open line session',
			description: 'Finish the dialog of an open line session',
			method: 'imopenlines.operator.finish',
			fields: [
				methodChoice(
					'closeAs',
					'Close As',
					[
						{ name: 'Chatbot', value: 'imopenlines.bot.session.finish' },
						{ name: 'Operator (Own Dialog)', value: 'imopenlines.operator.finish' },
						{
							name: "Supervisor (Another Operator's Dialog)",
							value: 'imopenlines.operator.another.finish',
						},
					],
					{
						default: 'imopenlines.operator.finish',
						description: 'Who finishes the dialog; each choice calls its own Bitrix24 method.',
					},
				),
				chatId,
				text('clientId', 'Bot Client ID', 'CLIENT_ID', {
					description:
						'Only when closing as Chatbot: the unique key chosen when the bot was registered. Required when the credential is an inbound webhook; applications leave it empty.',
				}),
			],
			output: { kind: 'success' },
			retrySafe: false,
			webhookRequires: {
				param: 'CLIENT_ID',
				field: 'Bot Client ID',
				methods: ['imopenlines.bot.session.finish'],
			},
		},
		chatAction(
			'startSession',
			'Start Session',
			'Start an open line session',
			'Start a new session in an open line chat',
			'imopenlines.session.start',
		),
		{
			value: 'openSession',
			name: 'Open Session by User Code',
			action: 'Open a session by user code',
			description: 'Get the chat of an open line client by its user code',
			method: 'imopenlines.session.open',
			fields: [userCode(true)],
			output: { kind: 'record' },
			retrySafe: true,
		},
		chatAction(
			'join',
			'Join',
			'Join an open line dialog',
			'Join an open line dialog as an operator',
			'imopenlines.session.join',
		),
		chatAction(
			'intercept',
			'Intercept',
			'Intercept an open line dialog',
			'Take over a dialog that another operator is handling',
			'imopenlines.session.intercept',
		),
		{
			value: 'getHistory',
			name: 'Get History',
			action: 'Get the history of a session',
			description: 'Get the messages and members of an open line session',
			method: 'imopenlines.session.history.get',
			fields: [
				integer('chatId', 'Chat ID', 'CHAT_ID', {
					description: 'ID of the open line chat. Give either this or Session ID.',
				}),
				integer('sessionId', 'Session ID', 'SESSION_ID', {
					description: 'ID of the session. Give either this or Chat ID.',
				}),
			],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'getDialog',
			name: 'Get Dialog',
			action: 'Get an open line dialog',
			description: 'Get an open line dialog by chat, dialog, session or user code',
			method: 'imopenlines.dialog.get',
			fields: [
				integer('chatId', 'Chat ID', 'CHAT_ID', {
					description: 'ID of the open line chat. Give one of the four identifiers.',
				}),
				text('dialogId', 'Dialog ID', 'DIALOG_ID', { placeholder: 'e.g. chat1777' }),
				integer('sessionId', 'Session ID', 'SESSION_ID'),
				userCode(false),
			],
			output: { kind: 'record' },
			retrySafe: true,
		},
		chatAction(
			'answer',
			'Answer',
			'Answer an open line dialog',
			'Take an incoming dialog as the current operator',
			'imopenlines.operator.answer',
		),
		chatAction(
			'skip',
			'Skip',
			'Skip an open line dialog',
			'Pass a dialog on to the next operator in the queue',
			'imopenlines.operator.skip',
		),
		chatAction(
			'markSpam',
			'Mark as Spam',
			'Mark an open line dialog as spam',
			'Mark an open line dialog as spam',
			'imopenlines.operator.spam',
		),
		{
			value: 'transfer',
			name: 'Transfer',
			action: 'Transfer an open line dialog',
			description: 'Transfer a dialog to another operator or line',
			method: 'imopenlines.operator.transfer',
			fields: [
				chatId,
				text('transferId', 'Transfer To', 'TRANSFER_ID', {
					required: true,
					placeholder: 'e.g. queue3',
					description: 'A user ID (e.g. 15) for an operator, or queue<ID> for an open line (e.g. queue3).',
				}),
			],
			output: { kind: 'success' },
			retrySafe: false,
		},
		{
			value: 'getCrmChats',
			name: 'Get CRM Chats',
			action: 'Get the chats of a CRM record',
			description: 'List the open line chats linked to a CRM record',
			method: 'imopenlines.crm.chat.get',
			fields: [
				choice('crmEntityType', 'CRM Entity Type', 'CRM_ENTITY_TYPE', [
					{ name: 'Company', value: 'company' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Deal', value: 'deal' },
					{ name: 'Lead', value: 'lead' },
				]),
				id('crmEntityId', 'CRM Entity ID', 'CRM_ENTITY', { placeholder: 'e.g. 1205' }),
				yesNo('activeOnly', 'Active Only', 'ACTIVE_ONLY', {
					default: true,
					description: 'Whether to return only the chats that are still active.',
				}),
			],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'pin',
			name: 'Pin',
			action: 'Pin an open line dialog',
			description: 'Pin a dialog to the current operator, or unpin it',
			method: 'imopenlines.session.mode.pin',
			fields: [
				chatId,
				yesNo('activate', 'Pin', 'ACTIVATE', { default: true, description: 'On pins the dialog, off unpins it.' }),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'pinAll',
			name: 'Pin All',
			action: 'Pin all dialogs of the operator',
			description: 'Pin every open dialog of the current operator; outputs the pinned session IDs',
			method: 'imopenlines.session.mode.pinAll',
			fields: [],
			output: { kind: 'rows', valueKey: 'sessionId' },
			retrySafe: true,
		},
		{
			value: 'unpinAll',
			name: 'Unpin All',
			action: 'Unpin all dialogs of the operator',
			description: 'Unpin every dialog of the current operator; outputs the unpinned session IDs',
			method: 'imopenlines.session.mode.unpinAll',
			fields: [],
			output: { kind: 'rows', valueKey: 'sessionId' },
			retrySafe: true,
		},
		{
			value: 'setSilent',
			name: 'Set Silent Mode',
			action: 'Set the silent mode of a dialog',
			description: 'Switch silent mode on or off: in silent mode operator messages do not reach the client',
			method: 'imopenlines.session.mode.silent',
			fields: [
				chatId,
				yesNo('activate', 'Silent', 'ACTIVATE', { default: true, description: 'On enables silent mode, off disables it.' }),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'rateAsHead',
			name: 'Rate as Supervisor',
			action: 'Rate an operator as supervisor',
			description: "Rate an operator's work in a session and comment on it as a supervisor",
			method: 'imopenlines.session.head.vote',
			fields: [
				id('sessionId', 'Session ID', 'SESSION_ID', { placeholder: 'e.g. 321' }),
				integer('rating', 'Rating', 'RATING', {
					typeOptions: { minValue: 0, maxValue: 5 },
					description: 'From 1 to 5. Leave 0 to only comment.',
				}),
				text('comment', 'Comment', 'COMMENT', { typeOptions: { rows: 2 } }),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'startSessionFromMessage',
			name: 'Start Session From Message',
			action: 'Start a new session from a message',
			description: 'Close the current session and start a new one from a message of the chat',
			method: 'imopenlines.message.session.start',
			fields: [chatId, id('messageId', 'Message ID', 'MESSAGE_ID', { placeholder: 'e.g. 19880117' })],
			output: { kind: 'success' },
			retrySafe: false,
		},
		{
			value: 'saveQuickAnswer',
			name: 'Save as Quick Answer',
			action: 'Save a message as a quick answer',
			description: 'Add a message of an open line chat to the quick answers of the line',
			method: 'imopenlines.message.quick.save',
			fields: [chatId, id('messageId', 'Message ID', 'MESSAGE_ID', { placeholder: 'e.g. 19880117' })],
			output: { kind: 'success' },
			retrySafe: false,
		},
		chatAction(
			'createLead',
			'Create Lead',
			'Create a lead from a dialog',
			'Create a CRM lead from the dialog (the current user must be its operator)',
			'imopenlines.crm.lead.create',
		),
	],
};
