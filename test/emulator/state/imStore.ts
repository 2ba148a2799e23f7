/** Messenger state: chat bots and their commands, chats (incl. open-line chats), messages, notifications, open lines and their sessions. */
import { Sequence } from './sequence';

export interface ImBot {
	id: number;
	code: string;
	type: 'B' | 'O' | 'H' | 'S';
	openline: 'Y' | 'N';
	/** The application (or webhook CLIENT_ID) that registered the bot. */
	clientId: string;
	handlers: Record<string, string>;
	properties: Record<string, unknown>;
	/** imbot.v2: the token a webhook names the bot by, and the settings only v2 knows. */
	botToken?: string;
	v2?: BotV2Settings;
}

export interface BotV2Settings {
	type: string;
	eventMode: 'fetch' | 'webhook';
	webhookUrl: string;
	isHidden: boolean;
	isReactionsEnabled: boolean;
	isSupportOpenline: boolean;
	backgroundId: string | null;
}

export type CrmBindingType = 'LEAD' | 'DEAL' | 'CONTACT' | 'COMPANY';

export interface OpenLineInfo {
	lineId: number;
	connectorId: string;
	connectorTitle: string;
	userCode: string;
	guestUserId: number;
	operatorId: number | null;
	queueId: number;
	crmEntityType: CrmBindingType | null;
	crmEntityId: number;
}

export interface ImChat {
	id: number;
	type: 'chat' | 'open' | 'lines';
	title: string;
	description: string | null;
	color: string;
	avatar: string;
	ownerId: number;
	entityType: string;
	entityId: string;
	users: number[];
	managerIds: number[];
	createdMs: number;
	openline?: OpenLineInfo;
	/** Users who switched the chat's notifications off (im.chat.mute). */
	mutedBy?: number[];
	/** The last message each user has read, by user id (im.dialog.read). */
	readUpTo?: Record<number, number>;
}

export interface OpenLineSession {
	id: number;
	chatId: number;
	operatorId: number | null;
	closed: boolean;
	spam: boolean;
	startMs: number;
	closeMs: number | null;
	pinned?: boolean;
	silent?: boolean;
	headVote?: { rating?: number; comment?: string };
}

export interface ImMessage {
	id: number;
	chatId: number | null;
	dialogId: string;
	authorId: number;
	botId?: number;
	text: string;
	params: Record<string, unknown>;
	system: boolean;
	deleted: boolean;
	dateMs: number;
}

export interface ImNotification {
	id: number;
	userId: number;
	/** 0 for system notifications. */
	authorId: number;
	kind: 'personal' | 'system';
	text: string;
	textOut: string;
	tag: string;
	subTag: string;
	/** The application that sent it; empty for a webhook without CLIENT_ID. */
	clientId: string;
	read: boolean;
	dateMs: number;
}

export interface BotCommand {
	id: number;
	botId: number;
	clientId: string;
	command: string;
	handler: string;
	common: 'Y' | 'N';
	hidden: 'Y' | 'N';
	extranetSupport: 'Y' | 'N';
	lang: Array<Record<string, string>>;
}

/** An open line (open channel) and its settings, as imopenlines.config.* read and write them. */
export interface OpenLineConfig {
	id: number;
	/** Settings by their upper-case names, as strings (the portal's form). */
	settings: Record<string, string>;
	queue: Array<{ ENTITY_TYPE: string; ENTITY_ID: string }>;
	createdMs: number;
	modifiedMs: number;
	modifiedBy: number;
}

export interface QuickAnswer {
	id: number;
	lineId: number;
	text: string;
	messageId: number;
}

export class ImStore {
	readonly bots = new Map<number, ImBot>();
	readonly chats = new Map<number, ImChat>();
	readonly messages = new Map<number, ImMessage>();
	readonly sessions = new Map<number, OpenLineSession>();
	readonly chatIds = new Sequence(2001);
	readonly messageIds = new Sequence(19880001);
	readonly sessionIds = new Sequence(301);
	readonly notifications = new Map<number, ImNotification>();
	readonly notificationIds = new Sequence(12301);
	readonly commands = new Map<number, BotCommand>();
	readonly commandIds = new Sequence(91);
	readonly lines = new Map<number, OpenLineConfig>();
	readonly lineIds = new Sequence(1);
	readonly quickAnswers: QuickAnswer[] = [];

	botsOf(clientId: string): ImBot[] {
		return [...this.bots.values()].filter((bot) => bot.clientId === clientId);
	}

	sessionsOf(chatId: number): OpenLineSession[] {
		return [...this.sessions.values()].filter((session) => session.chatId === chatId).sort((a, b) => a.id - b.id);
	}

	openSessionOf(chatId: number): OpenLineSession | undefined {
		return this.sessionsOf(chatId).find((session) => !session.closed);
	}

	lastSessionOf(chatId: number): OpenLineSession | undefined {
		const sessions = this.sessionsOf(chatId);
		return sessions[sessions.length - 1];
	}

	messagesOf(chatId: number): ImMessage[] {
		return [...this.messages.values()].filter((message) => message.chatId === chatId && !message.deleted);
	}

	clear(): void {
		this.bots.clear();
		this.chats.clear();
		this.messages.clear();
		this.sessions.clear();
		this.notifications.clear();
		this.commands.clear();
		this.lines.clear();
		this.quickAnswers.length = 0;
		this.chatIds.reset();
		this.messageIds.reset();
		this.sessionIds.reset();
		this.notificationIds.reset();
		this.commandIds.reset();
		this.lineIds.reset();
	}
}
