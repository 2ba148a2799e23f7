/** imbot.v2.Chat.add / get / update / leave / setOwner and imbot.v2.Chat.User.add / delete / list */
import { Dict, isDict, phpValues, toInt, toPhpString } from '../../php';
import type { ImBot, ImChat } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { CHAT_COLORS, chatNumber, dialogMessages, HEX_COLORS, storeMessage } from '../im/shared';
import { fieldsOf, ownBot, userView, v2Error } from './v2';

const accessDenied = () => v2Error('ACCESS_DENIED', 'Access denied', 403);

/** `lightBlue` → `LIGHT_BLUE`; unknown colors give undefined. */
function readColor(value: unknown): string | undefined {
	const name = toPhpString(value).replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
	return CHAT_COLORS.includes(name) ? name : undefined;
}

function userIds(value: unknown): number[] {
	return phpValues(value).map(toInt).filter((id) => id > 0);
}

/** A group chat (`chat<ID>`) the bot is a member of. */
function botChat(ctx: CallContext, bot: ImBot): ImChat {
	const chatId = chatNumber(ctx.params.dialogId);
	const chat = chatId === undefined ? undefined : ctx.state.im.chats.get(chatId);
	if (!chat || !chat.users.includes(bot.id)) throw accessDenied();
	return chat;
}

function chatView(chat: ImChat, bot: ImBot, ctx: CallContext): Dict {
	const messages = dialogMessages(ctx, chat.id, 0);
	const lastId = messages[messages.length - 1]?.id ?? 0;
	return {
		id: chat.id,
		dialogId: `chat${chat.id}`,
		name: chat.title,
		description: chat.description ?? '',
		type: chat.type,
		messageType: chat.type === 'open' ? 'O' : chat.type === 'lines' ? 'L' : 'C',
		owner: chat.ownerId,
		color: HEX_COLORS[chat.color] ?? chat.color,
		avatar: chat.avatar,
		extranet: false,
		containsCollaber: false,
		entityType: chat.entityType,
		entityId: chat.entityId,
		entityData1: '',
		entityData2: '',
		entityData3: '',
		entityLink: {},
		diskFolderId: 0,
		role: chat.ownerId === bot.id ? 'owner' : chat.managerIds.includes(bot.id) ? 'manager' : 'member',
		permissions: {},
		muteList: [...(chat.mutedBy ?? [])],
		parentChatId: null,
		parentMessageId: null,
		isNew: false,
		textFieldEnabled: 'Y',
		backgroundId: null,
		dateCreate: ctx.formatDate(chat.createdMs),
		lastMessageId: lastId,
		lastMessageViews: '{}',
		lastId,
		managerList: [...chat.managerIds],
		markedId: null,
		messageCount: messages.length,
		public: '',
		unreadId: null,
		userCounter: chat.users.length,
	};
}

function add(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const fields = fieldsOf(ctx);
	const members = [bot.id, ...userIds(fields.userIds).filter((id) => ctx.state.users.get(id))];
	const ownerId = toInt(fields.ownerId);
	const chat: ImChat = {
		id: ctx.state.im.chatIds.next(),
		type: 'chat',
		title: toPhpString(fields.title).trim(),
		description: toPhpString(fields.description),
		color: readColor(fields.color) ?? 'GRAY',
		avatar: '',
		ownerId: ownerId > 0 && members.includes(ownerId) ? ownerId : bot.id,
		entityType: '',
		entityId: '',
		users: [...new Set(members)],
		managerIds: [],
		createdMs: ctx.nowMs,
	};
	if (chat.title === '') chat.title = `Chat with ${chat.users.map((id) => ctx.state.users.fullName(id)).join(', ')}`;
	ctx.state.im.chats.set(chat.id, chat);
	const welcome = toPhpString(fields.message).trim();
	if (welcome !== '') storeMessage(ctx, { chatId: chat.id, dialogId: `chat${chat.id}`, authorId: bot.id, botId: bot.id, text: welcome, params: {}, system: false });
	return { result: { chat: chatView(chat, bot, ctx) } };
}

function get(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	return { result: { chat: chatView(botChat(ctx, bot), bot, ctx) } };
}

function update(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const chat = botChat(ctx, bot);
	const fields = fieldsOf(ctx);
	if (toPhpString(fields.title).trim() !== '') chat.title = toPhpString(fields.title).trim();
	if (fields.description !== undefined) chat.description = toPhpString(fields.description);
	const color = readColor(fields.color);
	if (color) chat.color = color;
	return { result: { result: true } };
}

const done = (): MethodResult => ({ result: { result: true } });

function userAdd(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const chat = botChat(ctx, bot);
	const added = userIds(ctx.params.userIds).filter((id) => ctx.state.users.get(id) && !chat.users.includes(id));
	chat.users.push(...added);
	return done();
}

function userDelete(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const chat = botChat(ctx, bot);
	const userId = toInt(ctx.params.userId);
	const canManage = chat.ownerId === bot.id || chat.managerIds.includes(bot.id);
	if (!canManage || !chat.users.includes(userId) || userId === chat.ownerId) throw accessDenied();
	chat.users = chat.users.filter((id) => id !== userId);
	return done();
}

/** Members ordered by `order` ({id|userId: ASC|DESC}), at most `limit` (1–200, default 50). */
function userList(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const chat = botChat(ctx, bot);
	const order = isDict(ctx.params.order) ? ctx.params.order : {};
	const descending = Object.values(order).some((direction) => toPhpString(direction).toUpperCase() === 'DESC');
	const sorted = [...chat.users].sort((a, b) => (descending ? b - a : a - b));
	const limit = Math.min(200, Math.max(1, toInt(ctx.params.limit) || 50));
	return { result: sorted.slice(0, limit).map((userId) => userView(userId, ctx, 'employee')) };
}

function leave(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const chat = botChat(ctx, bot);
	chat.users = chat.users.filter((id) => id !== bot.id);
	if (chat.ownerId === bot.id) chat.ownerId = chat.users[0] ?? 0;
	return done();
}

function setOwner(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const chat = botChat(ctx, bot);
	const userId = toInt(ctx.params.userId);
	if (chat.ownerId !== bot.id || !chat.users.includes(userId)) throw accessDenied();
	chat.ownerId = userId;
	return done();
}

export const v2ChatMethods: MethodSpec[] = [
	{ name: 'imbot.v2.Chat.add', scopes: ['imbot'], handler: add },
	{ name: 'imbot.v2.Chat.get', scopes: ['imbot'], handler: get },
	{ name: 'imbot.v2.Chat.update', scopes: ['imbot'], handler: update },
	{ name: 'imbot.v2.Chat.leave', scopes: ['imbot'], handler: leave },
	{ name: 'imbot.v2.Chat.setOwner', scopes: ['imbot'], handler: setOwner },
	{ name: 'imbot.v2.Chat.User.add', scopes: ['imbot'], handler: userAdd },
	{ name: 'imbot.v2.Chat.User.delete', scopes: ['imbot'], handler: userDelete },
	{ name: 'imbot.v2.Chat.User.list', scopes: ['imbot'], handler: userList },
];
