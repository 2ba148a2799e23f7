import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable, Prepared } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const TOKEN = 'support-bot-token-1';

/** A v2 bot of the default application with a bot token, so both applications and webhooks own it. */
function withBot(emulator: Emulator, code = 'support_bot', name = 'Support'): Prepared {
	const { result } = emulator.seed.call('imbot.v2.Bot.register', {
		fields: { code, botToken: `${code}-token`, properties: { name }, type: 'bot' },
	});
	return { botId: ((result as IDataObject).bot as IDataObject).id as number, botToken: `${code}-token` };
}

/** The bot in a chat with user 1, where it already posted a message. */
function withMessage(emulator: Emulator): Prepared {
	const prepared = withBot(emulator);
	const chatId = emulator.seed.call('imbot.chat.add', { BOT_ID: prepared.botId, TITLE: 'Help desk', USERS: [1] }).result as number;
	const sent = emulator.seed.call('imbot.v2.Chat.Message.send', { botId: prepared.botId, dialogId: `chat${chatId}`, fields: { message: 'How can I help?' } }).result as IDataObject;
	return { ...prepared, chatId, messageId: sent.id as number };
}

function withCommand(emulator: Emulator): Prepared {
	const prepared = withMessage(emulator);
	const { result } = emulator.seed.call('imbot.v2.Command.register', {
		botId: prepared.botId,
		fields: { command: 'status', title: { en: 'Order status' }, params: { en: 'order number' } },
	});
	return { ...prepared, commandId: ((result as IDataObject).command as IDataObject).id as number };
}

function commandOf(emulator: Emulator, commandId: unknown) {
	return emulator.state.im.commands.get(commandId as number);
}

export const chatbotV2Cases: CaseTable = {
	'chatbotV2.register': {
		parameters: () => ({
			code: 'faq_bot',
			name: 'FAQ',
			newBotToken: TOKEN,
			additionalFields: { type: 'supervisor', eventMode: 'webhook', webhookUrl: 'https://example.com/bot/v2', workPosition: 'Answers questions', isHidden: true },
		}),
		sent: () => ({
			fields: {
				code: 'faq_bot',
				botToken: TOKEN,
				type: 'supervisor',
				eventMode: 'webhook',
				webhookUrl: 'https://example.com/bot/v2',
				isHidden: true,
				properties: { name: 'FAQ', workPosition: 'Answers questions' },
			},
		}),
		output: (items, _prepared, emulator) => {
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ code: 'faq_bot', type: 'supervisor', eventMode: 'webhook', isHidden: true, countMessage: 0 });
			const bot = emulator.state.im.bots.get(items[0].json.id as number);
			expect(bot).toMatchObject({ botToken: TOKEN, type: 'S' });
			expect(emulator.state.users.get(bot?.id as number)).toMatchObject({ name: 'FAQ', workPosition: 'Answers questions', isBot: true });
		},
	},
	'chatbotV2.get': {
		setup: (emulator) => withMessage(emulator),
		parameters: ({ botId, botToken }) => ({ botId: String(botId), botToken: String(botToken) }),
		sent: ({ botId, botToken }) => ({ botId, botToken }),
		output: (items, { botId }) => {
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ id: botId, code: 'support_bot', type: 'bot', eventMode: 'fetch', countMessage: 1, countChat: 1 });
		},
	},
	'chatbotV2.getAll': {
		setup: (emulator) => {
			const first = withBot(emulator, 'first_bot', 'First');
			emulator.seed.call('imbot.v2.Bot.register', { fields: { code: 'watcher', type: 'supervisor', properties: { name: 'Watcher' } } });
			return first;
		},
		parameters: ({ botToken }) => ({ type: 'bot', botToken: String(botToken) }),
		sent: ({ botToken }) => ({ filter: { type: 'bot' }, botToken }),
		output: (items, { botId }) => expect(json(items)).toMatchObject([{ id: botId, code: 'first_bot', type: 'bot' }]),
	},
	'chatbotV2.update': {
		setup: (emulator) => withBot(emulator),
		parameters: ({ botId, botToken }) => ({
			botId: String(botId),
			botToken: String(botToken),
			updateFields: { name: 'Support 24/7', isReactionsEnabled: false, backgroundId: 'mint' },
		}),
		sent: ({ botId, botToken }) => ({
			botId,
			botToken,
			fields: { properties: { name: 'Support 24/7' }, isReactionsEnabled: false, backgroundId: 'mint' },
		}),
		output: (items, { botId }, emulator) => {
			expect(items[0].json).toMatchObject({ id: botId, isReactionsEnabled: false, backgroundId: 'mint' });
			expect(emulator.state.users.fullName(botId as number)).toBe('Support 24/7');
		},
	},
	'chatbotV2.unregister': {
		setup: (emulator) => withBot(emulator),
		parameters: ({ botId, botToken }) => ({ botId: String(botId), botToken: String(botToken) }),
		sent: ({ botId, botToken }) => ({ botId, botToken }),
		output: (items, { botId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.im.bots.has(botId as number)).toBe(false);
		},
	},
	'chatbotV2.sendMessage': {
		setup: (emulator) => withMessage(emulator),
		parameters: ({ botId, botToken, chatId, messageId }) => ({
			botId: String(botId),
			botToken: String(botToken),
			dialogId: `chat${chatId}`,
			message: 'Here is the manual',
			additionalFields: { attach: '[{"LINK": {"NAME": "Manual", "LINK": "https://example.com/manual"}}]', replyId: Number(messageId), urlPreview: false },
		}),
		sent: ({ botId, botToken, chatId, messageId }) => ({
			botId,
			botToken,
			dialogId: `chat${chatId}`,
			fields: {
				message: 'Here is the manual',
				attach: [{ LINK: { NAME: 'Manual', LINK: 'https://example.com/manual' } }],
				replyId: messageId,
				urlPreview: false,
			},
		}),
		output: (items, { botId, chatId, messageId }, emulator) => {
			expect(items).toHaveLength(1);
			const sentId = items[0].json.id;
			expect(items[0].json.uuidMap).toEqual({});
			const { messages } = emulator.seed.call('im.dialog.messages.get', { DIALOG_ID: `chat${chatId}` }).result as { messages: IDataObject[] };
			expect(messages[0]).toMatchObject({ id: sentId, author_id: botId, text: 'Here is the manual', params: { REPLY_ID: messageId, URL_PREVIEW: 'N' } });
		},
	},
	'chatbotV2.updateMessage': {
		setup: (emulator) => withMessage(emulator),
		parameters: ({ botId, botToken, messageId }) => ({
			botId: String(botId),
			botToken: String(botToken),
			messageId: String(messageId),
			updateFields: { message: 'How can I help you today?', urlPreview: false },
		}),
		sent: ({ botId, botToken, messageId }) => ({ botId, botToken, messageId, fields: { message: 'How can I help you today?', urlPreview: 'N' } }),
		output: (items, { messageId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.im.messages.get(messageId as number)).toMatchObject({ text: 'How can I help you today?', params: { URL_PREVIEW: 'N' } });
		},
	},
	'chatbotV2.deleteMessage': {
		setup: (emulator) => withMessage(emulator),
		parameters: ({ botId, botToken, messageId }) => ({ botId: String(botId), botToken: String(botToken), messageId: String(messageId), complete: true }),
		sent: ({ botId, botToken, messageId }) => ({ botId, botToken, messageId, complete: true }),
		output: (items, { messageId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(emulator.state.im.messages.has(messageId as number)).toBe(false);
		},
	},
	'chatbotCommandV2.register': {
		setup: (emulator) => withBot(emulator),
		parameters: ({ botId, botToken }) => ({
			botId: String(botId),
			botToken: String(botToken),
			command: 'track',
			title: '{"en": "Track a parcel", "de": "Paket verfolgen"}',
			additionalFields: { params: '{"en": "tracking number"}', common: true },
		}),
		sent: ({ botId, botToken }) => ({
			botId,
			botToken,
			fields: { command: 'track', title: { en: 'Track a parcel', de: 'Paket verfolgen' }, params: { en: 'tracking number' }, common: true },
		}),
		output: (items, { botId }, emulator) => {
			expect(json(items)).toEqual([{ id: expect.any(Number), botId, command: '/track', common: true, hidden: false, extranetSupport: false }]);
			expect(commandOf(emulator, items[0].json.id)?.lang).toEqual([
				{ LANGUAGE_ID: 'en', TITLE: 'Track a parcel', PARAMS: 'tracking number' },
				{ LANGUAGE_ID: 'de', TITLE: 'Paket verfolgen', PARAMS: '' },
			]);
		},
	},
	'chatbotCommandV2.getAll': {
		setup: (emulator) => withCommand(emulator),
		parameters: ({ botId, botToken }) => ({ botId: String(botId), botToken: String(botToken) }),
		sent: ({ botId, botToken }) => ({ botId, botToken }),
		output: (items, { botId, commandId }) =>
			expect(json(items)).toEqual([
				{ id: commandId, botId, command: '/status', title: 'Order status', params: 'order number', common: false, hidden: false, extranetSupport: false, category: 'Support', context: '' },
			]),
	},
	'chatbotCommandV2.update': {
		setup: (emulator) => withCommand(emulator),
		parameters: ({ botId, botToken, commandId }) => ({
			botId: String(botId),
			botToken: String(botToken),
			commandId: String(commandId),
			updateFields: { command: 'order', title: '{"en": "Order details"}', hidden: true },
		}),
		sent: ({ botId, botToken, commandId }) => ({ botId, botToken, commandId, fields: { command: 'order', title: { en: 'Order details' }, hidden: true } }),
		output: (items, { commandId }, emulator) => {
			expect(json(items)).toMatchObject([{ id: commandId, command: '/order', hidden: true }]);
			expect(commandOf(emulator, commandId)?.lang).toEqual([{ LANGUAGE_ID: 'en', TITLE: 'Order details', PARAMS: 'order number' }]);
		},
	},
	'chatbotCommandV2.unregister': {
		setup: (emulator) => withCommand(emulator),
		parameters: ({ botId, botToken, commandId }) => ({ botId: String(botId), botToken: String(botToken), commandId: String(commandId) }),
		sent: ({ botId, botToken, commandId }) => ({ botId, botToken, commandId }),
		output: (items, { commandId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(commandOf(emulator, commandId)).toBeUndefined();
		},
	},
	'chatbotCommandV2.answer': {
		setup: (emulator) => {
			const prepared = withCommand(emulator);
			const asked = emulator.seed.call('im.message.add', { DIALOG_ID: `chat${prepared.chatId}`, MESSAGE: '/status 1024' }).result as number;
			return { ...prepared, asked };
		},
		parameters: ({ botId, botToken, commandId, asked, chatId }) => ({
			botId: String(botId),
			botToken: String(botToken),
			commandId: String(commandId),
			messageId: String(asked),
			dialogId: `chat${chatId}`,
			message: 'Order 1024 ships today',
			additionalFields: { system: true },
		}),
		sent: ({ botId, botToken, commandId, asked, chatId }) => ({
			botId,
			botToken,
			commandId,
			messageId: asked,
			dialogId: `chat${chatId}`,
			fields: { message: 'Order 1024 ships today', system: true },
		}),
		output: (items, { botId, chatId, commandId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			const { messages } = emulator.seed.call('im.dialog.messages.get', { DIALOG_ID: `chat${chatId}` }).result as { messages: IDataObject[] };
			expect(messages[0]).toMatchObject({ author_id: 0, text: 'Order 1024 ships today', params: { COMMAND_ID: commandId } });
			expect(emulator.state.im.messages.get(messages[0].id as number)).toMatchObject({ authorId: botId, system: true });
		},
	},
};
