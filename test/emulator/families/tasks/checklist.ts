/**
 * task.checklistitem.*: checklist items, read by position. A checklist is an item with
 * `PARENT_ID` 0 whose title names the list; its items hang below it.
 */
import { selectRows } from '../../filter';
import { Dict, isDict, isYes, toInt, toPhpString, toYN } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { ArgSpec, checkKeys, ItemMethod, readArgs } from './positional';
import { taskErrors, UPPER_CASE_ROWS } from './shared';

const TASK_ID: ArgSpec = { name: 'taskId', kind: 'integer', required: true };
const ITEM_ID: ArgSpec = { name: 'itemId', kind: 'integer', required: true };
const FIELDS: ArgSpec = { name: 'arFields', kind: 'array', required: true };
const ORDER: ArgSpec = { name: 'arOrder', kind: 'array', required: false };

const WRITABLE = new Set(['TITLE', 'SORT_INDEX', 'IS_COMPLETE', 'IS_IMPORTANT', 'MEMBERS', 'PARENT_ID']);
const SORTABLE = new Set(['ID', 'PARENT_ID', 'CREATED_BY', 'TITLE', 'SORT_INDEX', 'IS_COMPLETE', 'IS_IMPORTANT', 'TOGGLED_BY', 'TOGGLED_DATE']);
const ACTIONS = new Set([1, 2, 3, 4, 5]);

const method = (verb: string): ItemMethod => ({ className: 'ctaskchecklistitem', verb });
const failed = (text: string) => taskErrors.core(`TASKS_ERROR_EXCEPTION_#8; ${text}; 8/TE/ACTION_FAILED_TO_BE_PROCESSED`);
const notFound = () =>
	taskErrors.core('TASKS_ERROR_EXCEPTION_#512; Check listitem not found or not accessible; 512/TE/ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE');

function itemsOf(ctx: CallContext, taskId: number): Dict[] {
	return [...ctx.state.tasks.checklist.values()].filter((item) => toInt(item.TASK_ID) === taskId);
}

function itemOf(ctx: CallContext, taskId: number, itemId: number): Dict | undefined {
	const item = ctx.state.tasks.checklist.get(itemId);
	return item && toInt(item.TASK_ID) === taskId ? item : undefined;
}

/** `{"547": {"TYPE": "A"}}` as the item prints it: a list of member cards. */
function members(ctx: CallContext, value: unknown): Dict[] {
	return Object.entries(isDict(value) ? value : {}).map(([userId, member]) => {
		const id = toInt(userId);
		const user = ctx.state.users.get(id);
		return {
			ID: String(id),
			TYPE: isDict(member) && toPhpString(member.TYPE).toUpperCase() === 'U' ? 'U' : 'A',
			NAME: ctx.state.users.fullName(id),
			PERSONAL_PHOTO: null,
			PERSONAL_GENDER: user?.gender ?? '',
			IMAGE: '',
			IS_COLLABER: false,
		};
	});
}

/** Where an item without a valid parent goes: a new checklist (0), or the task's first one. */
function parentFor(ctx: CallContext, taskId: number, fields: Dict): number {
	if (fields.PARENT_ID !== undefined) {
		const parentId = toInt(fields.PARENT_ID);
		return itemOf(ctx, taskId, parentId) ? parentId : 0;
	}
	const root = itemsOf(ctx, taskId).find((item) => item.PARENT_ID === '0');
	return root ? toInt(root.ID) : createItem(ctx, taskId, { TITLE: 'Checklist 1', PARENT_ID: 0 });
}

function applyFields(ctx: CallContext, item: Dict, fields: Dict): void {
	if (fields.TITLE !== undefined) item.TITLE = toPhpString(fields.TITLE);
	if (fields.SORT_INDEX !== undefined) item.SORT_INDEX = String(toInt(fields.SORT_INDEX));
	if (fields.IS_IMPORTANT !== undefined) item.IS_IMPORTANT = toYN(fields.IS_IMPORTANT);
	if (fields.MEMBERS !== undefined) item.MEMBERS = members(ctx, fields.MEMBERS);
	if (fields.IS_COMPLETE !== undefined) toggle(ctx, item, isYes(fields.IS_COMPLETE));
}

function toggle(ctx: CallContext, item: Dict, complete: boolean): void {
	item.IS_COMPLETE = complete ? 'Y' : 'N';
	item.TOGGLED_BY = String(ctx.auth.userId);
	item.TOGGLED_DATE = ctx.nowIso;
}

function createItem(ctx: CallContext, taskId: number, fields: Dict): number {
	const parentId = fields.PARENT_ID !== undefined && toInt(fields.PARENT_ID) === 0 ? 0 : parentFor(ctx, taskId, fields);
	const id = ctx.state.tasks.checklistIds.next();
	const siblings = itemsOf(ctx, taskId).filter((item) => toInt(item.PARENT_ID) === parentId);
	const item: Dict = {
		ID: String(id),
		TASK_ID: String(taskId),
		PARENT_ID: String(parentId),
		CREATED_BY: String(ctx.auth.userId),
		TITLE: '',
		SORT_INDEX: String(siblings.length),
		IS_COMPLETE: 'N',
		IS_IMPORTANT: 'N',
		TOGGLED_BY: null,
		TOGGLED_DATE: '',
		MEMBERS: [],
		ATTACHMENTS: [],
	};
	applyFields(ctx, item, fields);
	ctx.state.tasks.checklist.set(id, item);
	ctx.state.tasks.log(taskId, ctx.auth.userId, ctx.nowMs, 'CHECKLIST_ITEM_CREATE', '', toPhpString(item.TITLE));
	return id;
}

function add(ctx: CallContext): MethodResult {
	const [taskId, fields] = readArgs(ctx, method('add'), [TASK_ID, FIELDS]) as [number, Dict];
	checkKeys(method('add'), 1, FIELDS, fields, WRITABLE);
	if (!ctx.state.tasks.tasks.has(taskId)) throw failed('Adding item: action not allowed');
	if (toPhpString(fields.TITLE).trim() === '') throw failed('Item name not specified');
	return { result: createItem(ctx, taskId, fields) };
}

function get(ctx: CallContext): MethodResult {
	const [taskId, itemId] = readArgs(ctx, method('get'), [TASK_ID, ITEM_ID]) as [number, number];
	const item = itemOf(ctx, taskId, itemId);
	if (!item) throw notFound();
	return { result: item };
}

function getList(ctx: CallContext): MethodResult {
	const [taskId, order] = readArgs(ctx, method('getlist'), [TASK_ID, ORDER]) as [number, Dict?];
	checkKeys(method('getlist'), 1, ORDER, order, SORTABLE);
	if (!ctx.state.tasks.tasks.has(taskId)) throw failed('Action failed');
	return { result: selectRows(itemsOf(ctx, taskId), undefined, order ?? { ID: 'DESC' }, UPPER_CASE_ROWS) };
}

function update(ctx: CallContext): MethodResult {
	const [taskId, itemId, fields] = readArgs(ctx, method('update'), [TASK_ID, ITEM_ID, FIELDS]) as [number, number, Dict];
	if (!ctx.state.tasks.tasks.has(taskId)) {
		throw taskErrors.core('TASKS_ERROR_EXCEPTION_#4; No access to edit the task; 4/TE/ACTION_NOT_ALLOWED');
	}
	checkKeys(method('update'), 2, FIELDS, fields, WRITABLE);
	const item = itemOf(ctx, taskId, itemId);
	if (!item) throw notFound();
	if (fields.PARENT_ID !== undefined) {
		const parentId = toInt(fields.PARENT_ID);
		item.PARENT_ID = String(parentId !== itemId && itemOf(ctx, taskId, parentId) ? parentId : 0);
	}
	applyFields(ctx, item, fields);
	return { result: null };
}

function descendants(ctx: CallContext, taskId: number, id: number): number[] {
	const children = itemsOf(ctx, taskId).filter((item) => toInt(item.PARENT_ID) === id).map((item) => toInt(item.ID));
	return [id, ...children.flatMap((child) => descendants(ctx, taskId, child))];
}

function remove(ctx: CallContext): MethodResult {
	const [taskId, itemId] = readArgs(ctx, method('delete'), [TASK_ID, ITEM_ID]) as [number, number];
	const item = itemOf(ctx, taskId, itemId);
	if (!item || !ctx.state.tasks.tasks.has(taskId)) throw failed('Deleting item: action not allowed');
	for (const id of descendants(ctx, taskId, itemId)) ctx.state.tasks.checklist.delete(id);
	ctx.state.tasks.log(taskId, ctx.auth.userId, ctx.nowMs, 'CHECKLIST_ITEM_REMOVE', toPhpString(item.TITLE), '');
	return { result: true };
}

/** complete / renew find the item by its id alone; a missing one answers false. */
function toggleMethod(verb: string, complete: boolean) {
	return (ctx: CallContext): MethodResult => {
		const [taskId, itemId] = readArgs(ctx, method(verb), [TASK_ID, ITEM_ID]) as [number, number];
		if (taskId <= 0 || itemId <= 0) throw taskErrors.core('TASKS_ERROR_ASSERT_EXCEPTION');
		const item = ctx.state.tasks.checklist.get(itemId);
		if (!item) return { result: false };
		toggle(ctx, item, complete);
		const field = complete ? 'CHECKLIST_ITEM_CHECK' : 'CHECKLIST_ITEM_UNCHECK';
		ctx.state.tasks.log(toInt(item.TASK_ID), ctx.auth.userId, ctx.nowMs, field, '', toPhpString(item.TITLE));
		return { result: true };
	};
}

function moveAfterItem(ctx: CallContext): MethodResult {
	const afterSpec: ArgSpec = { name: 'afterItemId', kind: 'integer', required: true };
	const [taskId, itemId, afterId] = readArgs(ctx, method('moveafteritem'), [TASK_ID, ITEM_ID, afterSpec]) as number[];
	const item = itemOf(ctx, taskId, itemId);
	const after = itemOf(ctx, taskId, afterId);
	if (!item || !after || itemId === afterId) throw failed('Moving item: action not allowed');
	const siblings = itemsOf(ctx, taskId)
		.filter((entry) => entry.PARENT_ID === after.PARENT_ID && entry !== item)
		.sort((a, b) => toInt(a.SORT_INDEX) - toInt(b.SORT_INDEX));
	siblings.splice(siblings.indexOf(after) + 1, 0, item);
	item.PARENT_ID = after.PARENT_ID;
	siblings.forEach((entry, index) => {
		entry.SORT_INDEX = String(index);
	});
	return { result: null };
}

function isActionAllowed(ctx: CallContext): MethodResult {
	const actionSpec: ArgSpec = { name: 'actionId', kind: 'integer', required: true };
	const [taskId, itemId, actionId] = readArgs(ctx, method('isactionallowed'), [TASK_ID, ITEM_ID, actionSpec]) as number[];
	const exists = ctx.state.tasks.tasks.has(taskId) && (actionId === 1 || itemOf(ctx, taskId, itemId) !== undefined);
	return { result: exists && ACTIONS.has(actionId) };
}

const HANDLERS: Record<string, (ctx: CallContext) => MethodResult> = {
	add,
	get,
	getlist: getList,
	update,
	delete: remove,
	complete: toggleMethod('complete', true),
	renew: toggleMethod('renew', false),
	moveafteritem: moveAfterItem,
	isactionallowed: isActionAllowed,
};

export const checklistMethods: MethodSpec[] = Object.entries(HANDLERS).map(([verb, handler]) => ({
	name: `task.checklistitem.${verb}`,
	scopes: ['task'],
	handler,
}));
