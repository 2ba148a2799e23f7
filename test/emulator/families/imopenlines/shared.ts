/** Open-line chat lookup and the errors the `imopenlines.*` pages document. */
import { RestError } from '../../errors';
import { toInt } from '../../php';
import type { ImChat, OpenLineInfo, OpenLineSession } from '../../state/imStore';
import type { CallContext } from '../../types';

export const openLineErrors = {
	chatType: () => new RestError('CHAT_TYPE', 'The specified chat is not an open line'),
	accessDenied: () => new RestError('ACCESS_DENIED', 'You cannot open this conversation as you do not have sufficient permissions'),
	userId: () => new RestError('USER_ID', 'The provided user identifier is incorrect'),
	chatIdEmpty: () => new RestError('CHAT_ID_EMPTY', "Chat ID can't be empty"),
	operatorWrong: (text = 'You cannot redirect to this operator') => new RestError('OPERATOR_WRONG', text),
};

export type OpenLineChat = ImChat & { openline: OpenLineInfo };

export function isOpenLineChat(chat: ImChat | undefined): chat is OpenLineChat {
	return chat !== undefined && chat.type === 'lines' && chat.openline !== undefined;
}

/** Each page words the CHAT_ID error its own way. */
const CHAT_ID_TEXT: Record<string, string> = {
	'imopenlines.operator.another.finish': 'The provided chat identifier is invalid',
	'imopenlines.session.start': 'The specified chat identifier is invalid',
	'imopenlines.session.join': 'The specified chat identifier is incorrect',
	'imopenlines.operator.answer': 'The specified chat identifier is incorrect',
	'imopenlines.crm.lead.create': 'The specified chat identifier is incorrect',
	'imopenlines.message.session.start': 'The provided chat identifier is invalid.',
	'imopenlines.message.quick.save': 'Invalid chat identifier provided',
	'imopenlines.session.mode.pin': 'Invalid chat identifier provided',
};

/** CHAT_ID of an open-line chat, with the CHAT_ID / CHAT_TYPE errors of the operator methods. */
export function openLineChat(ctx: CallContext): OpenLineChat {
	const chat = ctx.state.im.chats.get(toInt(ctx.params.CHAT_ID));
	if (!chat) throw new RestError('CHAT_ID', CHAT_ID_TEXT[ctx.method] ?? 'The provided chat identifier is incorrect');
	if (!isOpenLineChat(chat)) throw openLineErrors.chatType();
	return chat;
}

/** The variant used by intercept/transfer/bot methods, which only document CHAT_ID_EMPTY. */
export function openLineChatOrEmpty(ctx: CallContext): OpenLineChat {
	const chat = ctx.state.im.chats.get(toInt(ctx.params.CHAT_ID));
	if (!isOpenLineChat(chat)) throw openLineErrors.chatIdEmpty();
	return chat;
}

export function startSession(ctx: CallContext, chat: OpenLineChat, operatorId: number | null): OpenLineSession {
	const session: OpenLineSession = {
		id: ctx.state.im.sessionIds.next(),
		chatId: chat.id,
		operatorId,
		closed: false,
		spam: false,
		startMs: ctx.nowMs,
		closeMs: null,
	};
	ctx.state.im.sessions.set(session.id, session);
	chat.openline.operatorId = operatorId;
	return session;
}

export function finishSession(ctx: CallContext, chat: OpenLineChat, spam = false): void {
	const session = ctx.state.im.openSessionOf(chat.id);
	if (!session) return;
	session.closed = true;
	session.spam = spam;
	session.closeMs = ctx.nowMs;
}

export function joinChat(chat: ImChat, userId: number): void {
	if (!chat.users.includes(userId)) chat.users.push(userId);
}
