import type { IDataObject } from 'n8n-workflow';

import type { Emulator, OpenLineChatSeed } from '../../emulator';
import type { CaseTable, Prepared } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

/** An open-line chat with an open session; the acting user (1) is its operator unless the seed says otherwise. */
function withChat(emulator: Emulator, seed: OpenLineChatSeed = {}): Prepared {
	const { chat, session, userCode } = emulator.seed.openLineChat({ guestName: 'Orange Guest', ...seed });
	return { chatId: chat.id, sessionId: session.id, userCode, guestId: chat.openline.guestUserId };
}

function dialog(emulator: Emulator, chatId: unknown): IDataObject {
	return emulator.seed.call('imopenlines.dialog.get', { CHAT_ID: chatId }).result as IDataObject;
}

/** `Y`/`N` (session open) and the session id, from `entity_data_1`. */
function sessionState(emulator: Emulator, chatId: unknown): { open: string; sessionId: number } {
	const parts = String(dialog(emulator, chatId).entity_data_1).split('|');
	return { open: parts[0], sessionId: Number(parts[5]) };
}

function operatorOf(emulator: Emulator, chatId: unknown): number | null | undefined {
	return emulator.state.im.chats.get(chatId as number)?.openline?.operatorId;
}

function chatUsers(emulator: Emulator, chatId: unknown): number[] {
	const history = emulator.seed.call('imopenlines.session.history.get', { CHAT_ID: chatId }).result as IDataObject;
	return (history.userInChat as Record<string, number[]>)[String(chatId)];
}

export const openLinesCases: CaseTable = {
	'openLines.closeSession': {
		setup: (emulator) => {
			const clientId = emulator.oauthClient.clientId;
			emulator.seed.call('imbot.register', {
				CODE: 'line_bot',
				TYPE: 'O',
				EVENT_HANDLER: 'https://example.com/bot/events',
				PROPERTIES: { NAME: 'Line Bot' },
				CLIENT_ID: clientId,
			});
			return { ...withChat(emulator), clientId };
		},
		parameters: ({ chatId, clientId }) => ({
			closeAs: 'imopenlines.bot.session.finish',
			chatId: String(chatId),
			clientId: String(clientId),
		}),
		method: 'imopenlines.bot.session.finish',
		sent: ({ chatId, clientId }) => ({ CHAT_ID: chatId, CLIENT_ID: clientId }),
		output: (items, { chatId, sessionId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(sessionState(emulator, chatId)).toEqual({ open: 'N', sessionId });
			expect(emulator.calls.map((call) => call.method)).not.toContain('imopenlines.operator.finish');
		},
	},
	'openLines.startSession': {
		setup: (emulator) => withChat(emulator, { closed: true }),
		parameters: ({ chatId }) => ({ chatId: String(chatId) }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId }),
		output: (items, { chatId, sessionId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			const state = sessionState(emulator, chatId);
			expect(state.open).toBe('Y');
			expect(state.sessionId).toBeGreaterThan(sessionId as number);
		},
	},
	'openLines.openSession': {
		setup: (emulator) => withChat(emulator, { lineId: 3, connectorId: 'livechat', connectorChatId: 1373 }),
		parameters: ({ userCode }) => ({ userCode: String(userCode) }),
		sent: ({ userCode }) => ({ USER_CODE: userCode }),
		output: (items, { chatId, userCode }) => {
			expect(userCode).toMatch(/^livechat\|3\|1373\|\d+$/);
			expect(json(items)).toEqual([{ chatId: String(chatId) }]);
		},
	},
	'openLines.join': {
		setup: (emulator) => withChat(emulator, { operatorId: 2 }),
		parameters: ({ chatId }) => ({ chatId: String(chatId) }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId }),
		output: (items, { chatId, guestId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatUsers(emulator, chatId)).toEqual([2, guestId, 1]);
			expect(operatorOf(emulator, chatId)).toBe(2);
		},
	},
	'openLines.intercept': {
		setup: (emulator) => withChat(emulator, { operatorId: 2 }),
		parameters: ({ chatId }) => ({ chatId: String(chatId) }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(operatorOf(emulator, chatId)).toBe(1);
			expect(chatUsers(emulator, chatId)).toContain(1);
		},
	},
	'openLines.getHistory': {
		setup: (emulator) =>
			withChat(emulator, {
				messages: [
					{ text: 'Where is my parcel?' },
					{ authorId: 1, text: 'It left the warehouse today.' },
				],
			}),
		parameters: ({ sessionId }) => ({ sessionId: Number(sessionId) }),
		sent: ({ sessionId }) => ({ SESSION_ID: sessionId }),
		output: (items, { chatId, sessionId }) => {
			expect(items).toHaveLength(1);
			const history = items[0].json;
			expect(history).toMatchObject({ chatId, sessionId, userId: `chat${chatId}` });
			const texts = Object.values(history.message as IDataObject).map((message) => (message as IDataObject).text);
			expect(texts.sort()).toEqual(['It left the warehouse today.', 'Where is my parcel?']);
		},
	},
	'openLines.getDialog': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ userCode }) => ({ userCode: String(userCode) }),
		sent: ({ userCode }) => ({ USER_CODE: userCode }),
		output: (items, { chatId, sessionId, userCode }) => {
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				id: chatId,
				type: 'lines',
				entity_type: 'LINES',
				entity_id: userCode,
				dialog_id: `chat${chatId}`,
				name: 'Orange Guest - Open Channel',
			});
			expect(String(items[0].json.entity_data_1).split('|')[5]).toBe(String(sessionId));
		},
	},
	'openLines.answer': {
		setup: (emulator) => withChat(emulator, { operatorId: 2 }),
		parameters: ({ chatId }) => ({ chatId: String(chatId) }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(operatorOf(emulator, chatId)).toBe(1);
			expect(chatUsers(emulator, chatId)).toContain(1);
		},
	},
	'openLines.skip': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId }) => ({ chatId: String(chatId) }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId }),
		output: (items, { chatId, guestId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(operatorOf(emulator, chatId)).toBeNull();
			expect(chatUsers(emulator, chatId)).toEqual([guestId]);
		},
	},
	'openLines.markSpam': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId }) => ({ chatId: String(chatId) }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId }),
		output: (items, { chatId, sessionId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(sessionState(emulator, chatId)).toEqual({ open: 'N', sessionId });
			expect(emulator.state.im.sessions.get(sessionId as number)).toMatchObject({ closed: true, spam: true });
		},
	},
	'openLines.transfer': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId }) => ({ chatId: String(chatId), transferId: '3' }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId, TRANSFER_ID: '3' }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(operatorOf(emulator, chatId)).toBe(3);
			expect(chatUsers(emulator, chatId)).toContain(3);
		},
	},
	'openLines.getCrmChats': {
		setup: (emulator) => {
			const open = withChat(emulator, { crm: { entityType: 'DEAL', entityId: 7 } });
			const closed = withChat(emulator, {
				connectorId: 'telegrambot',
				connectorTitle: 'Telegram',
				crm: { entityType: 'DEAL', entityId: 7 },
				closed: true,
			});
			withChat(emulator, { crm: { entityType: 'DEAL', entityId: 8 } });
			return { openChatId: open.chatId, closedChatId: closed.chatId };
		},
		parameters: () => ({ crmEntityType: 'deal', crmEntityId: '7', activeOnly: false }),
		sent: () => ({ CRM_ENTITY_TYPE: 'deal', CRM_ENTITY: 7, ACTIVE_ONLY: 'N' }),
		output: (items, { openChatId, closedChatId }) =>
			expect(json(items)).toEqual([
				{ CHAT_ID: String(openChatId), CONNECTOR_ID: 'livechat', CONNECTOR_TITLE: 'Live Chat' },
				{ CHAT_ID: String(closedChatId), CONNECTOR_ID: 'telegrambot', CONNECTOR_TITLE: 'Telegram' },
			]),
	},
	'openLines.pin': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId }) => ({ chatId: String(chatId), activate: true }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId, ACTIVATE: 'Y' }),
		output: (items, { sessionId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.im.sessions.get(sessionId as number)?.pinned).toBe(true);
		},
	},
	'openLines.pinAll': {
		setup: (emulator) => {
			const pinned = withChat(emulator);
			emulator.seed.call('imopenlines.session.mode.pin', { CHAT_ID: pinned.chatId });
			const closed = withChat(emulator, { closed: true });
			const open = withChat(emulator);
			return { pinnedSession: pinned.sessionId, closedSession: closed.sessionId, openSession: open.sessionId };
		},
		parameters: () => ({}),
		sent: () => ({}),
		output: (items, { openSession, closedSession }, emulator) => {
			const ids = json(items).map((item) => item.sessionId);
			expect(ids[0]).toBe(openSession);
			expect(ids).not.toContain(closedSession);
			expect(ids.every((id) => emulator.state.im.sessions.get(id as number)?.pinned)).toBe(true);
			expect([...emulator.state.im.sessions.values()].filter((session) => !session.closed && !session.pinned)).toEqual([]);
		},
	},
	'openLines.unpinAll': {
		setup: (emulator) => {
			const pinned = withChat(emulator);
			emulator.seed.call('imopenlines.session.mode.pin', { CHAT_ID: pinned.chatId });
			withChat(emulator);
			return { pinnedSession: pinned.sessionId };
		},
		parameters: () => ({}),
		sent: () => ({}),
		output: (items, { pinnedSession }, emulator) => {
			expect(json(items)).toEqual([{ sessionId: pinnedSession }]);
			expect(emulator.state.im.sessions.get(pinnedSession as number)?.pinned).toBe(false);
		},
	},
	'openLines.setSilent': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId }) => ({ chatId: String(chatId), activate: true }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId, ACTIVATE: 'Y' }),
		output: (items, { sessionId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.im.sessions.get(sessionId as number)?.silent).toBe(true);
		},
	},
	'openLines.rateAsHead': {
		setup: (emulator) => withChat(emulator, { operatorId: 2 }),
		parameters: ({ sessionId }) => ({ sessionId: String(sessionId), rating: 4, comment: 'Polite and quick' }),
		sent: ({ sessionId }) => ({ SESSION_ID: sessionId, RATING: 4, COMMENT: 'Polite and quick' }),
		output: (items, { sessionId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.im.sessions.get(sessionId as number)?.headVote).toEqual({ rating: 4, comment: 'Polite and quick' });
		},
	},
	'openLines.startSessionFromMessage': {
		setup: (emulator) => {
			const prepared = withChat(emulator);
			const [, answer] = emulator.state.im.messagesOf(prepared.chatId as number);
			return { ...prepared, messageId: answer.id };
		},
		parameters: ({ chatId, messageId }) => ({ chatId: String(chatId), messageId: String(messageId) }),
		sent: ({ chatId, messageId }) => ({ CHAT_ID: chatId, MESSAGE_ID: messageId }),
		output: (items, { chatId, sessionId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.im.sessions.get(sessionId as number)?.closed).toBe(true);
			const state = sessionState(emulator, chatId);
			expect(state.open).toBe('Y');
			expect(state.sessionId).toBeGreaterThan(sessionId as number);
		},
	},
	'openLines.saveQuickAnswer': {
		setup: (emulator) => {
			const prepared = withChat(emulator, { messages: [{ authorId: 1, text: 'Delivery takes 3 to 5 working days.' }] });
			const [message] = emulator.state.im.messagesOf(prepared.chatId as number);
			return { ...prepared, messageId: message.id };
		},
		parameters: ({ chatId, messageId }) => ({ chatId: String(chatId), messageId: String(messageId) }),
		sent: ({ chatId, messageId }) => ({ CHAT_ID: chatId, MESSAGE_ID: messageId }),
		output: (items, { messageId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.im.quickAnswers).toEqual([{ id: 1, lineId: 1, text: 'Delivery takes 3 to 5 working days.', messageId }]);
		},
	},
	'openLines.createLead': {
		setup: (emulator) => withChat(emulator),
		parameters: ({ chatId }) => ({ chatId: String(chatId) }),
		sent: ({ chatId }) => ({ CHAT_ID: chatId }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			const openline = emulator.state.im.chats.get(chatId as number)?.openline;
			expect(openline?.crmEntityType).toBe('LEAD');
			const lead = emulator.seed.call('crm.lead.get', { id: openline?.crmEntityId }).result as IDataObject;
			expect(lead).toMatchObject({ TITLE: 'Orange Guest - Open Channel', ASSIGNED_BY_ID: '1' });
			expect(emulator.calls.map((call) => call.method)).toContain('crm.lead.add');
		},
	},
};
