/** Messenger state: chat bots, chats (incl. open-line chats), messages and open-line sessions. */
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
}

export interface OpenLineSession {
	id: number;
	chatId: number;
	operatorId: number | null;
	closed: boolean;
	spam: boolean;
	startMs: number;
	closeMs: number | null;
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

export class ImStore {
	readonly bots = new Map<number, ImBot>();
	readonly chats = new Map<number, ImChat>();
	readonly messages = new Map<number, ImMessage>();
	readonly sessions = new Map<number, OpenLineSession>();
	readonly chatIds = new Sequence(2001);
	readonly messageIds = new Sequence(19880001);
	readonly sessionIds = new Sequence(301);

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
		this.chatIds.reset();
		this.messageIds.reset();
		this.sessionIds.reset();
	}
}
