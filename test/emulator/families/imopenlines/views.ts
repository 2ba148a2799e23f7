/** Shapes of imopenlines.dialog.get (snake_case chat) and imopenlines.session.history.get (camelCase bundle). */
import { Dict, phpMap } from '../../php';
import type { ImMessage, OpenLineSession } from '../../state/imStore';
import type { CallContext } from '../../types';
import type { OpenLineChat } from './shared';

function crmType(chat: OpenLineChat): string {
	return chat.openline.crmEntityType ?? 'NONE';
}

/** `Y|LEAD|1205|N|N|321|1773223732|0|0|0`: session state, CRM binding, session id and start time. */
export function entityData1(chat: OpenLineChat, session: OpenLineSession | undefined): string {
	const open = session && !session.closed ? 'Y' : 'N';
	const start = session ? Math.floor(session.startMs / 1000) : 0;
	return `${open}|${crmType(chat)}|${chat.openline.crmEntityId}|N|N|${session?.id ?? 0}|${start}|0|0|0`;
}

/** `LEAD|1205|COMPANY|0|CONTACT|0|DEAL|0`. */
export function entityData2(chat: OpenLineChat): string {
	const ids: Record<string, number> = { LEAD: 0, COMPANY: 0, CONTACT: 0, DEAL: 0 };
	if (chat.openline.crmEntityType) ids[chat.openline.crmEntityType] = chat.openline.crmEntityId;
	return `LEAD|${ids.LEAD}|COMPANY|${ids.COMPANY}|CONTACT|${ids.CONTACT}|DEAL|${ids.DEAL}`;
}

const PERMISSIONS = { manageUsersAdd: 'member', manageUsersDelete: 'manager', manageUi: 'member', manageSettings: 'owner', manageMessages: 'member', canPost: 'member' };

function snakeKeys(source: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(source)) out[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value;
	return out;
}

export function dialogView(chat: OpenLineChat, ctx: CallContext): Dict {
	const session = ctx.state.im.lastSessionOf(chat.id);
	const messages = ctx.state.im.messagesOf(chat.id);
	const lastMessage = messages[messages.length - 1];
	const guestId = chat.openline.guestUserId;
	const role = chat.ownerId === ctx.auth.userId ? 'owner' : chat.users.includes(ctx.auth.userId) ? 'member' : 'none';
	return {
		id: chat.id,
		parent_chat_id: 0,
		parent_message_id: 0,
		name: chat.title,
		description: chat.description,
		owner: chat.ownerId,
		extranet: false,
		avatar: chat.avatar,
		color: chat.color,
		type: 'lines',
		counter: 0,
		user_counter: chat.users.length,
		message_count: messages.length,
		unread_id: 0,
		restrictions: { avatar: true, rename: true, extend: true, call: true, mute: true, leave: true, leave_owner: true, send: true, user_list: true },
		last_message_id: lastMessage?.id ?? 0,
		last_id: lastMessage?.id ?? 0,
		marked_id: 0,
		disk_folder_id: 0,
		entity_type: 'LINES',
		entity_id: chat.entityId,
		entity_data_1: entityData1(chat, session),
		entity_data_2: entityData2(chat),
		entity_data_3: 'N',
		mute_list: [],
		date_create: ctx.formatDate(chat.createdMs),
		message_type: 'L',
		public: '',
		role,
		entity_link: { type: 'LINES', url: '', id: chat.entityId },
		text_field_enabled: true,
		background_id: null,
		permissions: snakeKeys(PERMISSIONS),
		is_new: false,
		readed_list: [{ user_id: guestId, user_name: ctx.state.users.fullName(guestId), message_id: lastMessage?.id ?? 0, date: null }],
		manager_list: [...chat.managerIds],
		last_message_views: {
			message_id: lastMessage?.id ?? 0,
			first_viewers: chat.openline.operatorId
				? [{ user_id: chat.openline.operatorId, user_name: ctx.state.users.fullName(chat.openline.operatorId), date: ctx.formatDate(lastMessage?.dateMs ?? chat.createdMs) }]
				: [],
			count_of_viewers: 0,
		},
		dialog_id: `chat${chat.id}`,
	};
}

function messageView(message: ImMessage, ctx: CallContext): Dict {
	return {
		id: String(message.id),
		chatid: String(message.chatId),
		senderid: String(message.authorId),
		recipientid: message.dialogId,
		date: ctx.formatDate(message.dateMs),
		text: message.text,
		textlegacy: message.text,
		params: phpMap({ ...message.params }),
	};
}

function userView(userId: number, chat: OpenLineChat, ctx: CallContext): Dict {
	const user = ctx.state.users.get(userId);
	const isGuest = userId === chat.openline.guestUserId;
	return {
		id: String(userId),
		name: ctx.state.users.fullName(userId),
		active: user?.active ?? false,
		firstName: user?.name ?? '',
		lastName: user?.lastName ?? '',
		workPosition: user?.workPosition ?? '',
		color: '#4ba984',
		avatar: '',
		avatarId: '0',
		birthday: '',
		gender: user?.gender || 'M',
		phoneDevice: false,
		phones: false,
		extranet: isGuest,
		network: false,
		bot: user?.isBot ?? false,
		connector: isGuest,
		profile: `/company/personal/user/${userId}/`,
		externalAuthId: isGuest ? 'imconnector' : 'default',
		status: 'online',
		idle: false,
		lastActivityDate: ctx.nowIso,
		mobileLastDate: false,
		desktopLastDate: false,
		departments: [...(user?.departments ?? [])],
		absent: false,
		type: isGuest ? 'extranet' : 'user',
		services: null,
		botData: null,
	};
}

function chatView(chat: OpenLineChat, session: OpenLineSession, ctx: CallContext): Dict {
	const muteList: Dict = {};
	for (const userId of chat.users) muteList[String(userId)] = false;
	return {
		id: String(chat.id),
		parentChatId: 0,
		parentMessageId: 0,
		name: chat.title,
		owner: String(chat.ownerId),
		color: chat.color,
		extranet: false,
		avatar: chat.avatar,
		call: '0',
		callNumber: '',
		entityType: 'LINES',
		entityId: chat.entityId,
		entityData1: entityData1(chat, session),
		entityData2: entityData2(chat),
		entityData3: '',
		messageCount: ctx.state.im.messagesOf(chat.id).length,
		public: '',
		muteList: phpMap(muteList),
		managerList: [...chat.managerIds],
		dateCreate: ctx.formatDate(chat.createdMs),
		type: 'lines',
		entityLink: { type: 'LINES', url: '', id: chat.entityId },
		permissions: { ...PERMISSIONS },
		textFieldEnabled: true,
		backgroundId: null,
		messageType: 'L',
		isNew: false,
	};
}

export function historyView(chat: OpenLineChat, session: OpenLineSession, ctx: CallContext): Dict {
	const messages = ctx.state.im.messagesOf(chat.id).sort((a, b) => b.id - a.id);
	const dialogKey = `chat${chat.id}`;
	const messageMap: Dict = {};
	for (const message of messages) messageMap[String(message.id)] = messageView(message, ctx);
	const users: Dict = {};
	const blocked: Dict = {};
	for (const userId of chat.users) {
		users[String(userId)] = userView(userId, chat, ctx);
		blocked[String(userId)] = false;
	}
	const employees = chat.users.filter((userId) => userId !== chat.openline.guestUserId).map(String);
	return {
		chatId: chat.id,
		canJoin: 'Y',
		canVoteHead: 'Y',
		sessionId: session.id,
		sessionVoteHead: 0,
		sessionCommentHead: null,
		userId: dialogKey,
		message: phpMap(messageMap),
		usersMessage: { [dialogKey]: messages.map((message) => String(message.id)) },
		users: phpMap(users),
		openlines: { canvoteashead: { [String(chat.openline.lineId)]: true } },
		userInGroup: { '1': { id: 1, users: employees } },
		woUserInGroup: [],
		chat: { [String(chat.id)]: chatView(chat, session, ctx) },
		userBlockChat: { [String(chat.id)]: phpMap(blocked) },
		userInChat: { [String(chat.id)]: [...chat.users] },
		files: [],
	};
}
