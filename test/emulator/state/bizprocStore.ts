/** Business processes: templates, running workflows, their tasks, and the robots and actions applications register. */
import type { Dict } from '../php';
import { Sequence } from './sequence';

export interface BizprocTemplate {
	id: number;
	/** `[module, entity, type]`, e.g. `['crm', 'CCrmDocumentDeal', 'DEAL']`. */
	documentType: [string, string, string];
	name: string;
	description: string;
	autoExecute: number;
	userId: number;
	modifiedMs: number;
	systemCode: string;
}

export interface BizprocWorkflow {
	id: string;
	templateId: number;
	/** `[module, entity, document]`, e.g. `['crm', 'CCrmDocumentDeal', 'DEAL_7']`. */
	documentId: [string, string, string];
	startedBy: number;
	startedMs: number;
	modifiedMs: number;
	parameters: Dict;
	/** Set once the workflow was terminated (with its status text) or killed. */
	stopped?: { killed: boolean; status: string };
}

export interface BizprocTask {
	id: number;
	workflowId: string;
	name: string;
	description: string;
	activity: string;
	userId: number;
	/** 0 running; 1 yes, 2 no, 3 ok, 4 cancel once completed. */
	userStatus: number;
	comment: string;
	fields: Dict;
	modifiedMs: number;
}

/** A robot or action an application registered: its code and the fields it was given. */
export interface BizprocHandler {
	code: string;
	fields: Dict;
}

export class BizprocStore {
	readonly templates = new Map<number, BizprocTemplate>();
	readonly workflows = new Map<string, BizprocWorkflow>();
	readonly tasks = new Map<number, BizprocTask>();
	/** Robots and actions by application (client id), then by code. */
	readonly robots = new Map<string, Map<string, BizprocHandler>>();
	readonly activities = new Map<string, Map<string, BizprocHandler>>();
	/** Event tokens a robot or action received and has not used yet, with what was sent back for them. */
	readonly eventTokens = new Map<string, { returnValues?: Dict; log: string[] }>();
	readonly templateIds = new Sequence();
	readonly taskIds = new Sequence();
	private workflowCounter = 0;

	/** Test data: a template as if an administrator had uploaded it in the designer. */
	seedTemplate(seed: Partial<BizprocTemplate> & Pick<BizprocTemplate, 'documentType' | 'name'>, nowMs: number): BizprocTemplate {
		const id = seed.id ?? this.templateIds.next();
		this.templateIds.bump(id);
		const template: BizprocTemplate = { id, description: '', autoExecute: 0, userId: 1, modifiedMs: nowMs, systemCode: '', ...seed };
		this.templates.set(id, template);
		return template;
	}

	/** Test data: a task a running workflow assigned to a user (an approval, by default). */
	seedTask(seed: Partial<BizprocTask> & Pick<BizprocTask, 'workflowId' | 'userId'>, nowMs: number): BizprocTask {
		const task: BizprocTask = {
			id: this.taskIds.next(),
			name: 'Approve the document',
			description: '',
			activity: 'ApproveActivity',
			userStatus: 0,
			comment: '',
			fields: {},
			modifiedMs: nowMs,
			...seed,
		};
		this.tasks.set(task.id, task);
		return task;
	}

	/** Test data: the token a robot or action receives when a workflow reaches it. */
	seedEventToken(token: string): void {
		this.eventTokens.set(token, { log: [] });
	}

	newWorkflowId(nowMs: number): string {
		this.workflowCounter += 1;
		const stamp = Math.floor(nowMs / 1000).toString(16).padStart(8, '0');
		return `${stamp}${this.workflowCounter.toString(16).padStart(5, '0')}.${String(10_000_000 + this.workflowCounter).slice(0, 8)}`;
	}

	handlersOf(kind: 'robots' | 'activities', clientId: string): Map<string, BizprocHandler> {
		const byApp = this[kind];
		const existing = byApp.get(clientId);
		if (existing) return existing;
		const created = new Map<string, BizprocHandler>();
		byApp.set(clientId, created);
		return created;
	}

	clear(): void {
		this.templates.clear();
		this.workflows.clear();
		this.tasks.clear();
		this.robots.clear();
		this.activities.clear();
		this.eventTokens.clear();
		this.templateIds.reset();
		this.taskIds.reset();
		this.workflowCounter = 0;
	}
}
