import { CHAT_COLORS } from './chatbot';
import { choice, collection, id, idList, integer, recordLocator, text, yesNo } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

const chatId = recordLocator('chatId', 'Chat', 'CHAT_ID', 'chat', {
	description: 'The chat: its ID as a number without the "chat" prefix, or a link to the chat on the portal',
});

const userId = (description: string): CatalogField => id('userId', 'User ID', 'USER_ID', { placeholder: 'e.g. 15', description });

const entityType = (required: boolean): CatalogField =>
	text('entityType', 'Entity Type', 'ENTITY_TYPE', {
		required,
		placeholder: 'e.g. ORDER',
		description: 'Type of the external object the chat is bound to, chosen freely when the chat is created.',
	});

const entityId = (required: boolean): CatalogField =>
	text('entityId', 'Entity ID', 'ENTITY_ID', {
		required,
		placeholder: 'e.g. 77',
		description: 'ID of the external object within Entity Type.',
	});

/** An action on one chat that answers `true`. */
const chatAction = (
	value: string,
	name: string,
	action: string,
	description: string,
	method: string,
	fields: CatalogField[],
	retrySafe = true,
): CatalogOperation => ({ value, name, action, description, method, fields: [chatId, ...fields], output: { kind: 'success' }, retrySafe });

export const imChat: CatalogResource = {
	value: 'chat',
	name: 'Chat',
	description: 'Group chats of the messenger (im.chat methods), acting as the credential user',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a chat',
			description: 'Create a group chat with the current user as its owner',
			method: 'im.chat.add',
			fields: [
				text('title', 'Title', 'TITLE', { placeholder: 'e.g. Order 1024', description: 'Chat title. Leave empty for a generated one.' }),
				idList('users', 'Member IDs', 'USERS', { placeholder: 'e.g. 2, 3', description: 'Comma-separated IDs of the users to add.' }),
				collection('additionalFields', 'Additional Fields', [
					choice(
						'type',
						'Chat Type',
						'TYPE',
						[
							{ name: 'Closed', value: 'CHAT' },
							{ name: 'Open', value: 'OPEN' },
						],
						{ description: 'Open chats can be found and joined by any employee.' },
					),
					text('description', 'Description', 'DESCRIPTION'),
					choice('color', 'Color', 'COLOR', CHAT_COLORS, { description: 'Color of the chat where it has no avatar.' }),
					text('message', 'First Message', 'MESSAGE', { description: 'A message posted in the chat right away.' }),
					entityType(false),
					entityId(false),
				]),
			],
			output: { kind: 'value', key: 'chatId' },
			retrySafe: false,
		},
		{
			value: 'getByEntity',
			name: 'Get by Entity',
			action: 'Get a chat by its entity',
			description: 'Get the ID of the chat bound to an external object',
			method: 'im.chat.get',
			fields: [entityType(true), entityId(true)],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a chat',
			description: 'Get the data of a chat or dialog: title, owner, members count, last message',
			method: 'im.dialog.get',
			fields: [
				text('dialogId', 'Dialog ID', 'DIALOG_ID', {
					required: true,
					placeholder: 'e.g. chat1417',
					description: 'The chat as chat<ID>, e.g. chat1417.',
				}),
			],
			output: { kind: 'record' },
			retrySafe: true,
		},
		chatAction('updateTitle', 'Update Title', 'Rename a chat', 'Change the title of a chat', 'im.chat.updateTitle', [
			text('title', 'Title', 'TITLE', { required: true, placeholder: 'e.g. Order 1024 (shipped)' }),
		]),
		chatAction('updateColor', 'Update Color', 'Change the color of a chat', 'Change the color of a chat', 'im.chat.updateColor', [
			choice('color', 'Color', 'COLOR', CHAT_COLORS, { description: 'New color; it must differ from the current one.' }),
		]),
		chatAction('setOwner', 'Set Owner', 'Change the owner of a chat', 'Hand the chat over to another member (only the owner can)', 'im.chat.setOwner', [
			userId('ID of the member who becomes the owner.'),
		]),
		chatAction('addUsers', 'Add Users', 'Add users to a chat', 'Invite users to a chat', 'im.chat.user.add', [
			idList('users', 'User IDs', 'USERS', { required: true, placeholder: 'e.g. 2, 3', description: 'Comma-separated IDs of the users to add.' }),
			yesNo('hideHistory', 'Hide History', 'HIDE_HISTORY', {
				description: 'Whether the new members cannot see the messages sent before they joined.',
			}),
		]),
		chatAction('removeUser', 'Remove User', 'Remove a user from a chat', 'Exclude a member from a chat (owner only)', 'im.chat.user.delete', [
			userId('ID of the member to remove.'),
		]),
		{
			value: 'getUsers',
			name: 'Get Users',
			action: 'Get the users of a chat',
			description: 'List the IDs of the members of a chat',
			method: 'im.chat.user.list',
			fields: [chatId],
			output: { kind: 'rows', valueKey: 'userId' },
			retrySafe: true,
		},
		{
			value: 'getMembers',
			name: 'Get Members',
			action: 'Get the members of a chat',
			description: 'List the members of a chat or dialog with their profiles',
			method: 'im.dialog.users.list',
			fields: [
				text('dialogId', 'Dialog ID', 'DIALOG_ID', {
					required: true,
					placeholder: 'e.g. chat1417',
					description: 'A chat as chat<ID>, or a user ID for the private dialog with that user.',
				}),
				collection('options', 'Options', [
					yesNo('skipExternal', 'Skip Bots and Guests', 'SKIP_EXTERNAL', { description: 'Whether bots and open line clients are left out.' }),
					integer('limit', 'Limit', 'LIMIT', { default: 50, typeOptions: { minValue: 1, maxValue: 200 }, description: 'Max number of members to return (at most 200).' }),
					integer('offset', 'Offset', 'OFFSET', { description: 'How many members to skip.' }),
				]),
			],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		chatAction('leave', 'Leave', 'Leave a chat', 'Make the current user leave a chat', 'im.chat.leave', []),
		chatAction('mute', 'Mute', 'Mute a chat', "Switch the chat's notifications off or on for the current user", 'im.chat.mute', [
			yesNo('mute', 'Mute', 'MUTE', { default: true, description: 'On switches notifications off, off switches them back on.' }),
		]),
	],
};
