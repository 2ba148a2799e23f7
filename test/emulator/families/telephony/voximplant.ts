/**
 * voximplant.statistic.get, voximplant.line.get, voximplant.user.get / activatePhone / deactivatePhone
 * (api-reference/telephony/voximplant/*.md).
 */
import { RestError } from '../../errors';
import { isDict, phpEmpty, phpValues, toInt } from '../../php';
import { listUpperCase } from '../../upperCaseList';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { param, requireAdmin } from '../ownerChecks';
import { withFieldOrder } from './shared';

function statistics(ctx: CallContext): MethodResult {
	return listUpperCase(ctx.state.telephony.statistics, withFieldOrder(ctx.params));
}

function userIdsOf(ctx: CallContext): number[] {
	const given = param(ctx.params, 'USER_ID');
	return (isDict(given) || Array.isArray(given) ? phpValues(given) : [given]).map(toInt).filter((id) => id > 0);
}

function users(ctx: CallContext): MethodResult {
	const ids = userIdsOf(ctx);
	if (ids.length === 0 || ids.some((id) => !ctx.state.users.get(id))) {
		throw new RestError('ACCESS_DENIED', 'Access denied! You have no permission to query selected users', 403);
	}
	return {
		result: ids.map((id) => ({
			ID: String(id),
			DEFAULT_LINE: null,
			PHONE_ENABLED: ctx.state.telephony.phonesEnabled.has(id) ? 'Y' : 'N',
			SIP_SERVER: 'ip.emulated.bitrixphone.com',
			SIP_LOGIN: `phone${id}`,
			SIP_PASSWORD: null,
			INNER_NUMBER: null,
		})),
	};
}

function switchPhone(enabled: boolean) {
	return (ctx: CallContext): MethodResult => {
		if (!enabled) requireAdmin(ctx);
		if (phpEmpty(param(ctx.params, 'USER_ID'))) throw new RestError('', 'Parameter USER_ID is not set');
		const userId = toInt(param(ctx.params, 'USER_ID'));
		if (enabled) ctx.state.telephony.phonesEnabled.add(userId);
		else ctx.state.telephony.phonesEnabled.delete(userId);
		return { result: 1 };
	};
}

export const voximplantMethods: MethodSpec[] = [
	{ name: 'voximplant.statistic.get', scopes: ['telephony'], handler: statistics },
	{ name: 'voximplant.line.get', scopes: ['telephony'], handler: (ctx) => ({ result: Object.fromEntries(ctx.state.telephony.lines) }) },
	{ name: 'voximplant.user.get', scopes: ['telephony'], handler: users },
	{ name: 'voximplant.user.activatePhone', scopes: ['telephony'], handler: switchPhone(true) },
	{ name: 'voximplant.user.deactivatePhone', scopes: ['telephony'], handler: switchPhone(false) },
];
