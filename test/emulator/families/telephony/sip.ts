/**
 * voximplant.sip.add / get / update / delete / status and voximplant.sip.connector.status
 * (api-reference/telephony/voximplant/sip/*.md). Every caller sees every line: the docs' filter by the
 * caller's APP_ID is not reproduced.
 */
import { RestError } from '../../errors';
import type { Dict } from '../../php';
import { phpEmpty, toInt, toPhpString } from '../../php';
import type { SipLine } from '../../state/telephonyStore';
import { listUpperCase } from '../../upperCaseList';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { param } from '../ownerChecks';
import { withFieldOrder } from './shared';

const MAX_CLOUD_PBX = 10;

const checkFields = (description: string) => new RestError('CHECK_FIELDS_ERROR', description);

const linesOf = (ctx: CallContext) => ctx.state.telephony.sipLines;

function view(line: SipLine): Dict {
	const common = { TYPE: line.type, CONFIG_ID: String(line.configId), SERVER: line.server, LOGIN: line.login, PASSWORD: line.password };
	const tail = { AUTH_USER: null, OUTBOUND_PROXY: null, DETECT_LINE_NUMBER: 'N', LINE_DETECT_HEADER_ORDER: 'diversion;to' };
	if (line.type === 'office') {
		return {
			...common,
			INCOMING_SERVER: 'ip.emulated.bitrixphone.com',
			INCOMING_LOGIN: `sip${line.configId}`,
			INCOMING_PASSWORD: `incoming${line.configId}`,
			...tail,
			TITLE: line.title,
		};
	}
	return { ...common, REG_ID: line.regId, TITLE: line.title, ...tail, REGISTRATION_STATUS_CODE: null, REGISTRATION_ERROR_MESSAGE: null };
}

function checkTexts(ctx: CallContext, line: Partial<SipLine>, ownConfigId?: number): void {
	if (line.server !== undefined && line.server.trim() === '') throw checkFields('Server address not specified');
	if (line.login !== undefined && line.login.trim() === '') throw checkFields('Login for connecting to the server not specified');
	if (line.password !== undefined && line.password.length > 100) throw checkFields('Password for connecting to the server cannot exceed 100 characters');
	const title = line.title ?? '';
	if (title !== '' && ctx.state.telephony.sipLines.some((other) => other.title === title && other.configId !== ownConfigId)) {
		throw new RestError('TITLE_EXISTS', 'The specified connection name is already registered in the system');
	}
}

function text(ctx: CallContext, name: string): string | undefined {
	const value = param(ctx.params, name);
	return value === undefined ? undefined : toPhpString(value);
}

function add(ctx: CallContext): MethodResult {
	const type = toPhpString(param(ctx.params, 'TYPE')).toLowerCase() === 'office' ? 'office' : 'cloud';
	const draft = { server: text(ctx, 'SERVER') ?? '', login: text(ctx, 'LOGIN') ?? '', password: text(ctx, 'PASSWORD') ?? '', title: text(ctx, 'TITLE') ?? '' };
	checkTexts(ctx, draft);
	if (type === 'cloud' && linesOf(ctx).filter((line) => line.type === 'cloud').length >= MAX_CLOUD_PBX) {
		throw new RestError('MAX_CLOUD_PBX', `You cannot connect more than ${MAX_CLOUD_PBX} virtual PBXs.`);
	}
	const line: SipLine = {
		configId: ctx.state.telephony.sipConfigIds.next(),
		type,
		regId: type === 'cloud' ? ctx.state.telephony.sipRegIds.next() : null,
		...draft,
	};
	ctx.state.telephony.sipLines.push(line);
	return { result: { ID: String(line.configId), ...view(line) } };
}

/** The rows carry no ID (the docs: it filters, it is not printed). */
function get(ctx: CallContext): MethodResult {
	return listUpperCase(linesOf(ctx).map(view), withFieldOrder(ctx.params));
}

function find(ctx: CallContext): SipLine {
	const configId = toInt(param(ctx.params, 'CONFIG_ID'));
	const line = linesOf(ctx).find((entry) => entry.configId === configId);
	if (!line) throw new RestError('ERROR_NOT_FOUND', 'Specified CONFIG_ID is not found');
	return line;
}

function update(ctx: CallContext): MethodResult {
	const line = find(ctx);
	const changes = { title: text(ctx, 'TITLE'), server: text(ctx, 'SERVER'), login: text(ctx, 'LOGIN'), password: text(ctx, 'PASSWORD') };
	checkTexts(ctx, changes, line.configId);
	for (const [name, value] of Object.entries(changes)) if (value !== undefined) (line as unknown as Dict)[name] = value;
	return { result: 1 };
}

function remove(ctx: CallContext): MethodResult {
	const line = find(ctx);
	const lines = ctx.state.telephony.sipLines;
	lines.splice(lines.indexOf(line), 1);
	return { result: 1 };
}

function status(ctx: CallContext): MethodResult {
	const regId = phpEmpty(param(ctx.params, 'REG_ID')) ? 0 : toInt(param(ctx.params, 'REG_ID'));
	if (!ctx.state.telephony.sipLines.some((line) => line.regId === regId)) throw new RestError('REG_ID_NOT_FOUND', 'Settings not found');
	const stamp = ctx.nowIso.slice(0, 19).replace('T', ' ');
	return { result: { REG_ID: regId, LAST_UPDATED: stamp, ERROR_MESSAGE: '', STATUS_CODE: 200, STATUS_RESULT: 'success' } };
}

export const sipMethods: MethodSpec[] = [
	{ name: 'voximplant.sip.add', scopes: ['telephony'], handler: add },
	{ name: 'voximplant.sip.get', scopes: ['telephony'], handler: get },
	{ name: 'voximplant.sip.update', scopes: ['telephony'], handler: update },
	{ name: 'voximplant.sip.delete', scopes: ['telephony'], handler: remove },
	{ name: 'voximplant.sip.status', scopes: ['telephony'], handler: status },
	{ name: 'voximplant.sip.connector.status', scopes: ['telephony'], handler: () => ({ result: { FREE_MINUTES: 60, PAID: false } }) },
];
