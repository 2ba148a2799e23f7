/**
 * Tasks and what hangs off them: comments, checklist items, time records, results, history,
 * custom field definitions, Kanban / My Plan stages and dependencies. Records keep the
 * portal's UPPER_CASE field names with string values; the methods print them their own way.
 */
import type { Dict } from '../php';
import { Sequence } from './sequence';

export interface TaskHistoryEntry {
	id: number;
	taskId: number;
	createdMs: number;
	field: string;
	from: string | null;
	to: string | null;
	userId: number;
}

export interface TaskResultRecord {
	id: number;
	taskId: number;
	commentId: number;
	createdBy: number;
	createdMs: number;
	updatedMs: number;
	text: string;
}

export interface TaskDependency {
	from: number;
	to: number;
	linkType: number;
}

/** Stages belong to a group's Kanban (`G`) or a user's My Plan (`U`). */
export type StageOwner = 'G' | 'U';

export class TaskStore {
	readonly tasks = new Map<number, Dict>();
	readonly taskIds = new Sequence(1);
	readonly comments = new Map<number, Dict>();
	readonly commentIds = new Sequence(3101);
	readonly checklist = new Map<number, Dict>();
	readonly checklistIds = new Sequence(401);
	readonly elapsed = new Map<number, Dict>();
	readonly elapsedIds = new Sequence(1);
	readonly results = new Map<number, TaskResultRecord>();
	readonly resultIds = new Sequence(11);
	readonly history: TaskHistoryEntry[] = [];
	readonly historyIds = new Sequence(16001);
	readonly userFields = new Map<number, Dict>();
	readonly userFieldIds = new Sequence(1301);
	readonly stages = new Map<number, Dict>();
	readonly stageIds = new Sequence(1);
	readonly dependencies: TaskDependency[] = [];
	/** `userId:taskId` pairs: a user's favourites, and the tasks a user muted. */
	readonly favorites = new Set<string>();
	readonly muted = new Set<string>();
	readonly attachmentIds = new Sequence(1001);

	clear(): void {
		for (const map of [this.tasks, this.comments, this.checklist, this.elapsed, this.results, this.userFields, this.stages]) {
			map.clear();
		}
		for (const sequence of [
			this.taskIds,
			this.commentIds,
			this.checklistIds,
			this.elapsedIds,
			this.resultIds,
			this.historyIds,
			this.userFieldIds,
			this.stageIds,
			this.attachmentIds,
		]) {
			sequence.reset();
		}
		this.history.length = 0;
		this.dependencies.length = 0;
		this.favorites.clear();
		this.muted.clear();
	}

	log(taskId: number, userId: number, nowMs: number, field: string, from: string | null, to: string | null): void {
		this.history.push({ id: this.historyIds.next(), taskId, createdMs: nowMs, field, from, to, userId });
	}

	/** Everything attached to a task goes with it. */
	deleteTask(id: number): void {
		this.tasks.delete(id);
		for (const map of [this.comments, this.checklist, this.elapsed]) {
			for (const [key, row] of map) if (Number(row.TASK_ID) === id) map.delete(key);
		}
		for (const [key, result] of this.results) if (result.taskId === id) this.results.delete(key);
		const kept = this.dependencies.filter((link) => link.from !== id && link.to !== id);
		this.dependencies.splice(0, this.dependencies.length, ...kept);
	}
}
