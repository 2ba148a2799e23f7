/** Portal-level methods: server.time, user.current, app.info, scope, methods. */
import { requireApplication } from '../auth';
import { formatPortalDate } from '../clock';
import { isYes, toPhpString } from '../php';
import type { PortalUser } from '../state/users';
import type { CallContext, MethodSpec } from '../types';

export const ALL_SCOPES = [
	'basic', 'bizproc', 'calendar', 'catalog', 'crm', 'department', 'disk', 'documentgenerator', 'entity', 'im', 'imbot',
	'imopenlines', 'lists', 'messageservice', 'sonet_group', 'task', 'telephony', 'user',
];

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** `24.08.2023 13:19:39`, the legacy format of TIMESTAMP_X. */
function legacyDate(ms: number, offsetMinutes: number): string {
	const d = new Date(ms + offsetMinutes * 60_000);
	return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

export function userView(user: PortalUser, ctx: CallContext): Record<string, unknown> {
	const offset = ctx.state.settings.offsetMinutes;
	const lastActivity = formatPortalDate(ctx.nowMs - 300_000, offset).slice(0, 19).replace('T', ' ');
	return {
		ID: String(user.id),
		ACTIVE: user.active,
		NAME: user.name,
		LAST_NAME: user.lastName,
		EMAIL: user.email,
		LAST_LOGIN: formatPortalDate(ctx.nowMs - 600_000, offset),
		DATE_REGISTER: formatPortalDate(user.registeredMs, offset),
		IS_ONLINE: 'Y',
		TIMESTAMP_X: legacyDate(user.registeredMs, offset),
		LAST_ACTIVITY_DATE: lastActivity,
		PERSONAL_GENDER: user.gender,
		PERSONAL_BIRTHDAY: '',
		WORK_POSITION: user.workPosition,
		UF_EMPLOYMENT_DATE: '',
		UF_DEPARTMENT: [...user.departments],
	};
}

export function systemMethods(allMethods: () => MethodSpec[]): MethodSpec[] {
	return [
		{ name: 'server.time', scopes: ['basic'], handler: (ctx) => ({ result: ctx.nowIso }) },
		{
			name: 'user.current',
			scopes: ['user', 'user_brief', 'user_basic'],
			handler: (ctx) => {
				const user = ctx.state.users.get(ctx.auth.userId);
				return { result: user ? userView(user, ctx) : null };
			},
		},
		{
			name: 'app.info',
			scopes: ['basic'],
			handler: (ctx) => {
				const clientId = requireApplication(ctx.auth);
				return {
					result: {
						ID: 1,
						CODE: clientId,
						VERSION: 1,
						STATUS: 'L',
						INSTALLED: true,
						PAYMENT_EXPIRED: 'N',
						DAYS: null,
						LANGUAGE_ID: 'en',
						LICENSE: 'en_basic',
						LICENSE_TYPE: 'basic',
						LICENSE_FAMILY: 'basic',
					},
				};
			},
		},
		{
			name: 'scope',
			scopes: ['basic'],
			handler: (ctx) => ({ result: isYes(ctx.params.full) ? [...ALL_SCOPES] : [...ctx.auth.scopes] }),
		},
		{
			name: 'methods',
			scopes: ['basic'],
			handler: (ctx) => {
				const specs = allMethods();
				if (isYes(ctx.params.full)) return { result: specs.map((spec) => spec.name) };
				if (ctx.params.scope !== undefined) {
					const scope = toPhpString(ctx.params.scope) || 'basic';
					return { result: specs.filter((spec) => spec.scopes.includes(scope)).map((spec) => spec.name) };
				}
				const granted = new Set(['basic', ...ctx.auth.scopes]);
				return { result: specs.filter((spec) => spec.scopes.some((scope) => granted.has(scope))).map((spec) => spec.name) };
			},
		},
	];
}
