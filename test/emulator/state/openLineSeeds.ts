/** Creates open-line chats with a session, a guest and a few messages, for tests and the default seed. */
import type { CrmBindingType, ImChat, ImStore, OpenLineInfo, OpenLineSession } from './imStore';
import type { UserStore } from './users';

export interface OpenLineChatSeed {
	chatId?: number;
	sessionId?: number;
	lineId?: number;
	connectorId?: string;
	connectorTitle?: string;
	/** Connector-side chat id and user id; with lineId and connectorId they make the USER_CODE. */
	connectorChatId?: number;
	guestUserId?: number;
	guestName?: string;
	operatorId?: number;
	crm?: { entityType: CrmBindingType; entityId: number };
	closed?: boolean;
	messages?: Array<{ authorId?: number; text: string; params?: Record<string, unknown> }>;
	createdMs?: number;
}

export interface SeededOpenLineChat {
	chat: ImChat & { openline: OpenLineInfo };
	session: OpenLineSession;
	userCode: string;
}

export function seedOpenLineChat(im: ImStore, users: UserStore, seed: OpenLineChatSeed, nowMs: number): SeededOpenLineChat {
	const chatId = seed.chatId ?? im.chatIds.next();
	im.chatIds.bump(chatId);
	const lineId = seed.lineId ?? 1;
	const connectorId = seed.connectorId ?? 'livechat';
	const operatorId = seed.operatorId ?? 1;
	const guestUserId = seed.guestUserId ?? users.ids.next();
	if (!users.get(guestUserId)) {
		users.add({
			id: guestUserId,
			name: seed.guestName ?? 'Guest',
			lastName: '',
			email: '',
			active: true,
			isAdmin: false,
			workPosition: '',
			gender: '',
			departments: [],
			isBot: false,
		});
	}
	const connectorChatId = seed.connectorChatId ?? chatId - 2;
	const userCode = `${connectorId}|${lineId}|${connectorChatId}|${guestUserId}`;
	const createdMs = seed.createdMs ?? nowMs;
	const chat: ImChat & { openline: OpenLineInfo } = {
		id: chatId,
		type: 'lines',
		title: `${users.fullName(guestUserId) || 'Guest'} - Open Channel`,
		description: null,
		color: '#58cc47',
		avatar: '',
		ownerId: operatorId,
		entityType: 'LINES',
		entityId: userCode,
		users: [operatorId, guestUserId],
		managerIds: [operatorId],
		createdMs,
		openline: {
			lineId,
			connectorId,
			connectorTitle: seed.connectorTitle ?? (connectorId === 'livechat' ? 'Live Chat' : connectorId),
			userCode,
			guestUserId,
			operatorId,
			queueId: lineId,
			crmEntityType: seed.crm?.entityType ?? null,
			crmEntityId: seed.crm?.entityId ?? 0,
		},
	};
	im.chats.set(chatId, chat);

	const sessionId = seed.sessionId ?? im.sessionIds.next();
	im.sessionIds.bump(sessionId);
	const session: OpenLineSession = {
		id: sessionId,
		chatId,
		operatorId,
		closed: seed.closed ?? false,
		spam: false,
		startMs: createdMs,
		closeMs: seed.closed ? createdMs : null,
	};
	im.sessions.set(sessionId, session);

	const messages = seed.messages ?? [
		{ authorId: guestUserId, text: 'Hello! I have a question about my order.' },
		{ authorId: operatorId, text: 'Hello, how can I help you?' },
	];
	messages.forEach((message, index) => {
		const id = im.messageIds.next();
		im.messages.set(id, {
			id,
			chatId,
			dialogId: `chat${chatId}`,
			authorId: message.authorId ?? guestUserId,
			text: message.text,
			params: message.params ?? {},
			system: false,
			deleted: false,
			dateMs: createdMs + index * 1000,
		});
	});
	return { chat, session, userCode };
}
