/**
 * task.stages.*: the columns of a group's Kanban (`G`) and of each user's My Plan (`U`), and
 * task.dependence.add/delete, the links between tasks of the Gantt chart.
 */
import { RestError } from '../../errors';
import { Dict, isDict, isNumeric, toInt, toPhpString } from '../../php';
import type { StageOwner } from '../../state/taskStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';

/** The columns a new My Plan or Kanban starts with (the docs' My Plan example; a Kanban gets one). */
const DEFAULT_STAGES: Record<StageOwner, Array<[title: string, color: string, system: string | null]>> = {
	U: [
		['Not Planned', '00C4FB', 'NEW'],
		['I Will Do It This Week', '47D1E2', null],
	],
	G: [['New', '00C4FB', 'NEW']],
};

const stageError = (code: string, text: string) => new RestError(code, text);

function owner(ctx: CallContext, entityId: number): { type: StageOwner; id: number } {
	return entityId === 0 ? { type: 'U', id: ctx.auth.userId } : { type: 'G', id: entityId };
}

/** The stages of an owner in column order, created with the defaults on first use. */
function stagesOf(ctx: CallContext, type: StageOwner, id: number): Dict[] {
	const { stages, stageIds } = ctx.state.tasks;
	const mine = () =>
		[...stages.values()]
			.filter((stage) => stage.ENTITY_TYPE === type && toInt(stage.ENTITY_ID) === id)
			.sort((a, b) => toInt(a.SORT) - toInt(b.SORT));
	if (mine().length === 0) {
		DEFAULT_STAGES[type].forEach(([title, color, system], index) => {
			const stageId = stageIds.next();
			stages.set(stageId, stageRecord(stageId, title, color, system, (index + 1) * 100, type, id));
		});
	}
	return mine();
}

function stageRecord(id: number, title: string, color: string, system: string | null, sort: number, type: StageOwner, entityId: number): Dict {
	return {
		ID: String(id),
		TITLE: title,
		SORT: String(sort),
		COLOR: color,
		SYSTEM_TYPE: system,
		ENTITY_ID: String(entityId),
		ENTITY_TYPE: type,
		ADDITIONAL_FILTER: [],
		TO_UPDATE: [],
		TO_UPDATE_ACCESS: null,
	};
}

/** Puts a stage right after another (or first) and renumbers the columns 100, 200, ... */
function place(columns: Dict[], stage: Dict, afterId: number): void {
	const others = columns.filter((column) => column !== stage);
	const afterIndex = others.findIndex((column) => toInt(column.ID) === afterId);
	others.splice(afterIndex + 1, 0, stage);
	others.forEach((column, index) => {
		column.SORT = String((index + 1) * 100);
	});
}

function readEntityId(ctx: CallContext, value: unknown): number {
	if (value !== undefined && value !== '' && !isNumeric(value)) throw stageError('ACCESS_DENIED', 'You cannot view stages in this group');
	return toInt(value);
}

function get(ctx: CallContext): MethodResult {
	const entityId = readEntityId(ctx, ctx.params.entityId ?? ctx.params.ENTITY_ID);
	const { type, id } = owner(ctx, entityId);
	return { result: Object.fromEntries(stagesOf(ctx, type, id).map((stage) => [stage.ID, stage])) };
}

function readFields(ctx: CallContext): Dict {
	const fields = ctx.params.fields ?? ctx.params.FIELDS;
	return isDict(fields) ? fields : {};
}

function add(ctx: CallContext): MethodResult {
	const fields = readFields(ctx);
	const title = toPhpString(fields.TITLE).trim();
	if (title === '') throw stageError('EMPTY_TITLE', 'Stage title is not specified');
	const { type, id } = owner(ctx, readEntityId(ctx, fields.ENTITY_ID));
	const columns = stagesOf(ctx, type, id);
	const stageId = ctx.state.tasks.stageIds.next();
	const stage = stageRecord(stageId, title, toPhpString(fields.COLOR), null, 0, type, id);
	ctx.state.tasks.stages.set(stageId, stage);
	place(columns, stage, toInt(fields.AFTER_ID));
	return { result: stageId };
}

function stageById(ctx: CallContext, raw: unknown): Dict {
	const stage = ctx.state.tasks.stages.get(toInt(raw));
	if (!stage) throw stageError('NOT_FOUND', 'Stage not found');
	return stage;
}

function update(ctx: CallContext): MethodResult {
	const stage = stageById(ctx, ctx.params.id ?? ctx.params.ID);
	const fields = readFields(ctx);
	if (fields.TITLE !== undefined) stage.TITLE = toPhpString(fields.TITLE);
	if (fields.COLOR !== undefined) stage.COLOR = toPhpString(fields.COLOR);
	if (fields.AFTER_ID !== undefined) {
		place(stagesOf(ctx, stage.ENTITY_TYPE as StageOwner, toInt(stage.ENTITY_ID)), stage, toInt(fields.AFTER_ID));
	}
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const stage = stageById(ctx, ctx.params.id ?? ctx.params.ID);
	if (stage.SYSTEM_TYPE === 'NEW') throw stageError('IS_SYSTEM', 'The default stage cannot be deleted');
	const columns = stagesOf(ctx, stage.ENTITY_TYPE as StageOwner, toInt(stage.ENTITY_ID));
	if (columns[0] === stage) throw stageError('CANT_DELETE_FIRST', 'Cannot delete the first stage. Move the stage to delete it');
	ctx.state.tasks.stages.delete(toInt(stage.ID));
	return { result: true };
}

function moveTask(ctx: CallContext): MethodResult {
	const task = ctx.state.tasks.tasks.get(toInt(ctx.params.id ?? ctx.params.ID));
	if (!task) throw stageError('TASK_NOT_FOUND', 'Task not found or access to it is denied');
	const stage = stageById(ctx, ctx.params.stageId ?? ctx.params.STAGEID);
	task.STAGE_ID = stage.ID;
	task.CHANGED_DATE = ctx.nowIso;
	return { result: true };
}

function canMoveTask(ctx: CallContext): MethodResult {
	const entityId = toInt(ctx.params.entityId ?? ctx.params.ENTITYID);
	const entityType = toPhpString(ctx.params.entityType ?? ctx.params.ENTITYTYPE).toUpperCase();
	return { result: entityType === 'G' ? entityId > 0 : entityType === 'U' && entityId === ctx.auth.userId };
}

function dependencyIds(ctx: CallContext): [number, number] {
	return [toInt(ctx.params.taskIdFrom ?? ctx.params.TASKIDFROM), toInt(ctx.params.taskIdTo ?? ctx.params.TASKIDTO)];
}

function addDependency(ctx: CallContext): MethodResult {
	const [from, to] = dependencyIds(ctx);
	const { tasks, dependencies } = ctx.state.tasks;
	const target = tasks.get(to);
	if (!tasks.has(from) || !target || from === to) throw stageError('ACTION_NOT_ALLOWED', 'Unable to add a link between tasks');
	if (dependencies.some((link) => link.from === from && link.to === to)) {
		throw stageError('ILLEGAL_NEW_LINK', 'A link between tasks already exists');
	}
	dependencies.push({ from, to, linkType: toInt(ctx.params.linkType ?? ctx.params.LINKTYPE) });
	target.DEPENDS_ON = [...(target.DEPENDS_ON as string[]), String(from)];
	return { result: [] };
}

function deleteDependency(ctx: CallContext): MethodResult {
	const [from, to] = dependencyIds(ctx);
	const { tasks, dependencies } = ctx.state.tasks;
	const index = dependencies.findIndex((link) => link.from === from && link.to === to);
	if (index === -1) throw stageError('ILLEGAL_NEW_LINK', 'The dependency between tasks does not exist');
	dependencies.splice(index, 1);
	const target = tasks.get(to);
	if (target) target.DEPENDS_ON = (target.DEPENDS_ON as string[]).filter((id) => id !== String(from));
	return { result: [] };
}

const spec = (name: string, handler: (ctx: CallContext) => MethodResult): MethodSpec => ({ name, scopes: ['task'], handler });

export const stageMethods: MethodSpec[] = [
	spec('task.stages.get', get),
	spec('task.stages.add', add),
	spec('task.stages.update', update),
	spec('task.stages.delete', remove),
	spec('task.stages.movetask', moveTask),
	spec('task.stages.canmovetask', canMoveTask),
	spec('task.dependence.add', addDependency),
	spec('task.dependence.delete', deleteDependency),
];
