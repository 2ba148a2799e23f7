/** How a stored task is printed: camelCase keys, string values, and the cards a get adds. */
import { Dict, phpValues, toInt, toPhpString } from '../../php';
import type { CallContext } from '../../types';
import { camelName, upperName, userCard } from './shared';
import { COMPUTED_FIELDS, SYSTEM_UF } from './taskFields';

const ALIASES: Record<string, string> = { REAL_STATUS: 'STATUS' };

/** The canonical name a select, filter or order key stands for (`responsibleId` and `REAL_STATUS` included). */
export function canonicalTaskField(name: string): string {
	const upper = upperName(name.trim());
	return ALIASES[upper] ?? upper;
}

function memberKey(ctx: CallContext, task: Dict): string {
	return `${ctx.auth.userId}:${task.ID}`;
}

/** A stored or computed field's value for the calling user. */
export function taskValue(ctx: CallContext, task: Dict, field: string): unknown {
	switch (field) {
		case 'FAVORITE':
			return ctx.state.tasks.favorites.has(memberKey(ctx, task)) ? 'Y' : 'N';
		case 'IS_MUTED':
			return ctx.state.tasks.muted.has(memberKey(ctx, task)) ? 'Y' : 'N';
		case 'SUB_STATUS':
			return task.STATUS;
		case 'NEW_COMMENTS_COUNT':
			return 0;
		case 'CHECKLIST':
			return [...ctx.state.tasks.checklist.values()].filter((item) => item.TASK_ID === task.ID).map((item) => ({ ...item }));
		default:
			return task[field];
	}
}

/** The names a select picks, in the task's own order; no select means the stored fields. */
export function selectedFields(task: Dict, select: unknown): string[] {
	const asked = phpValues(select).map((name) => canonicalTaskField(toPhpString(name))).filter((name) => name !== '');
	const stored = Object.keys(task).filter((name) => !SYSTEM_UF.includes(name) && !name.startsWith('UF_'));
	if (asked.length === 0) return stored;
	if (asked.includes('*')) return [...Object.keys(task), ...[...COMPUTED_FIELDS].filter((name) => !(name in task))];
	const known = (name: string) => name in task || COMPUTED_FIELDS.has(name) || name.startsWith('UF_');
	return [...new Set(['ID', ...asked.filter(known)])];
}

function printed(value: unknown): unknown {
	if (typeof value === 'number') return String(value);
	return value === undefined ? null : value;
}

/** The task with the chosen fields in camelCase. */
export function taskRow(ctx: CallContext, task: Dict, fields: string[]): Dict {
	return Object.fromEntries(fields.map((field) => [camelName(field), printed(taskValue(ctx, task, field))]));
}

function membersData(ctx: CallContext, ids: unknown): Dict | unknown[] {
	const list = phpValues(ids);
	return list.length === 0 ? [] : Object.fromEntries(list.map((id) => [String(id), userCard(ctx, id)]));
}

/** What the current user may do with the task, as the `action` map reports it. */
export function taskActions(task: Dict): Dict {
	const status = toInt(task.STATUS);
	return {
		accept: false,
		decline: false,
		complete: status !== 5 && status !== 4,
		approve: status === 4,
		disapprove: status === 4,
		start: status === 2 || status === 6,
		pause: status === 3,
		delegate: true,
		remove: true,
		edit: true,
		defer: status === 2 || status === 3,
		renew: status === 4 || status === 5 || status === 6,
		create: true,
		changeDeadline: true,
		checklistAddItems: true,
		rate: true,
	};
}

/** The task as tasks.task.get/add/update and the status actions print it. */
export function taskCard(ctx: CallContext, task: Dict, select?: unknown): Dict {
	return {
		...taskRow(ctx, task, selectedFields(task, select)),
		isMuted: taskValue(ctx, task, 'IS_MUTED'),
		favorite: taskValue(ctx, task, 'FAVORITE'),
		group: [],
		creator: userCard(ctx, task.CREATED_BY),
		responsible: userCard(ctx, task.RESPONSIBLE_ID),
		accomplicesData: membersData(ctx, task.ACCOMPLICES),
		auditorsData: membersData(ctx, task.AUDITORS),
		action: taskActions(task),
	};
}
