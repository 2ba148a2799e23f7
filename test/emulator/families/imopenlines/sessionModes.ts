/** imopenlines.session.mode.pin / pinAll / unpinAll / silent, session.head.vote, message.session.start, message.quick.save */
import { RestError } from '../../errors';
import { isYes, phpEmpty, toInt, toPhpString } from '../../php';
import type { OpenLineSession } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { finishSession, openLineChat, OpenLineChat, openLineErrors, startSession } from './shared';

/** The open session of a chat the caller takes part in. */
function ownSession(ctx: CallContext, chat: OpenLineChat): OpenLineSession {
	const session = ctx.state.im.openSessionOf(chat.id);
	if (!session || !chat.users.includes(ctx.auth.userId)) throw openLineErrors.accessDenied();
	return session;
}

function pin(ctx: CallContext): MethodResult {
	if (phpEmpty(ctx.params.CHAT_ID)) throw openLineErrors.chatIdEmpty();
	const chat = openLineChat(ctx);
	ownSession(ctx, chat).pinned = ctx.params.ACTIVATE === undefined || isYes(ctx.params.ACTIVATE);
	return { result: true };
}

/** The open sessions the caller operates. */
function operatedSessions(ctx: CallContext): OpenLineSession[] {
	return [...ctx.state.im.sessions.values()].filter((session) => !session.closed && session.operatorId === ctx.auth.userId).sort((a, b) => b.id - a.id);
}

function pinAll(ctx: CallContext): MethodResult {
	const changed = operatedSessions(ctx).filter((session) => !session.pinned);
	for (const session of changed) session.pinned = true;
	return { result: changed.map((session) => session.id) };
}

function unpinAll(ctx: CallContext): MethodResult {
	const changed = operatedSessions(ctx).filter((session) => session.pinned);
	for (const session of changed) session.pinned = false;
	return { result: changed.map((session) => session.id) };
}

function silent(ctx: CallContext): MethodResult {
	const chat = openLineChat(ctx);
	ownSession(ctx, chat).silent = toPhpString(ctx.params.ACTIVATE).toUpperCase() === 'Y';
	return { result: true };
}

function headVote(ctx: CallContext): MethodResult {
	const sessionId = toInt(ctx.params.SESSION_ID);
	if (sessionId <= 0) throw new RestError('EMPTY_SESSION_ID', "Session ID can't be empty");
	const hasRating = !phpEmpty(ctx.params.RATING);
	const hasComment = toPhpString(ctx.params.COMMENT).trim() !== '';
	if (!hasRating && !hasComment) throw new RestError('EMPTY_VOTE_PARAMS', 'At least one of the parameters RATING or COMMENT must be specified');
	const session = ctx.state.im.sessions.get(sessionId);
	if (!session || !ctx.state.users.get(ctx.auth.userId)?.isAdmin) {
		throw new RestError('ACCESS_DENIED', 'You cannot open this conversation as you do not have sufficient rights');
	}
	const rating = Math.min(5, Math.max(1, toInt(ctx.params.RATING)));
	session.headVote = {
		...session.headVote,
		...(hasRating ? { rating } : {}),
		...(hasComment ? { comment: toPhpString(ctx.params.COMMENT).trim() } : {}),
	};
	return { result: true };
}

/** Closes the chat's session and opens a new one from the given message on. */
function sessionFromMessage(ctx: CallContext): MethodResult {
	const chat = openLineChat(ctx);
	if (!chat.users.includes(ctx.auth.userId)) throw openLineErrors.accessDenied();
	const message = ctx.state.im.messages.get(toInt(ctx.params.MESSAGE_ID));
	if (!message || message.chatId !== chat.id || message.deleted) throw openLineErrors.accessDenied();
	finishSession(ctx, chat);
	startSession(ctx, chat, ctx.auth.userId);
	return { result: true };
}

function quickSave(ctx: CallContext): MethodResult {
	const chat = openLineChat(ctx);
	if (!chat.users.includes(ctx.auth.userId)) throw openLineErrors.accessDenied();
	const message = ctx.state.im.messages.get(toInt(ctx.params.MESSAGE_ID));
	if (!message || message.chatId !== chat.id || message.deleted) throw new RestError('CANT_SAVE_QUICK_ANSWER', 'Error saving quick answer');
	const answers = ctx.state.im.quickAnswers;
	answers.push({ id: answers.length + 1, lineId: chat.openline.lineId, text: message.text, messageId: message.id });
	return { result: true };
}

export const sessionModeMethods: MethodSpec[] = [
	{ name: 'imopenlines.session.mode.pin', scopes: ['imopenlines'], handler: pin },
	{ name: 'imopenlines.session.mode.pinAll', scopes: ['imopenlines'], handler: pinAll },
	{ name: 'imopenlines.session.mode.unpinAll', scopes: ['imopenlines'], handler: unpinAll },
	{ name: 'imopenlines.session.mode.silent', scopes: ['imopenlines'], handler: silent },
	{ name: 'imopenlines.session.head.vote', scopes: ['imopenlines'], handler: headVote },
	{ name: 'imopenlines.message.session.start', scopes: ['imopenlines'], handler: sessionFromMessage },
	{ name: 'imopenlines.message.quick.save', scopes: ['imopenlines'], handler: quickSave },
];
