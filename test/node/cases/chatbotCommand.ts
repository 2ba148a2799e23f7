import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable, Prepared } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const HANDLER = 'https://example.com/bot/commands';

function withBot(emulator: Emulator): Prepared {
	const clientId = emulator.oauthClient.clientId;
	const botId = emulator.seed.call('imbot.register', {
		CODE: 'order_bot',
		EVENT_HANDLER: 'https://example.com/bot/events',
		PROPERTIES: { NAME: 'Orders' },
		CLIENT_ID: clientId,
	}).result as number;
	return { clientId, botId };
}

function withCommand(emulator: Emulator): Prepared {
	const prepared = withBot(emulator);
	const commandId = emulator.seed.call('imbot.command.register', {
		BOT_ID: prepared.botId,
		COMMAND: 'status',
		EVENT_COMMAND_ADD: HANDLER,
		LANG: [{ LANGUAGE_ID: 'en', TITLE: 'Order status', PARAMS: 'order number' }],
	}).result as number;
	return { ...prepared, commandId };
}

function command(emulator: Emulator, commandId: unknown) {
	return emulator.state.im.commands.get(commandId as number);
}

export const chatbotCommandCases: CaseTable = {
	'chatbotCommand.register': {
		setup: withBot,
		parameters: ({ botId, clientId }) => ({
			botId: String(botId),
			command: 'track',
			eventCommandAdd: HANDLER,
			lang: '[{"LANGUAGE_ID": "en", "TITLE": "Track a parcel", "PARAMS": "tracking number"}]',
			additionalFields: { common: true, hidden: false },
			clientId: String(clientId),
		}),
		sent: ({ botId, clientId }) => ({
			BOT_ID: botId,
			COMMAND: 'track',
			EVENT_COMMAND_ADD: HANDLER,
			LANG: [{ LANGUAGE_ID: 'en', TITLE: 'Track a parcel', PARAMS: 'tracking number' }],
			COMMON: 'Y',
			HIDDEN: 'N',
			CLIENT_ID: clientId,
		}),
		output: (items, { botId }, emulator) => {
			expect(items).toHaveLength(1);
			const commandId = items[0].json.COMMAND_ID;
			expect(command(emulator, commandId)).toMatchObject({
				botId,
				command: 'track',
				handler: HANDLER,
				common: 'Y',
				hidden: 'N',
				lang: [{ LANGUAGE_ID: 'en', TITLE: 'Track a parcel', PARAMS: 'tracking number' }],
			});
		},
	},
	'chatbotCommand.unregister': {
		setup: withCommand,
		parameters: ({ commandId, clientId }) => ({ commandId: String(commandId), clientId: String(clientId) }),
		sent: ({ commandId, clientId }) => ({ COMMAND_ID: commandId, CLIENT_ID: clientId }),
		output: (items, { commandId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(command(emulator, commandId)).toBeUndefined();
		},
	},
	'chatbotCommand.update': {
		setup: withCommand,
		parameters: ({ commandId, clientId }) => ({
			commandId: String(commandId),
			clientId: String(clientId),
			updateFields: { command: 'order', hidden: true, lang: '[{"LANGUAGE_ID": "en", "TITLE": "Order details"}]' },
		}),
		sent: ({ commandId, clientId }) => ({
			COMMAND_ID: commandId,
			CLIENT_ID: clientId,
			FIELDS: { COMMAND: 'order', HIDDEN: 'Y', LANG: [{ LANGUAGE_ID: 'en', TITLE: 'Order details' }] },
		}),
		output: (items, { commandId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(command(emulator, commandId)).toMatchObject({
				command: 'order',
				hidden: 'Y',
				handler: HANDLER,
				lang: [{ LANGUAGE_ID: 'en', TITLE: 'Order details', PARAMS: '' }],
			});
		},
	},
	'chatbotCommand.answer': {
		setup: (emulator) => {
			const prepared = withCommand(emulator);
			const chatId = emulator.seed.call('imbot.chat.add', { BOT_ID: prepared.botId, TITLE: 'Orders', USERS: [1] }).result as number;
			const messageId = emulator.seed.call('im.message.add', { DIALOG_ID: `chat${chatId}`, MESSAGE: '/status 1024' }).result as number;
			return { ...prepared, chatId, messageId };
		},
		parameters: ({ commandId, messageId, clientId }) => ({
			commandId: String(commandId),
			messageId: String(messageId),
			message: 'Order 1024 is on its way',
			additionalFields: { attach: '{"BLOCKS": [{"MESSAGE": "ETA: tomorrow"}]}' },
			clientId: String(clientId),
		}),
		sent: ({ commandId, messageId, clientId }) => ({
			COMMAND_ID: commandId,
			MESSAGE_ID: messageId,
			MESSAGE: 'Order 1024 is on its way',
			ATTACH: { BLOCKS: [{ MESSAGE: 'ETA: tomorrow' }] },
			CLIENT_ID: clientId,
		}),
		output: (items, { botId, chatId, commandId }, emulator) => {
			expect(items).toHaveLength(1);
			const answerId = items[0].json.MESSAGE_ID;
			const { messages } = emulator.seed.call('im.dialog.messages.get', { DIALOG_ID: `chat${chatId}` }).result as { messages: IDataObject[] };
			expect(messages[0]).toMatchObject({
				id: answerId,
				author_id: botId,
				text: 'Order 1024 is on its way',
				params: { COMMAND_ID: commandId, ATTACH: { BLOCKS: [{ MESSAGE: 'ETA: tomorrow' }] } },
			});
		},
	},
};
