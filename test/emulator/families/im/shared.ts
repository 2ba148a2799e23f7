/** Chat lookup, message creation and errors shared by the `im.*` methods. */
import { RestError } from '../../errors';
import { phpEmpty, toInt, toPhpString } from '../../php';
import type { ImChat, ImMessage } from '../../state/imStore';
import type { CallContext } from '../../types';

export const imErrors = {
	chatIdEmpty: () => new RestError('CHAT_ID_EMPTY', "Chat ID can't be empty"),
	dialogIdEmpty: () => new RestError('DIALOG_ID_EMPTY', "Dialog ID can't be empty"),
	userIdEmpty: () => new RestError('USER_ID_EMPTY', "User ID can't be empty"),
	actionUnavailable: () => new RestError('ACCESS_ERROR', 'Action unavailable', 403),
	noDialogAccess: () => new RestError('ACCESS_ERROR', 'You do not have access to the specified dialog', 403),
	messageIdEmpty: () => new RestError('MESSAGE_ID_ERROR', "Message ID can't be empty"),
	cantEdit: () => new RestError('CANT_EDIT_MESSAGE', "Time has expired for modification or you don't have access", 403),
};

/** The hex value of each chat color, as the imbot.v2 chat pages list them. */
export const HEX_COLORS: Record<string, string> = {
	RED: '#df532d', GREEN: '#64a513', MINT: '#4ba984', LIGHT_BLUE: '#4ba5c3', DARK_BLUE: '#3e99ce', PURPLE: '#8474c8',
	AQUA: '#1eb4aa', PINK: '#f76187', LIME: '#58cc47', BROWN: '#ab7761', AZURE: '#29619b', KHAKI: '#728f7a',
	SAND: '#ba9c7b', MARENGO: '#556574', GRAY: '#909090', GRAPHITE: '#5e5f5e',
};

export const CHAT_COLORS = ['RED', 'GREEN', 'MINT', 'LIGHT_BLUE', 'DARK_BLUE', 'PURPLE', 'AQUA', 'PINK', 'LIME', 'BROWN', 'AZURE', 'KHAKI', 'SAND', 'MARENGO', 'GRAY', 'GRAPHITE'];

/** The chat number of `chat<ID>`, or undefined. */
export function chatNumber(dialogId: unknown): number | undefined {
	const match = /^chat(\d+)$/i.exec(toPhpString(dialogId).trim());
	return match ? Number(match[1]) : undefined;
}

/** CHAT_ID (a plain number) or DIALOG_ID (`chat<ID>`), with the documented errors for each. */
export function chatIdOf(ctx: CallContext, allowDialogId: boolean): number {
	if (allowDialogId && phpEmpty(ctx.params.CHAT_ID) && !phpEmpty(ctx.params.DIALOG_ID)) {
		const fromDialog = chatNumber(ctx.params.DIALOG_ID);
		if (fromDialog === undefined) throw imErrors.dialogIdEmpty();
		return fromDialog;
	}
	const raw = toPhpString(ctx.params.CHAT_ID).trim();
	if (!/^\d+$/.test(raw) || Number(raw) <= 0) throw imErrors.chatIdEmpty();
	return Number(raw);
}

/** A group chat the calling user is a member of, or ACCESS_ERROR "Action unavailable". */
export function memberChat(ctx: CallContext, chatId: number): ImChat {
	const chat = ctx.state.im.chats.get(chatId);
	if (!chat || !chat.users.includes(ctx.auth.userId)) throw imErrors.actionUnavailable();
	return chat;
}

/** Whether the calling user may read a chat: members, and anyone for open chats. */
export function canRead(ctx: CallContext, chat: ImChat): boolean {
	return chat.users.includes(ctx.auth.userId) || chat.type === 'open';
}

/** Messages of a dialog as the calling user sees it: a chat's, or the private ones with another user. */
export function dialogMessages(ctx: CallContext, chatId: number | null, otherUserId: number): ImMessage[] {
	const me = ctx.auth.userId;
	return [...ctx.state.im.messages.values()]
		.filter((message) => !message.deleted)
		.filter((message) =>
			chatId !== null
				? message.chatId === chatId
				: message.chatId === null &&
					((message.authorId === me && message.dialogId === String(otherUserId)) || (message.authorId === otherUserId && message.dialogId === String(me))),
		)
		.sort((a, b) => a.id - b.id);
}

/** ATTACH / KEYBOARD / MENU given as JSON text or as a structure, stored as structures. */
export function messagePayloads(params: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const name of ['ATTACH', 'KEYBOARD', 'MENU']) {
		const value = params[name];
		if (value === undefined || value === '') continue;
		out[name] = typeof value === 'string' ? JSON.parse(value) : value;
	}
	if (params.URL_PREVIEW !== undefined) out.URL_PREVIEW = toPhpString(params.URL_PREVIEW);
	return out;
}

export function storeMessage(ctx: CallContext, message: Omit<ImMessage, 'id' | 'deleted' | 'dateMs'>): ImMessage {
	const stored: ImMessage = { ...message, id: ctx.state.im.messageIds.next(), deleted: false, dateMs: ctx.nowMs };
	ctx.state.im.messages.set(stored.id, stored);
	return stored;
}

export function requireMessageId(ctx: CallContext): number {
	const messageId = toInt(ctx.params.MESSAGE_ID);
	if (messageId <= 0) throw imErrors.messageIdEmpty();
	return messageId;
}

