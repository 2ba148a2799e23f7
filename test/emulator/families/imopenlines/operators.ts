/** imopenlines.operator.answer / skip / spam / finish / another.finish / transfer */
import { RestError } from '../../errors';
import { phpEmpty, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { finishSession, joinChat, openLineChat, openLineChatOrEmpty, openLineErrors, startSession } from './shared';

function answer(ctx: CallContext): MethodResult {
	const chat = openLineChat(ctx);
	const session = ctx.state.im.openSessionOf(chat.id) ?? startSession(ctx, chat, ctx.auth.userId);
	session.operatorId = ctx.auth.userId;
	chat.openline.operatorId = ctx.auth.userId;
	joinChat(chat, ctx.auth.userId);
	return { result: true };
}

function skip(ctx: CallContext): MethodResult {
	const chat = openLineChat(ctx);
	if (chat.openline.operatorId !== ctx.auth.userId) throw openLineErrors.accessDenied();
	const session = ctx.state.im.openSessionOf(chat.id);
	if (session) session.operatorId = null;
	chat.openline.operatorId = null;
	chat.users = chat.users.filter((id) => id !== ctx.auth.userId);
	return { result: true };
}

function spam(ctx: CallContext): MethodResult {
	const chat = openLineChat(ctx);
	finishSession(ctx, chat, true);
	return { result: true };
}

/** An operator may finish only a dialog assigned to them (or to nobody). */
function finish(ctx: CallContext): MethodResult {
	const chat = openLineChat(ctx);
	const operatorId = chat.openline.operatorId;
	if (operatorId !== null && operatorId !== ctx.auth.userId) throw openLineErrors.accessDenied();
	finishSession(ctx, chat);
	return { result: true };
}

function anotherFinish(ctx: CallContext): MethodResult {
	const chat = openLineChat(ctx);
	finishSession(ctx, chat);
	return { result: true };
}

function transfer(ctx: CallContext): MethodResult {
	if (phpEmpty(ctx.params.CHAT_ID)) throw openLineErrors.chatIdEmpty();
	const chat = openLineChatOrEmpty(ctx);
	const transferId = toPhpString(ctx.params.TRANSFER_ID).trim();
	const queueMatch = /^queue(\d+)$/i.exec(transferId);
	let userId = 0;
	let queueId = 0;
	if (queueMatch) queueId = Number(queueMatch[1]);
	else if (transferId !== '') userId = toInt(transferId);
	else if (!phpEmpty(ctx.params.USER_ID)) userId = toInt(ctx.params.USER_ID);
	else if (!phpEmpty(ctx.params.QUEUE_ID)) queueId = toInt(ctx.params.QUEUE_ID);
	else throw new RestError('TRANSFER_ID_EMPTY', "Queue ID or User ID can't be empty");

	const session = ctx.state.im.openSessionOf(chat.id);
	if (queueId > 0) {
		chat.openline.queueId = queueId;
		chat.openline.operatorId = null;
		if (session) session.operatorId = null;
		return { result: true };
	}
	const user = ctx.state.users.get(userId);
	if (!user || !user.active || user.isBot || userId === chat.openline.operatorId) throw openLineErrors.operatorWrong();
	chat.openline.operatorId = userId;
	if (session) session.operatorId = userId;
	joinChat(chat, userId);
	return { result: true };
}

export const operatorMethods: MethodSpec[] = [
	{ name: 'imopenlines.operator.answer', scopes: ['imopenlines'], handler: answer },
	{ name: 'imopenlines.operator.skip', scopes: ['imopenlines'], handler: skip },
	{ name: 'imopenlines.operator.spam', scopes: ['imopenlines'], handler: spam },
	{ name: 'imopenlines.operator.finish', scopes: ['imopenlines'], handler: finish },
	{ name: 'imopenlines.operator.another.finish', scopes: ['imopenlines'], handler: anotherFinish },
	{ name: 'imopenlines.operator.transfer', scopes: ['imopenlines'], handler: transfer },
];
