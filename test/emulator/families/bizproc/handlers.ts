/**
 * Robots and actions of an application: bizproc.robot.add/list/update/delete and
 * bizproc.activity.add/list/update/delete (application context, administrators), and the
 * answers they send back while a workflow runs: bizproc.event.send and bizproc.activity.log.
 */
import { RestError } from '../../errors';
import type { Dict } from '../../php';
import { isDict, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { ownerErrors, param, requireAdmin, requireApplication } from '../ownerChecks';

type Kind = 'robots' | 'activities';

const FIELD_NAMES = [
	'HANDLER',
	'AUTH_USER_ID',
	'USE_SUBSCRIPTION',
	'NAME',
	'DESCRIPTION',
	'PROPERTIES',
	'RETURN_PROPERTIES',
	'DOCUMENT_TYPE',
	'FILTER',
	'USE_PLACEMENT',
	'PLACEMENT_HANDLER',
];

const invalid = (description: string) => new RestError('ERROR_ACTIVITY_VALIDATION_FAILURE', description);

/** The Robot pages say "Automation rule" where the action pages say "Robot". */
const notFound = (kind: Kind) =>
	new RestError('ERROR_ACTIVITY_NOT_FOUND', kind === 'robots' ? 'Activity or Automation rule not found!' : 'Activity or Robot not found!');

function readCode(ctx: CallContext): string {
	const code = toPhpString(param(ctx.params, 'CODE')).trim();
	if (code === '') throw invalid('Empty activity code!');
	if (!/^[a-zA-Z0-9._-]+$/.test(code)) throw invalid('Wrong activity code!');
	return code;
}

function checkHandler(value: unknown): void {
	const handler = toPhpString(value).trim();
	if (!/^https?:\/\//i.test(handler)) throw new RestError('ERROR_UNSUPPORTED_PROTOCOL', 'Unsupported handler protocol');
	if (!/^https?:\/\/[^\s/]+/i.test(handler)) throw new RestError('ERROR_WRONG_HANDLER_URL', 'Wrong handler URL');
}

function pickFields(source: Dict): Dict {
	return Object.fromEntries(FIELD_NAMES.filter((name) => source[name] !== undefined).map((name) => [name, source[name]]));
}

function checkProperties(fields: Dict): void {
	for (const name of ['PROPERTIES', 'RETURN_PROPERTIES']) {
		if (fields[name] === undefined) continue;
		if (!isDict(fields[name])) throw invalid('Wrong properties array!');
		for (const [key, property] of Object.entries(fields[name] as Dict)) {
			if (!/^[a-zA-Z0-9_]+$/.test(key)) throw invalid(`Wrong property key ${key}!`);
			if (!isDict(property) || toPhpString(property.Name ?? property.NAME).trim() === '') throw invalid(`Empty property NAME ${key}!`);
		}
	}
}

function owner(ctx: CallContext): string {
	const clientId = requireApplication(ctx);
	requireAdmin(ctx);
	return clientId;
}

function add(kind: Kind) {
	return (ctx: CallContext): MethodResult => {
		const handlers = ctx.state.bizproc.handlersOf(kind, owner(ctx));
		const code = readCode(ctx);
		const fields = pickFields(ctx.params);
		checkHandler(fields.HANDLER);
		if (fields.NAME === undefined || (!isDict(fields.NAME) && toPhpString(fields.NAME).trim() === '')) throw invalid('Empty activity NAME!');
		checkProperties(fields);
		if (handlers.has(code)) {
			throw new RestError('ERROR_ACTIVITY_ALREADY_INSTALLED', kind === 'robots' ? 'Activity or Automation rule already installed!' : 'Activity or Robot already installed!');
		}
		handlers.set(code, { code, fields });
		return { result: true };
	};
}

function list(kind: Kind) {
	return (ctx: CallContext): MethodResult => ({ result: [...ctx.state.bizproc.handlersOf(kind, owner(ctx)).keys()] });
}

function update(kind: Kind) {
	return (ctx: CallContext): MethodResult => {
		const handlers = ctx.state.bizproc.handlersOf(kind, owner(ctx));
		const existing = handlers.get(readCode(ctx));
		if (!existing) throw notFound(kind);
		const given = param(ctx.params, 'FIELDS');
		const fields = isDict(given) ? pickFields(given) : {};
		if (Object.keys(fields).length === 0) throw invalid('No fields to update');
		if (fields.HANDLER !== undefined) checkHandler(fields.HANDLER);
		checkProperties(fields);
		existing.fields = { ...existing.fields, ...fields };
		return { result: true };
	};
}

function remove(kind: Kind) {
	return (ctx: CallContext): MethodResult => {
		const handlers = ctx.state.bizproc.handlersOf(kind, owner(ctx));
		if (!handlers.delete(readCode(ctx))) throw notFound(kind);
		return { result: true };
	};
}

function tokenEntry(ctx: CallContext) {
	const entry = ctx.state.bizproc.eventTokens.get(toPhpString(param(ctx.params, 'EVENT_TOKEN')).trim());
	if (!entry) throw ownerErrors.accessDenied();
	return entry;
}

function sendEvent(ctx: CallContext): MethodResult {
	const entry = tokenEntry(ctx);
	const returnValues = param(ctx.params, 'RETURN_VALUES');
	entry.returnValues = isDict(returnValues) ? returnValues : {};
	entry.log.push(toPhpString(param(ctx.params, 'LOG_MESSAGE')));
	return { result: true };
}

function log(ctx: CallContext): MethodResult {
	const entry = tokenEntry(ctx);
	const message = toPhpString(param(ctx.params, 'LOG_MESSAGE'));
	if (message.trim() === '') throw new RestError('ERROR_EMPTY_LOG_MESSAGE', 'Empty log message!');
	entry.log.push(message);
	return { result: true };
}

export const handlerMethods: MethodSpec[] = (['robots', 'activities'] as Kind[]).flatMap((kind) => {
	const prefix = kind === 'robots' ? 'bizproc.robot' : 'bizproc.activity';
	return [
		{ name: `${prefix}.add`, scopes: ['bizproc'], handler: add(kind) },
		{ name: `${prefix}.list`, scopes: ['bizproc'], handler: list(kind) },
		{ name: `${prefix}.update`, scopes: ['bizproc'], handler: update(kind) },
		{ name: `${prefix}.delete`, scopes: ['bizproc'], handler: remove(kind) },
	];
}).concat([
	{ name: 'bizproc.event.send', scopes: ['bizproc'], handler: sendEvent },
	{ name: 'bizproc.activity.log', scopes: ['bizproc'], handler: log },
]);
