import type { INodePropertyOptions } from 'n8n-workflow';

import { choice, collection, id, idList, integer, json, recordLocator, text, yesNo } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

const clientId = text('clientId', 'Bot Client ID', 'CLIENT_ID', {
	description:
		'The unique key chosen when the bot was registered (for Register, the key you choose now). Required when the credential is an inbound webhook; applications leave it empty.',
});

const op = (operation: CatalogOperation): CatalogOperation => ({
	...operation,
	fields: [...operation.fields, clientId],
	webhookRequires: { param: 'CLIENT_ID', field: 'Bot Client ID' },
});

const botId = id('botId', 'Bot ID', 'BOT_ID', {
	placeholder: 'e.g. 39',
	description: 'ID of the bot, as returned by Register or Get Many.',
});

const actingBotId = integer('botId', 'Bot ID', 'BOT_ID', {
	description:
		'ID of the bot that acts. Leave 0 to use the first bot the application registered.',
});

const COLORS: INodePropertyOptions[] = [
	['Aqua', 'AQUA'],
	['Azure', 'AZURE'],
	['Brown', 'BROWN'],
	['Dark Blue', 'DARK_BLUE'],
	['Graphite', 'GRAPHITE'],
	['Gray', 'GRAY'],
	['Green', 'GREEN'],
	['Khaki', 'KHAKI'],
	['Light Blue', 'LIGHT_BLUE'],
	['Lime', 'LIME'],
	['Marengo', 'MARENGO'],
	['Mint', 'MINT'],
	['Pink', 'PINK'],
	['Purple', 'PURPLE'],
	['Red', 'RED'],
	['Sand', 'SAND'],
].map(([name, value]) => ({ name, value }));

const EVENT_URLS: Array<[string, string, string, string]> = [
	['eventMessageAdd', 'Message Added URL', 'EVENT_MESSAGE_ADD', 'ONIMBOTMESSAGEADD'],
	['eventWelcomeMessage', 'Bot Joined Chat URL', 'EVENT_WELCOME_MESSAGE', 'ONIMBOTJOINCHAT'],
	['eventBotDelete', 'Bot Deleted URL', 'EVENT_BOT_DELETE', 'ONIMBOTDELETE'],
	['eventMessageUpdate', 'Message Updated URL', 'EVENT_MESSAGE_UPDATE', 'ONIMBOTMESSAGEUPDATE'],
	['eventMessageDelete', 'Message Deleted URL', 'EVENT_MESSAGE_DELETE', 'ONIMBOTMESSAGEDELETE'],
];

const eventUrls = (prefix: string): CatalogField[] =>
	EVENT_URLS.map(([name, displayName, param, event]) =>
		text(name, displayName, `${prefix}${param}`, {
			placeholder: 'e.g. https://example.com/bot/events',
			description: `URL that receives the ${event} event. Ignored when Event Handler URL is set.`,
		}),
	);

const eventHandler = (prefix: string): CatalogField =>
	text('eventHandler', 'Event Handler URL', `${prefix}EVENT_HANDLER`, {
		placeholder: 'e.g. https://example.com/bot/events',
		description:
			'One URL for all bot events. When set, Bitrix24 copies it over every separate event URL; leave it empty to give each event its own URL.',
	});

const profile = (prefix: string): CatalogField[] => [
	text('lastName', 'Last Name', `${prefix}LAST_NAME`),
	choice('color', 'Color', `${prefix}COLOR`, COLORS, {
		description: 'Color of the bot in the mobile app.',
	}),
	text('email', 'Email', `${prefix}EMAIL`, {
		placeholder: 'e.g. name@email.com',
		description: 'Contact email; it must not belong to a real user of the portal.',
	}),
	text('birthday', 'Birthday', `${prefix}PERSONAL_BIRTHDAY`, {
		placeholder: 'e.g. 2024-01-31',
		description: 'Birthday in YYYY-MM-DD format.',
	}),
	text('workPosition', 'Work Position', `${prefix}WORK_POSITION`, {
		description: 'Position or short description shown in the bot profile.',
	}),
	text('website', 'Website', `${prefix}PERSONAL_WWW`, { placeholder: 'e.g. https://example.com' }),
	choice('gender', 'Gender', `${prefix}PERSONAL_GENDER`, [
		{ name: 'Female', value: 'F' },
		{ name: 'Male', value: 'M' },
	]),
];

export const chatbot: CatalogResource = {
	value: 'chatbot',
	name: 'Chatbot',
	description: 'Chatbots of the application (classic imbot methods)',
	operations: [
		op({
			value: 'register',
			name: 'Register',
			action: 'Register a chatbot',
			description: 'Register a chatbot and the URLs that receive its events',
			method: 'imbot.register',
			fields: [
				text('code', 'Code', 'CODE', {
					required: true,
					placeholder: 'e.g. support_bot',
					description: 'String code of the bot, unique within the portal.',
				}),
				eventHandler(''),
				text('name', 'Name', 'PROPERTIES.NAME', { required: true, placeholder: 'e.g. Support Bot' }),
				collection('additionalFields', 'Additional Fields', [
					choice(
						'type',
						'Bot Type',
						'TYPE',
						[
							{ name: 'Human (Shows Typing First)', value: 'H' },
							{ name: 'Open Lines', value: 'O' },
							{ name: 'Standard', value: 'B' },
							{ name: 'Supervisor (Reads All Messages)', value: 'S' },
						],
						{ default: 'B' },
					),
					yesNo('openline', 'Open Lines Support', 'OPENLINE', {
						description: 'Whether the bot works in open lines; always on for the Open Lines type.',
					}),
					...profile('PROPERTIES.'),
					...eventUrls(''),
				]),
			],
			output: { kind: 'value', key: 'BOT_ID' },
			retrySafe: false,
		}),
		op({
			value: 'unregister',
			name: 'Unregister',
			action: 'Unregister a chatbot',
			description: 'Unregister a chatbot of the application',
			method: 'imbot.unregister',
			fields: [botId],
			output: { kind: 'success' },
			retrySafe: true,
		}),
		op({
			value: 'update',
			name: 'Update',
			action: 'Update a chatbot',
			description: 'Change the code, profile or event URLs of a chatbot',
			method: 'imbot.update',
			fields: [
				botId,
				collection('updateFields', 'Update Fields', [
					text('code', 'Code', 'FIELDS.CODE'),
					eventHandler('FIELDS.'),
					text('name', 'Name', 'FIELDS.PROPERTIES.NAME'),
					...profile('FIELDS.PROPERTIES.'),
					...eventUrls('FIELDS.'),
				]),
				json('fieldsJson', 'Fields (JSON)', 'FIELDS', {
					description:
						'Any further fields as a JSON object, e.g. {"PROPERTIES": {"PERSONAL_PHOTO": "<Base64 image>"}}; merged last, so it wins over the fields above.',
				}),
			],
			output: { kind: 'success' },
			retrySafe: true,
		}),
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many chatbots',
			description: 'List the chatbots registered on the portal',
			method: 'imbot.bot.list',
			fields: [],
			output: { kind: 'rows' },
			retrySafe: true,
		},
	],
};

const messageId = id('messageId', 'Message ID', 'MESSAGE_ID', { placeholder: 'e.g. 19880117' });

const attach = json('attach', 'Attachment (JSON)', 'ATTACH', {
	default: '',
	description:
		'Attachment blocks, e.g. {"BLOCKS": [{"MESSAGE": "Order shipped"}, {"LINK": {"NAME": "Track", "LINK": "https://example.com"}}]}.',
});

const keyboard = json('keyboard', 'Keyboard (JSON)', 'KEYBOARD', {
	default: '',
	description:
		'Buttons under the message, e.g. [{"TEXT": "Open site", "LINK": "https://example.com"}, {"TYPE": "NEWLINE"}].',
});

const menu = json('menu', 'Menu (JSON)', 'MENU', {
	default: '',
	description: 'Extra context-menu items, e.g. [{"TEXT": "Help", "LINK": "https://example.com/help"}].',
});

const urlPreview = yesNo('urlPreview', 'URL Preview', 'URL_PREVIEW', {
	default: true,
	description: 'Whether links in the message are shown as rich preview cards.',
});

export const chatbotMessage: CatalogResource = {
	value: 'chatbotMessage',
	name: 'Chatbot Message',
	description: 'Messages sent by a chatbot',
	operations: [
		op({
			value: 'send',
			name: 'Send',
			action: 'Send a message as a bot',
			description: 'Send a message as a chatbot to a user or a chat',
			method: 'imbot.message.add',
			fields: [
				actingBotId,
				text('dialogId', 'Dialog ID', 'DIALOG_ID', {
					required: true,
					placeholder: 'e.g. chat42',
					description:
						'Recipient: a user ID (e.g. 15) for a private dialog, or chat<ID> for a group chat (e.g. chat42).',
				}),
				text('message', 'Message', 'MESSAGE', { required: true, typeOptions: { rows: 4 } }),
				collection('additionalFields', 'Additional Fields', [
					attach,
					keyboard,
					menu,
					yesNo('system', 'System Message', 'SYSTEM', {
						description: 'Whether the message is shown as a system message.',
					}),
					urlPreview,
				]),
			],
			output: { kind: 'value', key: 'MESSAGE_ID' },
			retrySafe: false,
		}),
		op({
			value: 'update',
			name: 'Update',
			action: 'Update a bot message',
			description: 'Change a message the chatbot sent in the last three days',
			method: 'imbot.message.update',
			fields: [
				actingBotId,
				messageId,
				collection('updateFields', 'Update Fields', [
					text('message', 'Message', 'MESSAGE', {
						typeOptions: { rows: 4 },
						description: 'New text of the message. An empty text deletes the message.',
					}),
					attach,
					keyboard,
					menu,
					urlPreview,
				]),
			],
			output: { kind: 'success' },
			retrySafe: true,
		}),
		op({
			value: 'delete',
			name: 'Delete',
			action: 'Delete a bot message',
			description: 'Delete a message the chatbot sent',
			method: 'imbot.message.delete',
			fields: [
				actingBotId,
				messageId,
				yesNo('complete', 'Delete Completely', 'COMPLETE', {
					description: 'Whether to remove the message without leaving a "message deleted" mark.',
				}),
			],
			output: { kind: 'deleted' },
			retrySafe: true,
		}),
	],
};

const chatId = recordLocator('chatId', 'Chat', 'CHAT_ID', 'chat');

const userIds = (name: string, displayName: string, required: boolean): CatalogField =>
	idList(name, displayName, 'USERS', {
		required,
		placeholder: 'e.g. 1, 15',
		description: 'Comma-separated IDs of the users.',
	});

const entityType = (required: boolean): CatalogField =>
	text('entityType', 'Entity Type', 'ENTITY_TYPE', {
		required,
		placeholder: 'e.g. ORDER',
		description: 'Type of the external object the chat is bound to, chosen freely at creation.',
	});

const entityId = (required: boolean): CatalogField =>
	text('entityId', 'Entity ID', 'ENTITY_ID', {
		required,
		placeholder: 'e.g. 13',
		description: 'ID of the external object within Entity Type.',
	});

export const chatbotChat: CatalogResource = {
	value: 'chatbotChat',
	name: 'Chatbot Chat',
	description: 'Group chats a chatbot creates and takes part in',
	operations: [
		op({
			value: 'create',
			name: 'Create',
			action: 'Create a chat as a bot',
			description: 'Create a group chat on behalf of a chatbot',
			method: 'imbot.chat.add',
			fields: [
				actingBotId,
				text('title', 'Title', 'TITLE', { placeholder: 'e.g. Order 1024' }),
				collection('additionalFields', 'Additional Fields', [
					choice(
						'type',
						'Chat Type',
						'TYPE',
						[
							{ name: 'Closed', value: 'CHAT' },
							{ name: 'Open', value: 'OPEN' },
						],
						{ description: 'Open chats can be found and joined by any user.' },
					),
					text('description', 'Description', 'DESCRIPTION'),
					choice('color', 'Color', 'COLOR', COLORS, {
						description: 'Color of the chat in the mobile app.',
					}),
					text('message', 'Welcome Message', 'MESSAGE'),
					userIds('users', 'Member IDs', false),
					entityType(false),
					entityId(false),
				]),
			],
			output: { kind: 'value', key: 'CHAT_ID' },
			retrySafe: false,
		}),
		{
			value: 'get',
			name: 'Get',
			action: 'Get a chat by its entity',
			description: 'Get the ID of the chat bound to an external object',
			method: 'imbot.chat.get',
			fields: [entityType(true), entityId(true)],
			output: { kind: 'record' },
			retrySafe: true,
		},
		op({
			value: 'addUsers',
			name: 'Add Users',
			action: 'Add users to a chat',
			description: 'Add users to a chat the chatbot is in',
			method: 'imbot.chat.user.add',
			fields: [
				chatId,
				userIds('users', 'User IDs', true),
				yesNo('hideHistory', 'Hide History', 'HIDE_HISTORY', {
					default: true,
					description: 'Whether the new members cannot see the messages sent before they joined.',
				}),
				actingBotId,
			],
			output: { kind: 'success' },
			retrySafe: true,
		}),
		op({
			value: 'removeUser',
			name: 'Remove User',
			action: 'Remove a user from a chat',
			description: 'Remove a user from a chat the chatbot is in',
			method: 'imbot.chat.user.delete',
			fields: [chatId, id('userId', 'User ID', 'USER_ID'), actingBotId],
			output: { kind: 'success' },
			retrySafe: true,
		}),
		op({
			value: 'getUsers',
			name: 'Get Users',
			action: 'Get the users of a chat',
			description: 'List the IDs of the members of a chat',
			method: 'imbot.chat.user.list',
			fields: [chatId, actingBotId],
			output: { kind: 'rows', valueKey: 'USER_ID' },
			retrySafe: true,
		}),
		op({
			value: 'leave',
			name: 'Leave',
			action: 'Leave a chat',
			description: 'Make the chatbot leave a chat',
			method: 'imbot.chat.leave',
			fields: [chatId, actingBotId],
			output: { kind: 'success' },
			retrySafe: true,
		}),
	],
};

export { attach, COLORS as CHAT_COLORS, keyboard, menu, op as botOperation, urlPreview };
