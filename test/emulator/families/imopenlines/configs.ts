/** imopenlines.config.add / get / list.get / update / delete / path.get */
import { RestError } from '../../errors';
import { compileFilter, ListSchema, parseOrder, sortRows } from '../../filter';
import { Dict, isDict, isYes, phpValues, toInt, toPhpString } from '../../php';
import { addOpenLine } from '../../state/openLineConfigs';
import type { OpenLineConfig } from '../../state/imStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';

const configIdEmpty = () => new RestError('CONFIG_ID_EMPTY', "Config ID can't be empty");
const noPermission = () => new RestError('CONFIG_WRONG_USER_PERMISSION', 'Permission denied', 403);

function requireConfigId(ctx: CallContext): number {
	const id = toInt(ctx.params.CONFIG_ID);
	if (id <= 0) throw configIdEmpty();
	return id;
}

function requireAdmin(ctx: CallContext): void {
	if (!ctx.state.users.get(ctx.auth.userId)?.isAdmin) throw noPermission();
}

/** PARAMS as the portal stores it: upper-case keys, scalar values as strings, QUEUE apart. */
function readSettings(params: unknown): { settings: Record<string, string>; queue?: OpenLineConfig['queue'] } {
	const source = isDict(params) ? params : {};
	const settings: Record<string, string> = {};
	let queue: OpenLineConfig['queue'] | undefined;
	for (const [key, value] of Object.entries(source)) {
		const name = key.toUpperCase();
		if (name === 'QUEUE') {
			queue = phpValues(value).map((entry) =>
				isDict(entry)
					? { ENTITY_TYPE: toPhpString(entry.ENTITY_TYPE) || 'user', ENTITY_ID: toPhpString(entry.ENTITY_ID) }
					: { ENTITY_TYPE: 'user', ENTITY_ID: toPhpString(entry) },
			);
			continue;
		}
		if (name === 'ID') continue;
		settings[name] = typeof value === 'boolean' ? (value ? 'Y' : 'N') : toPhpString(value);
	}
	return { settings, queue };
}

function queueUserIds(line: OpenLineConfig, ctx: CallContext): number[] {
	const ids: number[] = [];
	for (const entry of line.queue) {
		if (entry.ENTITY_TYPE === 'department') {
			const departmentId = toInt(entry.ENTITY_ID);
			for (const user of ctx.state.users.users.values()) if (user.departments.includes(departmentId)) ids.push(user.id);
		} else ids.push(toInt(entry.ENTITY_ID));
	}
	return [...new Set(ids)].filter((id) => id > 0);
}

function queueUsersFields(ids: number[], ctx: CallContext): Dict {
	const fields: Dict = {};
	for (const id of ids) {
		fields[String(id)] = { USER_NAME: ctx.state.users.fullName(id), USER_WORK_POSITION: ctx.state.users.get(id)?.workPosition || null, USER_AVATAR: '', USER_AVATAR_ID: null };
	}
	return fields;
}

function lineView(line: OpenLineConfig, ctx: CallContext, withQueue: boolean): Dict {
	const view: Dict = {
		ID: String(line.id),
		...line.settings,
		DATE_CREATE: ctx.formatDate(line.createdMs),
		DATE_MODIFY: ctx.formatDate(line.modifiedMs),
		MODIFY_USER_ID: String(line.modifiedBy),
	};
	if (withQueue) {
		const ids = queueUserIds(line, ctx);
		view.QUEUE = ids.map(String);
		view.QUEUE_USERS_FIELDS = queueUsersFields(ids, ctx);
	}
	return view;
}

function add(ctx: CallContext): MethodResult {
	requireAdmin(ctx);
	const { settings, queue } = readSettings(ctx.params.PARAMS);
	const ownQueue = [{ ENTITY_TYPE: 'user', ENTITY_ID: String(ctx.auth.userId) }];
	const line = addOpenLine(ctx.state.im, settings, queue ?? ownQueue, ctx.auth.userId, ctx.nowMs);
	if (settings.LINE_NAME === undefined) line.settings.LINE_NAME = `Open Channel ${line.id}`;
	return { result: line.id };
}

function get(ctx: CallContext): MethodResult {
	const line = ctx.state.im.lines.get(requireConfigId(ctx));
	if (!line) return { result: false };
	return { result: lineView(line, ctx, ctx.params.WITH_QUEUE === undefined || isYes(ctx.params.WITH_QUEUE)) };
}

const lineSchema = (ctx: CallContext): ListSchema<OpenLineConfig> => ({
	resolve: (name) => name.toUpperCase(),
	get: (line, field) => lineView(line, ctx, false)[field],
	unknownField: () => undefined,
	badDirection: () => undefined,
});

/** PARAMS {select, order, filter, limit (at most 200), offset}; OPTIONS {QUEUE: Y} adds the operator queue. */
function listGet(ctx: CallContext): MethodResult {
	const params = isDict(ctx.params.PARAMS) ? ctx.params.PARAMS : {};
	const options = isDict(ctx.params.OPTIONS) ? ctx.params.OPTIONS : {};
	const schema = lineSchema(ctx);
	const matching = [...ctx.state.im.lines.values()].filter(compileFilter(params.filter, schema));
	const sorted = sortRows(matching, parseOrder(params.order ?? { ID: 'ASC' }, schema), schema);
	const limit = Math.min(200, toInt(params.limit) || 50);
	const page = sorted.slice(Math.max(0, toInt(params.offset)), Math.max(0, toInt(params.offset)) + limit);
	const select = phpValues(params.select).map((name) => toPhpString(name).toUpperCase());
	const withQueue = isYes(options.QUEUE);
	return {
		result: page.map((line) => {
			const view = lineView(line, ctx, withQueue);
			if (select.length === 0 || select.includes('*')) return view;
			const picked: Dict = {};
			for (const name of [...select, ...(withQueue ? ['QUEUE', 'QUEUE_USERS_FIELDS'] : [])]) if (name in view) picked[name] = view[name];
			return picked;
		}),
	};
}

function update(ctx: CallContext): MethodResult {
	const id = requireConfigId(ctx);
	requireAdmin(ctx);
	const line = ctx.state.im.lines.get(id);
	if (!line) return { result: false };
	const { settings, queue } = readSettings(ctx.params.PARAMS);
	line.settings = { ...line.settings, ...settings };
	if (queue) line.queue = queue;
	line.modifiedMs = ctx.nowMs;
	line.modifiedBy = ctx.auth.userId;
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const id = requireConfigId(ctx);
	requireAdmin(ctx);
	return { result: ctx.state.im.lines.delete(id) };
}

/** The docs' example address: handlers see no request host, and the public path is the same on every portal. */
function pathGet(): MethodResult {
	return { result: { SERVER_ADDRESS: 'https://example.bitrix24.com', PUBLIC_PATH: '/contact_center/' } };
}

export const configMethods: MethodSpec[] = [
	{ name: 'imopenlines.config.add', scopes: ['imopenlines'], handler: add },
	{ name: 'imopenlines.config.get', scopes: ['imopenlines'], handler: get },
	{ name: 'imopenlines.config.list.get', scopes: ['imopenlines'], handler: listGet },
	{ name: 'imopenlines.config.update', scopes: ['imopenlines'], handler: update },
	{ name: 'imopenlines.config.delete', scopes: ['imopenlines'], handler: remove },
	{ name: 'imopenlines.config.path.get', scopes: ['imopenlines'], handler: pathGet },
];
