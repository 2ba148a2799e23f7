/**
 * bizproc.workflow.start / terminate / kill / instances and bizproc.workflow.template.list / delete
 * (api-reference/bizproc/bizproc-workflow-*.md, template/*.md). Templates carry a .bpt file, so tests seed them.
 */
import { RestError } from '../../errors';
import type { Dict } from '../../php';
import { isDict, phpEmpty, toInt, toPhpString } from '../../php';
import type { BizprocTemplate, BizprocWorkflow } from '../../state/bizprocStore';
import { listUpperCase } from '../../upperCaseList';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { param, requireAdmin, requireApplication } from '../ownerChecks';
import { documentTriple } from './shared';

const wrongWorkflowId = (description: string) => new RestError('ERROR_WRONG_WORKFLOW_ID', description);

/** DOCUMENT_ID in the lists is the element part (`DEAL_7`), the module and entity have their own fields. */
function workflowRow(ctx: CallContext, workflow: BizprocWorkflow): Dict {
	const [moduleId, entity, documentId] = workflow.documentId;
	return {
		ID: workflow.id,
		MODIFIED: ctx.formatDate(workflow.modifiedMs),
		OWNED_UNTIL: null,
		MODULE_ID: moduleId,
		ENTITY: entity,
		DOCUMENT_ID: documentId,
		STARTED: ctx.formatDate(workflow.startedMs),
		STARTED_BY: String(workflow.startedBy),
		TEMPLATE_ID: String(workflow.templateId),
	};
}

function start(ctx: CallContext): MethodResult {
	requireAdmin(ctx);
	const templateId = toInt(param(ctx.params, 'TEMPLATE_ID'));
	if (templateId <= 0) throw wrongWorkflowId('Empty TEMPLATE_ID');
	const template = ctx.state.bizproc.templates.get(templateId);
	if (!template) throw wrongWorkflowId('Template not found');
	const documentId = documentTriple(param(ctx.params, 'DOCUMENT_ID'));
	if (!documentId) throw new RestError('', 'Wrong DOCUMENT_ID!');
	if (documentId[0] !== template.documentType[0] || documentId[1] !== template.documentType[1]) {
		throw new RestError('', 'Template type and DOCUMENT_ID mismatch!');
	}
	const parameters = param(ctx.params, 'PARAMETERS');
	const workflow: BizprocWorkflow = {
		id: ctx.state.bizproc.newWorkflowId(ctx.nowMs),
		templateId,
		documentId,
		startedBy: ctx.auth.userId,
		startedMs: ctx.nowMs,
		modifiedMs: ctx.nowMs,
		parameters: isDict(parameters) ? parameters : {},
	};
	ctx.state.bizproc.workflows.set(workflow.id, workflow);
	return { result: workflow.id };
}

function stop(ctx: CallContext, killed: boolean): MethodResult {
	requireAdmin(ctx);
	const id = toPhpString(param(ctx.params, 'ID')).trim();
	if (id === '') throw wrongWorkflowId('Empty workflow instance ID');
	const workflow = ctx.state.bizproc.workflows.get(id);
	if (!workflow || workflow.stopped) throw wrongWorkflowId('Workflow instance not found');
	workflow.stopped = { killed, status: killed ? '' : toPhpString(param(ctx.params, 'STATUS')) };
	workflow.modifiedMs = ctx.nowMs;
	return { result: true };
}

function instances(ctx: CallContext): MethodResult {
	requireAdmin(ctx);
	const running = [...ctx.state.bizproc.workflows.values()].filter((workflow) => !workflow.stopped);
	return listUpperCase(
		running.map((workflow) => workflowRow(ctx, workflow)),
		ctx.params,
		{ defaultSelect: ['ID', 'MODIFIED', 'OWNED_UNTIL'], defaultOrder: { MODIFIED: 'desc' } },
	);
}

function templateRow(ctx: CallContext, template: BizprocTemplate): Dict {
	return {
		ID: String(template.id),
		MODULE_ID: template.documentType[0],
		ENTITY: template.documentType[1],
		DOCUMENT_TYPE: [...template.documentType],
		AUTO_EXECUTE: String(template.autoExecute),
		NAME: template.name,
		DESCRIPTION: template.description,
		TEMPLATE: [],
		PARAMETERS: [],
		VARIABLES: [],
		CONSTANTS: [],
		MODIFIED: ctx.formatDate(template.modifiedMs),
		IS_MODIFIED: 'N',
		USER_ID: String(template.userId),
		SYSTEM_CODE: template.systemCode,
	};
}

function templateList(ctx: CallContext): MethodResult {
	requireAdmin(ctx);
	const rows = [...ctx.state.bizproc.templates.values()].map((template) => templateRow(ctx, template));
	return listUpperCase(rows, ctx.params, { defaultSelect: ['ID'], defaultOrder: { ID: 'ASC' } });
}

function templateDelete(ctx: CallContext): MethodResult {
	requireApplication(ctx);
	requireAdmin(ctx);
	const id = phpEmpty(param(ctx.params, 'ID')) ? 0 : toInt(param(ctx.params, 'ID'));
	if (!ctx.state.bizproc.templates.delete(id)) throw new RestError('ERROR_TEMPLATE_NOT_FOUND', 'Workflow template not found.');
	return { result: null };
}

export const workflowMethods: MethodSpec[] = [
	{ name: 'bizproc.workflow.start', scopes: ['bizproc'], handler: start },
	{ name: 'bizproc.workflow.terminate', scopes: ['bizproc'], handler: (ctx) => stop(ctx, false) },
	{ name: 'bizproc.workflow.kill', scopes: ['bizproc'], handler: (ctx) => stop(ctx, true) },
	{ name: 'bizproc.workflow.instances', scopes: ['bizproc'], handler: instances },
	{ name: 'bizproc.workflow.template.list', scopes: ['bizproc'], handler: templateList },
	{ name: 'bizproc.workflow.template.delete', scopes: ['bizproc'], handler: templateDelete },
];
