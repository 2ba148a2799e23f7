import { choice, collection, flag, id, integer, json, text, yesNo } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

const botToken = text('botToken', 'Bot Token', 'botToken', {
	typeOptions: { password: true },
	description:
		'The token chosen when the bot was registered. Required when the credential is an inbound webhook; applications leave it empty.',
});

/** Every imbot.v2 call but Register names its bot's token at the top level when it comes through a webhook. */
const op = (operation: CatalogOperation): CatalogOperation => ({
	...operation,
	fields: [...operation.fields, botToken],
	webhookRequires: { param: 'botToken', field: 'Bot Token' },
});

const botId = id('botId', 'Bot ID', 'botId', { placeholder: 'e.g. 456', description: 'ID of the bot, as returned by Register or Get Many.' });

const messageId = id('messageId', 'Message ID', 'messageId', { placeholder: 'e.g. 789' });

const BOT_TYPES = [
	{ name: 'Bot (Answers Mentions and Private Messages)', value: 'bot' },
	{ name: 'Open Lines', value: 'openline' },
	{ name: 'Personal Assistant (Sees All Messages)', value: 'personal' },
	{ name: 'Supervisor (Sees All Messages)', value: 'supervisor' },
];

const BACKGROUNDS = ['azure', 'cornflower', 'frost', 'mint', 'peach', 'sky', 'slate', 'steel', 'teal'].map((value) => ({
	name: value.charAt(0).toUpperCase() + value.slice(1),
	value,
}));

const settings = (prefix: string): CatalogField[] => [
	text('lastName', 'Last Name', `${prefix}properties.lastName`),
	text('workPosition', 'Work Position', `${prefix}properties.workPosition`, { description: 'Shown in the bot profile.' }),
	choice('gender', 'Gender', `${prefix}properties.gender`, [
		{ name: 'Female', value: 'F' },
		{ name: 'Male', value: 'M' },
	]),
	choice(
		'eventMode',
		'Event Mode',
		`${prefix}eventMode`,
		[
			{ name: 'Fetch (Bot Polls for Events)', value: 'fetch' },
			{ name: 'Webhook (Events Posted to a URL)', value: 'webhook' },
		],
		{ description: 'How the bot receives its events; Webhook needs Webhook URL.' },
	),
	text('webhookUrl', 'Webhook URL', `${prefix}webhookUrl`, { placeholder: 'e.g. https://example.com/bot/events' }),
	flag('isHidden', 'Hidden', `${prefix}isHidden`, { description: 'Whether the bot is left out of the contact list.' }),
	flag('isReactionsEnabled', 'Reactions Enabled', `${prefix}isReactionsEnabled`, { default: true }),
	flag('isSupportOpenline', 'Open Lines Support', `${prefix}isSupportOpenline`),
	choice('backgroundId', 'Chat Background', `${prefix}backgroundId`, BACKGROUNDS),
];

const messageContent = (withFlags: boolean): CatalogField[] => [
	json('attach', 'Attachment (JSON)', 'fields.attach', {
		default: '',
		description: 'Attachment blocks, e.g. [{"MESSAGE": "Order shipped"}, {"LINK": {"NAME": "Track", "LINK": "https://example.com"}}].',
	}),
	json('keyboard', 'Keyboard (JSON)', 'fields.keyboard', {
		default: '',
		description: 'Buttons under the message, e.g. [{"TEXT": "Open site", "LINK": "https://example.com"}].',
	}),
	...(withFlags
		? [
				flag('system', 'System Message', 'fields.system', { description: 'Whether the message is shown as a system message.' }),
				flag('urlPreview', 'URL Preview', 'fields.urlPreview', { default: true, description: 'Whether links become preview cards.' }),
				integer('replyId', 'Reply to Message ID', 'fields.replyId', { description: 'ID of the message the bot answers.' }),
			]
		: [yesNo('urlPreview', 'URL Preview', 'fields.urlPreview', { default: true, description: 'Whether links become preview cards.' })]),
];

export const chatbotV2: CatalogResource = {
	value: 'chatbotV2',
	name: 'Chatbot (V2)',
	description: 'Chatbots through the imbot.v2 methods',
	operations: [
		{
			value: 'register',
			name: 'Register',
			action: 'Register a chatbot (V2)',
			description: 'Register a chatbot with the imbot.v2 methods; registering an existing code returns that bot',
			method: 'imbot.v2.Bot.register',
			fields: [
				text('code', 'Code', 'fields.code', { required: true, placeholder: 'e.g. support_bot', description: 'Code of the bot, unique within the application.' }),
				text('name', 'Name', 'fields.properties.name', { required: true, placeholder: 'e.g. Support Bot' }),
				text('newBotToken', 'Bot Token', 'fields.botToken', {
					typeOptions: { password: true },
					description:
						'A secret of at most 40 characters you choose; webhook calls name the bot by it. Required when the credential is an inbound webhook.',
				}),
				collection('additionalFields', 'Additional Fields', [
					choice('type', 'Bot Type', 'fields.type', BOT_TYPES, { default: 'bot' }),
					...settings('fields.'),
				]),
			],
			output: { kind: 'record', path: 'bot' },
			retrySafe: false,
		},
		op({
			value: 'get',
			name: 'Get',
			action: 'Get a chatbot (V2)',
			description: 'Get a chatbot and its counters',
			method: 'imbot.v2.Bot.get',
			fields: [botId],
			output: { kind: 'record', path: 'bot' },
			retrySafe: true,
		}),
		op({
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many chatbots (V2)',
			description: 'List the chatbots of the application',
			method: 'imbot.v2.Bot.list',
			fields: [
				choice('type', 'Bot Type', 'filter.type', [{ name: 'Any', value: '' }, ...BOT_TYPES], { description: 'Only bots of this type.' }),
				integer('limit', 'Limit', 'limit', { default: 50, typeOptions: { minValue: 1 }, description: 'Max number of bots to return.' }),
				integer('offset', 'Offset', 'offset', { description: 'How many bots to skip.' }),
			],
			output: { kind: 'rows', path: 'bots' },
			retrySafe: true,
		}),
		op({
			value: 'update',
			name: 'Update',
			action: 'Update a chatbot (V2)',
			description: 'Change the profile, event delivery or token of a chatbot',
			method: 'imbot.v2.Bot.update',
			fields: [
				botId,
				collection('updateFields', 'Update Fields', [
					text('name', 'Name', 'fields.properties.name'),
					...settings('fields.'),
					text('newBotToken', 'New Bot Token', 'fields.botToken', {
						typeOptions: { password: true },
						description: 'Replaces the token; the old one stops working at once.',
					}),
				]),
			],
			output: { kind: 'record', path: 'bot' },
			retrySafe: true,
		}),
		op({
			value: 'unregister',
			name: 'Unregister',
			action: 'Unregister a chatbot (V2)',
			description: 'Delete a chatbot',
			method: 'imbot.v2.Bot.unregister',
			fields: [botId],
			output: { kind: 'success' },
			retrySafe: true,
		}),
		op({
			value: 'sendMessage',
			name: 'Send Message',
			action: 'Send a message as a chatbot (V2)',
			description: 'Send a message as a chatbot to a chat it is in or to a user',
			method: 'imbot.v2.Chat.Message.send',
			fields: [
				botId,
				text('dialogId', 'Dialog ID', 'dialogId', {
					required: true,
					placeholder: 'e.g. chat42',
					description: 'A chat as chat<ID> (e.g. chat42), or a user ID (e.g. 15) for a private dialog.',
				}),
				text('message', 'Message', 'fields.message', { required: true, typeOptions: { rows: 4 } }),
				collection('additionalFields', 'Additional Fields', messageContent(true)),
			],
			output: { kind: 'record' },
			retrySafe: false,
		}),
		op({
			value: 'updateMessage',
			name: 'Update Message',
			action: 'Update a chatbot message (V2)',
			description: 'Change a message the chatbot sent',
			method: 'imbot.v2.Chat.Message.update',
			fields: [
				botId,
				messageId,
				collection('updateFields', 'Update Fields', [text('message', 'Message', 'fields.message', { typeOptions: { rows: 4 } }), ...messageContent(false)]),
			],
			output: { kind: 'success' },
			retrySafe: true,
		}),
		op({
			value: 'deleteMessage',
			name: 'Delete Message',
			action: 'Delete a chatbot message (V2)',
			description: 'Delete a message the chatbot sent',
			method: 'imbot.v2.Chat.Message.delete',
			fields: [
				botId,
				messageId,
				flag('complete', 'Delete Completely', 'complete', { description: 'Whether to remove the message without a "message deleted" mark.' }),
			],
			output: { kind: 'deleted' },
			retrySafe: true,
		}),
	],
};

const commandId = id('commandId', 'Command ID', 'commandId', { placeholder: 'e.g. 42', description: 'ID of the command, as returned by Register or Get Many.' });

const titles = (to: string): CatalogField =>
	json('title', 'Titles (JSON)', to, {
		default: '',
		description: 'Title per two-letter language code, shown in the command list, e.g. {"en": "Order status", "de": "Bestellstatus"}.',
	});

const hints = (to: string): CatalogField =>
	json('params', 'Parameter Hints (JSON)', to, {
		default: '',
		description: 'Hint for the arguments per language, e.g. {"en": "order number"}.',
	});

const commandFlags = (prefix: string): CatalogField[] => [
	flag('common', 'Available in All Chats', `${prefix}common`, { description: 'Whether the command works in every chat, not only where the bot is.' }),
	flag('hidden', 'Hidden', `${prefix}hidden`, { description: 'Whether the command is left out of the command list (then no title is needed).' }),
	flag('extranetSupport', 'Available to Extranet Users', `${prefix}extranetSupport`),
];

export const chatbotCommandV2: CatalogResource = {
	value: 'chatbotCommandV2',
	name: 'Chatbot Command (V2)',
	description: 'Slash commands of a chatbot through the imbot.v2 methods',
	operations: [
		op({
			value: 'register',
			name: 'Register',
			action: 'Register a bot command (V2)',
			description: 'Register a command users type as /command; the bot gets ONIMBOTV2COMMANDADD events',
			method: 'imbot.v2.Command.register',
			fields: [
				botId,
				text('command', 'Command', 'fields.command', { required: true, placeholder: 'e.g. status', description: 'The command without the slash.' }),
				titles('fields.title'),
				collection('additionalFields', 'Additional Fields', [hints('fields.params'), ...commandFlags('fields.')]),
			],
			output: { kind: 'record', path: 'command' },
			retrySafe: false,
		}),
		op({
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many bot commands (V2)',
			description: 'List the commands of a chatbot',
			method: 'imbot.v2.Command.list',
			fields: [botId],
			output: { kind: 'rows', path: 'commands' },
			retrySafe: true,
		}),
		op({
			value: 'update',
			name: 'Update',
			action: 'Update a bot command (V2)',
			description: 'Change the text, titles or availability of a command; a title of null removes that language',
			method: 'imbot.v2.Command.update',
			fields: [
				botId,
				commandId,
				collection('updateFields', 'Update Fields', [
					text('command', 'Command', 'fields.command', { description: 'New command without the slash.' }),
					titles('fields.title'),
					hints('fields.params'),
					...commandFlags('fields.'),
				]),
			],
			output: { kind: 'record', path: 'command' },
			retrySafe: true,
		}),
		op({
			value: 'unregister',
			name: 'Unregister',
			action: 'Unregister a bot command (V2)',
			description: 'Remove a command of a chatbot',
			method: 'imbot.v2.Command.unregister',
			fields: [botId, commandId],
			output: { kind: 'success' },
			retrySafe: true,
		}),
		op({
			value: 'answer',
			name: 'Answer',
			action: 'Answer a bot command (V2)',
			description: 'Post the answer to a command in the dialog where it was used',
			method: 'imbot.v2.Command.answer',
			fields: [
				botId,
				commandId,
				id('messageId', 'Message ID', 'messageId', { placeholder: 'e.g. 789', description: 'ID of the message that carried the command, from the event.' }),
				text('dialogId', 'Dialog ID', 'dialogId', {
					required: true,
					placeholder: 'e.g. chat42',
					description: 'Where the command was used: chat<ID> for a chat, or the user ID for a private dialog.',
				}),
				text('message', 'Message', 'fields.message', { required: true, typeOptions: { rows: 4 } }),
				collection('additionalFields', 'Additional Fields', messageContent(true).filter((field) => field.property.name !== 'replyId')),
			],
			output: { kind: 'success' },
			retrySafe: false,
		}),
	],
};

export { botId as botV2Id, op as botV2Operation };
