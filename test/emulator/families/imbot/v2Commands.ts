/** imbot.v2.Command.register / list / update / unregister / answer, on the command store of imbot.command.* */
import { Dict, isDict, toInt, toPhpString } from '../../php';
import type { BotCommand, ImBot } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { chatNumber, storeMessage } from '../im/shared';
import { clip, content, fieldsOf, flag, ownBot, v2Error } from './v2';

const notFound = () => v2Error('COMMAND_NOT_FOUND', 'Command not found');
const yn = (value: boolean): 'Y' | 'N' => (value ? 'Y' : 'N');

/** `{langCode: text}` maps merged into the stored LANGUAGE_ID / TITLE / PARAMS entries; null removes a language. */
function mergeLang(current: BotCommand['lang'], titles: unknown, params: unknown): BotCommand['lang'] {
	const byLanguage = new Map(current.map((entry) => [entry.LANGUAGE_ID, { ...entry }]));
	if (isDict(titles)) {
		for (const [language, title] of Object.entries(titles)) {
			if (title === null) byLanguage.delete(language);
			else byLanguage.set(language, { LANGUAGE_ID: language, TITLE: toPhpString(title), PARAMS: byLanguage.get(language)?.PARAMS ?? '' });
		}
	}
	if (isDict(params)) {
		for (const [language, hint] of Object.entries(params)) {
			const entry = byLanguage.get(language);
			if (entry) entry.PARAMS = toPhpString(hint);
		}
	}
	return [...byLanguage.values()];
}

function readName(value: unknown): string {
	if (typeof value !== 'string' && typeof value !== 'number') throw v2Error('COMMAND_NAME_INVALID', 'Command name is invalid');
	return String(value).trim().replace(/^\//, '');
}

function shortView(command: BotCommand): Dict {
	return { id: command.id, botId: command.botId, command: `/${command.command}`, common: command.common === 'Y', hidden: command.hidden === 'Y', extranetSupport: command.extranetSupport === 'Y' };
}

function register(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const fields = fieldsOf(ctx);
	if (fields.command === undefined || fields.command === '') throw v2Error('COMMAND_REQUIRED', 'Command is required');
	const name = readName(fields.command);
	const hidden = flag(fields.hidden, false);
	const lang = mergeLang([], fields.title, fields.params);
	if (!hidden && lang.length === 0) throw v2Error('COMMAND_TITLE_REQUIRED', 'Command title is required');
	const existing = [...ctx.state.im.commands.values()].find((entry) => entry.botId === bot.id && entry.command === name);
	if (existing) return { result: { command: shortView(existing) } };
	const command: BotCommand = {
		id: ctx.state.im.commandIds.next(),
		botId: bot.id,
		clientId: bot.clientId,
		command: name,
		handler: '',
		common: yn(flag(fields.common, false)),
		hidden: yn(hidden),
		extranetSupport: yn(flag(fields.extranetSupport, false)),
		lang,
	};
	ctx.state.im.commands.set(command.id, command);
	return { result: { command: shortView(command) } };
}

function commandsOf(ctx: CallContext, bot: ImBot): BotCommand[] {
	return [...ctx.state.im.commands.values()].filter((command) => command.botId === bot.id).sort((a, b) => a.id - b.id);
}

/** Titles in the portal language (en), else the first one given. */
function list(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const category = ctx.state.users.fullName(bot.id);
	return {
		result: {
			commands: commandsOf(ctx, bot).map((command) => {
				const lang = command.lang.find((entry) => entry.LANGUAGE_ID === 'en') ?? command.lang[0];
				return { ...shortView(command), title: lang?.TITLE ?? '', params: lang?.PARAMS ?? '', category, context: '' };
			}),
		},
	};
}

function botCommand(ctx: CallContext, bot: ImBot): BotCommand {
	const command = ctx.state.im.commands.get(toInt(ctx.params.commandId));
	if (!command || command.botId !== bot.id) throw notFound();
	return command;
}

function update(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const command = botCommand(ctx, bot);
	const fields = fieldsOf(ctx);
	if (fields.command !== undefined) {
		const name = readName(fields.command);
		if (name === '') throw v2Error('COMMAND_NAME_EMPTY', 'Command name is empty');
		if (commandsOf(ctx, bot).some((other) => other.id !== command.id && other.command === name)) throw v2Error('COMMAND_ALREADY_EXISTS', 'Command already exists');
		command.command = name;
	}
	command.lang = mergeLang(command.lang, fields.title, fields.params);
	if (fields.common !== undefined) command.common = yn(flag(fields.common, false));
	if (fields.hidden !== undefined) command.hidden = yn(flag(fields.hidden, false));
	if (fields.extranetSupport !== undefined) command.extranetSupport = yn(flag(fields.extranetSupport, false));
	return { result: { command: shortView(command) } };
}

function unregister(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	ctx.state.im.commands.delete(botCommand(ctx, bot).id);
	return { result: { result: true } };
}

/** The bot's answer goes to dialogId, the dialog where the command was used. */
function answer(ctx: CallContext): MethodResult {
	const bot = ownBot(ctx);
	const command = botCommand(ctx, bot);
	const fields = fieldsOf(ctx);
	const dialogId = toPhpString(ctx.params.dialogId).trim();
	const original = ctx.state.im.messages.get(toInt(ctx.params.messageId));
	const chatId = chatNumber(dialogId);
	const text = clip(toPhpString(fields.message).trim());
	const params = content(fields);
	const known = chatId !== undefined ? ctx.state.im.chats.has(chatId) : ctx.state.users.get(toInt(dialogId)) !== undefined;
	if (!original || !known || (text === '' && params.ATTACH === undefined)) throw v2Error('COMMAND_ANSWER_FAILED', 'Command answer failed');
	storeMessage(ctx, {
		chatId: chatId ?? null,
		dialogId: chatId !== undefined ? `chat${chatId}` : dialogId,
		authorId: bot.id,
		botId: bot.id,
		text,
		params: { ...params, COMMAND_ID: command.id },
		system: flag(fields.system, false),
	});
	return { result: { result: true } };
}

export const v2CommandMethods: MethodSpec[] = [
	{ name: 'imbot.v2.Command.register', scopes: ['imbot'], handler: register },
	{ name: 'imbot.v2.Command.list', scopes: ['imbot'], handler: list },
	{ name: 'imbot.v2.Command.update', scopes: ['imbot'], handler: update },
	{ name: 'imbot.v2.Command.unregister', scopes: ['imbot'], handler: unregister },
	{ name: 'imbot.v2.Command.answer', scopes: ['imbot'], handler: answer },
];
