import { choice, id, integer, text } from './fields';
import type { CatalogField, CatalogResource } from './types';

const crmRecord = (): CatalogField[] => [
	choice('crmEntityType', 'CRM Entity Type', 'CRM_ENTITY_TYPE', [
		{ name: 'Company', value: 'company' },
		{ name: 'Contact', value: 'contact' },
		{ name: 'Deal', value: 'deal' },
		{ name: 'Lead', value: 'lead' },
	]),
	id('crmEntityId', 'CRM Entity ID', 'CRM_ENTITY', { placeholder: 'e.g. 1205' }),
];

const userId = (description: string): CatalogField => id('userId', 'User ID', 'USER_ID', { placeholder: 'e.g. 15', description });

const optionalChatId = integer('chatId', 'Chat ID', 'CHAT_ID', {
	description: 'ID of one of the chats of the CRM record. Leave 0 for its most recent chat.',
});

export const openLineCrmChat: CatalogResource = {
	value: 'openLineCrmChat',
	name: 'Open Line CRM Chat',
	description: 'Open line chats linked to a CRM record',
	operations: [
		{
			value: 'getLastId',
			name: 'Get Last Chat ID',
			action: 'Get the last chat of a CRM record',
			description: 'Get the ID of the most recent open line chat of a CRM record',
			method: 'imopenlines.crm.chat.getLastId',
			fields: crmRecord(),
			output: { kind: 'value', key: 'chatId' },
			retrySafe: true,
		},
		{
			value: 'addUser',
			name: 'Add User',
			action: 'Add a user to the chat of a CRM record',
			description: 'Add a user or bot to an open line chat of a CRM record',
			method: 'imopenlines.crm.chat.user.add',
			fields: [...crmRecord(), userId('ID of the user or bot to add.'), optionalChatId],
			output: { kind: 'value', key: 'chatId' },
			retrySafe: false,
		},
		{
			value: 'removeUser',
			name: 'Remove User',
			action: 'Remove a user from the chat of a CRM record',
			description: 'Remove a user or bot from an open line chat of a CRM record',
			method: 'imopenlines.crm.chat.user.delete',
			fields: [...crmRecord(), userId('ID of the user or bot to remove.'), optionalChatId],
			output: { kind: 'value', key: 'chatId' },
			retrySafe: false,
		},
		{
			value: 'sendMessage',
			name: 'Send Message',
			action: 'Send a message to the chat of a CRM record',
			description: 'Post a message in an open line chat of a CRM record on behalf of a chat member',
			method: 'imopenlines.crm.message.add',
			fields: [
				...crmRecord(),
				id('chatId', 'Chat ID', 'CHAT_ID', { placeholder: 'e.g. 1763', description: 'ID of the open line chat linked to the record.' }),
				userId('ID of the sender: a user or bot that is a member of the chat.'),
				text('message', 'Message', 'MESSAGE', { required: true, typeOptions: { rows: 4 } }),
			],
			output: { kind: 'value', key: 'messageId' },
			retrySafe: false,
		},
	],
};
