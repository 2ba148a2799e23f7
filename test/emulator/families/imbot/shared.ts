/** Application identity and bot lookup shared by the classic `imbot.*` methods. */
import { RestError } from '../../errors';
import { isDict, phpEmpty, toInt, toPhpString } from '../../php';
import type { ImBot, ImChat } from '../../state/imStore';
import type { CallContext } from '../../types';

export const imbotErrors = {
	clientIdMissing: () => new RestError('ACCESS_DENIED', 'Access denied! Client ID not specified', 403),
	botNotFound: () => new RestError('BOT_ID_ERROR', 'Bot not found'),
	otherApp: () => new RestError('APP_ID_ERROR', 'Bot was installed by another REST application'),
	chatIdEmpty: () => new RestError('CHAT_ID_EMPTY', "Chat ID can't be empty"),
	userIdEmpty: () => new RestError('USER_ID_EMPTY', "User ID can't be empty"),
	actionUnavailable: () => new RestError('ACCESS_ERROR', 'Action unavailable', 403),
};

/**
 * The calling application: the token's client id, or for webhooks the CLIENT_ID
 * parameter ("required only for webhooks").
 */
export function botClientId(ctx: CallContext): string {
	if (ctx.auth.clientId) return ctx.auth.clientId;
	const clientId = toPhpString(ctx.params.CLIENT_ID).trim();
	if (clientId === '') throw imbotErrors.clientIdMissing();
	return clientId;
}

/** BOT_ID when given (it must belong to the app), otherwise the app's first bot. */
export function resolveBot(ctx: CallContext, clientId: string): ImBot {
	if (!phpEmpty(ctx.params.BOT_ID)) {
		const bot = ctx.state.im.bots.get(toInt(ctx.params.BOT_ID));
		if (!bot) throw imbotErrors.botNotFound();
		if (bot.clientId !== clientId) throw imbotErrors.otherApp();
		return bot;
	}
	const [first] = ctx.state.im.botsOf(clientId);
	if (!first) throw imbotErrors.botNotFound();
	return first;
}

export function requireChatId(ctx: CallContext): number {
	const chatId = toInt(ctx.params.CHAT_ID);
	if (chatId <= 0) throw imbotErrors.chatIdEmpty();
	return chatId;
}

/** A chat the bot belongs to, or ACCESS_ERROR. */
export function botChat(ctx: CallContext, bot: ImBot, chatId: number): ImChat {
	const chat = ctx.state.im.chats.get(chatId);
	if (!chat || !chat.users.includes(bot.id)) throw imbotErrors.actionUnavailable();
	return chat;
}

export function isHandlerUrl(value: unknown): boolean {
	return /^https?:\/\/[^\s/]+/i.test(toPhpString(value));
}

const PAYLOAD_LIMIT_BYTES = 30 * 1024;

/** ATTACH / KEYBOARD / MENU: a JSON string or a structure, up to 30 KB. */
export function checkPayload(value: unknown, name: 'ATTACH' | 'KEYBOARD' | 'MENU'): void {
	if (value === undefined || value === '') return;
	const messages = {
		ATTACH: ['ATTACH_ERROR', 'Incorrect attach params', 'ATTACH_OVERSIZE', 'You have exceeded the maximum allowable size of attach'],
		KEYBOARD: ['KEYBOARD_ERROR', 'Incorrect keyboard params', 'KEYBOARD_OVERSIZE', 'You have exceeded the maximum allowable size of keyboard'],
		MENU: ['MENU_ERROR', 'Incorrect menu params', 'MENU_OVERSIZE', 'You have exceeded the maximum allowable size of menu'],
	}[name];
	let structure: unknown = value;
	if (typeof value === 'string') {
		try {
			structure = JSON.parse(value);
		} catch {
			throw new RestError(messages[0], messages[1]);
		}
	}
	if (!isDict(structure) && !Array.isArray(structure)) throw new RestError(messages[0], messages[1]);
	if (Buffer.byteLength(JSON.stringify(structure)) > PAYLOAD_LIMIT_BYTES) throw new RestError(messages[2], messages[3]);
}
