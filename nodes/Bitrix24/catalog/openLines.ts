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
	],
};
