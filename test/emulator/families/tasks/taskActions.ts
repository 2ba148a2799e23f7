/**
 * What users do with a task besides editing it: the status moves, delegation, watching,
 * muting, pinning, favourites, access checks, history, counters and attaching Drive files.
 */
import { RestError } from '../../errors';
import { compareValues } from '../../filter';
import { Dict, isDict, isNumeric, phpValues, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { findTask, idStrings, readTaskId, taskErrors, upperName } from './shared';
import { changeTask } from './tasks';
import { taskActions, taskCard } from './taskView';

const PENDING = 2;
const IN_PROGRESS = 3;
const AWAITING_CONTROL = 4;
const COMPLETED = 5;
const DEFERRED = 6;

interface StatusMove {
	from: number[];
	/** The status after the move; complete depends on whether the creator must accept the work. */
	to: (task: Dict, ctx: CallContext) => number;
	/** The error code the method's page gives for "Action on the task is not allowed". */
	errorCode: string;
}

const STATUS_MOVES: Record<string, StatusMove> = {
	start: { from: [PENDING, DEFERRED], to: () => IN_PROGRESS, errorCode: '0' },
	pause: { from: [IN_PROGRESS], to: () => PENDING, errorCode: '1048582' },
	defer: { from: [PENDING, IN_PROGRESS], to: () => DEFERRED, errorCode: '1048582' },
	renew: { from: [AWAITING_CONTROL, COMPLETED, DEFERRED], to: () => PENDING, errorCode: '1048582' },
	complete: {
		from: [PENDING, IN_PROGRESS, DEFERRED],
		to: (task, ctx) => (task.TASK_CONTROL === 'Y' && toInt(task.CREATED_BY) !== ctx.auth.userId ? AWAITING_CONTROL : COMPLETED),
		errorCode: '0',
	},
	approve: { from: [AWAITING_CONTROL], to: () => COMPLETED, errorCode: '1048582' },
	disapprove: { from: [AWAITING_CONTROL], to: () => PENDING, errorCode: '1048582' },
};

function statusMove(move: StatusMove) {
	return (ctx: CallContext): MethodResult => {
		const id = readTaskId(ctx, 'taskId', 'TASKID');
		const task = findTask(ctx, id, () => taskErrors.notAllowed(move.errorCode));
		if (!move.from.includes(toInt(task.STATUS))) throw taskErrors.notAllowed(move.errorCode);
		changeTask(ctx, task, { STATUS: String(move.to(task, ctx)) });
		return { result: { task: taskCard(ctx, task) } };
	};
}

function delegate(ctx: CallContext): MethodResult {
	const id = readTaskId(ctx, 'taskId', 'TASKID');
	const raw = ctx.params.userId ?? ctx.params.USERID;
	if (raw === undefined || raw === '') throw taskErrors.missingValue('userId');
	if (!isNumeric(raw)) throw taskErrors.notInt('userId', raw);
	const task = findTask(ctx, id);
	const userId = toInt(raw);
	if (!ctx.state.users.get(userId)) throw taskErrors.core('User specified in the "Responsible" field not found');
	const auditors = idStrings([...phpValues(task.AUDITORS), task.RESPONSIBLE_ID]).filter((entry) => entry !== String(userId));
	changeTask(ctx, task, { RESPONSIBLE_ID: String(userId), AUDITORS: auditors });
	return { result: { task: taskCard(ctx, task) } };
}

/** startwatch / stopwatch: the calling user joins or leaves the auditors. */
function watch(joining: boolean) {
	return (ctx: CallContext): MethodResult => {
		const id = readTaskId(ctx, 'taskId', 'TASKID');
		const task = findTask(ctx, id, () => new RestError('1048584', 'a:0:{}'));
		const me = String(ctx.auth.userId);
		const others = phpValues(task.AUDITORS).map(String).filter((entry) => entry !== me);
		changeTask(ctx, task, { AUDITORS: joining ? [...others, me] : others });
		return { result: { task: taskCard(ctx, task) } };
	};
}

/** mute / unmute (per user) and pin / unpin take the task as `id`. */
function toggle(apply: (ctx: CallContext, task: Dict) => void) {
	return (ctx: CallContext): MethodResult => {
		const id = readTaskId(ctx, 'id', 'ID');
		const task = findTask(ctx, id);
		apply(ctx, task);
		return { result: { task: taskCard(ctx, task) } };
	};
}

const memberKey = (ctx: CallContext, task: Dict) => `${ctx.auth.userId}:${task.ID}`;

function favorite(adding: boolean) {
	return (ctx: CallContext): MethodResult => {
		const id = readTaskId(ctx, 'taskId', 'TASKID');
		const task = findTask(ctx, id, () => new RestError('1', 'Task not found or not accessible'));
		if (adding) ctx.state.tasks.favorites.add(memberKey(ctx, task));
		else ctx.state.tasks.favorites.delete(memberKey(ctx, task));
		return { result: true };
	};
}

function getAccess(ctx: CallContext): MethodResult {
	const id = readTaskId(ctx, 'taskId', 'TASKID');
	const users = ctx.params.users ?? ctx.params.USERS;
	if (users !== undefined && !Array.isArray(users) && !isDict(users)) {
		throw new RestError('100', `Invalid value ${toPhpString(users)} to match with parameter {users}. Should be value of type array.`);
	}
	const task = findTask(ctx, id);
	const ids = users === undefined ? [String(ctx.auth.userId)] : idStrings(users);
	const allowed = Object.fromEntries(Object.entries(taskActions(task)).map(([name, value]) => [upperName(name), value]));
	return { result: { allowedActions: Object.fromEntries(ids.map((userId) => [userId, { ...allowed }])) } };
}

function historyList(ctx: CallContext): MethodResult {
	const id = readTaskId(ctx, 'taskId', 'TASKID');
	const filter = ctx.params.filter ?? ctx.params.FILTER;
	const wanted = isDict(filter) && filter.FIELD !== undefined ? toPhpString(filter.FIELD).toUpperCase() : undefined;
	const order = ctx.params.order ?? ctx.params.ORDER;
	const ascending = isDict(order) && toPhpString(Object.values(order)[0]).toUpperCase() === 'ASC';
	const entries = ctx.state.tasks.history
		.filter((entry) => entry.taskId === id && (wanted === undefined || entry.field === wanted))
		.sort((a, b) => (ascending ? 1 : -1) * (a.createdMs - b.createdMs || a.id - b.id));
	const list = entries.map((entry) => {
		const user = ctx.state.users.get(entry.userId);
		return {
			id: entry.id,
			createdDate: ctx.formatDate(entry.createdMs),
			field: entry.field,
			value: { from: entry.from, to: entry.to },
			user: { id: entry.userId, name: user?.name ?? '', lastName: user?.lastName ?? '', secondName: '', login: user?.email ?? '' },
		};
	});
	return { result: { list } };
}

function countersGet(ctx: CallContext): MethodResult {
	const raw = ctx.params.userId ?? ctx.params.USERID;
	if (raw !== undefined && raw !== '' && !isNumeric(raw)) {
		throw new RestError('0', `Invalid value ${toPhpString(raw)} to match with parameter {userId}. Should be value of type int.`);
	}
	const userId = raw === undefined || raw === '' ? ctx.auth.userId : toInt(raw);
	const groupId = toInt(ctx.params.groupId ?? ctx.params.GROUPID);
	const mine = [...ctx.state.tasks.tasks.values()].filter(
		(task) => toInt(task.RESPONSIBLE_ID) === userId && (groupId === 0 || toInt(task.GROUP_ID) === groupId),
	);
	const expired = mine.filter(
		(task) => task.DEADLINE !== null && toInt(task.STATUS) < COMPLETED && compareValues(task.DEADLINE, ctx.nowIso) < 0,
	).length;
	return {
		result: { expired: { counter: expired, code: 6291456 }, new_comments: { counter: 0, code: 12582912 } },
		total: 1,
	};
}

function filesAttach(ctx: CallContext): MethodResult {
	const id = readTaskId(ctx, 'taskId', 'TASKID');
	const raw = ctx.params.fileId ?? ctx.params.FILEID;
	if (raw === undefined || raw === '') throw taskErrors.missingValue('fileId');
	if (!isNumeric(raw)) throw taskErrors.notInt('fileId', raw);
	const task = findTask(ctx, id, () => new RestError('0', 'Access denied (internal error)'));
	const file = ctx.state.disk.objects.get(toInt(raw));
	if (!file || file.type !== 'file' || file.deletedType !== 0) throw new RestError('ERROR_CORE', 'Insufficient permissions.<br>');
	const attachment = ctx.state.disk.addAttachment({
		objectId: file.id,
		moduleId: 'tasks',
		entityType: 'Bitrix\\Tasks\\Integration\\Disk\\Connector\\Task',
		entityId: toInt(task.ID),
		createdMs: ctx.nowMs,
		createdBy: ctx.auth.userId,
	});
	const files = phpValues(task.UF_TASK_WEBDAV_FILES);
	changeTask(ctx, task, { UF_TASK_WEBDAV_FILES: [...files, attachment.id] });
	return { result: { attachmentId: attachment.id } };
}

const HANDLERS: Record<string, (ctx: CallContext) => MethodResult> = {
	...Object.fromEntries(Object.entries(STATUS_MOVES).map(([verb, move]) => [verb, statusMove(move)])),
	delegate,
	startwatch: watch(true),
	stopwatch: watch(false),
	mute: toggle((ctx, task) => {
		ctx.state.tasks.muted.add(memberKey(ctx, task));
	}),
	unmute: toggle((ctx, task) => {
		ctx.state.tasks.muted.delete(memberKey(ctx, task));
	}),
	pin: toggle((_ctx, task) => {
		task.IS_PINNED = 'Y';
	}),
	unpin: toggle((_ctx, task) => {
		task.IS_PINNED = 'N';
	}),
	'favorite.add': favorite(true),
	'favorite.remove': favorite(false),
	getaccess: getAccess,
	'history.list': historyList,
	'counters.get': countersGet,
	'files.attach': filesAttach,
};

export const taskActionMethods: MethodSpec[] = Object.entries(HANDLERS).map(([verb, handler]) => ({
	name: `tasks.task.${verb}`,
	scopes: ['task'],
	handler,
}));
