/** im.message.add / update / delete / like */
import { RestError } from '../../errors';
import { isYes, phpValues, toInt, toPhpString } from '../../php';
import type { ImMessage } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { checkPayload } from '../imbot/shared';
import { canRead, chatNumber, imErrors, messagePayloads, requireMessageId, storeMessage } from './shared';

function checkPayloads(ctx: CallContext): void {
	checkPayload(ctx.params.ATTACH, 'ATTACH');
	checkPayload(ctx.params.KEYBOARD, 'KEYBOARD');
	checkPayload(ctx.params.MENU, 'MENU');
}

/** `chat<ID>` (the sender must be a member) or the id of the user to write to. */
function destination(ctx: CallContext): { chatId: number | null; dialogId: string } {
	const dialogId = toPhpString(ctx.params.DIALOG_ID).trim();
	const chatId = chatNumber(dialogId);
	if (chatId !== undefined) {
		const chat = ctx.state.im.chats.get(chatId);
		if (!chat) throw new RestError('CHAT_ID', 'Error creating message');
		if (!chat.users.includes(ctx.auth.userId)) throw imErrors.actionUnavailable();
		return { chatId, dialogId: `chat${chatId}` };
	}
	if (!/^\d+$/.test(dialogId) || Number(dialogId) <= 0) throw imErrors.userIdEmpty();
	if (!ctx.state.users.get(Number(dialogId))) throw new RestError('USER_NOT_FOUND', 'User not found');
	return { chatId: null, dialogId };
}

function add(ctx: CallContext): MethodResult {
	const target = destination(ctx);
	const text = toPhpString(ctx.params.MESSAGE).trim();
	if (text === '' && (ctx.params.ATTACH === undefined || ctx.params.ATTACH === '')) throw new RestError('MESSAGE_EMPTY', "Message can't be empty");
	checkPayloads(ctx);
	const params = messagePayloads(ctx.params);
	const replyId = toInt(ctx.params.REPLY_ID);
	if (replyId > 0) {
		const replied = ctx.state.im.messages.get(replyId);
		if (!replied || replied.deleted) throw new RestError('REPLY_ACCESS_ERROR', 'Action unavailable');
		if (replied.dialogId !== target.dialogId && replied.chatId !== target.chatId) {
			throw new RestError('REPLY_FROM_OTHER_CHAT_ERROR', 'You can only reply to a message within the same chat');
		}
		params.REPLY_ID = replyId;
	}
	const message = storeMessage(ctx, { ...target, authorId: ctx.auth.userId, text, params, system: isYes(ctx.params.SYSTEM) });
	return { result: message.id };
}

/** A message of the caller (the only one who may change it). */
function ownMessage(ctx: CallContext): ImMessage {
	const message = ctx.state.im.messages.get(requireMessageId(ctx));
	if (!message || message.deleted || message.authorId !== ctx.auth.userId) throw imErrors.cantEdit();
	return message;
}

function update(ctx: CallContext): MethodResult {
	const message = ownMessage(ctx);
	checkPayloads(ctx);
	if (ctx.params.MESSAGE !== undefined) {
		const text = toPhpString(ctx.params.MESSAGE).trim();
		if (text === '') {
			message.deleted = true;
			return { result: true };
		}
		message.text = text;
	}
	message.params = { ...message.params, ...messagePayloads(ctx.params) };
	if (ctx.params.ATTACH === '') delete message.params.ATTACH;
	if (ctx.params.IS_EDITED === undefined || isYes(ctx.params.IS_EDITED)) message.params.IS_EDITED = 'Y';
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	ownMessage(ctx).deleted = true;
	return { result: true };
}

/** Who may see a message: members of its chat, or the two people of a private dialog. */
function visible(ctx: CallContext, message: ImMessage): boolean {
	if (message.chatId !== null) {
		const chat = ctx.state.im.chats.get(message.chatId);
		return chat !== undefined && canRead(ctx, chat);
	}
	return message.authorId === ctx.auth.userId || message.dialogId === String(ctx.auth.userId);
}

function like(ctx: CallContext): MethodResult {
	const message = ctx.state.im.messages.get(requireMessageId(ctx));
	if (!message || message.deleted || !visible(ctx, message)) throw imErrors.messageIdEmpty();
	const likes = new Set(phpValues(message.params.LIKE).map(toInt));
	const action = toPhpString(ctx.params.ACTION ?? 'auto').toLowerCase();
	const has = likes.has(ctx.auth.userId);
	const wanted = action === 'plus' ? true : action === 'minus' ? false : !has;
	if (wanted === has) throw new RestError('WITHOUT_CHANGES', 'Action completed without changes');
	if (wanted) likes.add(ctx.auth.userId);
	else likes.delete(ctx.auth.userId);
	message.params = { ...message.params, LIKE: [...likes] };
	if (likes.size === 0) delete message.params.LIKE;
	return { result: true };
}

export const messageMethods: MethodSpec[] = [
	{ name: 'im.message.add', scopes: ['im'], handler: add },
	{ name: 'im.message.update', scopes: ['im'], handler: update },
	{ name: 'im.message.delete', scopes: ['im'], handler: remove },
	{ name: 'im.message.like', scopes: ['im'], handler: like },
];
