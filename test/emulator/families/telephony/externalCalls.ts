/**
 * telephony.externalCall.register / finish / show / hide / attachRecord / searchCrmEntities
 * (api-reference/telephony/telephony-external-call-*.md).
 */
import { RestError } from '../../errors';
import type { Dict } from '../../php';
import { isDict, phpEmpty, phpValues, toFloat, toInt, toPhpString } from '../../php';
import type { ExternalCall } from '../../state/telephonyStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { param } from '../ownerChecks';
import { coreError, requireApplication } from './shared';

const CRM_TYPES: Array<{ name: string; entityTypeId: number }> = [
	{ name: 'CONTACT', entityTypeId: 3 },
	{ name: 'COMPANY', entityTypeId: 4 },
	{ name: 'LEAD', entityTypeId: 1 },
];

const digits = (phone: string) => phone.replace(/\D/g, '');

/** The acting user: USER_ID, or the user with that inner number (the emulator knows none). */
function callUser(ctx: CallContext): number {
	const userId = toInt(param(ctx.params, 'USER_ID'));
	if (userId <= 0 && phpEmpty(param(ctx.params, 'USER_PHONE_INNER'))) throw coreError('USER_ID or USER_PHONE_INNER should be set');
	const user = ctx.state.users.get(userId);
	if (!user || !user.active) throw coreError('User is not found or is not active');
	return userId;
}

function phonesOf(values: Dict): string[] {
	const fm = Array.isArray(values.fm) ? (values.fm as Dict[]) : [];
	return fm.filter((entry) => entry.typeId === 'PHONE').map((entry) => digits(toPhpString(entry.value)));
}

function crmMatches(ctx: CallContext, phone: string): Dict[] {
	const wanted = digits(phone);
	return CRM_TYPES.flatMap(({ name, entityTypeId }) =>
		[...ctx.state.crm.itemsOf(entityTypeId).values()]
			.filter((item) => phonesOf(item.values).includes(wanted))
			.map((item) => {
				const assignedById = toInt(item.values.assignedById);
				const personName = [item.values.name, item.values.lastName].map(toPhpString).filter(Boolean).join(' ');
				return {
					CRM_ENTITY_TYPE: name,
					CRM_ENTITY_ID: item.id,
					ASSIGNED_BY_ID: assignedById,
					NAME: name === 'CONTACT' ? personName : toPhpString(item.values.title),
					ASSIGNED_BY: {
						ID: String(assignedById),
						TIMEMAN_STATUS: 'CLOSED',
						USER_PHONE_INNER: null,
						WORK_PHONE: null,
						PERSONAL_PHONE: null,
						PERSONAL_MOBILE: null,
					},
				};
			}),
	);
}

function readPhone(ctx: CallContext): string {
	const phone = toPhpString(param(ctx.params, 'PHONE_NUMBER')).trim();
	if (!/^\+?[\d\s()-]{3,}$/.test(phone)) throw coreError('Unsupported phone number format.');
	return phone;
}

function register(ctx: CallContext): MethodResult {
	const clientId = requireApplication(ctx);
	const userId = callUser(ctx);
	const type = toInt(param(ctx.params, 'TYPE'));
	if (type < 1 || type > 5) throw coreError('Unknown TYPE');
	const phoneNumber = readPhone(ctx);
	const startRaw = toPhpString(param(ctx.params, 'CALL_START_DATE')).trim();
	const startMs = startRaw === '' ? ctx.nowMs : Date.parse(startRaw);
	if (Number.isNaN(startMs)) throw coreError('CALL_START_DATE should be in the ISO-8601 format.');
	const givenType = toPhpString(param(ctx.params, 'CRM_ENTITY_TYPE')).toUpperCase();
	const givenId = toInt(param(ctx.params, 'CRM_ENTITY_ID'));
	const [match] = givenType !== '' && givenId > 0 ? [{ CRM_ENTITY_TYPE: givenType, CRM_ENTITY_ID: givenId }] : crmMatches(ctx, phoneNumber);
	const call: ExternalCall = {
		callId: ctx.state.telephony.newCallId(ctx.nowMs),
		externalCallId: phpEmpty(param(ctx.params, 'EXTERNAL_CALL_ID')) ? null : toPhpString(param(ctx.params, 'EXTERNAL_CALL_ID')),
		clientId,
		userId,
		phoneNumber,
		type,
		lineNumber: toPhpString(param(ctx.params, 'LINE_NUMBER')),
		startMs,
		crmEntityType: match ? toPhpString(match.CRM_ENTITY_TYPE) : null,
		crmEntityId: match ? toInt(match.CRM_ENTITY_ID) : null,
		shownTo: toInt(param(ctx.params, 'SHOW') ?? 1) === 1 ? [userId] : [],
	};
	ctx.state.telephony.calls.set(call.callId, call);
	return {
		result: {
			CALL_ID: call.callId,
			CRM_CREATED_LEAD: null,
			CRM_CREATED_ENTITIES: [],
			CRM_ENTITY_TYPE: call.crmEntityType,
			CRM_ENTITY_ID: call.crmEntityId,
		},
	};
}

function findCall(ctx: CallContext): ExternalCall | undefined {
	return ctx.state.telephony.calls.get(toPhpString(param(ctx.params, 'CALL_ID')).trim());
}

function finish(ctx: CallContext): MethodResult {
	const clientId = requireApplication(ctx);
	const rawCallId = param(ctx.params, 'CALL_ID');
	if (typeof rawCallId !== 'string') throw new RestError('INVALID_ARGUMENT', 'CALL_ID must be a string');
	const userId = callUser(ctx);
	const call = findCall(ctx);
	if (!call || ctx.state.telephony.statistics.some((row) => row.CALL_ID === call.callId)) {
		throw coreError('Call is not found (call should be registered prior to finishing)');
	}
	const duration = toInt(param(ctx.params, 'DURATION'));
	const statusCode = toPhpString(param(ctx.params, 'STATUS_CODE')) || (duration > 0 ? '200' : '304');
	const vote = toInt(param(ctx.params, 'VOTE'));
	const id = ctx.state.telephony.statisticIds.next();
	const record = {
		CALL_ID: call.callId,
		EXTERNAL_CALL_ID: call.externalCallId,
		PORTAL_USER_ID: userId,
		PHONE_NUMBER: call.phoneNumber,
		PORTAL_NUMBER: call.lineNumber,
		INCOMING: String(call.type),
		CALL_DURATION: duration,
		CALL_START_DATE: {},
		CALL_STATUS: statusCode === '200' ? 1 : 0,
		CALL_VOTE: vote > 0 ? vote : null,
		COST: toFloat(param(ctx.params, 'COST')),
		COST_CURRENCY: toPhpString(param(ctx.params, 'COST_CURRENCY')),
		CALL_FAILED_CODE: statusCode,
		CALL_FAILED_REASON: toPhpString(param(ctx.params, 'FAILED_REASON')),
		REST_APP_ID: clientId,
		REST_APP_NAME: clientId,
		CRM_ACTIVITY_ID: null,
		COMMENT: null,
		CRM_ENTITY_TYPE: call.crmEntityType,
		CRM_ENTITY_ID: call.crmEntityId,
		ID: id,
	};
	ctx.state.telephony.statistics.push({
		ID: String(id),
		PORTAL_USER_ID: String(userId),
		PORTAL_NUMBER: call.lineNumber,
		PHONE_NUMBER: call.phoneNumber,
		CALL_ID: call.callId,
		EXTERNAL_CALL_ID: call.externalCallId,
		CALL_CATEGORY: 'external',
		CALL_LOG: null,
		CALL_DURATION: String(duration),
		CALL_START_DATE: ctx.formatDate(call.startMs),
		CALL_RECORD_URL: toPhpString(param(ctx.params, 'RECORD_URL')) || null,
		CALL_VOTE: record.CALL_VOTE === null ? null : String(record.CALL_VOTE),
		COST: record.COST.toFixed(4),
		COST_CURRENCY: record.COST_CURRENCY,
		CALL_FAILED_CODE: statusCode,
		CALL_FAILED_REASON: record.CALL_FAILED_REASON,
		CRM_ENTITY_TYPE: call.crmEntityType,
		CRM_ENTITY_ID: call.crmEntityId === null ? null : String(call.crmEntityId),
		CRM_ACTIVITY_ID: null,
		REST_APP_ID: clientId,
		REST_APP_NAME: clientId,
		TRANSCRIPT_ID: null,
		TRANSCRIPT_PENDING: 'N',
		SESSION_ID: null,
		REDIAL_ATTEMPT: null,
		COMMENT: null,
		RECORD_DURATION: null,
		RECORD_FILE_ID: null,
		CALL_TYPE: String(call.type),
	});
	call.shownTo = [];
	return { result: record };
}

function usersOf(ctx: CallContext, call: ExternalCall): number[] {
	const given = param(ctx.params, 'USER_ID');
	if (phpEmpty(given)) return [call.userId];
	return (isDict(given) || Array.isArray(given) ? phpValues(given) : [given]).map(toInt);
}

function show(ctx: CallContext): MethodResult {
	const call = findCall(ctx);
	if (call) call.shownTo = [...new Set([...call.shownTo, ...usersOf(ctx, call)])];
	return { result: true };
}

function hide(ctx: CallContext): MethodResult {
	const call = findCall(ctx);
	if (call) {
		const hidden = usersOf(ctx, call);
		call.shownTo = call.shownTo.filter((userId) => !hidden.includes(userId));
	}
	return { result: true };
}

function attachRecord(ctx: CallContext): MethodResult {
	const url = toPhpString(param(ctx.params, 'RECORD_URL')).trim();
	const fileNameParam = param(ctx.params, 'FILENAME');
	if (url === '' && fileNameParam === undefined) {
		throw coreError('Required parameters are not set. Request should contain either URL or FILENAME parameter');
	}
	const fileName = fileNameParam === undefined ? url.split('?')[0].split('/').pop() ?? '' : toPhpString(fileNameParam).trim();
	if (fileName === '') throw coreError('File name is empty');
	if (!/\.(wav|mp3)$/i.test(fileName)) throw coreError('Wrong file extension. Only wav and mp3 are allowed');
	const call = findCall(ctx);
	const row = call && ctx.state.telephony.statistics.find((entry) => entry.CALL_ID === call.callId);
	if (!row) throw coreError('Call is not found in the statistic table. It looks like it is not finished yet.');
	const content = param(ctx.params, 'FILE_CONTENT');
	if (url === '' && content === undefined) {
		return { result: { uploadUrl: `${ctx.method}.upload?call=${encodeURIComponent(row.CALL_ID as string)}`, fieldName: 'file' } };
	}
	if (url === '' && toPhpString(content).trim() === '') throw coreError('File content is empty.');
	const fileId = ctx.state.telephony.fileIds.next();
	row.RECORD_FILE_ID = String(fileId);
	if (url !== '') row.CALL_RECORD_URL = url;
	return { result: { FILE_ID: fileId } };
}

function searchCrmEntities(ctx: CallContext): MethodResult {
	const phone = toPhpString(param(ctx.params, 'PHONE_NUMBER')).trim();
	if (phone === '') throw coreError('PHONE_NUMBER is empty');
	return { result: crmMatches(ctx, phone) };
}

export const externalCallMethods: MethodSpec[] = [
	{ name: 'telephony.externalCall.register', scopes: ['telephony'], handler: register },
	{ name: 'telephony.externalCall.finish', scopes: ['telephony'], handler: finish },
	{ name: 'telephony.externalCall.show', scopes: ['telephony'], handler: show },
	{ name: 'telephony.externalCall.hide', scopes: ['telephony'], handler: hide },
	{ name: 'telephony.externalCall.attachRecord', scopes: ['telephony'], handler: attachRecord },
	{ name: 'telephony.externalCall.searchCrmEntities', scopes: ['telephony'], handler: searchCrmEntities },
];
