import { viaToken, viaWebhook } from './support/client';
import { useEmulator } from './support/useEmulator';

describe('imbot.* and imopenlines.*', () => {
	const portal = useEmulator();

	const asApp = (method: string, params: Record<string, unknown> = {}) => viaToken(portal.emulator, portal.token, method, params);
	const register = (code = 'helper') =>
		asApp('imbot.register', { CODE: code, EVENT_MESSAGE_ADD: 'https://example.com/add', EVENT_WELCOME_MESSAGE: 'https://example.com/hi', EVENT_BOT_DELETE: 'https://example.com/bye', PROPERTIES: { NAME: 'Helper' } });

	describe('chat bots', () => {
		it('registers through OAuth without CLIENT_ID and lists bots keyed by id', async () => {
			const botId = (await register()).body.result;
			expect(typeof botId).toBe('number');
			expect((await register()).body.result).toBe(botId);
			expect((await asApp('imbot.bot.list')).body.result).toEqual({ [botId]: { ID: botId, NAME: 'Helper', CODE: 'helper', OPENLINE: 'N' } });
		});

		it('answers [] for an empty bot list', async () => {
			expect((await asApp('imbot.bot.list')).body.result).toEqual([]);
		});

		it('checks the required handlers, the name and the per-app limit', async () => {
			const noHandler = await asApp('imbot.register', { CODE: 'x', PROPERTIES: { NAME: 'X' } });
			expect(noHandler.body).toEqual({ error: 'EVENT_MESSAGE_ADD_ERROR', error_description: 'Handler for "Message add" event isn\'t specified' });
			const badUrl = await asApp('imbot.register', { CODE: 'x', EVENT_HANDLER: 'not a url', PROPERTIES: { NAME: 'X' } });
			expect(badUrl.body).toEqual({ error: 'EVENT_MESSAGE_ADD_ERROR', error_description: 'Wrong handler URL' });
			const noName = await asApp('imbot.register', { CODE: 'x', EVENT_HANDLER: 'https://example.com/h', PROPERTIES: {} });
			expect(noName.body.error).toBe('NAME_ERROR');
			for (let i = 0; i < 5; i++) expect((await register(`bot${i}`)).status).toBe(200);
			expect((await register('bot5')).body).toEqual({ error: 'MAX_COUNT_ERROR', error_description: 'Has reached the maximum number of bots for application (max: 5)' });
		});

		it('keeps bots apart per application', async () => {
			const botId = (await register()).body.result;
			const other = viaWebhook(portal.emulator, 'imbot.unregister', { BOT_ID: botId, CLIENT_ID: 'someone-else' });
			expect((await other).body).toEqual({ error: 'APP_ID_ERROR', error_description: 'Bot was installed by another REST application' });
		});

		it('posts, edits and deletes messages in a chat it created', async () => {
			const botId = (await register()).body.result;
			const chatId = (await asApp('imbot.chat.add', { TITLE: 'Team', USERS: [2, 3] })).body.result;
			expect((await asApp('imbot.chat.user.list', { CHAT_ID: chatId })).body.result).toEqual([2, 3, botId].sort((a, b) => a - b));
			const messageId = (await asApp('imbot.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: ' Hi ' })).body.result;
			expect(portal.emulator.state.im.messages.get(messageId)?.text).toBe('Hi');
			expect((await asApp('imbot.message.update', { MESSAGE_ID: messageId, MESSAGE: 'Hello' })).body.result).toBe(true);
			expect((await asApp('imbot.message.delete', { MESSAGE_ID: messageId, COMPLETE: 'Y' })).body.result).toBe(true);
			const again = await asApp('imbot.message.update', { MESSAGE_ID: messageId, MESSAGE: 'x' });
			expect(again.status).toBe(403);
			const unknownChat = await asApp('imbot.message.add', { DIALOG_ID: 'chat999999', MESSAGE: 'x' });
			expect(unknownChat.body).toEqual({ error: 'WRONG_REQUEST', error_description: "Message isn't added" });
			const noDialog = await asApp('imbot.message.add', { MESSAGE: 'x' });
			expect(noDialog.body.error).toBe('DIALOG_ID_EMPTY');
		});

		it('manages chat members', async () => {
			await register();
			const chatId = (await asApp('imbot.chat.add', { USERS: [2] })).body.result;
			expect((await asApp('imbot.chat.user.add', { CHAT_ID: chatId, USERS: [3] })).body.result).toBe(true);
			expect((await asApp('imbot.chat.user.add', { CHAT_ID: chatId, USERS: [3] })).body.error).toBe('WRONG_REQUEST');
			expect((await asApp('imbot.chat.user.delete', { CHAT_ID: chatId, USER_ID: 2 })).body.result).toBe(true);
			expect((await asApp('imbot.chat.leave', { CHAT_ID: chatId })).body.result).toBe(true);
			const afterLeaving = await asApp('imbot.chat.user.list', { CHAT_ID: chatId });
			expect({ status: afterLeaving.status, error: afterLeaving.body.error }).toEqual({ status: 403, error: 'ACCESS_ERROR' });
		});

		it('finds a chat by entity binding, or null', async () => {
			await register();
			const chatId = (await asApp('imbot.chat.add', { ENTITY_TYPE: 'ORDER', ENTITY_ID: '7' })).body.result;
			expect((await asApp('imbot.chat.get', { ENTITY_TYPE: 'ORDER', ENTITY_ID: 7 })).body.result).toEqual({ ID: chatId });
			expect((await asApp('imbot.chat.get', { ENTITY_TYPE: 'ORDER' })).body.result).toBeNull();
		});
	});

	describe('open lines', () => {
		it('seeds two open-line chats by default', () => {
			expect([...portal.emulator.state.im.chats.values()].filter((chat) => chat.type === 'lines')).toHaveLength(2);
		});

		it('opens a session by USER_CODE and returns chatId as a string', async () => {
			const opened = await viaWebhook(portal.emulator, 'imopenlines.session.open', { USER_CODE: 'livechat|3|77|501' });
			expect(opened.body.result).toEqual({ chatId: expect.stringMatching(/^\d+$/) });
			const again = await viaWebhook(portal.emulator, 'imopenlines.session.open', { USER_CODE: 'livechat|3|77|501' });
			expect(again.body.result.chatId).toBe(opened.body.result.chatId);
			const dialog = await viaWebhook(portal.emulator, 'imopenlines.dialog.get', { DIALOG_ID: `chat${opened.body.result.chatId}` });
			expect(dialog.body.result).toMatchObject({ id: Number(opened.body.result.chatId), type: 'lines', entity_id: 'livechat|3|77|501' });
		});

		it('finishes, restarts, transfers and reports sessions', async () => {
			const { chat, session } = portal.emulator.seed.openLineChat({ crm: { entityType: 'DEAL', entityId: 9 } });
			const chatsOfDeal = await viaWebhook(portal.emulator, 'imopenlines.crm.chat.get', { CRM_ENTITY_TYPE: 'deal', CRM_ENTITY: 9 });
			expect(chatsOfDeal.body.result).toEqual([{ CHAT_ID: String(chat.id), CONNECTOR_ID: 'livechat', CONNECTOR_TITLE: 'Live Chat' }]);

			expect((await viaWebhook(portal.emulator, 'imopenlines.operator.finish', { CHAT_ID: chat.id })).body.result).toBe(true);
			expect(portal.emulator.state.im.sessions.get(session.id)?.closed).toBe(true);
			expect((await viaWebhook(portal.emulator, 'imopenlines.crm.chat.get', { CRM_ENTITY_TYPE: 'deal', CRM_ENTITY: 9 })).body.result).toEqual([]);

			expect((await viaWebhook(portal.emulator, 'imopenlines.session.start', { CHAT_ID: chat.id })).body.result).toBe(true);
			const history = await viaWebhook(portal.emulator, 'imopenlines.session.history.get', { CHAT_ID: chat.id });
			expect(history.body.result.sessionId).toBeGreaterThan(session.id);
			expect(history.body.result.chatId).toBe(chat.id);

			expect((await viaWebhook(portal.emulator, 'imopenlines.operator.transfer', { CHAT_ID: chat.id, TRANSFER_ID: 2 })).body.result).toBe(true);
			const notMine = await viaWebhook(portal.emulator, 'imopenlines.operator.finish', { CHAT_ID: chat.id });
			expect(notMine.body.error).toBe('ACCESS_DENIED');
			expect((await viaWebhook(portal.emulator, 'imopenlines.operator.another.finish', { CHAT_ID: chat.id })).body.result).toBe(true);
			const toNobody = await viaWebhook(portal.emulator, 'imopenlines.operator.transfer', { CHAT_ID: chat.id, USER_ID: 424242 });
			expect(toNobody.body.error).toBe('OPERATOR_WRONG');
		});

		it('answers CHAT_TYPE for a chat that is not an open line', async () => {
			await register();
			const chatId = (await asApp('imbot.chat.add', {})).body.result;
			const reply = await viaWebhook(portal.emulator, 'imopenlines.operator.answer', { CHAT_ID: chatId });
			expect(reply.body).toEqual({ error: 'CHAT_TYPE', error_description: 'The specified chat is not an open line' });
		});

		it('lets a bot finish a session only when the app has a bot', async () => {
			const { chat } = portal.emulator.seed.openLineChat();
			const noBot = await asApp('imopenlines.bot.session.finish', { CHAT_ID: chat.id });
			expect(noBot.body).toEqual({ error: 'BOT_ID_ERROR', error_description: 'Bot not found' });
			await register();
			expect((await asApp('imopenlines.bot.session.finish', { CHAT_ID: chat.id })).body.result).toBe(true);
		});
	});
});
