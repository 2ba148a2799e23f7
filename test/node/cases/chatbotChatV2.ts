import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable, Prepared } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

/** A v2 bot (owned by the default application and by its token) and a chat it created with users 2 and 3. */
function withChat(emulator: Emulator): Prepared {
	const { result } = emulator.seed.call('imbot.v2.Bot.register', { fields: { code: 'team_bot', botToken: 'team-bot-token', properties: { name: 'Team' } } });
	const botId = ((result as IDataObject).bot as IDataObject).id as number;
	const created = emulator.seed.call('imbot.v2.Chat.add', { botId, fields: { title: 'Release', userIds: [2, 3] } }).result as IDataObject;
	return { botId, botToken: 'team-bot-token', chatId: (created.chat as IDataObject).id as number };
}

const base = ({ botId, botToken, chatId }: Prepared) => ({ botId: String(botId), botToken: String(botToken), dialogId: `chat${chatId}` });
const sentBase = ({ botId, botToken, chatId }: Prepared) => ({ botId, botToken, dialogId: `chat${chatId}` });

function chatOf(emulator: Emulator, chatId: unknown) {
	return emulator.state.im.chats.get(chatId as number);
}

export const chatbotChatV2Cases: CaseTable = {
	'chatbotChatV2.create': {
		setup: (emulator) => {
			const { botId, botToken } = withChat(emulator);
			return { botId, botToken };
		},
		parameters: ({ botId, botToken }) => ({
			botId: String(botId),
			botToken: String(botToken),
			title: 'Incident 7',
			userIds: '2, 3',
			additionalFields: { color: 'lightBlue', description: 'Outage of the shop', message: 'War room is open', ownerId: 2 },
		}),
		sent: ({ botId, botToken }) => ({
			botId,
			botToken,
			fields: { title: 'Incident 7', userIds: [2, 3], color: 'lightBlue', description: 'Outage of the shop', message: 'War room is open', ownerId: 2 },
		}),
		output: (items, { botId }, emulator) => {
			expect(items).toHaveLength(1);
			const chat = items[0].json;
			expect(chat).toMatchObject({ name: 'Incident 7', description: 'Outage of the shop', owner: 2, color: '#4ba5c3', userCounter: 3, messageCount: 1, type: 'chat' });
			expect(chat.dialogId).toBe(`chat${chat.id}`);
			expect(chatOf(emulator, chat.id)).toMatchObject({ users: [botId, 2, 3], color: 'LIGHT_BLUE' });
		},
	},
	'chatbotChatV2.get': {
		setup: withChat,
		parameters: base,
		sent: sentBase,
		output: (items, { botId, chatId }) => expect(json(items)).toMatchObject([{ id: chatId, name: 'Release', owner: botId, role: 'owner', userCounter: 3 }]),
	},
	'chatbotChatV2.update': {
		setup: withChat,
		parameters: (prepared) => ({ ...base(prepared), updateFields: { title: 'Release 2.0', color: 'purple' } }),
		sent: (prepared) => ({ ...sentBase(prepared), fields: { title: 'Release 2.0', color: 'purple' } }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatOf(emulator, chatId)).toMatchObject({ title: 'Release 2.0', color: 'PURPLE' });
		},
	},
	'chatbotChatV2.addUsers': {
		setup: withChat,
		parameters: (prepared) => ({ ...base(prepared), userIds: '1' }),
		sent: (prepared) => ({ ...sentBase(prepared), userIds: [1] }),
		output: (items, { botId, chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatOf(emulator, chatId)?.users).toEqual([botId, 2, 3, 1]);
		},
	},
	'chatbotChatV2.removeUser': {
		setup: withChat,
		parameters: (prepared) => ({ ...base(prepared), userId: '3' }),
		sent: (prepared) => ({ ...sentBase(prepared), userId: 3 }),
		output: (items, { botId, chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatOf(emulator, chatId)?.users).toEqual([botId, 2]);
		},
	},
	'chatbotChatV2.getUsers': {
		setup: withChat,
		parameters: (prepared) => ({ ...base(prepared), limit: 2 }),
		sent: (prepared) => ({ ...sentBase(prepared), limit: 2 }),
		output: (items) => expect(json(items)).toMatchObject([{ id: 2, name: 'Jane Roe', type: 'employee' }, { id: 3, firstName: 'Max' }]),
	},
	'chatbotChatV2.leave': {
		setup: withChat,
		parameters: base,
		sent: sentBase,
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatOf(emulator, chatId)).toMatchObject({ users: [2, 3], ownerId: 2 });
		},
	},
	'chatbotChatV2.setOwner': {
		setup: withChat,
		parameters: (prepared) => ({ ...base(prepared), userId: '3' }),
		sent: (prepared) => ({ ...sentBase(prepared), userId: 3 }),
		output: (items, { chatId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(chatOf(emulator, chatId)?.ownerId).toBe(3);
		},
	},
};
