/** messageservice.sender.add/update/delete/list, messageservice.message.status.update (api-reference/messageservice/*.md). */
import { RestError } from '../errors';
import { isDict, toPhpString } from '../php';
import type { CallContext, MethodResult, MethodSpec } from '../types';
import { param, requireAdmin, requireApplication } from './ownerChecks';

const STATUSES = ['queued', 'sent', 'delivered', 'undelivered', 'failed'];

const invalid = (description: string) => new RestError('ERROR_SENDER_VALIDATION_FAILURE', description);
const notFound = () => new RestError('ERROR_SENDER_NOT_FOUND', 'Sender not found!');

function owner(ctx: CallContext): string {
	const clientId = requireApplication(ctx);
	requireAdmin(ctx);
	return clientId;
}

function readCode(ctx: CallContext): string {
	const code = toPhpString(param(ctx.params, 'CODE')).trim();
	if (code === '') throw invalid('Empty sender code!');
	if (!/^[a-zA-Z0-9._-]+$/.test(code)) throw invalid('Wrong sender code!');
	return code;
}

function isEmptyText(value: unknown): boolean {
	return value === undefined || (!isDict(value) && toPhpString(value).trim() === '');
}

function add(ctx: CallContext): MethodResult {
	const senders = ctx.state.messageService.sendersOf(owner(ctx));
	const code = readCode(ctx);
	const type = toPhpString(param(ctx.params, 'TYPE')).trim();
	const name = param(ctx.params, 'NAME');
	if (isEmptyText(name)) throw invalid('Empty sender NAME!');
	if (type === '') throw invalid('Empty sender message TYPE!');
	if (type.toUpperCase() !== 'SMS') throw invalid('Unknown sender message TYPE!');
	const handler = toPhpString(param(ctx.params, 'HANDLER')).trim();
	if (senders.has(code)) throw new RestError('ERROR_SENDER_ALREADY_INSTALLED', 'Sender already installed!');
	senders.set(code, { code, type: 'SMS', handler, name, description: param(ctx.params, 'DESCRIPTION') ?? '' });
	return { result: true };
}

function update(ctx: CallContext): MethodResult {
	const senders = ctx.state.messageService.sendersOf(owner(ctx));
	const code = toPhpString(param(ctx.params, 'CODE')).trim();
	if (code === '') throw new RestError('ERROR_SENDER_CODE_REQUIRED', 'CODE is required!');
	const changes = ['HANDLER', 'NAME', 'DESCRIPTION'].filter((name) => param(ctx.params, name) !== undefined);
	if (changes.length === 0) throw new RestError('ERROR_SENDER_OTHER_PARAMS_REQUIRED', 'At least one other parameter is required!');
	const sender = senders.get(code);
	if (!sender) throw notFound();
	if (changes.includes('HANDLER')) sender.handler = toPhpString(param(ctx.params, 'HANDLER'));
	if (changes.includes('NAME')) sender.name = param(ctx.params, 'NAME');
	if (changes.includes('DESCRIPTION')) sender.description = param(ctx.params, 'DESCRIPTION');
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const senders = ctx.state.messageService.sendersOf(owner(ctx));
	if (!senders.delete(readCode(ctx))) throw notFound();
	return { result: true };
}

function list(ctx: CallContext): MethodResult {
	return { result: [...ctx.state.messageService.sendersOf(owner(ctx)).keys()] };
}

function updateStatus(ctx: CallContext): MethodResult {
	const clientId = owner(ctx);
	const code = readCode(ctx);
	const message = ctx.state.messageService.messages.get(toPhpString(param(ctx.params, 'MESSAGE_ID')).trim());
	if (!message || message.clientId !== clientId || message.senderCode !== code) {
		throw new RestError('ERROR_MESSAGE_NOT_FOUND', 'Message not found!');
	}
	const status = toPhpString(param(ctx.params, 'STATUS')).trim().toLowerCase();
	if (!STATUSES.includes(status)) throw new RestError('ERROR_MESSAGE_STATUS_INCORRECT', 'Message status incorrect!');
	message.status = status;
	return { result: true };
}

export const messageServiceMethods: MethodSpec[] = [
	{ name: 'messageservice.sender.add', scopes: ['messageservice'], handler: add },
	{ name: 'messageservice.sender.update', scopes: ['messageservice'], handler: update },
	{ name: 'messageservice.sender.delete', scopes: ['messageservice'], handler: remove },
	{ name: 'messageservice.sender.list', scopes: ['messageservice'], handler: list },
	{ name: 'messageservice.message.status.update', scopes: ['messageservice'], handler: updateStatus },
];
