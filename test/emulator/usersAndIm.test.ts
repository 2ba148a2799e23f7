import { viaToken, viaWebhook } from './support/client';
import { useEmulator } from './support/useEmulator';

/** Documented errors and rules of user.*, department.*, im.* and the newer imopenlines.* / imbot.command.* methods. */
describe('users, departments, messenger and open line settings', () => {
	const portal = useEmulator();

	const call = (method: string, params: Record<string, unknown> = {}) => viaWebhook(portal.emulator, method, params);
	const error = async (method: string, params: Record<string, unknown> = {}) => {
		const reply = await call(method, params);
		return { status: reply.status, error: reply.body.error, description: reply.body.error_description };
	};

	it('user.add: checks the email, refuses a taken one, needs a department for employees', async () => {
		expect((await call('user.add', { EMAIL: 'nope' })).body).toEqual({ error: 'ERROR_ARGUMENT', error_description: 'wrong_email', argument: '' });
		expect(await error('user.add', { EMAIL: 'jane@example.com', UF_DEPARTMENT: [1] })).toMatchObject({ error: 'ERROR_ARGUMENT', description: 'A user with this email already exists' });
		expect(await error('user.add', { EMAIL: 'ext@example.com', EXTRANET: 'Y' })).toMatchObject({ error: 'ERROR_GROUPID' });
		expect((await call('user.add', { EMAIL: 'ext@example.com', EXTRANET: 'Y', SONET_GROUP_ID: [3] })).body.result).toBe(102);
	});

	it('user.get: pages by 50 with total and next, without bots and open-line guests', async () => {
		for (let index = 0; index < 60; index++) portal.emulator.seed.call('user.add', { EMAIL: `u${index}@example.com`, UF_DEPARTMENT: [2] });
		const first = await call('user.get', {});
		expect(first.body.result).toHaveLength(50);
		expect(first.body).toMatchObject({ total: 63, next: 50 });
		const second = await call('user.get', { start: 50 });
		expect(second.body.result).toHaveLength(13);
		expect(second.body.next).toBeUndefined();
		const ids = [...first.body.result, ...second.body.result].map((user: { ID: string }) => Number(user.ID));
		expect(ids).not.toContain(100);
	});

	it('user.update and department writes need an administrator', async () => {
		const hook = portal.emulator.addWebhook({ userId: 2 });
		const asJane = (method: string, params: Record<string, unknown>) => fetch(`${hook.url}${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(params) }).then((response) => response.json());
		expect(await asJane('user.update', { ID: 3, NAME: 'Maxim' })).toEqual({ error: 'ERROR_CORE', error_description: 'access_denied' });
		expect(await asJane('department.add', { NAME: 'X', PARENT: 1 })).toEqual({ error: 'ERROR_CORE', error_description: 'Access denied' });
	});

	it('department.*: documented errors', async () => {
		expect(await error('department.add', { PARENT: 1 })).toEqual({ status: 400, error: 'ERROR_CORE', description: 'Department name not provided.<br>' });
		expect(await error('department.add', { NAME: 'Second root' })).toMatchObject({ error: 'ERROR_CORE', description: 'There can only be one top-level department in the company structure' });
		expect(await error('department.update', { ID: 99, NAME: 'X' })).toMatchObject({ error: 'ERROR_CORE', description: 'Department not found' });
		expect(await error('department.delete', { ID: 99 })).toMatchObject({ error: 'ERROR_CORE', description: 'Department not found' });
	});

	it('im.chat.*: CHAT_ID, DIALOG_ID, color and owner rules', async () => {
		const chatId = (await call('im.chat.add', { TITLE: 'Team', USERS: [2] })).body.result;
		expect(await error('im.chat.updateTitle', { CHAT_ID: `chat${chatId}`, TITLE: 'X' })).toMatchObject({ error: 'CHAT_ID_EMPTY' });
		expect(await error('im.chat.updateTitle', { DIALOG_ID: '5', TITLE: 'X' })).toMatchObject({ error: 'DIALOG_ID_EMPTY' });
		expect((await call('im.chat.updateTitle', { DIALOG_ID: `chat${chatId}`, TITLE: 'Renamed' })).body.result).toBe(true);
		expect(await error('im.chat.updateTitle', { CHAT_ID: chatId, TITLE: '  ' })).toMatchObject({ error: 'TITLE_EMPTY' });
		expect(await error('im.chat.updateColor', { CHAT_ID: chatId, COLOR: 'ORANGE' })).toMatchObject({ error: 'WRONG_COLOR', description: 'This color currently unavailable' });
		expect(await error('im.chat.updateColor', { CHAT_ID: chatId, COLOR: 'GRAY' })).toMatchObject({ error: 'WRONG_REQUEST' });
		expect(await error('im.chat.setOwner', { CHAT_ID: chatId, USER_ID: 3 })).toMatchObject({ error: 'WRONG_REQUEST', description: 'Change owner can only owner and user must be member in chat' });
		expect(await error('im.chat.user.delete', { CHAT_ID: chatId, USER_ID: 3 })).toMatchObject({ error: 'USER_NOT_FOUND' });
		expect(await error('im.chat.user.list', { CHAT_ID: 999 })).toEqual({ status: 403, error: 'ACCESS_ERROR', description: 'Action unavailable' });
		expect(await error('im.chat.user.delete', { CHAT_ID: 2001, USER_ID: 100 })).toMatchObject({ error: 'ACCESS_ERROR', description: 'It is forbidden to delete users of this chat' });
	});

	it('im.message.* and im.dialog.*: private dialogs, likes and ids', async () => {
		const sent = (await call('im.message.add', { DIALOG_ID: '2', MESSAGE: 'Hi Jane' })).body.result;
		const reply = portal.emulator.seed.call('im.message.add', { DIALOG_ID: '1', MESSAGE: 'Hi John' }, { userId: 2 }).result;
		const dialog = (await call('im.dialog.messages.get', { DIALOG_ID: '2' })).body.result;
		expect(dialog.chat_id).toBe(0);
		expect(dialog.messages.map((message: { id: number }) => message.id)).toEqual([reply, sent]);
		expect(await error('im.message.add', { DIALOG_ID: '999', MESSAGE: 'x' })).toMatchObject({ error: 'USER_NOT_FOUND' });
		expect(await error('im.message.add', { DIALOG_ID: '2', MESSAGE: ' ' })).toMatchObject({ error: 'MESSAGE_EMPTY' });
		expect(await error('im.message.update', { MESSAGE_ID: reply, MESSAGE: 'mine now' })).toEqual({ status: 403, error: 'CANT_EDIT_MESSAGE', description: "Time has expired for modification or you don't have access" });
		expect((await call('im.message.like', { MESSAGE_ID: reply })).body.result).toBe(true);
		expect(await error('im.message.like', { MESSAGE_ID: reply, ACTION: 'plus' })).toMatchObject({ error: 'WITHOUT_CHANGES' });
		expect(await error('im.dialog.messages.get', { DIALOG_ID: '2', FIRST_ID: 'abc' })).toMatchObject({ error: 'FIRST_ID_STRING', description: "First ID can't be string" });
		expect(await error('im.dialog.get', {})).toMatchObject({ error: 'DIALOG_ID_EMPTY' });
		expect(await error('im.dialog.get', { DIALOG_ID: 'chat999' })).toEqual({ status: 403, error: 'ACCESS_ERROR', description: 'You do not have access to the specified dialog' });
	});

	it('im.notify.*: a tag replaces the earlier notification; tags need CLIENT_ID through a webhook', async () => {
		expect(await error('im.notify.system.add', { USER_ID: 2, MESSAGE: 'x', TAG: 'a' })).toEqual({ status: 403, error: 'ACCESS_DENIED', description: 'Access denied! Client ID not specified' });
		const first = (await call('im.notify.system.add', { USER_ID: 2, MESSAGE: 'Build 1 ready', TAG: 'build', CLIENT_ID: 'app.1' })).body.result;
		const second = (await call('im.notify.system.add', { USER_ID: 2, MESSAGE: 'Build 2 ready', TAG: 'build', CLIENT_ID: 'app.1' })).body.result;
		expect([...portal.emulator.state.im.notifications.keys()]).toEqual([second]);
		expect(second).toBeGreaterThan(first);
		expect(await error('im.notify.delete', {})).toMatchObject({ error: 'PARAMS_ERROR', description: 'Incorrect params' });
		expect((await call('im.notify.delete', { TAG: 'build', CLIENT_ID: 'app.1' })).body.result).toBe(true);
		expect(portal.emulator.state.im.notifications.size).toBe(0);
	});

	it('imopenlines.config.*: CONFIG_ID_EMPTY, false for an unknown line, the seeded line 1', async () => {
		expect(await error('imopenlines.config.get', {})).toMatchObject({ error: 'CONFIG_ID_EMPTY', description: "Config ID can't be empty" });
		expect((await call('imopenlines.config.get', { CONFIG_ID: 99 })).body.result).toBe(false);
		expect((await call('imopenlines.config.delete', { CONFIG_ID: 99 })).body.result).toBe(false);
		expect((await call('imopenlines.config.get', { CONFIG_ID: 1 })).body.result).toMatchObject({ ID: '1', LINE_NAME: 'Open Channel', QUEUE: ['1'] });
	});

	it('imopenlines.crm.chat.*: CRM data errors', async () => {
		expect(await error('imopenlines.crm.chat.getLastId', {})).toMatchObject({ error: 'CRM_CHAT_EMPTY_CRM_DATA', description: 'Empty CRM data' });
		expect(await error('imopenlines.crm.chat.getLastId', { CRM_ENTITY_TYPE: 'deal', CRM_ENTITY: 5 })).toMatchObject({ error: 'CRM_CHAT_EMPTY_CRM_DATA', description: 'Could not find CRM object' });
		expect((await call('imopenlines.crm.chat.getLastId', { CRM_ENTITY_TYPE: 'lead', CRM_ENTITY: 1 })).body.result).toBe(2001);
		expect(await error('imopenlines.crm.chat.user.add', { CRM_ENTITY_TYPE: 'lead', CRM_ENTITY: 1, USER_ID: 1 })).toMatchObject({ error: 'WRONG_REQUEST' });
		expect(await error('imopenlines.crm.chat.user.delete', { CRM_ENTITY_TYPE: 'lead', CRM_ENTITY: 1, USER_ID: 2, CHAT_ID: 2002 })).toMatchObject({ error: 'CHAT_NOT_IN_CRM' });
		expect(await error('imopenlines.crm.lead.create', { CHAT_ID: 999 })).toMatchObject({ error: 'CHAT_ID', description: 'The specified chat identifier is incorrect' });
	});

	it('imbot.command.*: documented errors and the answer in the dialog of the command', async () => {
		portal.token = portal.emulator.issueTokens().access_token;
		const asApp = (method: string, params: Record<string, unknown> = {}) => viaToken(portal.emulator, portal.token, method, params);
		const botId = (await asApp('imbot.register', { CODE: 'cmd', EVENT_HANDLER: 'https://example.com/h', PROPERTIES: { NAME: 'Cmd' } })).body.result;
		const lang = [{ LANGUAGE_ID: 'en', TITLE: 'Help' }];
		expect((await asApp('imbot.command.register', { BOT_ID: botId, EVENT_COMMAND_ADD: 'https://example.com/c', LANG: lang })).body).toEqual({ error: 'COMMAND_ERROR', error_description: "Command isn't specified" });
		expect((await asApp('imbot.command.register', { BOT_ID: botId, COMMAND: 'help', LANG: lang })).body.error).toBe('EVENT_COMMAND_ADD_ERROR');
		expect((await asApp('imbot.command.register', { BOT_ID: botId, COMMAND: 'help', EVENT_COMMAND_ADD: 'https://example.com/c' })).body.error).toBe('LANG_ERROR');
		const commandId = (await asApp('imbot.command.register', { BOT_ID: botId, COMMAND: 'help', EVENT_COMMAND_ADD: 'https://example.com/c', LANG: lang })).body.result;
		expect((await asApp('imbot.command.update', { COMMAND_ID: commandId, FIELDS: {} })).body).toEqual({ error: 'WRONG_REQUEST', error_description: "Update fields can't be empty" });
		expect((await call('imbot.command.unregister', { COMMAND_ID: commandId, CLIENT_ID: 'other.app' })).body.error).toBe('APP_ID_ERROR');
		expect((await asApp('imbot.command.unregister', { COMMAND_ID: 999 })).body).toEqual({ error: 'COMMAND_ID_ERROR', error_description: 'Command not found' });
		const asked = (await call('im.message.add', { DIALOG_ID: String(botId), MESSAGE: '/help' })).body.result;
		const answer = (await asApp('imbot.command.answer', { COMMAND: 'help', MESSAGE_ID: asked, MESSAGE: 'Try /status' })).body.result;
		expect(portal.emulator.state.im.messages.get(answer)).toMatchObject({ chatId: null, dialogId: '1', authorId: botId, text: 'Try /status' });
		expect((await asApp('imbot.unregister', { BOT_ID: botId })).body.result).toBe(true);
		expect(portal.emulator.state.im.commands.size).toBe(0);
	});

	it('imbot.v2: webhooks name the bot by botToken; documented errors', async () => {
		const register = (fields: Record<string, unknown>) => call('imbot.v2.Bot.register', { fields });
		expect((await register({ code: 'v2', properties: { name: 'V2' } })).body).toEqual({ error: 'BOT_TOKEN_NOT_SPECIFIED', error_description: 'Bot token is not specified' });
		expect((await register({ botToken: 'x'.repeat(41), code: 'v2', properties: { name: 'V2' } })).body.error).toBe('BOT_TOKEN_INVALID_LENGTH');
		expect((await register({ botToken: 't1', properties: { name: 'V2' } })).body.error).toBe('BOT_CODE_REQUIRED');
		expect((await register({ botToken: 't1', code: 'v2' })).body.error).toBe('BOT_PROPERTIES_REQUIRED');
		expect((await register({ botToken: 't1', code: 'v2', type: 'robot', properties: { name: 'V2' } })).body.error).toBe('BOT_INVALID_TYPE');
		expect((await register({ botToken: 't1', code: 'v2', eventMode: 'webhook', properties: { name: 'V2' } })).body.error).toBe('BOT_WEBHOOK_URL_REQUIRED');
		const created = (await register({ botToken: 't1', code: 'v2', properties: { name: 'V2' } })).body.result;
		expect(created.users[0]).toMatchObject({ id: created.bot.id, name: 'V2', bot: true, type: 'bot' });
		expect((await register({ botToken: 't2', code: 'v2', properties: { name: 'Other' } })).body.error).toBe('BOT_CODE_ALREADY_TAKEN');
		const botId = created.bot.id;
		expect((await call('imbot.v2.Bot.get', { botToken: 't1' })).body.error).toBe('PARAMS_REQUIRED');
		expect(await error('imbot.v2.Bot.unregister', { botId, botToken: 'wrong' })).toEqual({ status: 403, error: 'BOT_OWNERSHIP_ERROR', description: 'Bot is registered by another application' });
		expect((await call('imbot.v2.Chat.Message.send', { botId, botToken: 't1', dialogId: '1', fields: {} })).body.error).toBe('EMPTY_MESSAGE');
		expect((await call('imbot.v2.Chat.Message.send', { botId, botToken: 't1', dialogId: 'chat2001', fields: { message: 'x' } })).body.error).toBe('ACCESS_DENIED');
		expect((await call('imbot.v2.Bot.update', { botId, botToken: 't1', fields: { botToken: 't3' } })).body.result.bot.id).toBe(botId);
		expect(await error('imbot.v2.Bot.get', { botId, botToken: 't1' })).toMatchObject({ error: 'BOT_NOT_FOUND' });
		expect((await call('imbot.v2.Bot.list', { botToken: 't3' })).body.result).toMatchObject({ bots: [{ id: botId, code: 'v2' }], hasNextPage: false });
	});
});
