/** bizproc.task.list / complete / delegate (api-reference/bizproc/bizproc-task/*.md). */
import { RestError } from '../../errors';
import type { Dict } from '../../php';
import { isDict, phpValues, toInt, toPhpString } from '../../php';
import type { BizprocTask } from '../../state/bizprocStore';
import { listUpperCase } from '../../upperCaseList';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { param } from '../ownerChecks';

const STATUS_WORDS: Record<string, number> = { yes: 1, no: 2, ok: 3, cancel: 4 };

/** The statuses each kind of task accepts. */
const ALLOWED_STATUSES: Record<string, number[]> = {
	ApproveActivity: [1, 2],
	ReviewActivity: [3],
	RequestInformationActivity: [3],
	RequestInformationOptionalActivity: [3, 4],
};

const DEFAULT_SELECT = ['ENTITY', 'DOCUMENT_ID', 'ID', 'WORKFLOW_ID', 'DOCUMENT_NAME', 'NAME', 'DOCUMENT_URL'];

function taskRow(ctx: CallContext, task: BizprocTask): Dict {
	const workflow = ctx.state.bizproc.workflows.get(task.workflowId);
	const template = workflow ? ctx.state.bizproc.templates.get(workflow.templateId) : undefined;
	const [moduleId, entity, documentId] = workflow?.documentId ?? ['', '', ''];
	return {
		ID: String(task.id),
		WORKFLOW_ID: task.workflowId,
		DOCUMENT_NAME: documentId,
		DESCRIPTION: task.description,
		NAME: task.name,
		MODIFIED: ctx.formatDate(task.modifiedMs),
		WORKFLOW_STARTED: workflow ? ctx.formatDate(workflow.startedMs) : null,
		WORKFLOW_STARTED_BY: workflow ? String(workflow.startedBy) : null,
		OVERDUE_DATE: null,
		WORKFLOW_TEMPLATE_ID: workflow ? String(workflow.templateId) : null,
		WORKFLOW_TEMPLATE_NAME: template?.name ?? null,
		WORKFLOW_STATE: '',
		STATUS: task.userStatus === 0 ? '0' : '1',
		USER_ID: String(task.userId),
		USER_STATUS: String(task.userStatus),
		MODULE_ID: moduleId,
		ENTITY: entity,
		DOCUMENT_ID: documentId,
		ACTIVITY: task.activity,
		ACTIVITY_NAME: `A${task.id}`,
		PARAMETERS: {},
		DOCUMENT_URL: '',
	};
}

function list(ctx: CallContext): MethodResult {
	const filter = param(ctx.params, 'FILTER');
	const filtersByUser = isDict(filter) && Object.keys(filter).some((key) => /USER_ID$/i.test(key));
	const isAdmin = ctx.state.users.get(ctx.auth.userId)?.isAdmin === true;
	const tasks = [...ctx.state.bizproc.tasks.values()].filter((task) => filtersByUser || isAdmin || task.userId === ctx.auth.userId);
	return listUpperCase(
		tasks.map((task) => taskRow(ctx, task)),
		ctx.params,
		{ defaultSelect: DEFAULT_SELECT },
	);
}

function statusOf(raw: unknown): number {
	const word = toPhpString(raw).trim().toLowerCase();
	return STATUS_WORDS[word] ?? toInt(raw);
}

function complete(ctx: CallContext): MethodResult {
	const taskId = toInt(param(ctx.params, 'TASK_ID'));
	if (taskId <= 0) throw new RestError('ERROR_TASK_VALIDATION', 'empty TASK_ID');
	const task = ctx.state.bizproc.tasks.get(taskId);
	if (!task || task.userId !== ctx.auth.userId) throw new RestError('ERROR_TASK_NOT_FOUND', 'Task not found');
	if (task.userStatus !== 0) throw new RestError('ERROR_TASK_COMPLETED', 'Task already completed');
	const allowed = ALLOWED_STATUSES[task.activity];
	if (!allowed) throw new RestError('ERROR_TASK_TYPE', 'Incorrect task type');
	const status = statusOf(param(ctx.params, 'STATUS'));
	if (!allowed.includes(status)) throw new RestError('ERROR_TASK_VALIDATION', 'incorrect STATUS');
	const fields = param(ctx.params, 'FIELDS');
	task.userStatus = status;
	task.comment = toPhpString(param(ctx.params, 'COMMENT'));
	task.fields = isDict(fields) ? fields : {};
	task.modifiedMs = ctx.nowMs;
	return { result: true };
}

function delegate(ctx: CallContext): MethodResult {
	const ids = phpValues(param(ctx.params, 'TASK_IDS')).map(toInt);
	if (ids.length === 0 || ids.some((id) => id <= 0)) throw new RestError('ERROR_TASK_VALIDATION', 'Invalid TASK_IDS');
	const from = toInt(param(ctx.params, 'FROM_USER_ID'));
	if (!ctx.state.users.get(from)) throw new RestError('ERROR_INVALID_USER_ID', 'Invalid FROM_USER_ID');
	const to = toInt(param(ctx.params, 'TO_USER_ID'));
	if (!ctx.state.users.get(to)) throw new RestError('ERROR_INVALID_USER_ID', 'Invalid TO_USER_ID');
	const tasks = ids.map((id) => ctx.state.bizproc.tasks.get(id));
	const refused = tasks.filter((task) => !task || task.userId !== from || task.userStatus !== 0);
	if (refused.length) {
		throw new RestError('ERROR_DELEGATION_NOT_ALLOWED', refused.map(() => 'User is not responsible for the task').join(';'));
	}
	for (const task of tasks as BizprocTask[]) {
		task.userId = to;
		task.modifiedMs = ctx.nowMs;
	}
	return { result: true };
}

export const taskMethods: MethodSpec[] = [
	{ name: 'bizproc.task.list', scopes: ['bizproc'], handler: list },
	{ name: 'bizproc.task.complete', scopes: ['bizproc'], handler: complete },
	{ name: 'bizproc.task.delegate', scopes: ['bizproc'], handler: delegate },
];
