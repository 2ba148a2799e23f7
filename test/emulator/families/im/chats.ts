/** im.chat.add / get / updateTitle / updateColor / setOwner / user.add / user.delete / user.list / leave / mute */
import { RestError } from '../../errors';
import { isPhpArray, isYes, phpValues, toInt, toPhpString } from '../../php';
import type { ImChat } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { CHAT_COLORS, chatIdOf, imErrors, memberChat, storeMessage } from './shared';

function userIds(value: unknown): number[] {
	return phpValues(value).map(toInt).filter((id) => id > 0);
}

function add(ctx: CallContext): MethodResult {
	const me = ctx.auth.userId;
	const members = [me, ...userIds(ctx.params.USERS).filter((id) => ctx.state.users.get(id))];
	const color = toPhpString(ctx.params.COLOR).toUpperCase();
	const chat: ImChat = {
		id: ctx.state.im.chatIds.next(),
		type: toPhpString(ctx.params.TYPE).toUpperCase() === 'OPEN' ? 'open' : 'chat',
		title: toPhpString(ctx.params.TITLE).trim(),
		description: ctx.params.DESCRIPTION === undefined ? null : toPhpString(ctx.params.DESCRIPTION),
		color: CHAT_COLORS.includes(color) ? color : 'GRAY',
		avatar: '',
		ownerId: me,
		entityType: toPhpString(ctx.params.ENTITY_TYPE),
		entityId: toPhpString(ctx.params.ENTITY_ID),
		users: [...new Set(members)],
		managerIds: [],
		createdMs: ctx.nowMs,
	};
	if (chat.title === '') chat.title = `Chat with ${chat.users.map((id) => ctx.state.users.fullName(id)).join(', ')}`;
	ctx.state.im.chats.set(chat.id, chat);
	const welcome = toPhpString(ctx.params.MESSAGE).trim();
	if (welcome !== '') storeMessage(ctx, { chatId: chat.id, dialogId: `chat${chat.id}`, authorId: me, text: welcome, params: {}, system: false });
	return { result: chat.id };
}

/** `{ID}` of the chat bound to ENTITY_TYPE / ENTITY_ID among the caller's chats; null when none. */
function get(ctx: CallContext): MethodResult {
	const entityType = toPhpString(ctx.params.ENTITY_TYPE);
	const entityId = toPhpString(ctx.params.ENTITY_ID);
	if (entityType === '' || entityId === '') return { result: null };
	const chat = [...ctx.state.im.chats.values()].find(
		(candidate) => candidate.entityType === entityType && candidate.entityId === entityId && candidate.users.includes(ctx.auth.userId),
	);
	return { result: chat ? { ID: chat.id } : null };
}

function updateTitle(ctx: CallContext): MethodResult {
	const chat = memberChat(ctx, chatIdOf(ctx, true));
	const title = toPhpString(ctx.params.TITLE).trim();
	if (title === '') throw new RestError('TITLE_EMPTY', "Title can't be empty");
	if (chat.type === 'lines') throw new RestError('ACCESS_ERROR', 'This chat cannot be renamed', 403);
	chat.title = title;
	return { result: true };
}

function updateColor(ctx: CallContext): MethodResult {
	const chatId = chatIdOf(ctx, true);
	const color = toPhpString(ctx.params.COLOR).toUpperCase();
	if (!CHAT_COLORS.includes(color)) throw new RestError('WRONG_COLOR', 'This color currently unavailable');
	const chat = ctx.state.im.chats.get(chatId);
	if (!chat) throw new RestError('WRONG_REQUEST', "This color currently set or chat doesn't exist");
	memberChat(ctx, chatId);
	if (chat.color === color) throw new RestError('WRONG_REQUEST', "This color currently set or chat doesn't exist");
	chat.color = color;
	return { result: true };
}

function setOwner(ctx: CallContext): MethodResult {
	const chat = memberChat(ctx, chatIdOf(ctx, true));
	const userId = toInt(ctx.params.USER_ID);
	if (userId <= 0) throw imErrors.userIdEmpty();
	if (chat.ownerId !== ctx.auth.userId || !chat.users.includes(userId)) {
		throw new RestError('WRONG_REQUEST', 'Change owner can only owner and user must be member in chat');
	}
	chat.ownerId = userId;
	return { result: true };
}

function userAdd(ctx: CallContext): MethodResult {
	const chat = memberChat(ctx, chatIdOf(ctx, false));
	if (chat.type === 'lines') throw new RestError('ACCESS_ERROR', 'It is forbidden to add users to this chat', 403);
	if (!isPhpArray(ctx.params.USERS)) throw new RestError('ACCESS_DENIED_EXTEND', 'Insufficient permissions to add participants to the chat', 403);
	const added = userIds(ctx.params.USERS).filter((id) => ctx.state.users.get(id) && !chat.users.includes(id));
	chat.users.push(...added);
	return { result: true };
}

function userDelete(ctx: CallContext): MethodResult {
	const chat = memberChat(ctx, chatIdOf(ctx, false));
	const userId = toInt(ctx.params.USER_ID);
	if (userId <= 0) throw imErrors.userIdEmpty();
	if (chat.type === 'lines') throw new RestError('ACCESS_ERROR', 'It is forbidden to delete users of this chat', 403);
	if (!chat.users.includes(userId)) throw new RestError('USER_NOT_FOUND', 'The specified user is not in the chat');
	if (chat.ownerId !== ctx.auth.userId || userId === chat.ownerId) {
		throw new RestError('ACCESS_DENIED_KICK', 'Insufficient rights to exclude participants from the chat', 403);
	}
	chat.users = chat.users.filter((id) => id !== userId);
	return { result: true };
}

function userList(ctx: CallContext): MethodResult {
	const chat = memberChat(ctx, chatIdOf(ctx, false));
	return { result: [...chat.users] };
}

function leave(ctx: CallContext): MethodResult {
	const chatId = chatIdOf(ctx, false);
	const chat = ctx.state.im.chats.get(chatId);
	if (!chat) throw imErrors.actionUnavailable();
	if (chat.type === 'lines') throw new RestError('ACCESS_ERROR', 'It is forbidden to delete users of this chat', 403);
	if (!chat.users.includes(ctx.auth.userId)) throw new RestError('ACCESS_DENIED_KICK', 'Access denied to kick user from chat', 403);
	chat.users = chat.users.filter((id) => id !== ctx.auth.userId);
	if (chat.ownerId === ctx.auth.userId) chat.ownerId = chat.users[0] ?? 0;
	return { result: true };
}

function mute(ctx: CallContext): MethodResult {
	const chat = memberChat(ctx, chatIdOf(ctx, true));
	const muted = new Set(chat.mutedBy ?? []);
	if (ctx.params.MUTE === undefined || isYes(ctx.params.MUTE)) muted.add(ctx.auth.userId);
	else muted.delete(ctx.auth.userId);
	chat.mutedBy = [...muted];
	return { result: true };
}

export const chatMethods: MethodSpec[] = [
	{ name: 'im.chat.add', scopes: ['im'], handler: add },
	{ name: 'im.chat.get', scopes: ['im'], handler: get },
	{ name: 'im.chat.updateTitle', scopes: ['im'], handler: updateTitle },
	{ name: 'im.chat.updateColor', scopes: ['im'], handler: updateColor },
	{ name: 'im.chat.setOwner', scopes: ['im'], handler: setOwner },
	{ name: 'im.chat.user.add', scopes: ['im'], handler: userAdd },
	{ name: 'im.chat.user.delete', scopes: ['im'], handler: userDelete },
	{ name: 'im.chat.user.list', scopes: ['im'], handler: userList },
	{ name: 'im.chat.leave', scopes: ['im'], handler: leave },
	{ name: 'im.chat.mute', scopes: ['im'], handler: mute },
];
