/** task.commentitem.add/get/getlist/update/delete: comments read their parameters by position. */
import { selectRows } from '../../filter';
import { Dict, isDict, phpValues, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { ArgSpec, checkKeys, COMPARISONS, ItemMethod, readArgs } from './positional';
import { portalDate, taskErrors, UPPER_CASE_ROWS } from './shared';

const TASK_ID: ArgSpec = { name: 'taskId', kind: 'integer', required: true };
const ITEM_ID: ArgSpec = { name: 'itemId', kind: 'integer', required: true };
const FIELDS: ArgSpec = { name: 'arFields', kind: 'array', required: true };
const ORDER: ArgSpec = { name: 'arOrder', kind: 'array', required: false };
const FILTER: ArgSpec = { name: 'arFilter', kind: 'array', required: false };

const WRITABLE = new Set(['POST_MESSAGE', 'AUTHOR_ID', 'POST_DATE', 'UF_FORUM_MESSAGE_DOC']);
const SORTABLE = new Set(['ID', 'AUTHOR_ID', 'AUTHOR_NAME', 'AUTHOR_EMAIL', 'POST_DATE']);
const FILTERABLE = new Set(['ID', 'AUTHOR_ID', 'AUTHOR_NAME', 'POST_DATE']);

const method = (verb: string): ItemMethod => ({ className: 'ctaskcommentitem', verb });
const notAllowed = () => taskErrors.core('TASKS_ERROR_EXCEPTION_#4; Action is not allowed; 4/TE/ACTION_NOT_ALLOWED');

/** Drive files given as `n<id>` become the comment's attached objects. */
function attachments(ctx: CallContext, files: unknown): Dict {
	const out: Dict = {};
	for (const entry of phpValues(files)) {
		const fileId = toInt(toPhpString(entry).replace(/^n/, ''));
		if (fileId <= 0) throw taskErrors.core('File not found');
		const attachmentId = String(ctx.state.tasks.attachmentIds.next());
		out[attachmentId] = {
			ATTACHMENT_ID: attachmentId,
			NAME: `file${fileId}`,
			SIZE: '0',
			FILE_ID: String(fileId),
			DOWNLOAD_URL: `/bitrix/tools/disk/uf.php?attachedId=${attachmentId}&action=download&ncc=1`,
			VIEW_URL: `/bitrix/tools/disk/uf.php?attachedId=${attachmentId}&action=show&ncc=1`,
		};
	}
	return out;
}

function commentOf(ctx: CallContext, taskId: number, itemId: number): Dict {
	const comment = ctx.state.tasks.comments.get(itemId);
	if (!comment || toInt(comment.TASK_ID) !== taskId || !ctx.state.tasks.tasks.has(taskId)) {
		throw taskErrors.core('TASKS_ERROR_EXCEPTION_#512; Check listitem not found or not accessible; 512/TE/ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE');
	}
	return comment;
}

/** Only the author (or an administrator) may change or delete a comment. */
function editable(ctx: CallContext, taskId: number, itemId: number): Dict {
	const comment = ctx.state.tasks.comments.get(itemId);
	const user = ctx.state.users.get(ctx.auth.userId);
	const mayEdit = comment && (toInt(comment.AUTHOR_ID) === ctx.auth.userId || user?.isAdmin);
	if (!comment || toInt(comment.TASK_ID) !== taskId || !ctx.state.tasks.tasks.has(taskId) || !mayEdit) throw notAllowed();
	return comment;
}

/** What a comment shows of the outside: the comment as stored, without the task link. */
function view(comment: Dict): Dict {
	const { TASK_ID: _task, ...rest } = comment;
	return rest;
}

function add(ctx: CallContext): MethodResult {
	const signature = [TASK_ID, FIELDS];
	const [taskId, fields] = readArgs(ctx, method('add'), signature) as [number, Dict];
	checkKeys(method('add'), 1, FIELDS, fields, WRITABLE);
	if (toPhpString(fields.POST_MESSAGE).trim() === '') throw taskErrors.core('Comment text is not specified');
	const task = ctx.state.tasks.tasks.get(taskId);
	if (!task) throw taskErrors.core('Insufficient permissions to add a comment');
	const authorId = fields.AUTHOR_ID === undefined ? ctx.auth.userId : toInt(fields.AUTHOR_ID);
	const id = ctx.state.tasks.commentIds.next();
	ctx.state.tasks.comments.set(id, {
		POST_MESSAGE_HTML: null,
		ID: String(id),
		TASK_ID: String(taskId),
		AUTHOR_ID: String(authorId),
		AUTHOR_NAME: ctx.state.users.fullName(authorId),
		AUTHOR_EMAIL: '',
		POST_DATE: fields.POST_DATE === undefined ? ctx.nowIso : portalDate(ctx, fields.POST_DATE),
		POST_MESSAGE: toPhpString(fields.POST_MESSAGE),
		ATTACHED_OBJECTS: attachments(ctx, fields.UF_FORUM_MESSAGE_DOC),
	});
	task.COMMENTS_COUNT = String(toInt(task.COMMENTS_COUNT) + 1);
	ctx.state.tasks.log(taskId, authorId, ctx.nowMs, 'COMMENT', null, String(id));
	return { result: id };
}

function get(ctx: CallContext): MethodResult {
	const [taskId, itemId] = readArgs(ctx, method('get'), [TASK_ID, ITEM_ID]) as [number, number];
	return { result: view(commentOf(ctx, taskId, itemId)) };
}

function getList(ctx: CallContext): MethodResult {
	const [taskId, order, filter] = readArgs(ctx, method('getlist'), [TASK_ID, ORDER, FILTER]) as [number, Dict?, Dict?];
	checkKeys(method('getlist'), 1, ORDER, order, SORTABLE);
	checkKeys(method('getlist'), 2, FILTER, filter, FILTERABLE, COMPARISONS);
	if (!ctx.state.tasks.tasks.has(taskId)) {
		throw taskErrors.core('TASKS_ERROR_EXCEPTION_#8; Action failed; 8/TE/ACTION_FAILED_TO_BE_PROCESSED');
	}
	const rows = [...ctx.state.tasks.comments.values()].filter((comment) => toInt(comment.TASK_ID) === taskId);
	return { result: selectRows(rows, filter, isDict(order) ? order : { ID: 'DESC' }, UPPER_CASE_ROWS).map(view) };
}

function update(ctx: CallContext): MethodResult {
	const [taskId, itemId, fields] = readArgs(ctx, method('update'), [TASK_ID, ITEM_ID, FIELDS]) as [number, number, Dict];
	const comment = editable(ctx, taskId, itemId);
	checkKeys(method('update'), 2, FIELDS, fields, WRITABLE);
	if (toPhpString(fields.POST_MESSAGE).trim() === '') throw taskErrors.core('Comment text not specified.');
	comment.POST_MESSAGE = toPhpString(fields.POST_MESSAGE);
	if (fields.UF_FORUM_MESSAGE_DOC !== undefined) comment.ATTACHED_OBJECTS = attachments(ctx, fields.UF_FORUM_MESSAGE_DOC);
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const [taskId, itemId] = readArgs(ctx, method('delete'), [TASK_ID, ITEM_ID]) as [number, number];
	editable(ctx, taskId, itemId);
	ctx.state.tasks.comments.delete(itemId);
	const task = ctx.state.tasks.tasks.get(taskId) as Dict;
	task.COMMENTS_COUNT = String(Math.max(toInt(task.COMMENTS_COUNT) - 1, 0));
	return { result: true };
}

const HANDLERS: Record<string, (ctx: CallContext) => MethodResult> = { add, get, getlist: getList, update, delete: remove };

export const commentMethods: MethodSpec[] = Object.entries(HANDLERS).map(([verb, handler]) => ({
	name: `task.commentitem.${verb}`,
	scopes: ['task'],
	handler,
}));
