import { attach, keyboard, menu, urlPreview } from './chatbot';
import { choice, collection, id, integer, methodChoice, text, yesNo } from './fields';
import type { CatalogResource } from './types';

const dialogId = text('dialogId', 'Dialog ID', 'DIALOG_ID', {
	required: true,
	placeholder: 'e.g. chat1417',
	description: 'A chat as chat<ID> (e.g. chat1417), or a user ID (e.g. 15) for the private dialog with that user.',
});

const messageId = id('messageId', 'Message ID', 'MESSAGE_ID', { placeholder: 'e.g. 34239' });

export const imMessage: CatalogResource = {
	value: 'message',
	name: 'Message',
	description: 'Messages in chats and private dialogs, sent as the credential user',
	operations: [
		{
			value: 'send',
			name: 'Send',
			action: 'Send a message',
			description: 'Send a message to a chat or to a user',
			method: 'im.message.add',
			fields: [
				dialogId,
				text('message', 'Message', 'MESSAGE', {
					required: true,
					typeOptions: { rows: 4 },
					description: 'Text of the message; BB codes such as [b]bold[/b] work.',
				}),
				collection('additionalFields', 'Additional Fields', [
					attach,
					keyboard,
					menu,
					integer('replyId', 'Reply to Message ID', 'REPLY_ID', { description: 'ID of a message of the same chat to answer.' }),
					yesNo('system', 'System Message', 'SYSTEM', { description: 'Whether the message is shown as a system message.' }),
					urlPreview,
				]),
			],
			output: { kind: 'value', key: 'messageId' },
			retrySafe: false,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a message',
			description: 'Change a message the current user sent',
			method: 'im.message.update',
			fields: [
				messageId,
				collection('updateFields', 'Update Fields', [
					text('message', 'Message', 'MESSAGE', {
						typeOptions: { rows: 4 },
						description: 'New text of the message. An empty text deletes the message.',
					}),
					attach,
					keyboard,
					menu,
					urlPreview,
					yesNo('isEdited', 'Mark as Edited', 'IS_EDITED', { default: true, description: 'Whether the message shows the "edited" mark.' }),
				]),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a message',
			description: 'Delete a message the current user sent',
			method: 'im.message.delete',
			fields: [messageId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'like',
			name: 'Like',
			action: 'Like a message',
			description: 'Set or remove the "Like" of the current user on a message',
			method: 'im.message.like',
			fields: [
				messageId,
				choice(
					'likeAction',
					'Action',
					'ACTION',
					[
						{ name: 'Like', value: 'plus' },
						{ name: 'Remove Like', value: 'minus' },
						{ name: 'Toggle', value: 'auto' },
					],
					{ description: 'Bitrix24 answers an error when the like is already as asked.' },
				),
			],
			output: { kind: 'success' },
			retrySafe: false,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many messages',
			description: 'Get the latest messages of a chat or dialog, or the ones before or after a message',
			method: 'im.dialog.messages.get',
			fields: [
				dialogId,
				collection('options', 'Options', [
					integer('lastId', 'Older Than Message ID', 'LAST_ID', { description: 'Return the messages sent before this one.' }),
					integer('firstId', 'Newer Than Message ID', 'FIRST_ID', { description: 'Return the messages sent after this one, oldest first.' }),
					integer('limit', 'Limit', 'LIMIT', {
						default: 20,
						typeOptions: { minValue: 1, maxValue: 50 },
						description: 'Max number of messages to return (at most 50).',
					}),
				]),
			],
			output: { kind: 'rows', path: 'messages' },
			retrySafe: true,
		},
		{
			value: 'markRead',
			name: 'Mark as Read',
			action: 'Mark messages as read',
			description: 'Mark the messages of a chat or dialog as read, up to a message or all of them',
			method: 'im.dialog.read',
			fields: [
				dialogId,
				integer('messageId', 'Up to Message ID', 'MESSAGE_ID', { description: 'Last message to mark as read. Leave 0 to read them all.' }),
			],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'markUnread',
			name: 'Mark as Unread',
			action: 'Mark messages as unread',
			description: 'Make a message and the ones after it unread again',
			method: 'im.dialog.unread',
			fields: [dialogId, id('messageId', 'First Unread Message ID', 'MESSAGE_ID', { placeholder: 'e.g. 34239' })],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'markAllRead',
			name: 'Mark All as Read',
			action: 'Mark all chats as read',
			description: 'Mark the messages of every chat of the current user as read',
			method: 'im.dialog.read.all',
			fields: [],
			output: { kind: 'success' },
			retrySafe: true,
		},
	],
};

const tags = [
	text('tag', 'Tag', 'TAG', {
		description: "Unique tag: a new notification with the same tag replaces the application's earlier one. With an inbound webhook it also needs Application Client ID.",
	}),
	text('subTag', 'Sub Tag', 'SUB_TAG', { description: 'A further tag, not unique, for deleting groups of notifications.' }),
];

const appClientId = text('clientId', 'Application Client ID', 'CLIENT_ID', {
	description: 'Only for inbound webhooks using tags: the client ID of the application the tags belong to. Applications leave it empty.',
});

export const notification: CatalogResource = {
	value: 'notification',
	name: 'Notification',
	description: 'Notifications shown in the bell of a user',
	operations: [
		{
			value: 'send',
			name: 'Send',
			action: 'Send a notification',
			description: 'Send a personal or system notification to a user',
			method: 'im.notify.personal.add',
			fields: [
				methodChoice(
					'notificationType',
					'Type',
					[
						{ name: 'Personal (From the Current User)', value: 'im.notify.personal.add' },
						{ name: 'System (No Sender)', value: 'im.notify.system.add' },
					],
					{ description: 'Personal notifications show the current user as sender; each choice calls its own method.' },
				),
				id('userId', 'User ID', 'USER_ID', { placeholder: 'e.g. 15', description: 'ID of the user who receives it.' }),
				text('message', 'Message', 'MESSAGE', { required: true, typeOptions: { rows: 3 }, description: 'Text; BB codes work.' }),
				collection('additionalFields', 'Additional Fields', [
					text('messageOut', 'Email Text', 'MESSAGE_OUT', { description: 'Text used when the notification goes out by email.' }),
					attach,
					...tags,
					appClientId,
				]),
			],
			output: { kind: 'value', key: 'id' },
			retrySafe: false,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a notification',
			description: 'Delete a notification by ID, or the application notifications with a tag',
			method: 'im.notify.delete',
			fields: [
				integer('notificationId', 'Notification ID', 'ID', { description: 'ID of the notification. Leave 0 to delete by tag.' }),
				...tags,
				appClientId,
			],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'markRead',
			name: 'Mark as Read',
			action: 'Mark notifications as read',
			description: 'Mark notifications of the current user as read or unread',
			method: 'im.notify.read',
			fields: [
				id('notificationId', 'Notification ID', 'ID', { placeholder: 'e.g. 12345' }),
				yesNo('read', 'Read', 'ACTION', { default: true, description: 'On marks as read, off as unread.' }),
				yesNo('onlyCurrent', 'Only This One', 'ONLY_CURRENT', {
					default: true,
					description: 'Whether only this notification changes; off changes every notification from this ID on.',
				}),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'markAllRead',
			name: 'Mark All as Read',
			action: 'Mark all notifications as read',
			description: 'Mark every notification of the current user as read',
			method: 'im.notify.read.all',
			fields: [],
			output: { kind: 'success' },
			retrySafe: true,
		},
	],
};
