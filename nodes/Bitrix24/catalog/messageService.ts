import { choice, collection, text } from './fields';
import type { CatalogOperation, CatalogResource } from './types';

const code = text('code', 'Provider Code', 'CODE', {
	required: true,
	placeholder: 'e.g. my_sms',
	description: 'Code of the SMS provider, unique in the application: letters, digits, dot, hyphen, underscore.',
});

const handler = (required: boolean) =>
	text('handler', 'Handler URL', 'HANDLER', {
		required,
		placeholder: 'e.g. https://example.com/sms/send',
		description: 'URL Bitrix24 calls with each message to send (phone_number, message_text, message_id, ...).',
	});

const name = (required: boolean) =>
	text('name', 'Name', 'NAME', { required, description: 'Name of the provider shown to users picking how to send an SMS.' });

const description = text('description', 'Description', 'DESCRIPTION');

/** Every messageservice.* method works only for applications, and only for administrators. */
const op = (operation: Omit<CatalogOperation, 'needsApplication'>): CatalogOperation => ({ ...operation, needsApplication: true });

export const smsProvider: CatalogResource = {
	value: 'smsProvider',
	name: 'SMS Provider',
	description: "The application's SMS providers (message service) and the status of their messages",
	operations: [
		op({
			value: 'create',
			name: 'Create',
			action: 'Create an SMS provider',
			description: 'Register an SMS provider of the application (administrators)',
			method: 'messageservice.sender.add',
			fields: [
				code,
				name(true),
				handler(true),
				choice('type', 'Type', 'TYPE', [{ name: 'SMS', value: 'SMS' }], { description: 'Kind of messages; Bitrix24 supports SMS.' }),
				collection('additionalFields', 'Additional Fields', [description]),
			],
			output: { kind: 'success' },
			retrySafe: false,
		}),
		op({
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many SMS providers',
			description: 'List the codes of the SMS providers of the application',
			method: 'messageservice.sender.list',
			fields: [],
			output: { kind: 'rows', valueKey: 'code' },
			retrySafe: true,
		}),
		op({
			value: 'update',
			name: 'Update',
			action: 'Update an SMS provider',
			description: 'Change the handler, name or description of an SMS provider',
			method: 'messageservice.sender.update',
			fields: [code, collection('updateFields', 'Update Fields', [handler(false), name(false), description])],
			output: { kind: 'success' },
			retrySafe: true,
		}),
		op({
			value: 'delete',
			name: 'Delete',
			action: 'Delete an SMS provider',
			description: 'Unregister an SMS provider of the application',
			method: 'messageservice.sender.delete',
			fields: [code],
			output: { kind: 'deleted' },
			retrySafe: true,
		}),
		op({
			value: 'updateMessageStatus',
			name: 'Update Message Status',
			action: 'Update the status of a message',
			description: 'Report what happened to a message the provider received',
			method: 'messageservice.message.status.update',
			fields: [
				code,
				text('messageId', 'Message ID', 'MESSAGE_ID', {
					required: true,
					description: 'The message_id the handler received with the message.',
				}),
				choice(
					'status',
					'Status',
					'STATUS',
					[
						{ name: 'Delivered', value: 'delivered' },
						{ name: 'Failed', value: 'failed' },
						{ name: 'Queued', value: 'queued' },
						{ name: 'Sent', value: 'sent' },
						{ name: 'Undelivered', value: 'undelivered' },
					],
					{ description: 'New status of the message.' },
				),
			],
			output: { kind: 'success' },
			retrySafe: true,
		}),
	],
};
