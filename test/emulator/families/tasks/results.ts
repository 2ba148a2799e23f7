/** tasks.task.result.list/addFromComment/deleteFromComment: comments marked as a task's result. */
import { RestError } from '../../errors';
import { Dict, isNumeric, toInt, toPhpString } from '../../php';
import type { TaskResultRecord } from '../../state/taskStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { readTaskId } from './shared';

const denied = () => new RestError('0', 'Access denied.');

function readCommentId(ctx: CallContext): number {
	const raw = ctx.params.commentId ?? ctx.params.COMMENTID;
	if (!isNumeric(raw)) {
		throw new RestError('100', `Invalid value ${toPhpString(raw)} to match with parameter {commentId}. Should be value of type int.`);
	}
	return toInt(raw);
}

function commentOf(ctx: CallContext): Dict {
	const comment = ctx.state.tasks.comments.get(readCommentId(ctx));
	if (!comment) throw new RestError('0', 'Comment not found.');
	return comment;
}

/** The BB-code the result text may carry, printed as HTML in `formattedText`. */
function formatted(text: string): string {
	return text.replace(/\[(\/?)(b|i|u|s)\]/gi, (_, slash: string, tag: string) => `<${slash}${tag.toLowerCase()}>`);
}

function view(ctx: CallContext, result: TaskResultRecord, files: unknown): Dict {
	return {
		id: result.id,
		taskId: result.taskId,
		commentId: result.commentId,
		createdBy: result.createdBy,
		createdAt: ctx.formatDate(result.createdMs),
		updatedAt: ctx.formatDate(result.updatedMs),
		status: 0,
		text: result.text,
		formattedText: formatted(result.text),
		files,
	};
}

function list(ctx: CallContext): MethodResult {
	const taskId = readTaskId(ctx, 'taskId', 'TASKID');
	if (!ctx.state.tasks.tasks.has(taskId)) throw denied();
	const rows = [...ctx.state.tasks.results.values()].filter((result) => result.taskId === taskId).sort((a, b) => b.id - a.id);
	return { result: rows.map((result) => view(ctx, result, [])) };
}

function addFromComment(ctx: CallContext): MethodResult {
	const comment = commentOf(ctx);
	const commentId = toInt(comment.ID);
	const { results, resultIds } = ctx.state.tasks;
	if ([...results.values()].some((result) => result.commentId === commentId)) throw new RestError('0', 'Result already exists.');
	const id = resultIds.next();
	const created: TaskResultRecord = {
		id,
		taskId: toInt(comment.TASK_ID),
		commentId,
		createdBy: toInt(comment.AUTHOR_ID),
		createdMs: ctx.nowMs,
		updatedMs: ctx.nowMs,
		text: toPhpString(comment.POST_MESSAGE),
	};
	results.set(id, created);
	return { result: view(ctx, created, null) };
}

function deleteFromComment(ctx: CallContext): MethodResult {
	const commentId = toInt(commentOf(ctx).ID);
	for (const [id, result] of ctx.state.tasks.results) if (result.commentId === commentId) ctx.state.tasks.results.delete(id);
	return { result: null };
}

export const taskResultMethods: MethodSpec[] = [
	{ name: 'tasks.task.result.list', scopes: ['task'], handler: list },
	{ name: 'tasks.task.result.addFromComment', scopes: ['task'], handler: addFromComment },
	{ name: 'tasks.task.result.deleteFromComment', scopes: ['task'], handler: deleteFromComment },
];
