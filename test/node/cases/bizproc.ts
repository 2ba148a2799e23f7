import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable, OperationCase } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const DEAL_TYPE: [string, string, string] = ['crm', 'CCrmDocumentDeal', 'DEAL'];

function template(emulator: Emulator, name = 'Deal approval', documentType = DEAL_TYPE): number {
	return emulator.state.bizproc.seedTemplate({ name, documentType }, Date.now()).id;
}

function runningWorkflow(emulator: Emulator, deal = 'DEAL_7'): IDataObject {
	const templateId = template(emulator);
	const { result } = emulator.seed.call('bizproc.workflow.start', { TEMPLATE_ID: templateId, DOCUMENT_ID: ['crm', 'CCrmDocumentDeal', deal] });
	return { templateId, workflowId: result as string };
}

function approvalTask(emulator: Emulator): IDataObject {
	const { workflowId } = runningWorkflow(emulator);
	const task = emulator.state.bizproc.seedTask({ workflowId: workflowId as string, userId: 1 }, Date.now());
	emulator.state.bizproc.seedTask({ workflowId: workflowId as string, userId: 2, name: 'Review the deal', activity: 'ReviewActivity' }, Date.now());
	return { workflowId, taskId: task.id };
}

interface HandlerFamily {
	resource: string;
	prefix: string;
}

/** Automation rules and workflow actions: the same five cases against their own methods. */
function handlerCases({ resource, prefix }: HandlerFamily): CaseTable {
	const registered = (emulator: Emulator, ...codes: string[]) => {
		for (const code of codes) {
			emulator.seed.call(`${prefix}.add`, { CODE: code, HANDLER: 'https://example.com/handler', NAME: code });
		}
		return { code: codes[0] };
	};
	const handlers = (emulator: Emulator) => emulator.state.bizproc.handlersOf(prefix.endsWith('robot') ? 'robots' : 'activities', emulator.oauthClient.clientId);
	const sendResult: OperationCase = {
		setup: (emulator) => {
			emulator.state.bizproc.seedEventToken('token-1');
			return {};
		},
		parameters: () => ({ eventToken: 'token-1', returnValues: '{"outputString": "done"}', logMessage: 'Invoice sent' }),
		sent: () => ({ EVENT_TOKEN: 'token-1', RETURN_VALUES: { outputString: 'done' }, LOG_MESSAGE: 'Invoice sent' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.bizproc.eventTokens.get('token-1')).toEqual({ returnValues: { outputString: 'done' }, log: ['Invoice sent'] });
		},
	};
	return {
		[`${resource}.create`]: {
			parameters: () => ({
				code: 'send_invoice',
				handler: 'https://example.com/handler',
				name: 'Send invoice',
				additionalFields: {
					useSubscription: true,
					properties: '{"amount": {"Name": "Amount", "Type": "double"}}',
					documentType: 'crm, CCrmDocumentDeal, DEAL',
				},
			}),
			sent: () => ({
				CODE: 'send_invoice',
				HANDLER: 'https://example.com/handler',
				NAME: 'Send invoice',
				USE_SUBSCRIPTION: 'Y',
				PROPERTIES: { amount: { Name: 'Amount', Type: 'double' } },
				DOCUMENT_TYPE: DEAL_TYPE,
			}),
			output: (items, _prepared, emulator) => {
				expect(json(items)).toEqual([{ success: true }]);
				expect(handlers(emulator).get('send_invoice')?.fields).toMatchObject({ NAME: 'Send invoice', USE_SUBSCRIPTION: 'Y' });
			},
		},
		[`${resource}.getAll`]: {
			setup: (emulator) => registered(emulator, 'first', 'second'),
			parameters: () => ({}),
			sent: () => ({}),
			output: (items) => expect(json(items)).toEqual([{ code: 'first' }, { code: 'second' }]),
		},
		[`${resource}.update`]: {
			setup: (emulator) => registered(emulator, 'send_invoice'),
			parameters: (prepared) => ({ code: prepared.code as string, updateFields: { name: 'Send the invoice', authUserId: 3 } }),
			sent: () => ({ CODE: 'send_invoice', FIELDS: { NAME: 'Send the invoice', AUTH_USER_ID: 3 } }),
			output: (items, _prepared, emulator) => {
				expect(json(items)).toEqual([{ success: true }]);
				expect(handlers(emulator).get('send_invoice')?.fields).toMatchObject({ NAME: 'Send the invoice', AUTH_USER_ID: 3 });
			},
		},
		[`${resource}.delete`]: {
			setup: (emulator) => registered(emulator, 'send_invoice', 'other'),
			parameters: (prepared) => ({ code: prepared.code as string }),
			sent: () => ({ CODE: 'send_invoice' }),
			output: (items, _prepared, emulator) => {
				expect(json(items)).toEqual([{ deleted: true }]);
				expect([...handlers(emulator).keys()]).toEqual(['other']);
			},
		},
		[`${resource}.sendResult`]: sendResult,
	};
}

export const bizprocCases: CaseTable = {
	'workflow.start': {
		setup: (emulator) => ({ templateId: template(emulator) }),
		parameters: (prepared) => ({
			templateId: String(prepared.templateId),
			documentId: 'crm, CCrmDocumentDeal, DEAL_7',
			parameters: '{"resp_employee": "user_2"}',
		}),
		sent: (prepared) => ({
			TEMPLATE_ID: prepared.templateId,
			DOCUMENT_ID: ['crm', 'CCrmDocumentDeal', 'DEAL_7'],
			PARAMETERS: { resp_employee: 'user_2' },
		}),
		output: (items, prepared, emulator) => {
			const [{ workflowId }] = json(items);
			expect(workflowId).toMatch(/^[0-9a-f]+\.\d+$/);
			expect(emulator.state.bizproc.workflows.get(workflowId as string)).toMatchObject({
				templateId: prepared.templateId,
				documentId: ['crm', 'CCrmDocumentDeal', 'DEAL_7'],
				parameters: { resp_employee: 'user_2' },
			});
		},
	},
	'workflow.terminate': {
		setup: (emulator) => runningWorkflow(emulator),
		parameters: (prepared) => ({ workflowId: prepared.workflowId as string, status: 'Cancelled by the manager' }),
		sent: (prepared) => ({ ID: prepared.workflowId, STATUS: 'Cancelled by the manager' }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.bizproc.workflows.get(prepared.workflowId as string)?.stopped).toEqual({ killed: false, status: 'Cancelled by the manager' });
		},
	},
	'workflow.kill': {
		setup: (emulator) => runningWorkflow(emulator),
		parameters: (prepared) => ({ workflowId: prepared.workflowId as string }),
		sent: (prepared) => ({ ID: prepared.workflowId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(emulator.state.bizproc.workflows.get(prepared.workflowId as string)?.stopped?.killed).toBe(true);
		},
	},
	'workflow.getAll': {
		setup: (emulator) => {
			const first = runningWorkflow(emulator, 'DEAL_1');
			runningWorkflow(emulator, 'DEAL_2');
			return first;
		},
		parameters: (prepared) => ({ filter: JSON.stringify({ TEMPLATE_ID: prepared.templateId }), select: 'ID, DOCUMENT_ID, TEMPLATE_ID', returnAll: true }),
		sent: (prepared) => ({ FILTER: { TEMPLATE_ID: prepared.templateId }, SELECT: ['ID', 'DOCUMENT_ID', 'TEMPLATE_ID'] }),
		output: (items, prepared) =>
			expect(json(items)).toEqual([{ ID: prepared.workflowId, DOCUMENT_ID: 'DEAL_1', TEMPLATE_ID: String(prepared.templateId) }]),
	},
	'workflowTemplate.getAll': {
		setup: (emulator) => {
			template(emulator, 'Deal approval');
			template(emulator, 'Lead check', ['crm', 'CCrmDocumentLead', 'LEAD']);
			template(emulator, 'Deal review');
			return {};
		},
		parameters: () => ({ filter: '{"ENTITY": "CCrmDocumentDeal"}', order: '{"NAME": "desc"}', select: 'ID, NAME', limit: 10 }),
		sent: () => ({ FILTER: { ENTITY: 'CCrmDocumentDeal' }, ORDER: { NAME: 'desc' }, SELECT: ['ID', 'NAME'] }),
		output: (items) =>
			expect(json(items)).toEqual([
				{ ID: '3', NAME: 'Deal review' },
				{ ID: '1', NAME: 'Deal approval' },
			]),
	},
	'workflowTemplate.delete': {
		setup: (emulator) => ({ templateId: template(emulator) }),
		parameters: (prepared) => ({ templateId: String(prepared.templateId) }),
		sent: (prepared) => ({ ID: prepared.templateId }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(emulator.state.bizproc.templates.size).toBe(0);
		},
	},
	'workflowTask.getAll': {
		setup: (emulator) => approvalTask(emulator),
		parameters: () => ({ filter: '{"USER_ID": 2}', select: 'ID, NAME, ACTIVITY, USER_ID', returnAll: true }),
		sent: () => ({ FILTER: { USER_ID: 2 }, SELECT: ['ID', 'NAME', 'ACTIVITY', 'USER_ID'] }),
		output: (items) => expect(json(items)).toEqual([{ ID: '2', NAME: 'Review the deal', ACTIVITY: 'ReviewActivity', USER_ID: '2' }]),
	},
	'workflowTask.complete': {
		setup: (emulator) => approvalTask(emulator),
		parameters: (prepared) => ({ taskId: String(prepared.taskId), status: 'no', comment: 'Price too low' }),
		sent: (prepared) => ({ TASK_ID: prepared.taskId, STATUS: 'no', COMMENT: 'Price too low' }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.bizproc.tasks.get(prepared.taskId as number)).toMatchObject({ userStatus: 2, comment: 'Price too low' });
		},
	},
	'workflowTask.delegate': {
		setup: (emulator) => approvalTask(emulator),
		parameters: (prepared) => ({ taskIds: String(prepared.taskId), fromUserId: '1', toUserId: '3' }),
		sent: (prepared) => ({ TASK_IDS: [prepared.taskId], FROM_USER_ID: 1, TO_USER_ID: 3 }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.bizproc.tasks.get(prepared.taskId as number)?.userId).toBe(3);
		},
	},
	...handlerCases({ resource: 'automationRule', prefix: 'bizproc.robot' }),
	...handlerCases({ resource: 'workflowAction', prefix: 'bizproc.activity' }),
	'workflowAction.log': {
		setup: (emulator) => {
			emulator.state.bizproc.seedEventToken('token-2');
			return {};
		},
		parameters: () => ({ eventToken: 'token-2', logMessage: 'Half way there' }),
		sent: () => ({ EVENT_TOKEN: 'token-2', LOG_MESSAGE: 'Half way there' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.bizproc.eventTokens.get('token-2')?.log).toEqual(['Half way there']);
		},
	},
};
