/** tasks.task.add/get/list/update/delete/getFields. */
import { randomUUID } from 'crypto';

import { RestError } from '../../errors';
import { ListSchema, selectRows, splitFilterKey } from '../../filter';
import { narrowByIdBounds } from '../../idRange';
import { paginate, readStart } from '../../pagination';
import { Dict, isDict, isPhpArray, phpEmpty, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { findTask, idStrings, portalDate, readTaskId, taskErrors, upperName } from './shared';
import { DATE_FIELDS, fieldDescriptions, newTaskDefaults, SORTABLE, TASK_FIELD_NAMES, WRITABLE } from './taskFields';
import { canonicalTaskField, selectedFields, taskCard, taskRow, taskValue } from './taskView';

const STATUSES = new Set([2, 3, 4, 5, 6]);
const LIST_FIELDS = new Set(['ACCOMPLICES', 'AUDITORS', 'TAGS', 'DEPENDS_ON', 'UF_CRM_TASK', 'UF_TASK_WEBDAV_FILES']);
const FILTER_ALIASES: Record<string, string> = { ACCOMPLICE: 'ACCOMPLICES', AUDITOR: 'AUDITORS', TAG: 'TAGS' };

function readFields(ctx: CallContext): Dict {
	const fields = ctx.params.fields ?? ctx.params.FIELDS;
	if (!isDict(fields) || phpEmpty(fields)) throw taskErrors.missingValue('fields');
	return Object.fromEntries(Object.entries(fields).map(([key, value]) => [upperName(key), value]));
}

function storedValue(ctx: CallContext, name: string, value: unknown): unknown {
	if (name === 'ACCOMPLICES' || name === 'AUDITORS' || name === 'DEPENDS_ON') return idStrings(value);
	if (LIST_FIELDS.has(name) || name.startsWith('UF_')) return isPhpArray(value) ? Object.values(value) : value;
	if (DATE_FIELDS.has(name)) return portalDate(ctx, value);
	if (typeof value === 'boolean') return value ? 'Y' : 'N';
	return value === null ? null : toPhpString(value);
}

/** The documented checks of a write; `existing` is set on update. */
function validate(ctx: CallContext, fields: Dict, existing?: Dict): void {
	const merged = { ...(existing ?? {}), ...fields };
	if (toPhpString(merged.TITLE).trim() === '') throw taskErrors.core('Task title is not specified');
	if (phpEmpty(merged.RESPONSIBLE_ID)) throw taskErrors.core('Responsible person not specified');
	if (!ctx.state.users.get(toInt(merged.RESPONSIBLE_ID))) {
		throw taskErrors.core('User specified in the "Responsible" field not found');
	}
	if (fields.STATUS !== undefined && !STATUSES.has(toInt(fields.STATUS))) throw taskErrors.core('Incorrect status');
	if (!phpEmpty(fields.PARENT_ID)) {
		const parentId = toInt(fields.PARENT_ID);
		if (existing && parentId === toInt(existing.ID)) throw taskErrors.core('Cannot bind the node to itself');
		if (!ctx.state.tasks.tasks.has(parentId)) throw taskErrors.core('Task specified in the "Parent Task" field not found');
	}
	const start = Date.parse(toPhpString(portalDate(ctx, merged.START_DATE_PLAN)));
	const end = Date.parse(toPhpString(portalDate(ctx, merged.END_DATE_PLAN)));
	if (start > end) throw taskErrors.core('The end date in scheduling is earlier than the start date');
	if (!existing) {
		for (const field of ctx.state.tasks.userFields.values()) {
			const name = toPhpString(field.FIELD_NAME);
			if (field.MANDATORY === 'Y' && phpEmpty(fields[name])) throw taskErrors.core(`Required field ${name} value not entered`);
		}
	}
}

function writableOf(ctx: CallContext, fields: Dict): Dict {
	const out: Dict = {};
	for (const [name, value] of Object.entries(fields)) {
		if (WRITABLE.has(name) || name.startsWith('UF_')) out[name] = storedValue(ctx, name, value);
	}
	return out;
}

/** Applies a change and what follows from it: modification stamps, status stamps, history. */
export function changeTask(ctx: CallContext, task: Dict, changes: Dict): void {
	const { tasks } = ctx.state;
	const userId = String(ctx.auth.userId);
	for (const [name, value] of Object.entries(changes)) {
		const before = task[name];
		if (JSON.stringify(before) === JSON.stringify(value)) continue;
		const asText = (entry: unknown) => (entry === null || entry === undefined ? null : Array.isArray(entry) ? entry.join(',') : String(entry));
		tasks.log(toInt(task.ID), ctx.auth.userId, ctx.nowMs, name, asText(before), asText(value));
		task[name] = value;
		if (name === 'STATUS') {
			task.STATUS_CHANGED_BY = userId;
			task.STATUS_CHANGED_DATE = ctx.nowIso;
			const closed = value === '5';
			task.CLOSED_BY = closed ? userId : null;
			task.CLOSED_DATE = closed ? ctx.nowIso : null;
			if (value === '3' && task.DATE_START === null) task.DATE_START = ctx.nowIso;
		}
	}
	task.CHANGED_BY = userId;
	task.CHANGED_DATE = ctx.nowIso;
	task.ACTIVITY_DATE = ctx.nowIso;
}

function add(ctx: CallContext): MethodResult {
	const fields = readFields(ctx);
	validate(ctx, fields);
	const { tasks } = ctx.state;
	const id = tasks.taskIds.next();
	const userId = String(ctx.auth.userId);
	const task: Dict = {
		ID: String(id),
		...newTaskDefaults(),
		CREATED_BY: userId,
		CREATED_DATE: ctx.nowIso,
		CHANGED_BY: userId,
		CHANGED_DATE: ctx.nowIso,
		ACTIVITY_DATE: ctx.nowIso,
		STATUS_CHANGED_DATE: ctx.nowIso,
		GUID: `{${randomUUID()}}`,
		...writableOf(ctx, fields),
	};
	tasks.tasks.set(id, task);
	tasks.log(id, ctx.auth.userId, ctx.nowMs, 'NEW', null, null);
	return { result: { task: taskCard(ctx, task) } };
}

function readSelect(ctx: CallContext): unknown {
	const select = ctx.params.select ?? ctx.params.SELECT;
	if (select !== undefined && !isPhpArray(select)) {
		throw new RestError('100', `Invalid value ${toPhpString(select)} to match with parameter {select}. Should be value of type array. (internal error)`);
	}
	return select;
}

function get(ctx: CallContext): MethodResult {
	const id = readTaskId(ctx, 'taskId', 'TASKID', 'id');
	const select = readSelect(ctx);
	const task = ctx.state.tasks.tasks.get(id);
	return { result: task ? { task: taskCard(ctx, task, select) } : [] };
}

function listSchema(ctx: CallContext): ListSchema<Dict> {
	return {
		resolve: (name) => {
			const canonical = canonicalTaskField(name);
			const field = FILTER_ALIASES[canonical] ?? canonical;
			return TASK_FIELD_NAMES.has(field) || LIST_FIELDS.has(field) || field.startsWith('UF_') || field === 'SUB_STATUS'
				? field
				: undefined;
		},
		get: (row, field) => taskValue(ctx, row, field),
		unknownField: () => undefined,
		badDirection: () => undefined,
	};
}

function readOrder(ctx: CallContext): Dict {
	const order = ctx.params.order ?? ctx.params.ORDER;
	if (!isDict(order) || phpEmpty(order)) return { ID: 'DESC' };
	for (const key of Object.keys(order)) {
		if (!SORTABLE.has(upperName(key))) throw new RestError('0', 'Invalid sorting key (internal error)');
	}
	return order;
}

const PATTERN_OPS: Record<string, string> = { '=': '=%', '!': '!=%', '!=': '!=%' };

/** TITLE takes a LIKE pattern (`%` any text, `_` one character) where other fields compare. */
function withTitlePattern(filter: unknown): unknown {
	if (!isDict(filter)) return filter;
	return Object.fromEntries(
		Object.entries(filter).map(([key, value]) => {
			const { op, field } = splitFilterKey(key);
			const patternOp = PATTERN_OPS[op];
			return canonicalTaskField(field) === 'TITLE' && patternOp ? [`${patternOp}${field}`, value] : [key, value];
		}),
	);
}

function list(ctx: CallContext): MethodResult {
	const filter = withTitlePattern(ctx.params.filter ?? ctx.params.FILTER);
	const select = readSelect(ctx);
	const rows = [...ctx.state.tasks.tasks.values()];
	const candidates = narrowByIdBounds(rows, filter, (row) => toInt(row.ID), 'ID');
	const found = selectRows(candidates, filter, readOrder(ctx), listSchema(ctx));
	const page = paginate(found, readStart(ctx.params));
	const tasks = page.rows.map((task) => taskRow(ctx, task, selectedFields(task, select)));
	return { result: { tasks }, total: page.total, next: page.next };
}

function update(ctx: CallContext): MethodResult {
	const id = readTaskId(ctx, 'taskId', 'TASKID', 'id');
	const task = findTask(ctx, id, () => new RestError('0', 'Action on the task is not allowed (internal error)'));
	const fields = readFields(ctx);
	validate(ctx, fields, task);
	changeTask(ctx, task, writableOf(ctx, fields));
	return { result: { task: taskCard(ctx, task) } };
}

function remove(ctx: CallContext): MethodResult {
	const id = readTaskId(ctx, 'taskId', 'TASKID', 'id');
	findTask(ctx, id, () => new RestError('1048582', 'No access to delete the task'));
	ctx.state.tasks.deleteTask(id);
	return { result: { task: true } };
}

function getFields(ctx: CallContext): MethodResult {
	const custom = [...ctx.state.tasks.userFields.values()].map((field) => [
		toPhpString(field.FIELD_NAME),
		{ title: isDict(field.EDIT_FORM_LABEL) ? field.EDIT_FORM_LABEL.en : null, type: field.USER_TYPE_ID },
	]);
	return { result: { fields: { ...fieldDescriptions(), ...Object.fromEntries(custom) } } };
}

const HANDLERS: Record<string, (ctx: CallContext) => MethodResult> = { add, get, list, update, delete: remove, getFields };

export const taskMethods: MethodSpec[] = Object.entries(HANDLERS).map(([verb, handler]) => ({
	name: `tasks.task.${verb}`,
	scopes: ['task'],
	handler,
}));
