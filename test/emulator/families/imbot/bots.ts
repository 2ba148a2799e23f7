/** imbot.register / unregister / update / bot.list */
import { RestError } from '../../errors';
import { Dict, isDict, phpEmpty, phpMap, toInt, toPhpString } from '../../php';
import type { ImBot } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { botClientId, imbotErrors, isHandlerUrl } from './shared';

export const MAX_BOTS_PER_APP = 5;

const HANDLERS: Array<{ param: string; code: string; label?: string }> = [
	{ param: 'EVENT_MESSAGE_ADD', code: 'EVENT_MESSAGE_ADD_ERROR', label: 'Message add' },
	{ param: 'EVENT_MESSAGE_UPDATE', code: 'EVENT_MESSAGE_UPDATE_ERROR' },
	{ param: 'EVENT_MESSAGE_DELETE', code: 'EVENT_MESSAGE_DELETE_ERROR' },
	{ param: 'EVENT_WELCOME_MESSAGE', code: 'EVENT_WELCOME_MESSAGE_ERROR', label: 'Welcome message' },
	{ param: 'EVENT_BOT_DELETE', code: 'EVENT_BOT_DELETE_ERROR', label: 'Bot delete' },
];

/** EVENT_HANDLER fills every EVENT_* handler; `label` marks the ones register requires. */
function readHandlers(source: Dict, required: boolean): Record<string, string> {
	const common = toPhpString(source.EVENT_HANDLER);
	const handlers: Record<string, string> = {};
	for (const { param, code, label } of HANDLERS) {
		const value = common !== '' ? common : toPhpString(source[param]);
		if (value === '') {
			if (required && label) throw new RestError(code, `Handler for "${label}" event isn't specified`);
			continue;
		}
		if (!isHandlerUrl(value)) throw new RestError(code, 'Wrong handler URL');
		handlers[param] = value;
	}
	return handlers;
}

function hasName(properties: Dict): boolean {
	return toPhpString(properties.NAME).trim() !== '' || toPhpString(properties.LAST_NAME).trim() !== '';
}

function register(ctx: CallContext): MethodResult {
	const clientId = botClientId(ctx);
	const code = toPhpString(ctx.params.CODE).trim();
	if (code === '') throw new RestError('CODE_ERROR', "Bot code isn't specified");
	const handlers = readHandlers(ctx.params, true);
	const properties = isDict(ctx.params.PROPERTIES) ? ctx.params.PROPERTIES : {};
	if (!hasName(properties)) throw new RestError('NAME_ERROR', "Bot name isn't specified");
	const existing = [...ctx.state.im.bots.values()].find((bot) => bot.code === code);
	if (existing) {
		if (existing.clientId !== clientId) throw new RestError('WRONG_REQUEST', "Bot can't be created");
		return { result: existing.id };
	}
	if (ctx.state.im.botsOf(clientId).length >= MAX_BOTS_PER_APP) {
		throw new RestError('MAX_COUNT_ERROR', `Has reached the maximum number of bots for application (max: ${MAX_BOTS_PER_APP})`);
	}
	const type = (['B', 'O', 'H', 'S'].includes(toPhpString(ctx.params.TYPE).toUpperCase()) ? toPhpString(ctx.params.TYPE).toUpperCase() : 'B') as ImBot['type'];
	const user = ctx.state.users.add({
		name: toPhpString(properties.NAME),
		lastName: toPhpString(properties.LAST_NAME),
		email: toPhpString(properties.EMAIL),
		active: true,
		isAdmin: false,
		workPosition: toPhpString(properties.WORK_POSITION),
		gender: toPhpString(properties.PERSONAL_GENDER) === 'F' ? 'F' : toPhpString(properties.PERSONAL_GENDER) === 'M' ? 'M' : '',
		departments: [],
		isBot: true,
	});
	const bot: ImBot = {
		id: user.id,
		code,
		type,
		openline: type === 'O' || toPhpString(ctx.params.OPENLINE).toUpperCase() === 'Y' ? 'Y' : 'N',
		clientId,
		handlers,
		properties: { ...properties },
	};
	ctx.state.im.bots.set(bot.id, bot);
	return { result: bot.id };
}

function ownBot(ctx: CallContext): ImBot {
	const clientId = botClientId(ctx);
	const bot = ctx.state.im.bots.get(toInt(ctx.params.BOT_ID));
	if (!bot) throw imbotErrors.botNotFound();
	if (bot.clientId !== clientId) throw imbotErrors.otherApp();
	return bot;
}

function unregister(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	ctx.state.im.bots.delete(bot.id);
	for (const command of [...ctx.state.im.commands.values()]) if (command.botId === bot.id) ctx.state.im.commands.delete(command.id);
	for (const chat of ctx.state.im.chats.values()) chat.users = chat.users.filter((userId) => userId !== bot.id);
	const user = ctx.state.users.get(bot.id);
	if (user) user.active = false;
	return { result: true };
}

function update(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const fields = isDict(ctx.params.FIELDS) ? ctx.params.FIELDS : {};
	if (phpEmpty(fields)) throw new RestError('WRONG_REQUEST', "Update fields can't be empty");
	const handlers = readHandlers(fields, false);
	let properties = bot.properties;
	if (isDict(fields.PROPERTIES)) {
		properties = { ...bot.properties, ...fields.PROPERTIES };
		if (!hasName(properties)) throw new RestError('NAME_ERROR', "Bot name isn't specified");
	}
	if (toPhpString(fields.CODE).trim() !== '') bot.code = toPhpString(fields.CODE).trim();
	bot.handlers = { ...bot.handlers, ...handlers };
	bot.properties = properties;
	const user = ctx.state.users.get(bot.id);
	if (user) {
		user.name = toPhpString(properties.NAME);
		user.lastName = toPhpString(properties.LAST_NAME);
		user.workPosition = toPhpString(properties.WORK_POSITION);
	}
	return { result: true };
}

function botList(ctx: CallContext): MethodResult {
	const list: Dict = {};
	for (const bot of ctx.state.im.bots.values()) {
		list[String(bot.id)] = { ID: bot.id, NAME: ctx.state.users.fullName(bot.id), CODE: bot.code, OPENLINE: bot.openline };
	}
	return { result: phpMap(list) };
}

export const botMethods: MethodSpec[] = [
	{ name: 'imbot.register', scopes: ['imbot'], handler: register },
	{ name: 'imbot.unregister', scopes: ['imbot'], handler: unregister },
	{ name: 'imbot.update', scopes: ['imbot'], handler: update },
	{ name: 'imbot.bot.list', scopes: ['imbot'], handler: botList },
];
