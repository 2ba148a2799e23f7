/** What the task methods share: their errors, id reading, dates, user cards and the task lookup. */
import { formatPortalDate } from '../../clock';
import { RestError } from '../../errors';
import type { ListSchema } from '../../filter';
import { Dict, isDict, isNumeric, toInt, toPhpString } from '../../php';
import type { CallContext } from '../../types';

export const taskErrors = {
	missingTaskId: () => new RestError('100', 'CTaskItem All parameters in the constructor must have real class type (internal error)'),
	wrongTaskId: () => new RestError('0', 'wrong task id'),
	notAllowed: (code = '0') => new RestError(code, 'Action on the task is not allowed'),
	missingValue: (name: string) => new RestError('100', `Could not find value for parameter {${name}} (internal error)`),
	notInt: (name: string, value: unknown) =>
		new RestError('100', `Invalid value ${toPhpString(value)} to match with parameter {${name}}. Should be value of type int. (internal error)`),
	core: (text: string) => new RestError('ERROR_CORE', `${text}<br>`),
};

/** Reads a task id parameter the way tasks.task.* do: missing, not a number, or the id. */
export function readTaskId(ctx: CallContext, ...names: string[]): number {
	const key = names.find((name) => ctx.params[name] !== undefined && ctx.params[name] !== '');
	if (key === undefined) throw taskErrors.missingTaskId();
	const raw = ctx.params[key];
	if (!isNumeric(raw) || toInt(raw) <= 0) throw taskErrors.wrongTaskId();
	return toInt(raw);
}

/** A task by id, or the method's own "not allowed" error. */
export function findTask(ctx: CallContext, id: number, error: () => RestError = () => taskErrors.notAllowed()): Dict {
	const task = ctx.state.tasks.tasks.get(id);
	if (!task) throw error();
	return task;
}

const DATE_ONLY_OR_LOCAL = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

/** A date as the portal stores it: its own format and offset; local times are read in the portal's zone. */
export function portalDate(ctx: CallContext, value: unknown): string | null {
	const text = toPhpString(value).trim();
	if (text === '') return null;
	const offset = ctx.state.settings.offsetMinutes;
	let parsed = Date.parse(text);
	if (DATE_ONLY_OR_LOCAL.test(text)) {
		const local = text.length === 10 ? `${text}T00:00:00` : text;
		parsed = Date.parse(`${local}Z`) - offset * 60_000;
	}
	return Number.isNaN(parsed) ? text : formatPortalDate(parsed, offset);
}

/** The short user card tasks print for creators, responsible persons and members. */
export function userCard(ctx: CallContext, id: unknown): Dict {
	const userId = toInt(id);
	const user = ctx.state.users.get(userId);
	return {
		id: String(userId),
		name: ctx.state.users.fullName(userId),
		link: `/company/personal/user/${userId}/`,
		icon: '/bitrix/images/tasks/default_avatar.png',
		workPosition: user?.workPosition ?? '',
	};
}

/** A list of user ids as tasks keep them: strings, no duplicates. */
export function idStrings(value: unknown): string[] {
	const list = Array.isArray(value) ? value : isDict(value) ? Object.values(value) : value === undefined || value === '' ? [] : [value];
	return [...new Set(list.map((entry) => String(toInt(entry))).filter((entry) => entry !== '0'))];
}

/** `RESPONSIBLE_ID` -> `responsibleId`, `UF_CRM_TASK` -> `ufCrmTask`. */
export function camelName(name: string): string {
	return name.toLowerCase().replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** `responsibleId` -> `RESPONSIBLE_ID`; UPPER_CASE names stay as they are. */
export function upperName(name: string): string {
	return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Filter and order over rows kept with UPPER_CASE keys, names matched in any case, unknown ones ignored. */
export const UPPER_CASE_ROWS: ListSchema<Dict> = {
	resolve: (name) => name.toUpperCase(),
	get: (row, field) => row[field],
	unknownField: () => undefined,
	badDirection: () => undefined,
};
