/** im.dialog.get / messages.get / read / read.all / unread / users.list */
import { RestError } from '../../errors';
import { Dict, isNumeric, phpMap, toInt, toPhpString } from '../../php';
import type { ImChat, ImMessage } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { dialogView as openLineDialogView } from '../imopenlines/views';
import { isOpenLineChat } from '../imopenlines/shared';
import { canRead, chatNumber, dialogMessages, HEX_COLORS, imErrors } from './shared';

/** The dialog a DIALOG_ID names: a chat the caller can read, or another user (a private dialog). */
function resolveDialog(ctx: CallContext): { chat: ImChat } | { userId: number } {
	const dialogId = toPhpString(ctx.params.DIALOG_ID).trim();
	const chatId = chatNumber(dialogId);
	if (chatId !== undefined) {
		const chat = ctx.state.im.chats.get(chatId);
		if (!chat || !canRead(ctx, chat)) throw imErrors.noDialogAccess();
		return { chat };
	}
	if (!/^\d+$/.test(dialogId) || Number(dialogId) <= 0) throw imErrors.dialogIdEmpty();
	if (!ctx.state.users.get(Number(dialogId))) throw imErrors.noDialogAccess();
	return { userId: Number(dialogId) };
}

function roleOf(chat: ImChat, userId: number): string {
	if (chat.ownerId === userId) return 'owner';
	if (chat.managerIds.includes(userId)) return 'manager';
	return chat.users.includes(userId) ? 'member' : 'guest';
}

function chatView(chat: ImChat, ctx: CallContext): Dict {
	const messages = dialogMessages(ctx, chat.id, 0);
	const lastId = messages[messages.length - 1]?.id ?? 0;
	const readUpTo = chat.readUpTo?.[ctx.auth.userId] ?? 0;
	const unread = messages.filter((message) => message.id > readUpTo && message.authorId !== ctx.auth.userId);
	const entityType = chat.entityType;
	return {
		id: chat.id,
		parent_chat_id: 0,
		parent_message_id: 0,
		name: chat.title,
		description: chat.description ?? '',
		owner: chat.ownerId,
		extranet: false,
		avatar: chat.avatar,
		color: HEX_COLORS[chat.color] ?? chat.color,
		type: chat.type,
		counter: unread.length,
		user_counter: chat.users.length,
		message_count: messages.length,
		unread_id: unread[0]?.id ?? 0,
		restrictions: { avatar: true, rename: true, extend: true, call: true, mute: true, leave: true, leave_owner: true, send: true, user_list: true, path: '', path_title: '' },
		last_message_id: lastId,
		last_id: readUpTo,
		marked_id: 0,
		disk_folder_id: 0,
		entity_type: entityType,
		entity_id: chat.entityId,
		entity_data_1: '',
		entity_data_2: '',
		entity_data_3: '',
		mute_list: [...(chat.mutedBy ?? [])],
		date_create: ctx.formatDate(chat.createdMs),
		message_type: chat.type === 'open' ? 'O' : 'C',
		public: '',
		role: roleOf(chat, ctx.auth.userId),
		entity_link: { type: entityType, url: '', id: chat.entityId },
		text_field_enabled: true,
		background_id: null,
		permissions: { manage_users_add: 'member', manage_users_delete: 'manager', manage_ui: 'member', manage_settings: 'owner', manage_messages: 'member', can_post: 'member' },
		is_new: false,
		readed_list: Object.entries(chat.readUpTo ?? {}).map(([userId, messageId]) => ({
			user_id: Number(userId),
			user_name: ctx.state.users.fullName(Number(userId)),
			message_id: messageId,
			date: null,
		})),
		manager_list: [...chat.managerIds],
		last_message_views: { message_id: lastId, first_viewers: [], count_of_viewers: 0 },
		dialog_id: `chat${chat.id}`,
	};
}

function get(ctx: CallContext): MethodResult {
	if (toPhpString(ctx.params.DIALOG_ID).trim() === '') throw imErrors.dialogIdEmpty();
	const dialog = resolveDialog(ctx);
	if (!('chat' in dialog)) throw imErrors.noDialogAccess();
	const chat = dialog.chat;
	return { result: isOpenLineChat(chat) ? openLineDialogView(chat, ctx) : chatView(chat, ctx) };
}

function userBrief(userId: number, ctx: CallContext): Dict {
	const user = ctx.state.users.get(userId);
	return {
		id: userId,
		active: user?.active ?? false,
		name: ctx.state.users.fullName(userId),
		first_name: user?.name ?? '',
		last_name: user?.lastName ?? '',
		work_position: user?.workPosition ?? '',
		color: '#df532d',
		avatar: '',
		avatar_hr: '',
		gender: user?.gender || 'M',
		birthday: '',
		extranet: user?.userType === 'extranet',
		network: false,
		bot: user?.isBot ?? false,
		connector: false,
		external_auth_id: user?.isBot ? 'bot' : 'default',
		status: 'online',
		idle: false,
		last_activity_date: ctx.nowIso,
		mobile_last_date: false,
		desktop_last_date: false,
		absent: false,
		departments: [...(user?.departments ?? [])],
		phones: false,
		bot_data: null,
		type: user?.isBot ? 'bot' : 'user',
		website: '',
		email: user?.email ?? '',
	};
}

function messageRow(message: ImMessage, readUpTo: number, ctx: CallContext): Dict {
	return {
		id: message.id,
		chat_id: message.chatId ?? 0,
		author_id: message.system ? 0 : message.authorId,
		date: ctx.formatDate(message.dateMs),
		text: message.text,
		unread: message.id > readUpTo && message.authorId !== ctx.auth.userId,
		uuid: null,
		replaces: [],
		params: phpMap({ ...message.params }),
		disappearing_date: null,
	};
}

function readId(ctx: CallContext, name: 'FIRST_ID' | 'LAST_ID'): number | undefined {
	const value = ctx.params[name];
	if (value === undefined || value === '') return undefined;
	if (!isNumeric(value)) throw new RestError(`${name}_STRING`, `${name === 'FIRST_ID' ? 'First' : 'Last'} ID can't be string`);
	return toInt(value);
}

/** Newest first, LIMIT (default 20, at most 50) older than LAST_ID; with FIRST_ID the newer ones, oldest first. */
function messagesGet(ctx: CallContext): MethodResult {
	if (toPhpString(ctx.params.DIALOG_ID).trim() === '') throw imErrors.dialogIdEmpty();
	const dialog = resolveDialog(ctx);
	const firstId = readId(ctx, 'FIRST_ID');
	const lastId = readId(ctx, 'LAST_ID');
	const limit = Math.min(50, Math.max(1, toInt(ctx.params.LIMIT) || 20));
	const chatId = 'chat' in dialog ? dialog.chat.id : null;
	const all = dialogMessages(ctx, chatId, 'userId' in dialog ? dialog.userId : 0);
	let rows: ImMessage[];
	if (firstId !== undefined) rows = all.filter((message) => message.id > firstId).slice(0, limit);
	else rows = all.filter((message) => lastId === undefined || message.id < lastId).reverse().slice(0, limit);
	const readUpTo = 'chat' in dialog ? dialog.chat.readUpTo?.[ctx.auth.userId] ?? 0 : 0;
	const authors = [...new Set(rows.filter((message) => !message.system).map((message) => message.authorId))];
	return {
		result: {
			chat_id: chatId ?? 0,
			messages: rows.map((message) => messageRow(message, readUpTo, ctx)),
			users: authors.map((userId) => userBrief(userId, ctx)),
			files: [],
		},
	};
}

function read(ctx: CallContext): MethodResult {
	if (toPhpString(ctx.params.DIALOG_ID).trim() === '') throw imErrors.dialogIdEmpty();
	const dialog = resolveDialog(ctx);
	if (!('chat' in dialog)) {
		return { result: { dialogId: String(dialog.userId), chatId: 0, lastId: toInt(ctx.params.MESSAGE_ID), counter: 0 } };
	}
	const chat = dialog.chat;
	const messages = dialogMessages(ctx, chat.id, 0);
	const requested = toInt(ctx.params.MESSAGE_ID);
	const lastId = requested > 0 ? requested : messages[messages.length - 1]?.id ?? 0;
	chat.readUpTo = { ...(chat.readUpTo ?? {}), [ctx.auth.userId]: lastId };
	const counter = messages.filter((message) => message.id > lastId && message.authorId !== ctx.auth.userId).length;
	return { result: { dialogId: `chat${chat.id}`, chatId: chat.id, lastId, counter } };
}

/** Members as user objects; SKIP_EXTERNAL=Y leaves out bots and open-line guests unless SKIP_EXTERNAL_EXCEPT_TYPES keeps them. */
function usersList(ctx: CallContext): MethodResult {
	if (toPhpString(ctx.params.DIALOG_ID).trim() === '') throw imErrors.dialogIdEmpty();
	const dialog = resolveDialog(ctx);
	const members = 'chat' in dialog ? [...dialog.chat.users] : [ctx.auth.userId, dialog.userId];
	const guests = new Set([...ctx.state.im.chats.values()].map((chat) => chat.openline?.guestUserId));
	const kept = toPhpString(ctx.params.SKIP_EXTERNAL_EXCEPT_TYPES).split(',').map((type) => type.trim().toLowerCase());
	const external = (userId: number) =>
		(ctx.state.users.get(userId)?.isBot && !kept.includes('bot')) || (guests.has(userId) && !kept.includes('imconnector'));
	const listed = toPhpString(ctx.params.SKIP_EXTERNAL).toUpperCase() === 'Y' ? members.filter((userId) => !external(userId)) : members;
	const sorted = listed.sort((a, b) => a - b);
	const lastId = toInt(ctx.params.LAST_ID);
	const from = lastId > 0 ? sorted.filter((userId) => userId > lastId) : sorted.slice(Math.max(0, toInt(ctx.params.OFFSET)));
	const limit = Math.min(200, toInt(ctx.params.LIMIT) > 0 ? toInt(ctx.params.LIMIT) : 50);
	const page = from.slice(0, limit);
	const offset = sorted.length - from.length;
	const next = offset + limit < sorted.length ? offset + limit : undefined;
	return { result: page.map((userId) => userBrief(userId, ctx)), total: sorted.length, next };
}

/** Marks every chat of the caller as read up to its last message. */
function readAll(ctx: CallContext): MethodResult {
	for (const chat of ctx.state.im.chats.values()) {
		if (!chat.users.includes(ctx.auth.userId)) continue;
		const messages = dialogMessages(ctx, chat.id, 0);
		chat.readUpTo = { ...(chat.readUpTo ?? {}), [ctx.auth.userId]: messages[messages.length - 1]?.id ?? 0 };
	}
	return { result: true };
}

/** Makes MESSAGE_ID the first unread message of the caller. */
function unread(ctx: CallContext): MethodResult {
	if (toPhpString(ctx.params.DIALOG_ID).trim() === '') throw imErrors.dialogIdEmpty();
	const messageId = toInt(ctx.params.MESSAGE_ID);
	if (messageId <= 0) throw new RestError('MESSAGE_ID_ERROR', "First unread message id can't be empty");
	const dialog = resolveDialog(ctx);
	if ('chat' in dialog) dialog.chat.readUpTo = { ...(dialog.chat.readUpTo ?? {}), [ctx.auth.userId]: messageId - 1 };
	return { result: true };
}

export const dialogMethods: MethodSpec[] = [
	{ name: 'im.dialog.get', scopes: ['im'], handler: get },
	{ name: 'im.dialog.messages.get', scopes: ['im'], handler: messagesGet },
	{ name: 'im.dialog.read', scopes: ['im'], handler: read },
	{ name: 'im.dialog.read.all', scopes: ['im'], handler: readAll },
	{ name: 'im.dialog.unread', scopes: ['im'], handler: unread },
	{ name: 'im.dialog.users.list', scopes: ['im'], handler: usersList },
];
