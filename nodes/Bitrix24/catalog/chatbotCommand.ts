import { attach, botOperation, keyboard, menu, urlPreview } from './chatbot';
import { collection, id, json, text, yesNo } from './fields';
import type { CatalogResource } from './types';

const commandId = id('commandId', 'Command ID', 'COMMAND_ID', { placeholder: 'e.g. 99', description: 'ID of the command, as returned by Register.' });

const langDescription =
	'Title and parameter hint per language, e.g. [{"LANGUAGE_ID": "en", "TITLE": "Order status", "PARAMS": "order number"}].';

const handlerDescription = 'URL that receives the ONIMCOMMANDADD event when someone uses the command.';

export const chatbotCommand: CatalogResource = {
	value: 'chatbotCommand',
	name: 'Chatbot Command',
	description: 'Slash commands of a chatbot',
	operations: [
		botOperation({
			value: 'register',
			name: 'Register',
			action: 'Register a bot command',
			description: 'Register a command that users type as /command in chats',
			method: 'imbot.command.register',
			fields: [
				id('botId', 'Bot ID', 'BOT_ID', { placeholder: 'e.g. 39', description: 'ID of the bot the command belongs to.' }),
				text('command', 'Command', 'COMMAND', {
					required: true,
					placeholder: 'e.g. status',
					description: 'What users type after the slash: Latin letters and digits, no spaces.',
				}),
				text('eventCommandAdd', 'Event Handler URL', 'EVENT_COMMAND_ADD', {
					required: true,
					placeholder: 'e.g. https://example.com/bot/commands',
					description: handlerDescription,
				}),
				json('lang', 'Titles (JSON)', 'LANG', { required: true, default: '[{"LANGUAGE_ID": "en", "TITLE": ""}]', description: langDescription }),
				collection('additionalFields', 'Additional Fields', [
					yesNo('common', 'Available in All Chats', 'COMMON', { description: 'Whether the command works in every chat, not only where the bot is.' }),
					yesNo('hidden', 'Hidden', 'HIDDEN', { description: 'Whether the command is left out of the command list.' }),
					yesNo('extranetSupport', 'Available to Extranet Users', 'EXTRANET_SUPPORT'),
				]),
			],
			output: { kind: 'value', key: 'COMMAND_ID' },
			retrySafe: false,
		}),
		botOperation({
			value: 'unregister',
			name: 'Unregister',
			action: 'Unregister a bot command',
			description: 'Remove a command of a chatbot',
			method: 'imbot.command.unregister',
			fields: [commandId],
			output: { kind: 'success' },
			retrySafe: true,
		}),
		botOperation({
			value: 'update',
			name: 'Update',
			action: 'Update a bot command',
			description: 'Change the text, handler, visibility or titles of a command',
			method: 'imbot.command.update',
			fields: [
				commandId,
				collection('updateFields', 'Update Fields', [
					text('command', 'Command', 'FIELDS.COMMAND'),
					text('eventCommandAdd', 'Event Handler URL', 'FIELDS.EVENT_COMMAND_ADD', { description: handlerDescription }),
					yesNo('hidden', 'Hidden', 'FIELDS.HIDDEN'),
					yesNo('extranetSupport', 'Available to Extranet Users', 'FIELDS.EXTRANET_SUPPORT'),
					json('lang', 'Titles (JSON)', 'FIELDS.LANG', { description: langDescription }),
				]),
			],
			output: { kind: 'success' },
			retrySafe: true,
		}),
		botOperation({
			value: 'answer',
			name: 'Answer',
			action: 'Answer a bot command',
			description: 'Post the answer to a command in the dialog where it was used',
			method: 'imbot.command.answer',
			fields: [
				commandId,
				id('messageId', 'Message ID', 'MESSAGE_ID', {
					placeholder: 'e.g. 33878',
					description: 'ID of the message that carried the command, from the ONIMCOMMANDADD event.',
				}),
				text('message', 'Message', 'MESSAGE', { required: true, typeOptions: { rows: 4 } }),
				collection('additionalFields', 'Additional Fields', [
					attach,
					keyboard,
					menu,
					yesNo('system', 'System Message', 'SYSTEM', { description: 'Whether the answer is shown as a system message.' }),
					urlPreview,
				]),
			],
			output: { kind: 'value', key: 'MESSAGE_ID' },
			retrySafe: false,
		}),
	],
};
