import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable, Prepared } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

/** A chat of the acting user (1) with users 2 and 3, bound to PROJECT/12. */
function withChat(emulator: Emulator, users: number[] = [2, 3]): Prepared {
	const chatId = emulator.seed.call('im.chat.add', { TITLE: 'Project', USERS: users, ENTITY_TYPE: 'PROJECT', ENTITY_ID: '12' }).result as number;
	return { chatId };
}

function withMessage(emulator: Emulator): Prepared {
	const prepared = withChat(emulator);
	const messageId = emulator.seed.call('im.message.add', { DIALOG_ID: `chat${prepared.chatId}`, MESSAGE: 'Draft plan attached' }).result as number;
	return { ...prepared, messageId };
}

/** A chat a bot created with user 1, where the bot posted a message and user 1 answered. */
function withBotChat(emulator: Emulator): Prepared {
	const clientId = emulator.oauthClient.clientId;
	const botId = emulator.seed.call('imbot.register', {
		CODE: 'news_bot',
		EVENT_HANDLER: 'https://example.com/bot/events',
		PROPERTIES: { NAME: 'News' },
		CLIENT_ID: clientId,
	}).result as number;
	const chatId = emulator.seed.call('imbot.chat.add', { BOT_ID: botId, TITLE: 'Daily news', USERS: [1] }).result as number;
	const botMessage = emulator.seed.call('imbot.message.add', { BOT_ID: botId, DIALOG_ID: `chat${chatId}`, MESSAGE: 'Morning digest' }).result as number;
	const userMessage = emulator.seed.call('im.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: 'Thanks!' }).result as number;
	const lastBotMessage = emulator.seed.call('imbot.message.add', { BOT_ID: botId, DIALOG_ID: `chat${chatId}`, MESSAGE: 'Evening digest' }).result as number;
	return { botId, chatId, botMessage, userMessage, lastBotMessage };
}

function chatOf(emulator: Emulator, chatId: unknown) {
	return emulator.state.im.chats.get(chatId as number);
}

function messagesOf(emulator: Emulator, chatId: unknown): IDataObject[] {
	const result = emulator.seed.call('im.dialog.messages.get', { DIALOG_ID: `chat${chatId}` }).result as IDataObject;
	return result.messages as IDataObject[];
}

function notify(emulator: Emulator, text: string): number {
	return emulator.seed.call('im.notify.personal.add', { USER_ID: 1, MESSAGE: text }, { userId: 2 }).result as number;
}

export const imCases: CaseTable = {
	'chat.create': {
		parameters: () => ({
			title: 'Launch',
			users: '2, 3',
			additionalFields: {
				type: 'OPEN',
				description: 'Launch of the new site',
				color: 'MINT',
				message: 'Welcome aboard',
				entityType: 'PROJECT',
				entityId: '12',
			},
		}),
		sent: () => ({
			TITLE: 'Launch',
			USERS: [2, 3],
			TYPE: 'OPEN',
			DESCRIPTION: 'Launch of the new site',
			COLOR: 'MINT',
			MESSAGE: 'Welcome aboard',
			ENTITY_TYPE: 'PROJECT',
			ENTITY_ID: '12',
		}),
		output: (items, _prepared, emulator) => {
			expect(items).toHaveLength(1);
			const chatId = items[0].json.chatId;
			expect(typeof chatId).toBe('number');
			expect(chatOf(emulator, chatId)).toMatchObject({ type: 'open', title: 'Launch', color: 'MINT', ownerId: 1, users: [1, 2, 3], entityId: '12' });
			expect(messagesOf(emulator, chatId).map((message) => message.text)).toEqual(['Welcome aboard']);
		},
	},
	'chat.getByEntity': {
		setup: (emulator) => withChat(emulator),
		parameters: () => ({ entityType: 'PROJECT', entityId: '12' }),
		sent: () => ({ ENTITY_TYPE: 'PROJECT', ENTITY_ID: '12' }),
		output: (items, { chatId }) => expect(json(items)).toEqual([{ ID: chatId }]),
	},
	'chat.get': {
		setup: (emulator) => withMessage(emulator),
		parameters: ({ chatId }) => ({ dialogId: `chat${chatId}` }),
		sent: ({ chatId }) => ({ DIALOG_ID: `chat${chatId}` }),
		output: (items, { chatId, messageId }) => {
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				id: chatId,
				name: 'Project',
				owner: 1,
				type: 'chat',
				user_counter: 3,
				message_count: 1,
				last_message_id: messageId,
				role: 'owner',
				entity_type: 'PROJECT',
				entity_id: '12',
				dialog_id: `chat${chatId}`,
			});
		},
	},
	'chat.updateTitle': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId }) => ({ chatId: String(chatId), title: 'Project (phase 2)' }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId, TITLE: 'Project (phase 2)' }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatOf(emulator, chatId)?.title).toBe('Project (phase 2)');
		},
	},
	'chat.updateColor': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId }) => ({ chatId: String(chatId), color: 'PURPLE' }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId, COLOR: 'PURPLE' }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatOf(emulator, chatId)?.color).toBe('PURPLE');
		},
	},
	'chat.setOwner': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId }) => ({ chatId: String(chatId), userId: '3' }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId, USER_ID: 3 }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatOf(emulator, chatId)?.ownerId).toBe(3);
		},
	},
	'chat.addUsers': {
		setup: (emulator) => withChat(emulator, [2]),
		parameters: ({ chatId }) => ({ chatId: String(chatId), users: '3', hideHistory: true }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId, USERS: [3], HIDE_HISTORY: 'Y' }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatOf(emulator, chatId)?.users).toEqual([1, 2, 3]);
		},
	},
	'chat.removeUser': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId }) => ({ chatId: String(chatId), userId: '3' }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId, USER_ID: 3 }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatOf(emulator, chatId)?.users).toEqual([1, 2]);
		},
	},
	'chat.getUsers': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId }) => ({ chatId: String(chatId) }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId }),
		output: (items) => expect(json(items)).toEqual([{ userId: 1 }, { userId: 2 }, { userId: 3 }]),
	},
	'chat.leave': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId }) => ({ chatId: String(chatId) }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatOf(emulator, chatId)).toMatchObject({ users: [2, 3], ownerId: 2 });
		},
	},
	'chat.mute': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId }) => ({ chatId: String(chatId), mute: true }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId, MUTE: 'Y' }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatOf(emulator, chatId)?.mutedBy).toEqual([1]);
		},
	},
	'message.send': {
		setup: (emulator) => withMessage(emulator),
		parameters: ({ chatId, messageId }) => ({
			dialogId: `chat${chatId}`,
			message: 'Looks good to me',
			additionalFields: {
				replyId: Number(messageId),
				keyboard: '[{"TEXT": "Open plan", "LINK": "https://example.com/plan"}]',
				urlPreview: false,
			},
		}),
		sent: ({ chatId, messageId }) => ({
			DIALOG_ID: `chat${chatId}`,
			MESSAGE: 'Looks good to me',
			REPLY_ID: messageId,
			KEYBOARD: [{ TEXT: 'Open plan', LINK: 'https://example.com/plan' }],
			URL_PREVIEW: 'N',
		}),
		output: (items, { chatId, messageId }, emulator) => {
			expect(items).toHaveLength(1);
			const sentId = items[0].json.messageId;
			expect(typeof sentId).toBe('number');
			const [latest] = messagesOf(emulator, chatId);
			expect(latest).toMatchObject({ id: sentId, author_id: 1, text: 'Looks good to me', params: { REPLY_ID: messageId, URL_PREVIEW: 'N' } });
		},
	},
	'message.update': {
		setup: (emulator) => withMessage(emulator),
		parameters: ({ messageId }) => ({ messageId: String(messageId), updateFields: { message: 'Final plan attached', isEdited: true } }),
		sent: ({ messageId }) => ({ MESSAGE_ID: messageId, MESSAGE: 'Final plan attached', IS_EDITED: 'Y' }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(messagesOf(emulator, chatId)).toMatchObject([{ text: 'Final plan attached', params: { IS_EDITED: 'Y' } }]);
		},
	},
	'message.delete': {
		setup: (emulator) => withMessage(emulator),
		parameters: ({ messageId }) => ({ messageId: String(messageId) }),
		sent: ({ messageId }) => ({ MESSAGE_ID: messageId }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(messagesOf(emulator, chatId)).toEqual([]);
		},
	},
	'message.like': {
		setup: (emulator) => withMessage(emulator),
		parameters: ({ messageId }) => ({ messageId: String(messageId), likeAction: 'plus' }),
		sent: ({ messageId }) => ({ MESSAGE_ID: messageId, ACTION: 'plus' }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(messagesOf(emulator, chatId)).toMatchObject([{ params: { LIKE: [1] } }]);
		},
	},
	'message.getAll': {
		setup: withBotChat,
		parameters: ({ chatId, lastBotMessage }) => ({ dialogId: `chat${chatId}`, options: { lastId: Number(lastBotMessage), limit: 10 } }),
		sent: ({ chatId, lastBotMessage }) => ({ DIALOG_ID: `chat${chatId}`, LAST_ID: lastBotMessage, LIMIT: 10 }),
		output: (items, { botId, chatId, botMessage, userMessage }) => {
			expect(json(items)).toMatchObject([
				{ id: userMessage, chat_id: chatId, author_id: 1, text: 'Thanks!', unread: false },
				{ id: botMessage, chat_id: chatId, author_id: botId, text: 'Morning digest', unread: true },
			]);
		},
	},
	'message.markRead': {
		setup: withBotChat,
		parameters: ({ chatId, userMessage }) => ({ dialogId: `chat${chatId}`, messageId: Number(userMessage) }),
		sent: ({ chatId, userMessage }) => ({ DIALOG_ID: `chat${chatId}`, MESSAGE_ID: userMessage }),
		output: (items, { chatId, userMessage }, emulator) => {
			expect(json(items)).toEqual([{ dialogId: `chat${chatId}`, chatId, lastId: userMessage, counter: 1 }]);
			expect(messagesOf(emulator, chatId).map((message) => message.unread)).toEqual([true, false, false]);
		},
	},
	'notification.send': {
		setup: (emulator) => ({ clientId: emulator.oauthClient.clientId }),
		parameters: ({ clientId }) => ({
			notificationType: 'im.notify.system.add',
			userId: '2',
			message: 'Your report is ready',
			additionalFields: { messageOut: 'Your report is ready: https://example.com/r/7', tag: 'report-7', clientId: String(clientId) },
		}),
		method: 'im.notify.system.add',
		sent: ({ clientId }) => ({
			USER_ID: 2,
			MESSAGE: 'Your report is ready',
			MESSAGE_OUT: 'Your report is ready: https://example.com/r/7',
			TAG: 'report-7',
			CLIENT_ID: clientId,
		}),
		output: (items, { clientId }, emulator) => {
			expect(items).toHaveLength(1);
			const id = items[0].json.id as number;
			expect(emulator.state.im.notifications.get(id)).toMatchObject({ kind: 'system', userId: 2, authorId: 0, text: 'Your report is ready', tag: 'report-7', clientId });
			expect(emulator.calls.map((call) => call.method)).not.toContain('im.notify.personal.add');
		},
	},
	'notification.delete': {
		setup: (emulator) => ({ notificationId: notify(emulator, 'Meeting moved'), keptId: notify(emulator, 'Lunch at noon') }),
		parameters: ({ notificationId }) => ({ notificationId: Number(notificationId) }),
		sent: ({ notificationId }) => ({ ID: notificationId }),
		output: (items, { keptId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect([...emulator.state.im.notifications.keys()]).toEqual([keptId]);
		},
	},
	'notification.markRead': {
		setup: (emulator) => ({ notificationId: notify(emulator, 'Meeting moved'), laterId: notify(emulator, 'Lunch at noon') }),
		parameters: ({ notificationId }) => ({ notificationId: String(notificationId), read: true, onlyCurrent: true }),
		sent: ({ notificationId }) => ({ ID: notificationId, ACTION: 'Y', ONLY_CURRENT: 'Y' }),
		output: (items, { notificationId, laterId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.im.notifications.get(notificationId as number)?.read).toBe(true);
			expect(emulator.state.im.notifications.get(laterId as number)?.read).toBe(false);
		},
	},
	'chat.getMembers': {
		setup: withBotChat,
		parameters: ({ chatId }) => ({ dialogId: `chat${chatId}`, options: { skipExternal: true, limit: 10 } }),
		sent: ({ chatId }) => ({ DIALOG_ID: `chat${chatId}`, SKIP_EXTERNAL: 'Y', LIMIT: 10 }),
		output: (items) => {
			expect(json(items)).toMatchObject([{ id: 1, name: 'John Doe', first_name: 'John', bot: false, type: 'user', email: 'admin@example.com' }]);
		},
	},
	'message.markUnread': {
		setup: (emulator) => {
			const prepared = withBotChat(emulator);
			emulator.seed.call('im.dialog.read', { DIALOG_ID: `chat${prepared.chatId}` });
			return prepared;
		},
		parameters: ({ chatId, botMessage }) => ({ dialogId: `chat${chatId}`, messageId: String(botMessage) }),
		sent: ({ chatId, botMessage }) => ({ DIALOG_ID: `chat${chatId}`, MESSAGE_ID: botMessage }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(messagesOf(emulator, chatId).map((message) => message.unread)).toEqual([true, false, true]);
		},
	},
	'message.markAllRead': {
		setup: (emulator) => {
			const prepared = withBotChat(emulator);
			const otherChat = emulator.seed.call('im.chat.add', { TITLE: 'Other', USERS: [2] }).result as number;
			emulator.seed.call('im.message.add', { DIALOG_ID: `chat${otherChat}`, MESSAGE: 'Ping' }, { userId: 2 });
			return { ...prepared, otherChat };
		},
		parameters: () => ({}),
		sent: () => ({}),
		output: (items, { chatId, otherChat }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(messagesOf(emulator, chatId).some((message) => message.unread)).toBe(false);
			expect(messagesOf(emulator, otherChat).map((message) => message.unread)).toEqual([false]);
		},
	},
	'notification.markAllRead': {
		setup: (emulator) => ({ first: notify(emulator, 'Meeting moved'), second: notify(emulator, 'Lunch at noon') }),
		parameters: () => ({}),
		sent: () => ({}),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect([...emulator.state.im.notifications.values()].map((notification) => notification.read)).toEqual([true, true]);
		},
	},
};
