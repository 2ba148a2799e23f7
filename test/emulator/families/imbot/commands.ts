/** imbot.command.register / unregister / update / answer */
import { RestError } from '../../errors';
import { Dict, isDict, isYes, phpEmpty, phpValues, toInt, toPhpString, toYN } from '../../php';
import type { BotCommand } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { messagePayloads, storeMessage } from '../im/shared';
import { botClientId, checkPayload, imbotErrors, isHandlerUrl } from './shared';

const commandNotFound = () => new RestError('COMMAND_ID_ERROR', 'Command not found');

function readLang(value: unknown): Array<Record<string, string>> {
	return phpValues(value)
		.filter(isDict)
		.map((entry: Dict) => ({ LANGUAGE_ID: toPhpString(entry.LANGUAGE_ID), TITLE: toPhpString(entry.TITLE), PARAMS: toPhpString(entry.PARAMS) }))
		.filter((entry) => entry.LANGUAGE_ID !== '' && entry.TITLE !== '');
}

function register(ctx: CallContext): MethodResult {
	const clientId = botClientId(ctx);
	const bot = ctx.state.im.bots.get(toInt(ctx.params.BOT_ID));
	if (!bot) throw imbotErrors.botNotFound();
	if (bot.clientId !== clientId) throw imbotErrors.otherApp();
	const command = toPhpString(ctx.params.COMMAND).trim();
	if (command === '') throw new RestError('COMMAND_ERROR', "Command isn't specified");
	const handler = toPhpString(ctx.params.EVENT_COMMAND_ADD);
	if (handler === '') throw new RestError('EVENT_COMMAND_ADD_ERROR', 'Handler for "Command add" event isn\'t specified');
	if (!isHandlerUrl(handler)) throw new RestError('EVENT_COMMAND_ADD_ERROR', 'Wrong handler URL');
	const lang = readLang(ctx.params.LANG);
	if (lang.length === 0) throw new RestError('LANG_ERROR', "Lang set can't be empty");
	const existing = [...ctx.state.im.commands.values()].find((entry) => entry.botId === bot.id && entry.command === command);
	if (existing) return { result: existing.id };
	const created: BotCommand = {
		id: ctx.state.im.commandIds.next(),
		botId: bot.id,
		clientId,
		command,
		handler,
		common: toYN(ctx.params.COMMON),
		hidden: toYN(ctx.params.HIDDEN),
		extranetSupport: toYN(ctx.params.EXTRANET_SUPPORT),
		lang,
	};
	ctx.state.im.commands.set(created.id, created);
	return { result: created.id };
}

function ownCommand(ctx: CallContext, found?: BotCommand): BotCommand {
	const clientId = botClientId(ctx);
	const command = found ?? ctx.state.im.commands.get(toInt(ctx.params.COMMAND_ID));
	if (!command) throw commandNotFound();
	if (command.clientId !== clientId) throw new RestError('APP_ID_ERROR', 'Command was installed by another REST application');
	return command;
}

function unregister(ctx: CallContext): MethodResult {
	ctx.state.im.commands.delete(ownCommand(ctx).id);
	return { result: true };
}

function update(ctx: CallContext): MethodResult {
	const command = ownCommand(ctx);
	const fields = isDict(ctx.params.FIELDS) ? ctx.params.FIELDS : {};
	if (phpEmpty(fields)) throw new RestError('WRONG_REQUEST', "Update fields can't be empty");
	if (fields.EVENT_COMMAND_ADD !== undefined) {
		const handler = toPhpString(fields.EVENT_COMMAND_ADD);
		if (!isHandlerUrl(handler)) throw new RestError('EVENT_COMMAND_ADD_ERROR', 'Wrong handler URL');
		command.handler = handler;
	}
	if (toPhpString(fields.COMMAND).trim() !== '') command.command = toPhpString(fields.COMMAND).trim();
	if (fields.HIDDEN !== undefined) command.hidden = toYN(fields.HIDDEN);
	if (fields.EXTRANET_SUPPORT !== undefined) command.extranetSupport = toYN(fields.EXTRANET_SUPPORT);
	if (fields.LANG !== undefined) command.lang = readLang(fields.LANG);
	return { result: true };
}

/** The bot answers in the dialog of the message that carried the command. */
function answer(ctx: CallContext): MethodResult {
	const byName = phpEmpty(ctx.params.COMMAND_ID) ? [...ctx.state.im.commands.values()].find((entry) => entry.command === toPhpString(ctx.params.COMMAND).trim()) : undefined;
	const command = ownCommand(ctx, byName);
	if (phpEmpty(ctx.params.MESSAGE_ID)) throw new RestError('MESSAGE_ID_EMPTY', "Message ID can't be empty");
	const text = toPhpString(ctx.params.MESSAGE).trim();
	if (text === '') throw new RestError('MESSAGE_EMPTY', "Message can't be empty");
	checkPayload(ctx.params.ATTACH, 'ATTACH');
	checkPayload(ctx.params.KEYBOARD, 'KEYBOARD');
	checkPayload(ctx.params.MENU, 'MENU');
	const original = ctx.state.im.messages.get(toInt(ctx.params.MESSAGE_ID));
	if (!original || original.deleted) throw new RestError('WRONG_REQUEST', "Message isn't added");
	const dialogId = original.chatId !== null ? `chat${original.chatId}` : String(original.authorId);
	const message = storeMessage(ctx, {
		chatId: original.chatId,
		dialogId,
		authorId: command.botId,
		botId: command.botId,
		text,
		params: { ...messagePayloads(ctx.params), COMMAND_ID: command.id },
		system: isYes(ctx.params.SYSTEM),
	});
	return { result: message.id };
}

export const commandMethods: MethodSpec[] = [
	{ name: 'imbot.command.register', scopes: ['imbot'], handler: register },
	{ name: 'imbot.command.unregister', scopes: ['imbot'], handler: unregister },
	{ name: 'imbot.command.update', scopes: ['imbot'], handler: update },
	{ name: 'imbot.command.answer', scopes: ['imbot'], handler: answer },
];
