/** imopenlines.session.start / open / join / intercept / history.get, dialog.get, bot.session.finish */
import { RestError } from '../../errors';
import { phpEmpty, toInt, toPhpString } from '../../php';
import { seedOpenLineChat } from '../../state/openLineSeeds';
import type { ImChat } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { botClientId, imbotErrors } from '../imbot/shared';
import {
	finishSession,
	isOpenLineChat,
	joinChat,
	openLineChat,
	openLineChatOrEmpty,
	openLineErrors,
	startSession,
} from './shared';
import { dialogView, historyView } from './views';

function start(ctx: CallContext): MethodResult {
	const chat = openLineChat(ctx);
	if (!ctx.state.im.openSessionOf(chat.id)) startSession(ctx, chat, chat.openline.operatorId ?? ctx.auth.userId);
	return { result: true };
}

/** Finds the chat of a USER_CODE (`connector|line|chat|user`) or opens a new one. */
function open(ctx: CallContext): MethodResult {
	const userCode = toPhpString(ctx.params.USER_CODE).trim();
	const parts = userCode.split('|');
	if (parts.length !== 4 || parts.some((part) => part === '') || !/^\d+$/.test(parts[1])) throw new RestError('ACCESS_DENIED', 'You cannot open this conversation because you do not have sufficient permissions');
	const existing = [...ctx.state.im.chats.values()].find((chat) => isOpenLineChat(chat) && chat.openline.userCode === userCode);
	if (existing) return { result: { chatId: String(existing.id) } };
	const [connectorId, lineId, connectorChatId, guestUserId] = parts;
	const seeded = seedOpenLineChat(
		ctx.state.im,
		ctx.state.users,
		{ connectorId, lineId: Number(lineId), connectorChatId: toInt(connectorChatId), guestUserId: toInt(guestUserId) || undefined, operatorId: ctx.auth.userId, messages: [] },
		ctx.nowMs,
	);
	seeded.chat.entityId = userCode;
	seeded.chat.openline.userCode = userCode;
	return { result: { chatId: String(seeded.chat.id) } };
}

function join(ctx: CallContext): MethodResult {
	joinChat(openLineChat(ctx), ctx.auth.userId);
	return { result: true };
}

function intercept(ctx: CallContext): MethodResult {
	if (phpEmpty(ctx.params.CHAT_ID)) throw openLineErrors.chatIdEmpty();
	const chat = openLineChatOrEmpty(ctx);
	if (chat.openline.operatorId === ctx.auth.userId) throw openLineErrors.operatorWrong('You can not redirect to this operator');
	const session = ctx.state.im.openSessionOf(chat.id) ?? startSession(ctx, chat, ctx.auth.userId);
	session.operatorId = ctx.auth.userId;
	chat.openline.operatorId = ctx.auth.userId;
	joinChat(chat, ctx.auth.userId);
	return { result: true };
}

function history(ctx: CallContext): MethodResult {
	const hasSession = !phpEmpty(ctx.params.SESSION_ID);
	const hasChat = !phpEmpty(ctx.params.CHAT_ID);
	if (!hasSession && !hasChat) throw new RestError('MISSING_REQUIRED_PARAM', 'Session ID or Chat ID must be provided');
	const session = hasSession
		? ctx.state.im.sessions.get(toInt(ctx.params.SESSION_ID))
		: ctx.state.im.lastSessionOf(toInt(ctx.params.CHAT_ID));
	if (!session) throw new RestError('INVALID_SESSION_ID', 'Unable to determine session ID from provided parameters');
	const chat = ctx.state.im.chats.get(session.chatId);
	if (!isOpenLineChat(chat)) throw new RestError('INVALID_SESSION_ID', 'Unable to determine session ID from provided parameters');
	return { result: historyView(chat, session, ctx) };
}

function dialogChat(ctx: CallContext): ImChat | undefined {
	const { CHAT_ID, DIALOG_ID, SESSION_ID, USER_CODE } = ctx.params;
	if (!phpEmpty(CHAT_ID)) return ctx.state.im.chats.get(toInt(CHAT_ID));
	if (!phpEmpty(DIALOG_ID)) {
		const match = /^chat(\d+)$/i.exec(toPhpString(DIALOG_ID));
		return match ? ctx.state.im.chats.get(Number(match[1])) : undefined;
	}
	if (!phpEmpty(SESSION_ID)) {
		const session = ctx.state.im.sessions.get(toInt(SESSION_ID));
		return session ? ctx.state.im.chats.get(session.chatId) : undefined;
	}
	if (!phpEmpty(USER_CODE)) {
		const code = toPhpString(USER_CODE);
		return [...ctx.state.im.chats.values()].find((chat) => isOpenLineChat(chat) && chat.openline.userCode === code);
	}
	return undefined;
}

function dialog(ctx: CallContext): MethodResult {
	const chat = dialogChat(ctx);
	if (!isOpenLineChat(chat)) throw new RestError('ACCESS_ERROR', 'You do not have access to the specified dialog');
	return { result: dialogView(chat, ctx) };
}

function botSessionFinish(ctx: CallContext): MethodResult {
	if (phpEmpty(ctx.params.CHAT_ID)) throw openLineErrors.chatIdEmpty();
	const clientId = botClientId(ctx);
	if (ctx.state.im.botsOf(clientId).length === 0) throw imbotErrors.botNotFound();
	finishSession(ctx, openLineChatOrEmpty(ctx));
	return { result: true };
}

export const sessionMethods: MethodSpec[] = [
	{ name: 'imopenlines.session.start', scopes: ['imopenlines'], handler: start },
	{ name: 'imopenlines.session.open', scopes: ['imopenlines'], handler: open },
	{ name: 'imopenlines.session.join', scopes: ['imopenlines'], handler: join },
	{ name: 'imopenlines.session.intercept', scopes: ['imopenlines'], handler: intercept },
	{ name: 'imopenlines.session.history.get', scopes: ['imopenlines'], handler: history },
	{ name: 'imopenlines.dialog.get', scopes: ['imopenlines'], handler: dialog },
	{ name: 'imopenlines.bot.session.finish', scopes: ['imopenlines'], handler: botSessionFinish },
];
