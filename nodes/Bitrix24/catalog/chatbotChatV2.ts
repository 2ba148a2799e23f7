import { botV2Id, botV2Operation } from './chatbotV2';
import { choice, collection, id, idList, integer, text } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

const dialogId = text('dialogId', 'Dialog ID', 'dialogId', {
	required: true,
	placeholder: 'e.g. chat42',
	description: 'The chat as chat<ID>, e.g. chat42. The bot must be a member.',
});

const COLORS = [
	['Aqua', 'aqua'],
	['Azure', 'azure'],
	['Brown', 'brown'],
	['Dark Blue', 'darkBlue'],
	['Graphite', 'graphite'],
	['Gray', 'gray'],
	['Green', 'green'],
	['Khaki', 'khaki'],
	['Light Blue', 'lightBlue'],
	['Lime', 'lime'],
	['Marengo', 'marengo'],
	['Mint', 'mint'],
	['Pink', 'pink'],
	['Purple', 'purple'],
	['Red', 'red'],
	['Sand', 'sand'],
].map(([name, value]) => ({ name, value }));

const chatFields = (): CatalogField[] => [
	text('description', 'Description', 'fields.description'),
	choice('color', 'Color', 'fields.color', COLORS, { description: 'Color of the chat where it has no avatar.' }),
];

const userId = (description: string): CatalogField => id('userId', 'User ID', 'userId', { placeholder: 'e.g. 15', description });

/** A bot action on one chat that answers `{result: true}`. */
const chatAction = (value: string, name: string, action: string, description: string, method: string, fields: CatalogField[]): CatalogOperation =>
	botV2Operation({ value, name, action, description, method, fields: [botV2Id, dialogId, ...fields], output: { kind: 'success' }, retrySafe: true });

export const chatbotChatV2: CatalogResource = {
	value: 'chatbotChatV2',
	name: 'Chatbot Chat (V2)',
	description: 'Group chats of a chatbot through the imbot.v2 methods',
	operations: [
		botV2Operation({
			value: 'create',
			name: 'Create',
			action: 'Create a chat as a bot (V2)',
			description: 'Create a group chat on behalf of a chatbot',
			method: 'imbot.v2.Chat.add',
			fields: [
				botV2Id,
				text('title', 'Title', 'fields.title', { placeholder: 'e.g. Order 1024', description: 'Chat title. Leave empty for a generated one.' }),
				idList('userIds', 'Member IDs', 'fields.userIds', { placeholder: 'e.g. 2, 3', description: 'Comma-separated IDs of the users to add.' }),
				collection('additionalFields', 'Additional Fields', [
					...chatFields(),
					text('message', 'First Message', 'fields.message', { description: 'A message the bot posts in the chat right away.' }),
					integer('ownerId', 'Owner ID', 'fields.ownerId', { description: 'ID of a member who owns the chat. Leave 0 for the bot.' }),
				]),
			],
			output: { kind: 'record', path: 'chat' },
			retrySafe: false,
		}),
		botV2Operation({
			value: 'get',
			name: 'Get',
			action: 'Get a chat as a bot (V2)',
			description: 'Get the data of a chat the chatbot is in',
			method: 'imbot.v2.Chat.get',
			fields: [botV2Id, dialogId],
			output: { kind: 'record', path: 'chat' },
			retrySafe: true,
		}),
		chatAction('update', 'Update', 'Update a chat as a bot (V2)', 'Change the title, description or color of a chat', 'imbot.v2.Chat.update', [
			collection('updateFields', 'Update Fields', [text('title', 'Title', 'fields.title'), ...chatFields()]),
		]),
		chatAction('addUsers', 'Add Users', 'Add users to a chat as a bot (V2)', 'Add users to a chat the chatbot is in', 'imbot.v2.Chat.User.add', [
			idList('userIds', 'User IDs', 'userIds', { required: true, placeholder: 'e.g. 2, 3', description: 'Comma-separated IDs of the users to add.' }),
		]),
		chatAction('removeUser', 'Remove User', 'Remove a user from a chat as a bot (V2)', 'Remove a member from a chat the chatbot owns or manages', 'imbot.v2.Chat.User.delete', [
			userId('ID of the member to remove.'),
		]),
		botV2Operation({
			value: 'getUsers',
			name: 'Get Users',
			action: 'Get the users of a chat as a bot (V2)',
			description: 'List the members of a chat the chatbot is in, with their profiles',
			method: 'imbot.v2.Chat.User.list',
			fields: [
				botV2Id,
				dialogId,
				integer('limit', 'Limit', 'limit', { default: 50, typeOptions: { minValue: 1, maxValue: 200 }, description: 'Max number of members to return (at most 200).' }),
			],
			output: { kind: 'rows' },
			retrySafe: true,
		}),
		chatAction('leave', 'Leave', 'Leave a chat as a bot (V2)', 'Make the chatbot leave a chat', 'imbot.v2.Chat.leave', []),
		chatAction('setOwner', 'Set Owner', 'Change the owner of a chat as a bot (V2)', 'Hand a chat the chatbot owns over to a member', 'imbot.v2.Chat.setOwner', [
			userId('ID of the member who becomes the owner.'),
		]),
	],
};
