/** imopenlines.crm.chat.get / getLastId / user.add / user.delete, crm.message.add, crm.lead.create: open-line chats of CRM records. */
import { RestError } from '../../errors';
import { phpEmpty, toInt, toPhpString } from '../../php';
import type { CrmBindingType } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { storeMessage } from '../im/shared';
import { isOpenLineChat, joinChat, openLineChat, OpenLineChat } from './shared';

const CRM_TYPES: Record<string, CrmBindingType> = { lead: 'LEAD', deal: 'DEAL', company: 'COMPANY', contact: 'CONTACT' };

const argumentEmpty = (name: string) => new RestError('ERROR_ARGUMENT', `Argument '${name}' is null or empty`);
const invalidEntity = () => new RestError('ERROR_ARGUMENT', "The value of an argument 'CRM_ENTITY' has an invalid type");
const emptyCrmData = () => new RestError('CRM_CHAT_EMPTY_CRM_DATA', 'Empty CRM data');
const notInCrm = () => new RestError('CHAT_NOT_IN_CRM', 'Chat does not belong to the CRM object being checked');

interface CrmRecord {
	type: CrmBindingType | undefined;
	id: number;
}

/** CRM_ENTITY_TYPE / CRM_ENTITY; `missing` is the error the method documents for absent values. */
function readCrmRecord(ctx: CallContext, missing: (name: string) => RestError): CrmRecord {
	const typeParam = toPhpString(ctx.params.CRM_ENTITY_TYPE).trim();
	if (typeParam === '') throw missing('CRM_ENTITY_TYPE');
	if (phpEmpty(ctx.params.CRM_ENTITY)) throw missing('CRM_ENTITY');
	const id = toInt(ctx.params.CRM_ENTITY);
	if (id <= 0 || typeof ctx.params.CRM_ENTITY === 'object') throw invalidEntity();
	return { type: CRM_TYPES[typeParam.toLowerCase()], id };
}

function chatsOf(ctx: CallContext, record: CrmRecord): OpenLineChat[] {
	return [...ctx.state.im.chats.values()]
		.filter((chat): chat is OpenLineChat => isOpenLineChat(chat) && chat.openline.crmEntityType === record.type && chat.openline.crmEntityId === record.id)
		.sort((a, b) => a.id - b.id);
}

function chatGet(ctx: CallContext): MethodResult {
	const record = readCrmRecord(ctx, argumentEmpty);
	const activeOnly = ctx.params.ACTIVE_ONLY === undefined || toPhpString(ctx.params.ACTIVE_ONLY).toUpperCase() !== 'N';
	const chats = chatsOf(ctx, record).filter((chat) => !activeOnly || ctx.state.im.openSessionOf(chat.id) !== undefined);
	return {
		result: chats.map((chat) => ({ CHAT_ID: String(chat.id), CONNECTOR_ID: chat.openline.connectorId, CONNECTOR_TITLE: chat.openline.connectorTitle })),
	};
}

function getLastId(ctx: CallContext): MethodResult {
	const record = readCrmRecord(ctx, emptyCrmData);
	const chats = chatsOf(ctx, record);
	if (chats.length === 0) throw new RestError('CRM_CHAT_EMPTY_CRM_DATA', 'Could not find CRM object');
	return { result: chats[chats.length - 1].id };
}

/** CHAT_ID when given (it must belong to the record), otherwise the record's last chat. */
function recordChat(ctx: CallContext, record: CrmRecord, noChat: () => RestError): OpenLineChat {
	const chats = chatsOf(ctx, record);
	if (phpEmpty(ctx.params.CHAT_ID)) {
		if (chats.length === 0) throw noChat();
		return chats[chats.length - 1];
	}
	const chat = chats.find((candidate) => candidate.id === toInt(ctx.params.CHAT_ID));
	if (!chat) throw notInCrm();
	return chat;
}

function activeUser(ctx: CallContext, userId: number): void {
	const user = ctx.state.users.get(userId);
	if (!user || !user.active) throw new RestError('CRM_CHAT_USER_NOT_ACTIVE', 'User not active');
}

function userAdd(ctx: CallContext): MethodResult {
	const record = readCrmRecord(ctx, argumentEmpty);
	const userId = toInt(ctx.params.USER_ID);
	if (userId <= 0) throw argumentEmpty('Empty USER_ID');
	const accessDenied = () => new RestError('ACCESS_DENIED', "Access denied! You don't have access to join user to chat", 403);
	if (!record.type) throw accessDenied();
	const chat = recordChat(ctx, record, accessDenied);
	activeUser(ctx, userId);
	if (chat.users.includes(userId)) throw new RestError('WRONG_REQUEST', "You don't have access or user already member in chat");
	joinChat(chat, userId);
	return { result: chat.id };
}

function userDelete(ctx: CallContext): MethodResult {
	const record = readCrmRecord(ctx, () => emptyCrmData());
	const userId = toInt(ctx.params.USER_ID);
	if (userId <= 0) throw new RestError('CRM_CHAT_EMPTY_USER', 'Empty User ID');
	const accessDenied = () => new RestError('ACCESS_DENIED', "Access denied! You don't have access to join user to chat", 403);
	if (!record.type) throw accessDenied();
	const chat = recordChat(ctx, record, notInCrm);
	activeUser(ctx, userId);
	if (!chat.users.includes(userId)) throw new RestError('WRONG_REQUEST', "You don't have access or user already not in chat");
	chat.users = chat.users.filter((id) => id !== userId);
	return { result: chat.id };
}

function messageAdd(ctx: CallContext): MethodResult {
	const argument = (name: string) => new RestError('ERROR_ARGUMENT', `Argument ${name} is null or empty`);
	const record = readCrmRecord(ctx, argument);
	const userId = toInt(ctx.params.USER_ID);
	if (userId <= 0) throw argument('USER_ID');
	if (phpEmpty(ctx.params.CHAT_ID)) throw argument('CHAT_ID');
	const text = toPhpString(ctx.params.MESSAGE).trim();
	if (text === '') throw argument('MESSAGE');
	const chat = chatsOf(ctx, record).find((candidate) => candidate.id === toInt(ctx.params.CHAT_ID));
	if (!chat) throw notInCrm();
	if (!chat.users.includes(userId)) throw new RestError('CANCELED', 'You cannot send messages to the specified chat');
	const message = storeMessage(ctx, { chatId: chat.id, dialogId: `chat${chat.id}`, authorId: userId, text, params: {}, system: false });
	return { result: message.id };
}

/** Creates a lead from the dialog (through crm.lead.add) and binds the chat to it; the caller must be its operator. */
function leadCreate(ctx: CallContext): MethodResult {
	const chat = openLineChat(ctx);
	if (chat.openline.operatorId !== ctx.auth.userId) {
		throw new RestError('ERROR_USER_NOT_OPERATOR', 'Attempt to save a CRM object by a user who is not an operator');
	}
	if (chat.openline.crmEntityType === 'LEAD') return { result: true };
	const outcome = ctx.invoke('crm.lead.add', { fields: { TITLE: chat.title, ASSIGNED_BY_ID: ctx.auth.userId } });
	if (!outcome.ok) throw outcome.error;
	chat.openline.crmEntityType = 'LEAD';
	chat.openline.crmEntityId = toInt(outcome.value.result);
	return { result: true };
}

export const crmChatMethods: MethodSpec[] = [
	{ name: 'imopenlines.crm.chat.get', scopes: ['imopenlines'], handler: chatGet },
	{ name: 'imopenlines.crm.chat.getLastId', scopes: ['imopenlines'], handler: getLastId },
	{ name: 'imopenlines.crm.chat.user.add', scopes: ['imopenlines'], handler: userAdd },
	{ name: 'imopenlines.crm.chat.user.delete', scopes: ['imopenlines'], handler: userDelete },
	{ name: 'imopenlines.crm.message.add', scopes: ['imopenlines'], handler: messageAdd },
	{ name: 'imopenlines.crm.lead.create', scopes: ['imopenlines'], handler: leadCreate },
];
