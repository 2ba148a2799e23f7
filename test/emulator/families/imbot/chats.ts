/** imbot.chat.add / get / user.add / user.delete / user.list / leave */
import { RestError } from '../../errors';
import { isPhpArray, phpValues, toInt, toPhpString } from '../../php';
import type { ImChat } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { botChat, botClientId, imbotErrors, requireChatId, resolveBot } from './shared';

const CHAT_COLORS = ['RED', 'GREEN', 'MINT', 'LIGHT_BLUE', 'DARK_BLUE', 'PURPLE', 'AQUA', 'PINK', 'LIME', 'BROWN', 'AZURE', 'KHAKI', 'SAND', 'MARENGO', 'GRAY', 'GRAPHITE'];

function userIds(value: unknown): number[] {
	return phpValues(value).map(toInt).filter((id) => id > 0);
}

function add(ctx: CallContext): MethodResult {
	const bot = resolveBot(ctx, botClientId(ctx));
	if (ctx.params.USERS !== undefined && !isPhpArray(ctx.params.USERS)) throw new RestError('INVALID_FORMAT', 'Parameter USERS has wrong type');
	const members = [bot.id, ...userIds(ctx.params.USERS).filter((id) => ctx.state.users.get(id))];
	const color = toPhpString(ctx.params.COLOR).toUpperCase();
	const chat: ImChat = {
		id: ctx.state.im.chatIds.next(),
		type: toPhpString(ctx.params.TYPE).toUpperCase() === 'OPEN' ? 'open' : 'chat',
		title: toPhpString(ctx.params.TITLE),
		description: ctx.params.DESCRIPTION === undefined ? null : toPhpString(ctx.params.DESCRIPTION),
		color: CHAT_COLORS.includes(color) ? color : 'GRAY',
		avatar: '',
		ownerId: bot.id,
		entityType: toPhpString(ctx.params.ENTITY_TYPE),
		entityId: toPhpString(ctx.params.ENTITY_ID),
		users: [...new Set(members)],
		managerIds: [],
		createdMs: ctx.nowMs,
	};
	ctx.state.im.chats.set(chat.id, chat);
	const welcome = toPhpString(ctx.params.MESSAGE).trim();
	if (welcome !== '') {
		const id = ctx.state.im.messageIds.next();
		ctx.state.im.messages.set(id, { id, chatId: chat.id, dialogId: `chat${chat.id}`, authorId: bot.id, botId: bot.id, text: welcome, params: {}, system: false, deleted: false, dateMs: ctx.nowMs });
	}
	return { result: chat.id };
}

/** `{ID}` of the chat bound to ENTITY_TYPE/ENTITY_ID; null when a parameter is missing or nothing matches. */
function get(ctx: CallContext): MethodResult {
	const entityType = toPhpString(ctx.params.ENTITY_TYPE);
	const entityId = toPhpString(ctx.params.ENTITY_ID);
	if (entityType === '' || entityId === '') return { result: null };
	const chat = [...ctx.state.im.chats.values()].find((candidate) => candidate.entityType === entityType && candidate.entityId === entityId);
	if (!chat) return { result: null };
	const user = ctx.state.users.get(ctx.auth.userId);
	if (!chat.users.includes(ctx.auth.userId) && !user?.isAdmin) throw new RestError('ACCESS_ERROR', "You don't have access to this chat", 403);
	return { result: { ID: chat.id } };
}

function userAdd(ctx: CallContext): MethodResult {
	const chatId = requireChatId(ctx);
	const bot = resolveBot(ctx, botClientId(ctx));
	if (!isPhpArray(ctx.params.USERS)) throw new RestError('WRONG_REQUEST', 'User IDs must be passed in array format');
	const chat = botChat(ctx, bot, chatId);
	const added = userIds(ctx.params.USERS).filter((id) => ctx.state.users.get(id) && !chat.users.includes(id));
	if (added.length === 0) throw new RestError('WRONG_REQUEST', "You don't have access or user already member in chat");
	chat.users.push(...added);
	return { result: true };
}

function userDelete(ctx: CallContext): MethodResult {
	const chatId = requireChatId(ctx);
	const userId = toInt(ctx.params.USER_ID);
	if (userId <= 0) throw imbotErrors.userIdEmpty();
	const bot = resolveBot(ctx, botClientId(ctx));
	const chat = botChat(ctx, bot, chatId);
	if (!chat.users.includes(userId)) throw new RestError('WRONG_REQUEST', "You don't have access or user isn't a member of the chat");
	if (userId === chat.ownerId) throw new RestError('ACCESS_ERROR', 'LEAVE_OWNER_FORBIDDEN', 403);
	chat.users = chat.users.filter((id) => id !== userId);
	return { result: true };
}

function userList(ctx: CallContext): MethodResult {
	const chatId = requireChatId(ctx);
	const bot = resolveBot(ctx, botClientId(ctx));
	const chat = botChat(ctx, bot, chatId);
	return { result: [...chat.users].sort((a, b) => a - b) };
}

function leave(ctx: CallContext): MethodResult {
	const chatId = requireChatId(ctx);
	const bot = resolveBot(ctx, botClientId(ctx));
	const chat = ctx.state.im.chats.get(chatId);
	if (!chat) throw imbotErrors.actionUnavailable();
	if (!chat.users.includes(bot.id)) throw new RestError('WRONG_REQUEST', "You don't have access or user isn't a member in chat");
	chat.users = chat.users.filter((id) => id !== bot.id);
	if (chat.ownerId === bot.id) chat.ownerId = chat.users[0] ?? 0;
	return { result: true };
}

export const chatMethods: MethodSpec[] = [
	{ name: 'imbot.chat.add', scopes: ['imbot'], handler: add },
	{ name: 'imbot.chat.get', scopes: ['imbot'], handler: get },
	{ name: 'imbot.chat.user.add', scopes: ['imbot'], handler: userAdd },
	{ name: 'imbot.chat.user.delete', scopes: ['imbot'], handler: userDelete },
	{ name: 'imbot.chat.user.list', scopes: ['imbot'], handler: userList },
	{ name: 'imbot.chat.leave', scopes: ['imbot'], handler: leave },
];
