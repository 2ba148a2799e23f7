/** imbot.message.add / update / delete */
import { RestError } from '../../errors';
import { isYes, phpEmpty, toInt, toPhpString } from '../../php';
import type { ImBot, ImMessage } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { botClientId, checkPayload, resolveBot } from './shared';

const notAdded = () => new RestError('WRONG_REQUEST', "Message isn't added");
const cantEdit = () => new RestError('CANT_EDIT_MESSAGE', "Time has expired for modification or you don't have access", 403);

function checkPayloads(ctx: CallContext): void {
	checkPayload(ctx.params.ATTACH, 'ATTACH');
	checkPayload(ctx.params.KEYBOARD, 'KEYBOARD');
	checkPayload(ctx.params.MENU, 'MENU');
}

function payloads(ctx: CallContext): Record<string, unknown> {
	const params: Record<string, unknown> = {};
	for (const name of ['ATTACH', 'KEYBOARD', 'MENU']) {
		const value = ctx.params[name];
		if (value === undefined || value === '') continue;
		params[name] = typeof value === 'string' ? JSON.parse(value) : value;
	}
	if (ctx.params.URL_PREVIEW !== undefined) params.URL_PREVIEW = toPhpString(ctx.params.URL_PREVIEW);
	return params;
}

/** Where the message goes: `chat<ID>` (the bot must be a member) or a user id. */
function target(ctx: CallContext, bot: ImBot): { chatId: number | null; dialogId: string } {
	const from = toInt(ctx.params.FROM_USER_ID);
	const to = toInt(ctx.params.TO_USER_ID);
	if (from > 0 && to > 0) {
		if (!ctx.state.users.get(to)) throw notAdded();
		return { chatId: null, dialogId: String(to) };
	}
	const dialogId = toPhpString(ctx.params.DIALOG_ID).trim();
	if (dialogId === '') throw new RestError('DIALOG_ID_EMPTY', "Dialog ID can't be empty");
	const chatMatch = /^chat(\d+)$/i.exec(dialogId);
	if (chatMatch) {
		const chat = ctx.state.im.chats.get(Number(chatMatch[1]));
		if (!chat || !chat.users.includes(bot.id)) throw notAdded();
		return { chatId: chat.id, dialogId: `chat${chat.id}` };
	}
	if (!/^\d+$/.test(dialogId) || !ctx.state.users.get(Number(dialogId))) throw notAdded();
	return { chatId: null, dialogId };
}

function add(ctx: CallContext): MethodResult {
	const bot = resolveBot(ctx, botClientId(ctx));
	const destination = target(ctx, bot);
	const text = toPhpString(ctx.params.MESSAGE).trim();
	if (text === '') throw new RestError('MESSAGE_EMPTY', "Message can't be empty");
	checkPayloads(ctx);
	const forcedSystem = toInt(ctx.params.FROM_USER_ID) > 0 && toInt(ctx.params.TO_USER_ID) > 0;
	const message: ImMessage = {
		id: ctx.state.im.messageIds.next(),
		chatId: destination.chatId,
		dialogId: destination.dialogId,
		authorId: forcedSystem ? toInt(ctx.params.FROM_USER_ID) : bot.id,
		botId: bot.id,
		text,
		params: payloads(ctx),
		system: forcedSystem || isYes(ctx.params.SYSTEM),
		deleted: false,
		dateMs: ctx.nowMs,
	};
	ctx.state.im.messages.set(message.id, message);
	return { result: message.id };
}

function ownMessage(ctx: CallContext): ImMessage {
	const bot = resolveBot(ctx, botClientId(ctx));
	if (phpEmpty(ctx.params.MESSAGE_ID)) throw new RestError('MESSAGE_ID_ERROR', "Message ID can't be empty");
	const message = ctx.state.im.messages.get(toInt(ctx.params.MESSAGE_ID));
	if (!message || message.deleted || message.botId !== bot.id) throw cantEdit();
	return message;
}

function update(ctx: CallContext): MethodResult {
	const message = ownMessage(ctx);
	checkPayloads(ctx);
	if (ctx.params.MESSAGE !== undefined) message.text = toPhpString(ctx.params.MESSAGE).trim();
	message.params = { ...message.params, ...payloads(ctx) };
	// An empty ATTACH removes the attachment.
	if (ctx.params.ATTACH === '') delete message.params.ATTACH;
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const message = ownMessage(ctx);
	if (isYes(ctx.params.COMPLETE)) ctx.state.im.messages.delete(message.id);
	else message.deleted = true;
	return { result: true };
}

export const messageMethods: MethodSpec[] = [
	{ name: 'imbot.message.add', scopes: ['imbot'], handler: add },
	{ name: 'imbot.message.update', scopes: ['imbot'], handler: update },
	{ name: 'imbot.message.delete', scopes: ['imbot'], handler: remove },
];
