import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable, Prepared } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

function addLine(emulator: Emulator, name: string, params: IDataObject = {}): number {
	return emulator.seed.call('imopenlines.config.add', { PARAMS: { LINE_NAME: name, ...params } }).result as number;
}

function line(emulator: Emulator, configId: unknown): IDataObject | false {
	return emulator.seed.call('imopenlines.config.get', { CONFIG_ID: configId }).result as IDataObject | false;
}

/** An open-line chat bound to deal 42, with user 1 as operator; a second, older chat of the deal. */
function withDealChats(emulator: Emulator): Prepared {
	const older = emulator.seed.openLineChat({ guestName: 'Teal Guest', crm: { entityType: 'DEAL', entityId: 42 } });
	const latest = emulator.seed.openLineChat({ guestName: 'Olive Guest', crm: { entityType: 'DEAL', entityId: 42 } });
	return { olderChat: older.chat.id, chatId: latest.chat.id, guestId: latest.chat.openline.guestUserId };
}

function members(emulator: Emulator, chatId: unknown): number[] {
	return emulator.state.im.chats.get(chatId as number)?.users ?? [];
}

const dealRecord = { crmEntityType: 'deal', crmEntityId: '42' };
const dealParams = { CRM_ENTITY_TYPE: 'deal', CRM_ENTITY: 42 };

export const openLineConfigCases: CaseTable = {
	'openLineConfig.create': {
		parameters: () => ({
			settings: { lineName: 'VIP Support', queueType: 'strictly', queueTime: 90, welcomeMessage: true, welcomeMessageText: 'Hi, VIP!' },
			settingsJson: '{"QUEUE": [{"ENTITY_TYPE": "user", "ENTITY_ID": "2"}, {"ENTITY_TYPE": "user", "ENTITY_ID": "3"}]}',
		}),
		sent: () => ({
			PARAMS: {
				LINE_NAME: 'VIP Support',
				QUEUE_TYPE: 'strictly',
				QUEUE_TIME: 90,
				WELCOME_MESSAGE: 'Y',
				WELCOME_MESSAGE_TEXT: 'Hi, VIP!',
				QUEUE: [
					{ ENTITY_TYPE: 'user', ENTITY_ID: '2' },
					{ ENTITY_TYPE: 'user', ENTITY_ID: '3' },
				],
			},
		}),
		output: (items, _prepared, emulator) => {
			expect(items).toHaveLength(1);
			const id = items[0].json.id;
			expect(line(emulator, id)).toMatchObject({
				ID: String(id),
				LINE_NAME: 'VIP Support',
				QUEUE_TYPE: 'strictly',
				QUEUE_TIME: '90',
				WELCOME_MESSAGE: 'Y',
				WELCOME_MESSAGE_TEXT: 'Hi, VIP!',
				QUEUE: ['2', '3'],
			});
		},
	},
	'openLineConfig.get': {
		setup: (emulator) => ({ configId: addLine(emulator, 'Sales Line', { QUEUE: [{ ENTITY_TYPE: 'department', ENTITY_ID: '2' }] }) }),
		parameters: ({ configId }) => ({ configId: String(configId), withQueue: true, showOffline: true }),
		sent: ({ configId }) => ({ CONFIG_ID: configId, WITH_QUEUE: 'Y', SHOW_OFFLINE: 'Y' }),
		output: (items, { configId }) => {
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				ID: String(configId),
				LINE_NAME: 'Sales Line',
				ACTIVE: 'Y',
				QUEUE: ['2', '3'],
				QUEUE_USERS_FIELDS: { '2': { USER_NAME: 'Jane Roe', USER_WORK_POSITION: 'Sales manager' } },
			});
		},
	},
	'openLineConfig.getAll': {
		setup: (emulator) => ({ first: addLine(emulator, 'Sales Line'), second: addLine(emulator, 'Night Line', { ACTIVE: 'N' }), third: addLine(emulator, 'VIP Line') }),
		parameters: () => ({ filter: '{"ACTIVE": "Y"}', order: '{"ID": "DESC"}', select: 'ID, LINE_NAME', limit: 2, offset: 0 }),
		sent: () => ({ PARAMS: { filter: { ACTIVE: 'Y' }, order: { ID: 'DESC' }, select: ['ID', 'LINE_NAME'], limit: 2 } }),
		output: (items, { first, third }) => {
			expect(json(items)).toEqual([
				{ ID: String(third), LINE_NAME: 'VIP Line' },
				{ ID: String(first), LINE_NAME: 'Sales Line' },
			]);
		},
	},
	'openLineConfig.update': {
		setup: (emulator) => ({ configId: addLine(emulator, 'Sales Line') }),
		parameters: ({ configId }) => ({
			configId: String(configId),
			settings: { lineName: 'Sales & Returns', active: false },
			settingsJson: '{"VOTE_MESSAGE": "N"}',
		}),
		sent: ({ configId }) => ({ CONFIG_ID: configId, PARAMS: { LINE_NAME: 'Sales & Returns', ACTIVE: 'N', VOTE_MESSAGE: 'N' } }),
		output: (items, { configId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(line(emulator, configId)).toMatchObject({ LINE_NAME: 'Sales & Returns', ACTIVE: 'N', VOTE_MESSAGE: 'N' });
		},
	},
	'openLineConfig.delete': {
		setup: (emulator) => ({ configId: addLine(emulator, 'Old Line') }),
		parameters: ({ configId }) => ({ configId: String(configId) }),
		sent: ({ configId }) => ({ CONFIG_ID: configId }),
		output: (items, { configId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(line(emulator, configId)).toBe(false);
		},
	},
	'openLineConfig.getPublicPath': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toEqual([{ SERVER_ADDRESS: 'https://example.bitrix24.com', PUBLIC_PATH: '/contact_center/' }]),
	},
	'openLineCrmChat.getLastId': {
		setup: withDealChats,
		parameters: () => dealRecord,
		sent: () => dealParams,
		output: (items, { chatId }) => expect(json(items)).toEqual([{ chatId }]),
	},
	'openLineCrmChat.addUser': {
		setup: withDealChats,
		parameters: () => ({ ...dealRecord, userId: '3', chatId: 0 }),
		sent: () => ({ ...dealParams, USER_ID: 3 }),
		output: (items, { chatId, olderChat }, emulator) => {
			expect(json(items)).toEqual([{ chatId }]);
			expect(members(emulator, chatId)).toContain(3);
			expect(members(emulator, olderChat)).not.toContain(3);
		},
	},
	'openLineCrmChat.removeUser': {
		setup: (emulator) => {
			const prepared = withDealChats(emulator);
			emulator.seed.call('imopenlines.crm.chat.user.add', { ...dealParams, USER_ID: 2, CHAT_ID: prepared.olderChat });
			return prepared;
		},
		parameters: ({ olderChat }) => ({ ...dealRecord, userId: '2', chatId: Number(olderChat) }),
		sent: ({ olderChat }) => ({ ...dealParams, USER_ID: 2, CHAT_ID: olderChat }),
		output: (items, { olderChat }, emulator) => {
			expect(json(items)).toEqual([{ chatId: olderChat }]);
			expect(members(emulator, olderChat)).not.toContain(2);
		},
	},
	'openLineCrmChat.sendMessage': {
		setup: withDealChats,
		parameters: ({ chatId }) => ({ ...dealRecord, chatId: String(chatId), userId: '1', message: 'Your deal documents are ready' }),
		sent: ({ chatId }) => ({ ...dealParams, CHAT_ID: chatId, USER_ID: 1, MESSAGE: 'Your deal documents are ready' }),
		output: (items, { chatId }, emulator) => {
			expect(items).toHaveLength(1);
			const messageId = items[0].json.messageId;
			const messages = emulator.state.im.messagesOf(chatId as number);
			expect(messages[messages.length - 1]).toMatchObject({ id: messageId, authorId: 1, text: 'Your deal documents are ready' });
		},
	},
};
