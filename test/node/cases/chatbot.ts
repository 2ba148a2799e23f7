import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable, Prepared } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const HANDLER = 'https://example.com/bot/events';

/**
 * The bot's CLIENT_ID is the default application's client id: seed calls run in that application,
 * OAuth2/API key calls are recognised by it, and webhook calls name it through CLIENT_ID.
 */
function client(emulator: Emulator): Prepared {
	return { clientId: emulator.oauthClient.clientId };
}

function withBot(emulator: Emulator, code = 'helper_bot', name = 'Helper'): Prepared {
	const { clientId } = client(emulator);
	const { result } = emulator.seed.call('imbot.register', {
		CODE: code,
		EVENT_HANDLER: HANDLER,
		PROPERTIES: { NAME: name },
		CLIENT_ID: clientId,
	});
	return { clientId, botId: result as number };
}

/** A bot and a chat it created with users 2 and 3, bound to ORDER/77. */
function withChat(emulator: Emulator): Prepared {
	const prepared = withBot(emulator);
	const { result } = emulator.seed.call('imbot.chat.add', {
		BOT_ID: prepared.botId,
		TITLE: 'Order 77',
		USERS: [2, 3],
		ENTITY_TYPE: 'ORDER',
		ENTITY_ID: '77',
	});
	return { ...prepared, chatId: result as number };
}

function withMessage(emulator: Emulator): Prepared {
	const prepared = withChat(emulator);
	const { result } = emulator.seed.call('imbot.message.add', {
		BOT_ID: prepared.botId,
		DIALOG_ID: `chat${prepared.chatId}`,
		MESSAGE: 'Your order is packed',
	});
	return { ...prepared, messageId: result as number };
}

function botList(emulator: Emulator): IDataObject[] {
	return Object.values(emulator.seed.call('imbot.bot.list').result as IDataObject) as IDataObject[];
}

function chatUsers(emulator: Emulator, chatId: unknown): number[] {
	return emulator.seed.call('imbot.chat.user.list', { CHAT_ID: chatId }).result as number[];
}

export const chatbotCases: CaseTable = {
	'chatbot.register': {
		setup: client,
		parameters: ({ clientId }) => ({
			code: 'support_bot',
			eventHandler: HANDLER,
			name: 'Support',
			clientId: String(clientId),
			additionalFields: {
				type: 'B',
				openline: true,
				lastName: 'Bot',
				color: 'AQUA',
				email: 'support.bot@example.org',
				birthday: '2024-01-31',
				workPosition: 'First line support',
				website: 'https://example.com',
				gender: 'F',
			},
		}),
		sent: ({ clientId }) => ({
			CODE: 'support_bot',
			TYPE: 'B',
			OPENLINE: 'Y',
			EVENT_HANDLER: HANDLER,
			CLIENT_ID: clientId,
			PROPERTIES: {
				NAME: 'Support',
				LAST_NAME: 'Bot',
				COLOR: 'AQUA',
				EMAIL: 'support.bot@example.org',
				PERSONAL_BIRTHDAY: '2024-01-31',
				WORK_POSITION: 'First line support',
				PERSONAL_WWW: 'https://example.com',
				PERSONAL_GENDER: 'F',
			},
		}),
		output: (items, _prepared, emulator) => {
			expect(items).toHaveLength(1);
			const botId = items[0].json.BOT_ID;
			expect(typeof botId).toBe('number');
			expect(botList(emulator)).toEqual([{ ID: botId, NAME: 'Support Bot', CODE: 'support_bot', OPENLINE: 'Y' }]);
		},
	},
	'chatbot.unregister': {
		setup: (emulator) => {
			withBot(emulator, 'keeper_bot', 'Keeper');
			return withBot(emulator);
		},
		parameters: ({ botId, clientId }) => ({ botId: String(botId), clientId: String(clientId) }),
		sent: ({ botId, clientId }) => ({ BOT_ID: botId, CLIENT_ID: clientId }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(botList(emulator).map((bot) => bot.CODE)).toEqual(['keeper_bot']);
		},
	},
	'chatbot.update': {
		setup: (emulator) => withBot(emulator),
		parameters: ({ botId, clientId }) => ({
			botId: String(botId),
			clientId: String(clientId),
			updateFields: {
				code: 'helper_v2',
				eventHandler: 'https://example.com/bot/v2',
				name: 'Helper Two',
				workPosition: 'Night shift',
			},
			fieldsJson: '{"PROPERTIES": {"COLOR": "MINT", "NAME": "Helper 2"}}',
		}),
		sent: ({ botId, clientId }) => ({
			BOT_ID: botId,
			CLIENT_ID: clientId,
			FIELDS: {
				CODE: 'helper_v2',
				EVENT_HANDLER: 'https://example.com/bot/v2',
				PROPERTIES: { NAME: 'Helper 2', WORK_POSITION: 'Night shift', COLOR: 'MINT' },
			},
		}),
		output: (items, { botId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(botList(emulator)).toEqual([{ ID: botId, NAME: 'Helper 2', CODE: 'helper_v2', OPENLINE: 'N' }]);
		},
	},
	'chatbot.getAll': {
		setup: (emulator) => {
			const first = withBot(emulator, 'first_bot', 'First');
			const second = withBot(emulator, 'second_bot', 'Second');
			return { ...first, ids: [first.botId, second.botId] };
		},
		parameters: () => ({}),
		sent: () => ({}),
		output: (items, { ids }) => {
			const [first, second] = ids as number[];
			expect(json(items)).toEqual([
				{ ID: first, NAME: 'First', CODE: 'first_bot', OPENLINE: 'N' },
				{ ID: second, NAME: 'Second', CODE: 'second_bot', OPENLINE: 'N' },
			]);
		},
	},
	'chatbotMessage.send': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ botId, chatId, clientId }) => ({
			botId: Number(botId),
			clientId: String(clientId),
			dialogId: `chat${chatId}`,
			message: 'Order shipped',
			additionalFields: {
				attach: '{"BLOCKS": [{"MESSAGE": "Tracking number 42"}]}',
				keyboard: '[{"TEXT": "Track", "LINK": "https://example.com/track"}]',
				system: true,
				urlPreview: false,
			},
		}),
		sent: ({ botId, chatId, clientId }) => ({
			BOT_ID: botId,
			CLIENT_ID: clientId,
			DIALOG_ID: `chat${chatId}`,
			MESSAGE: 'Order shipped',
			ATTACH: { BLOCKS: [{ MESSAGE: 'Tracking number 42' }] },
			KEYBOARD: [{ TEXT: 'Track', LINK: 'https://example.com/track' }],
			SYSTEM: 'Y',
			URL_PREVIEW: 'N',
		}),
		output: (items, { botId, chatId }, emulator) => {
			expect(items).toHaveLength(1);
			const messageId = items[0].json.MESSAGE_ID;
			expect(typeof messageId).toBe('number');
			expect(emulator.state.im.messages.get(messageId as number)).toMatchObject({
				chatId,
				botId,
				authorId: botId,
				text: 'Order shipped',
				system: true,
				params: { ATTACH: { BLOCKS: [{ MESSAGE: 'Tracking number 42' }] }, URL_PREVIEW: 'N' },
			});
		},
	},
	'chatbotMessage.update': {
		setup: (emulator) => withMessage(emulator),
		parameters: ({ botId, messageId, clientId }) => ({
			botId: Number(botId),
			clientId: String(clientId),
			messageId: String(messageId),
			updateFields: { message: 'Your order is on its way', urlPreview: false },
		}),
		sent: ({ botId, messageId, clientId }) => ({
			BOT_ID: botId,
			CLIENT_ID: clientId,
			MESSAGE_ID: messageId,
			MESSAGE: 'Your order is on its way',
			URL_PREVIEW: 'N',
		}),
		output: (items, { messageId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.im.messages.get(messageId as number)).toMatchObject({
				text: 'Your order is on its way',
				deleted: false,
			});
		},
	},
	'chatbotMessage.delete': {
		setup: (emulator) => withMessage(emulator),
		parameters: ({ messageId, clientId }) => ({ clientId: String(clientId), messageId: String(messageId), complete: true }),
		sent: ({ messageId, clientId }) => ({ CLIENT_ID: clientId, MESSAGE_ID: messageId, COMPLETE: 'Y' }),
		output: (items, { messageId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(emulator.state.im.messages.has(messageId as number)).toBe(false);
		},
	},
	'chatbotChat.create': {
		setup: (emulator) => withBot(emulator),
		parameters: ({ botId, clientId }) => ({
			botId: Number(botId),
			clientId: String(clientId),
			title: 'Order 1024',
			additionalFields: {
				type: 'OPEN',
				description: 'Questions about order 1024',
				color: 'MINT',
				message: 'Welcome!',
				users: '2, 3',
				entityType: 'ORDER',
				entityId: '1024',
			},
		}),
		sent: ({ botId, clientId }) => ({
			BOT_ID: botId,
			CLIENT_ID: clientId,
			TITLE: 'Order 1024',
			TYPE: 'OPEN',
			DESCRIPTION: 'Questions about order 1024',
			COLOR: 'MINT',
			MESSAGE: 'Welcome!',
			USERS: [2, 3],
			ENTITY_TYPE: 'ORDER',
			ENTITY_ID: '1024',
		}),
		output: (items, { botId }, emulator) => {
			expect(items).toHaveLength(1);
			const chatId = items[0].json.CHAT_ID;
			expect(typeof chatId).toBe('number');
			expect(emulator.seed.call('imbot.chat.get', { ENTITY_TYPE: 'ORDER', ENTITY_ID: '1024' }).result).toEqual({ ID: chatId });
			expect(chatUsers(emulator, chatId)).toEqual([2, 3, botId]);
			expect(emulator.state.im.chats.get(chatId as number)).toMatchObject({
				type: 'open',
				title: 'Order 1024',
				description: 'Questions about order 1024',
				color: 'MINT',
				ownerId: botId,
			});
		},
	},
	'chatbotChat.get': {
		setup: (emulator) => withChat(emulator),
		parameters: () => ({ entityType: 'ORDER', entityId: '77' }),
		sent: () => ({ ENTITY_TYPE: 'ORDER', ENTITY_ID: '77' }),
		output: (items, { chatId }) => expect(json(items)).toEqual([{ ID: chatId }]),
	},
	'chatbotChat.addUsers': {
		setup: (emulator) => {
			const prepared = withBot(emulator);
			const { result } = emulator.seed.call('imbot.chat.add', { BOT_ID: prepared.botId, TITLE: 'Team', USERS: [2] });
			return { ...prepared, chatId: result as number };
		},
		parameters: ({ botId, chatId, clientId }) => ({
			chatId: String(chatId),
			users: '3, 1',
			hideHistory: true,
			botId: Number(botId),
			clientId: String(clientId),
		}),
		sent: ({ botId, chatId, clientId }) => ({
			CHAT_ID: chatId,
			USERS: [3, 1],
			HIDE_HISTORY: 'Y',
			BOT_ID: botId,
			CLIENT_ID: clientId,
		}),
		output: (items, { botId, chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatUsers(emulator, chatId)).toEqual([1, 2, 3, botId]);
		},
	},
	'chatbotChat.removeUser': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId, clientId }) => ({ chatId: String(chatId), userId: '3', clientId: String(clientId) }),
		sent: ({ chatId, clientId }) => ({ CHAT_ID: chatId, USER_ID: 3, CLIENT_ID: clientId }),
		output: (items, { botId, chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatUsers(emulator, chatId)).toEqual([2, botId]);
		},
	},
	'chatbotChat.getUsers': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ botId, chatId, clientId }) => ({ chatId: String(chatId), botId: Number(botId), clientId: String(clientId) }),
		sent: ({ botId, chatId, clientId }) => ({ CHAT_ID: chatId, BOT_ID: botId, CLIENT_ID: clientId }),
		output: (items, { botId }) => expect(json(items)).toEqual([{ USER_ID: 2 }, { USER_ID: 3 }, { USER_ID: botId }]),
	},
	'chatbotChat.leave': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ botId, chatId, clientId }) => ({ chatId: String(chatId), botId: Number(botId), clientId: String(clientId) }),
		sent: ({ botId, chatId, clientId }) => ({ CHAT_ID: chatId, BOT_ID: botId, CLIENT_ID: clientId }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.im.chats.get(chatId as number)?.users).toEqual([2, 3]);
		},
	},
};
