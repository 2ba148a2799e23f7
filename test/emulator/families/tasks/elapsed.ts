/** task.elapseditem.*: time spent on a task, read by position. */
import { RestError } from '../../errors';
import { selectRows } from '../../filter';
import { Dict, isDict, isNumeric, phpValues, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { UPPER_CASE_ROWS } from './shared';
import { ArgSpec, checkKeys, COMPARISONS, ItemMethod, positionalValues, readArgs } from './positional';

const TASK_ID: ArgSpec = { name: 'taskId', kind: 'integer', required: true };
const ITEM_ID: ArgSpec = { name: 'itemId', kind: 'integer', required: true };
const FIELDS: ArgSpec = { name: 'arFields', kind: 'array', required: true };
const ORDER: ArgSpec = { name: 'arOrder', kind: 'array', required: false };
const FILTER: ArgSpec = { name: 'arFilter', kind: 'array', required: false };
const SELECT: ArgSpec = { name: 'arSelect', kind: 'array', required: false };
const PARAMS: ArgSpec = { name: 'arParams', kind: 'array', required: false };

const WRITABLE = new Set(['SECONDS', 'COMMENT_TEXT', 'USER_ID', 'CREATED_DATE', 'DATE_START', 'DATE_STOP']);
const SORTABLE = new Set(['ID', 'USER_ID', 'MINUTES', 'SECONDS', 'CREATED_DATE', 'DATE_START', 'DATE_STOP']);
const FILTERABLE = new Set(['ID', 'USER_ID', 'CREATED_DATE', 'TASK_ID']);
const PAGE_LIMIT = 50;

const method = (verb: string): ItemMethod => ({ className: 'ctaskelapseditem', verb });
const notAllowed = () => new RestError('ERROR_CORE', 'ACTION_NOT_ALLOWED');
const badParameters = () => new RestError('ERROR_CORE', 'Invalid method parameters provided');

function recordOf(ctx: CallContext, taskId: number, itemId: number): Dict {
	const record = ctx.state.tasks.elapsed.get(itemId);
	if (!record || toInt(record.TASK_ID) !== taskId) throw notAllowed();
	return record;
}

/** Keeps the task's TIME_SPENT_IN_LOGS equal to the sum of its records. */
function recount(ctx: CallContext, taskId: number): void {
	const task = ctx.state.tasks.tasks.get(taskId);
	if (!task) return;
	const seconds = [...ctx.state.tasks.elapsed.values()]
		.filter((record) => toInt(record.TASK_ID) === taskId)
		.reduce((sum, record) => sum + toInt(record.SECONDS), 0);
	task.TIME_SPENT_IN_LOGS = String(seconds);
}

function applyFields(record: Dict, fields: Dict): void {
	if (fields.SECONDS !== undefined) {
		if (!isNumeric(fields.SECONDS) || toInt(fields.SECONDS) < 0) throw badParameters();
		record.SECONDS = String(toInt(fields.SECONDS));
		record.MINUTES = String(Math.round(toInt(fields.SECONDS) / 60));
	}
	if (fields.COMMENT_TEXT !== undefined) record.COMMENT_TEXT = toPhpString(fields.COMMENT_TEXT);
	if (fields.USER_ID !== undefined) record.USER_ID = String(toInt(fields.USER_ID));
}

function add(ctx: CallContext): MethodResult {
	const [taskId, fields] = readArgs(ctx, method('add'), [TASK_ID, FIELDS]) as [number, Dict];
	checkKeys(method('add'), 1, FIELDS, fields, WRITABLE);
	if (!ctx.state.tasks.tasks.has(taskId)) throw notAllowed();
	if (fields.SECONDS === undefined || toPhpString(fields.COMMENT_TEXT).trim() === '') throw badParameters();
	const id = ctx.state.tasks.elapsedIds.next();
	const record: Dict = {
		ID: String(id),
		TASK_ID: String(taskId),
		USER_ID: String(ctx.auth.userId),
		COMMENT_TEXT: '',
		SECONDS: '0',
		MINUTES: '0',
		SOURCE: '2',
		CREATED_DATE: ctx.nowIso,
		DATE_START: ctx.nowIso,
		DATE_STOP: ctx.nowIso,
	};
	applyFields(record, fields);
	ctx.state.tasks.elapsed.set(id, record);
	recount(ctx, taskId);
	return { result: id };
}

function get(ctx: CallContext): MethodResult {
	const [taskId, itemId] = readArgs(ctx, method('get'), [TASK_ID, ITEM_ID]) as [number, number];
	return { result: [recordOf(ctx, taskId, itemId)] };
}

function selected(record: Dict, select: unknown): Dict {
	const names = phpValues(select).map((name) => toPhpString(name).toUpperCase());
	if (names.length === 0 || names.includes('*')) return record;
	return Object.fromEntries(Object.entries(record).filter(([name]) => names.includes(name)));
}

/** The task id is optional: without it the arguments start with the order. */
function getList(ctx: CallContext): MethodResult {
	const first = positionalValues(ctx.params)[0];
	const withTask = first !== undefined && !isDict(first) && !Array.isArray(first);
	const signature = withTask ? [TASK_ID, ORDER, FILTER, SELECT, PARAMS] : [ORDER, FILTER, SELECT, PARAMS];
	const args = readArgs(ctx, method('getlist'), signature);
	const [taskId, order, filter, select, params] = withTask ? args : [undefined, ...args];
	const offset = withTask ? 1 : 0;
	checkKeys(method('getlist'), offset, ORDER, order, SORTABLE);
	checkKeys(method('getlist'), offset + 1, FILTER, filter, FILTERABLE, COMPARISONS);
	if (taskId !== undefined && !ctx.state.tasks.tasks.has(taskId as number)) throw notAllowed();
	const rows = [...ctx.state.tasks.elapsed.values()].filter((record) => taskId === undefined || toInt(record.TASK_ID) === taskId);
	const found = selectRows(rows, filter, isDict(order) ? order : { ID: 'ASC' }, UPPER_CASE_ROWS);
	const nav = isDict(params) && isDict(params.NAV_PARAMS) ? params.NAV_PARAMS : undefined;
	const size = nav ? Math.min(Math.max(toInt(nav.nPageSize) || PAGE_LIMIT, 1), PAGE_LIMIT) : found.length;
	const page = nav ? Math.max(toInt(nav.iNumPage), 1) : 1;
	const rowsOfPage = found.slice((page - 1) * size, page * size);
	return { result: rowsOfPage.map((record) => selected(record, select)), total: found.length };
}

function update(ctx: CallContext): MethodResult {
	const [taskId, itemId, fields] = readArgs(ctx, method('update'), [TASK_ID, ITEM_ID, FIELDS]) as [number, number, Dict];
	checkKeys(method('update'), 2, FIELDS, fields, WRITABLE);
	applyFields(recordOf(ctx, taskId, itemId), fields);
	recount(ctx, taskId);
	return { result: null };
}

function remove(ctx: CallContext): MethodResult {
	const [taskId, itemId] = readArgs(ctx, method('delete'), [TASK_ID, ITEM_ID]) as [number, number];
	recordOf(ctx, taskId, itemId);
	ctx.state.tasks.elapsed.delete(itemId);
	recount(ctx, taskId);
	return { result: null };
}

const HANDLERS: Record<string, (ctx: CallContext) => MethodResult> = { add, get, getlist: getList, update, delete: remove };

export const elapsedMethods: MethodSpec[] = Object.entries(HANDLERS).map(([verb, handler]) => ({
	name: `task.elapseditem.${verb}`,
	scopes: ['task'],
	handler,
}));
