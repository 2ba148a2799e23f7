/** imbot.v2.Bot.register / get / list / update / unregister and imbot.v2.Chat.Message.send / update / delete */
import { RestError } from '../../errors';
import { Dict, isDict, isYes, phpEmpty, toInt, toPhpString } from '../../php';
import type { BotV2Settings, ImBot, ImMessage } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { chatNumber, storeMessage } from '../im/shared';

export const v2Error = (code: string, description: string, status = 400) => new RestError(code, description, status);
const errors = {
	tokenMissing: () => v2Error('BOT_TOKEN_NOT_SPECIFIED', 'Bot token is not specified'),
	botIdRequired: () => v2Error('BOT_ID_REQUIRED', 'Bot ID is required'),
	notFound: () => v2Error('BOT_NOT_FOUND', 'Bot not found'),
	ownership: () => v2Error('BOT_OWNERSHIP_ERROR', 'Bot is registered by another application', 403),
	accessDenied: () => v2Error('ACCESS_DENIED', 'Access denied', 403),
};

const TYPES: Record<string, ImBot['type']> = { bot: 'B', network: 'B', openline: 'O', supervisor: 'S', personal: 'S' };
const BACKGROUNDS = ['azure', 'mint', 'steel', 'slate', 'teal', 'cornflower', 'sky', 'peach', 'frost'];
const MAX_TOKEN_LENGTH = 40;

/** Booleans arrive as JSON booleans or as "Y"/"N". */
export const flag = (value: unknown, fallback: boolean): boolean => (value === undefined ? fallback : isYes(value));

export function fieldsOf(ctx: CallContext): Dict {
	return isDict(ctx.params.fields) ? ctx.params.fields : {};
}

/** Who calls: an application (by its token's client id) or a webhook naming the bot by botToken. */
function caller(ctx: CallContext, token: unknown): { clientId?: string; botToken?: string } {
	if (ctx.auth.clientId) return { clientId: ctx.auth.clientId };
	const botToken = toPhpString(token).trim();
	if (botToken === '') throw errors.tokenMissing();
	return { botToken };
}

function owns(bot: ImBot, who: { clientId?: string; botToken?: string }): boolean {
	return who.clientId !== undefined ? bot.clientId === who.clientId : bot.botToken === who.botToken;
}

export function ownBot(ctx: CallContext): ImBot {
	const who = caller(ctx, ctx.params.botToken);
	if (phpEmpty(ctx.params.botId)) throw errors.botIdRequired();
	const bot = ctx.state.im.bots.get(toInt(ctx.params.botId));
	if (!bot) throw errors.notFound();
	if (!owns(bot, who)) throw errors.ownership();
	return bot;
}

function settingsOf(bot: ImBot): BotV2Settings {
	return bot.v2 ?? {
		type: bot.type === 'O' ? 'openline' : bot.type === 'S' ? 'supervisor' : 'bot',
		eventMode: 'webhook',
		webhookUrl: bot.handlers.EVENT_MESSAGE_ADD ?? '',
		isHidden: false,
		isReactionsEnabled: true,
		isSupportOpenline: bot.openline === 'Y',
		backgroundId: null,
	};
}

function botView(bot: ImBot, ctx: CallContext): Dict {
	const settings = settingsOf(bot);
	const messages = [...ctx.state.im.messages.values()].filter((message) => message.botId === bot.id);
	return {
		id: bot.id,
		code: bot.code,
		type: settings.type,
		isHidden: settings.isHidden,
		isSupportOpenline: settings.isSupportOpenline,
		isReactionsEnabled: settings.isReactionsEnabled,
		backgroundId: settings.backgroundId,
		language: 'en',
		moduleId: 'rest',
		eventMode: settings.eventMode,
		countMessage: messages.length,
		countCommand: [...ctx.state.im.commands.values()].filter((command) => command.botId === bot.id).length,
		countChat: [...ctx.state.im.chats.values()].filter((chat) => chat.users.includes(bot.id)).length,
		countUser: new Set(messages.filter((message) => message.chatId === null).map((message) => message.dialogId)).size,
	};
}

/** A user as the v2 methods print it; people are `user` in bot answers and `employee` in chat member lists. */
export function userView(userId: number, ctx: CallContext, personType: 'user' | 'employee' = 'user'): Dict {
	const user = ctx.state.users.get(userId);
	return {
		id: userId,
		active: user?.active ?? false,
		name: ctx.state.users.fullName(userId),
		firstName: user?.name ?? '',
		lastName: user?.lastName ?? '',
		workPosition: user?.workPosition ?? '',
		color: '#df532d',
		avatar: '',
		gender: user?.gender || 'M',
		birthday: '',
		extranet: false,
		bot: user?.isBot ?? false,
		connector: false,
		externalAuthId: user?.isBot ? 'bot' : 'default',
		status: 'online',
		idle: false,
		lastActivityDate: ctx.nowIso,
		absent: false,
		departments: [...(user?.departments ?? [])],
		phones: false,
		type: user?.isBot ? 'bot' : personType,
	};
}

const answer = (bot: ImBot, ctx: CallContext): MethodResult => ({ result: { bot: botView(bot, ctx), users: [userView(bot.id, ctx)] } });

function readToken(value: unknown): string | undefined {
	const token = toPhpString(value).trim();
	if (token === '') return undefined;
	if (token.length > MAX_TOKEN_LENGTH) throw v2Error('BOT_TOKEN_INVALID_LENGTH', 'Bot token is too long');
	return token;
}

function readEventMode(fields: Dict, current: BotV2Settings): Pick<BotV2Settings, 'eventMode' | 'webhookUrl'> {
	const mode = fields.eventMode === undefined ? current.eventMode : toPhpString(fields.eventMode);
	if (mode !== 'fetch' && mode !== 'webhook') throw v2Error('BOT_INVALID_EVENT_MODE', 'Invalid event mode');
	const webhookUrl = fields.webhookUrl === undefined ? current.webhookUrl : toPhpString(fields.webhookUrl).trim();
	if (mode === 'webhook' && webhookUrl === '') throw v2Error('BOT_WEBHOOK_URL_REQUIRED', 'Webhook URL is required');
	if (webhookUrl !== '' && !/^https?:\/\/[^\s/]+/i.test(webhookUrl)) throw v2Error('BOT_INVALID_CALLBACK', 'Invalid callback URL');
	return { eventMode: mode, webhookUrl };
}

function applyProperties(bot: ImBot, properties: Dict, ctx: CallContext): void {
	bot.properties = { ...bot.properties, ...properties };
	const user = ctx.state.users.get(bot.id);
	if (!user) return;
	if (properties.name !== undefined) user.name = toPhpString(properties.name);
	if (properties.lastName !== undefined) user.lastName = toPhpString(properties.lastName);
	if (properties.workPosition !== undefined) user.workPosition = toPhpString(properties.workPosition);
	const gender = toPhpString(properties.gender).toUpperCase();
	if (gender === 'M' || gender === 'F') user.gender = gender;
}

function register(ctx: CallContext): MethodResult {
	const fields = fieldsOf(ctx);
	const botToken = readToken(fields.botToken);
	const who = caller(ctx, botToken);
	const code = toPhpString(fields.code).trim();
	if (code === '') throw v2Error('BOT_CODE_REQUIRED', 'Bot code is required');
	const properties = isDict(fields.properties) ? fields.properties : {};
	if (toPhpString(properties.name).trim() === '') throw v2Error('BOT_PROPERTIES_REQUIRED', 'Bot properties are required');
	const type = fields.type === undefined ? 'bot' : toPhpString(fields.type);
	if (!(type in TYPES)) throw v2Error('BOT_INVALID_TYPE', 'Invalid bot type');
	const defaults: BotV2Settings = { type, eventMode: 'fetch', webhookUrl: '', isHidden: false, isReactionsEnabled: true, isSupportOpenline: false, backgroundId: null };
	const events = readEventMode(fields, defaults);
	const existing = [...ctx.state.im.bots.values()].find((bot) => bot.code === code);
	if (existing) {
		if (!owns(existing, who)) throw v2Error('BOT_CODE_ALREADY_TAKEN', 'Bot code is already taken');
		return answer(existing, ctx);
	}
	const user = ctx.state.users.add({ name: '', lastName: '', email: '', active: true, isAdmin: false, workPosition: '', gender: '', departments: [], isBot: true });
	const background = toPhpString(fields.backgroundId);
	const bot: ImBot = {
		id: user.id,
		code,
		type: TYPES[type],
		openline: type === 'openline' || flag(fields.isSupportOpenline, false) ? 'Y' : 'N',
		clientId: who.clientId ?? '',
		handlers: {},
		properties: {},
		botToken,
		v2: {
			...defaults,
			...events,
			isHidden: flag(fields.isHidden, false),
			isReactionsEnabled: flag(fields.isReactionsEnabled, true),
			isSupportOpenline: type === 'openline' || flag(fields.isSupportOpenline, false),
			backgroundId: BACKGROUNDS.includes(background) ? background : null,
		},
	};
	applyProperties(bot, properties, ctx);
	ctx.state.im.bots.set(bot.id, bot);
	return answer(bot, ctx);
}

function get(ctx: CallContext): MethodResult {
	const who = caller(ctx, ctx.params.botToken);
	const code = toPhpString(ctx.params.code).trim();
	if (phpEmpty(ctx.params.botId) && code === '') throw v2Error('PARAMS_REQUIRED', 'Required parameters are missing');
	const bot = phpEmpty(ctx.params.botId)
		? [...ctx.state.im.bots.values()].find((candidate) => candidate.code === code)
		: ctx.state.im.bots.get(toInt(ctx.params.botId));
	if (!bot || !owns(bot, who)) throw errors.notFound();
	return answer(bot, ctx);
}

/** The caller's bots (the application's, or the one a webhook's botToken names), `limit`/`offset` pages. */
function list(ctx: CallContext): MethodResult {
	const who = caller(ctx, ctx.params.botToken);
	const filter = isDict(ctx.params.filter) ? ctx.params.filter : {};
	const type = toPhpString(filter.type);
	const bots = [...ctx.state.im.bots.values()].filter((bot) => owns(bot, who) && (type === '' || settingsOf(bot).type === type)).sort((a, b) => a.id - b.id);
	const limit = toInt(ctx.params.limit) > 0 ? toInt(ctx.params.limit) : 50;
	const offset = Math.max(0, toInt(ctx.params.offset));
	const page = bots.slice(offset, offset + limit);
	return { result: { bots: page.map((bot) => botView(bot, ctx)), users: page.map((bot) => userView(bot.id, ctx)), hasNextPage: offset + limit < bots.length } };
}

function update(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const fields = fieldsOf(ctx);
	const current = settingsOf(bot);
	const events = readEventMode(fields, current);
	const background = fields.backgroundId === undefined ? current.backgroundId : BACKGROUNDS.includes(toPhpString(fields.backgroundId)) ? toPhpString(fields.backgroundId) : null;
	bot.v2 = {
		...current,
		...events,
		isHidden: flag(fields.isHidden, current.isHidden),
		isReactionsEnabled: flag(fields.isReactionsEnabled, current.isReactionsEnabled),
		isSupportOpenline: flag(fields.isSupportOpenline, current.isSupportOpenline),
		backgroundId: background,
	};
	bot.openline = bot.v2.isSupportOpenline ? 'Y' : 'N';
	const newToken = readToken(fields.botToken);
	if (newToken !== undefined) {
		const taken = [...ctx.state.im.bots.values()].some((other) => other.id !== bot.id && other.botToken === newToken);
		if (taken) throw v2Error('BOT_TOKEN_ROTATION_FAILED', 'Bot token rotation failed');
		bot.botToken = newToken;
	}
	if (isDict(fields.properties)) applyProperties(bot, fields.properties, ctx);
	return answer(bot, ctx);
}

function unregister(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	ctx.state.im.bots.delete(bot.id);
	for (const chat of ctx.state.im.chats.values()) chat.users = chat.users.filter((userId) => userId !== bot.id);
	for (const command of [...ctx.state.im.commands.values()]) if (command.botId === bot.id) ctx.state.im.commands.delete(command.id);
	const user = ctx.state.users.get(bot.id);
	if (user) user.active = false;
	return { result: { result: true } };
}

/** Message content of `fields`: text, attach, keyboard, flags; booleans may be "Y"/"N". */
export function content(fields: Dict): Record<string, unknown> {
	const params: Record<string, unknown> = {};
	if (fields.attach !== undefined && fields.attach !== '') params.ATTACH = fields.attach;
	if (fields.keyboard !== undefined && fields.keyboard !== '' && fields.keyboard !== 'N') params.KEYBOARD = fields.keyboard;
	if (fields.urlPreview !== undefined) params.URL_PREVIEW = flag(fields.urlPreview, true) ? 'Y' : 'N';
	return params;
}

const MAX_TEXT = 20_000;

export function clip(text: string): string {
	return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)} (...)` : text;
}

function send(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const fields = fieldsOf(ctx);
	const dialogId = toPhpString(ctx.params.dialogId).trim();
	const chatId = chatNumber(dialogId);
	let target: { chatId: number | null; dialogId: string };
	if (chatId !== undefined) {
		const chat = ctx.state.im.chats.get(chatId);
		if (!chat || !chat.users.includes(bot.id)) throw errors.accessDenied();
		target = { chatId, dialogId: `chat${chatId}` };
	} else {
		if (!/^\d+$/.test(dialogId) || !ctx.state.users.get(Number(dialogId))) throw errors.accessDenied();
		target = { chatId: null, dialogId };
	}
	const text = clip(toPhpString(fields.message).trim());
	const params = content(fields);
	if (text === '' && params.ATTACH === undefined) throw v2Error('EMPTY_MESSAGE', 'Message is empty');
	if (!phpEmpty(fields.replyId)) params.REPLY_ID = toInt(fields.replyId);
	const message = storeMessage(ctx, { ...target, authorId: bot.id, botId: bot.id, text, params, system: flag(fields.system, false) });
	return { result: { id: message.id, uuidMap: {} } };
}

function botMessage(ctx: CallContext, bot: ImBot): ImMessage {
	const message = ctx.state.im.messages.get(toInt(ctx.params.messageId));
	if (!message || message.deleted || message.botId !== bot.id) throw errors.accessDenied();
	return message;
}

function updateMessage(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const message = botMessage(ctx, bot);
	const fields = fieldsOf(ctx);
	if (fields.message !== undefined) message.text = clip(toPhpString(fields.message).trim());
	message.params = { ...message.params, ...content(fields) };
	if (fields.keyboard === 'N') delete message.params.KEYBOARD;
	return { result: { result: true } };
}

function deleteMessage(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const message = botMessage(ctx, bot);
	if (flag(ctx.params.complete, false)) ctx.state.im.messages.delete(message.id);
	else message.deleted = true;
	return { result: { result: true } };
}

export const v2Methods: MethodSpec[] = [
	{ name: 'imbot.v2.Bot.register', scopes: ['imbot'], handler: register },
	{ name: 'imbot.v2.Bot.get', scopes: ['imbot'], handler: get },
	{ name: 'imbot.v2.Bot.list', scopes: ['imbot'], handler: list },
	{ name: 'imbot.v2.Bot.update', scopes: ['imbot'], handler: update },
	{ name: 'imbot.v2.Bot.unregister', scopes: ['imbot'], handler: unregister },
	{ name: 'imbot.v2.Chat.Message.send', scopes: ['imbot'], handler: send },
	{ name: 'imbot.v2.Chat.Message.update', scopes: ['imbot'], handler: updateMessage },
	{ name: 'imbot.v2.Chat.Message.delete', scopes: ['imbot'], handler: deleteMessage },
];
