import { choice, collection, id, idList, integer, json, text, textList, yesNo } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

const workflowId = text('workflowId', 'Workflow ID', 'ID', {
	required: true,
	placeholder: 'e.g. 66e81a641752f8.56521481',
	description: 'ID of a running workflow, as returned by Start or Get Many.',
});

/** The filter/order/select trio of the bizproc lists, each with an example of its own. */
const listFields = (filterExample: string, fields: string): CatalogField[] => [
	json('filter', 'Filter (JSON)', 'FILTER', {
		description: `Conditions by field, with an optional prefix (=, !, <, <=, >, >=), e.g. ${filterExample}.`,
	}),
	json('order', 'Order (JSON)', 'ORDER', { description: 'Sort by fields, e.g. {"ID": "desc"}.' }),
	textList('select', 'Select', 'SELECT', { description: `Comma-separated fields to return, e.g. ${fields}.` }),
];

const list = { idKey: 'ID', filterParam: 'FILTER', orderParam: 'ORDER', selectParam: 'SELECT', fast: false };

export const bizprocWorkflow: CatalogResource = {
	value: 'workflow',
	name: 'Workflow',
	description: 'Business process instances: start, stop and list them',
	operations: [
		{
			value: 'start',
			name: 'Start',
			action: 'Start a workflow',
			description: 'Start a business process from a template on a document (administrators only)',
			method: 'bizproc.workflow.start',
			fields: [
				id('templateId', 'Template ID', 'TEMPLATE_ID', {
					description: 'ID of the business process template, from Workflow Template > Get Many.',
				}),
				textList('documentId', 'Document ID', 'DOCUMENT_ID', {
					required: true,
					placeholder: 'e.g. crm, CCrmDocumentDeal, DEAL_7',
					description:
						'Module, document class and document, comma-separated: "crm, CCrmDocumentLead, LEAD_7", "crm, CCrmDocumentDeal, DEAL_7", "crm, CCrmDocumentContact, CONTACT_7", "crm, CCrmDocumentCompany, COMPANY_7", "crm, Bitrix\\Crm\\Integration\\BizProc\\Document\\Dynamic, DYNAMIC_147_7" (smart process 147, item 7), "lists, BizprocDocument, 7".',
				}),
				json('parameters', 'Template Parameters (JSON)', 'PARAMETERS', {
					description: 'Values of the template parameters by code, e.g. {"resp_employee": "user_14"}; users as user_<ID>.',
				}),
			],
			output: { kind: 'value', key: 'workflowId' },
			retrySafe: false,
		},
		{
			value: 'terminate',
			name: 'Terminate',
			action: 'Terminate a workflow',
			description: 'Stop a running workflow, keeping it in the log with a status text (administrators only)',
			method: 'bizproc.workflow.terminate',
			fields: [workflowId, text('status', 'Status Text', 'STATUS', { description: 'Text shown as the status of the stopped workflow.' })],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'kill',
			name: 'Kill',
			action: 'Kill a workflow',
			description: 'Stop a running workflow and delete all its data (administrators only)',
			method: 'bizproc.workflow.kill',
			fields: [workflowId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many workflows',
			description: 'List running workflows (administrators only)',
			method: 'bizproc.workflow.instances',
			fields: listFields('{"TEMPLATE_ID": 12}', 'ID, DOCUMENT_ID, TEMPLATE_ID, STARTED, STARTED_BY (default ID, MODIFIED, OWNED_UNTIL)'),
			output: { kind: 'rows' },
			list,
			retrySafe: true,
		},
	],
};

export const bizprocTemplate: CatalogResource = {
	value: 'workflowTemplate',
	name: 'Workflow Template',
	description: 'Business process templates (adding one needs a .bpt file and is not offered)',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many workflow templates',
			description: 'List business process templates (administrators only)',
			method: 'bizproc.workflow.template.list',
			fields: listFields('{"MODULE_ID": "crm", "ENTITY": "CCrmDocumentDeal"}', 'ID, NAME, MODULE_ID, ENTITY, DOCUMENT_TYPE, AUTO_EXECUTE (default ID)'),
			output: { kind: 'rows' },
			list,
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a workflow template',
			description: 'Delete a business process template (administrators, application context)',
			method: 'bizproc.workflow.template.delete',
			fields: [id('templateId', 'Template ID', 'ID')],
			output: { kind: 'deleted' },
			retrySafe: true,
			needsApplication: true,
		},
	],
};

export const bizprocTask: CatalogResource = {
	value: 'workflowTask',
	name: 'Workflow Task',
	description: 'Tasks that workflows assign to users (approvals, reviews, requests for information)',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many workflow tasks',
			description: "List workflow tasks: the current user's, or any user's with a USER_ID filter",
			method: 'bizproc.task.list',
			fields: listFields('{"USER_ID": 5, "STATUS": 0}', 'ID, NAME, WORKFLOW_ID, USER_ID, STATUS, PARAMETERS'),
			output: { kind: 'rows' },
			list,
			retrySafe: true,
		},
		{
			value: 'complete',
			name: 'Complete',
			action: 'Complete a workflow task',
			description: 'Answer a workflow task of the current user',
			method: 'bizproc.task.complete',
			fields: [
				id('taskId', 'Task ID', 'TASK_ID', { description: 'ID of the task, from Workflow Task > Get Many.' }),
				choice(
					'status',
					'Answer',
					'STATUS',
					[
						{ name: 'Cancel', value: 'cancel' },
						{ name: 'No (Reject)', value: 'no' },
						{ name: 'OK (Acknowledge)', value: 'ok' },
						{ name: 'Yes (Approve)', value: 'yes' },
					],
					{
						default: 'yes',
						description: 'Approvals take Yes or No; reviews and requests for information take OK; optional requests also Cancel.',
					},
				),
				text('comment', 'Comment', 'COMMENT', { description: 'Comment of the user; some tasks require one.' }),
				json('fields', 'Requested Fields (JSON)', 'FIELDS', {
					description: 'For requests for information: values by field ID (PARAMETERS.Fields of the task), e.g. {"contractor": "C_5"}.',
				}),
			],
			output: { kind: 'success' },
			retrySafe: false,
		},
		{
			value: 'delegate',
			name: 'Delegate',
			action: 'Delegate workflow tasks',
			description: 'Hand running workflow tasks over from one user to another',
			method: 'bizproc.task.delegate',
			fields: [
				idList('taskIds', 'Task IDs', 'TASK_IDS', { required: true, placeholder: 'e.g. 1477, 1479', description: 'Comma-separated IDs of the tasks.' }),
				id('fromUserId', 'From User ID', 'FROM_USER_ID', { description: 'User the tasks are assigned to now.' }),
				id('toUserId', 'To User ID', 'TO_USER_ID', { description: 'User who gets the tasks.' }),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
	],
};

const eventToken = text('eventToken', 'Event Token', 'EVENT_TOKEN', {
	required: true,
	description: 'The event_token your handler received when the workflow reached the rule or action.',
});

const sendResult = (noun: string): CatalogOperation => ({
	value: 'sendResult',
	name: 'Send Result',
	action: `Send the result of a ${noun}`,
	description: `Return values to the workflow that is waiting for a ${noun} (registered with Wait for Response)`,
	method: 'bizproc.event.send',
	fields: [
		eventToken,
		json('returnValues', 'Return Values (JSON)', 'RETURN_VALUES', {
			description: 'Values of the return properties by code, e.g. {"outputString": "done"}.',
		}),
		text('logMessage', 'Log Message', 'LOG_MESSAGE', { description: 'Text written to the workflow log.' }),
	],
	output: { kind: 'success' },
	retrySafe: false,
});

interface HandlerKind {
	value: string;
	name: string;
	description: string;
	/** `robot` or `activity`: the middle of the method names. */
	family: string;
	noun: string;
	extra: CatalogOperation[];
}

/** Automation rules and workflow actions are registered the same way, by code, by an application. */
function applicationHandlers(kind: HandlerKind): CatalogResource {
	const method = (verb: string) => `bizproc.${kind.family}.${verb}`;
	const code = text('code', 'Code', 'CODE', {
		required: true,
		placeholder: 'e.g. send_invoice',
		description: `Code of the ${kind.noun}, unique in the application: letters, digits, dot, hyphen, underscore.`,
	});
	const settings = (required: boolean): CatalogField[] => [
		text('handler', 'Handler URL', 'HANDLER', {
			required,
			placeholder: 'e.g. https://example.com/bitrix/handler',
			description: `URL that receives the data when a workflow runs the ${kind.noun}, on the application's domain.`,
		}),
		text('name', 'Name', 'NAME', { required, description: `Name of the ${kind.noun} shown in the designer.` }),
	];
	const optional: CatalogField[] = [
		integer('authUserId', 'Auth User ID', 'AUTH_USER_ID', { description: 'User whose token is sent to the handler.' }),
		yesNo('useSubscription', 'Wait for Response', 'USE_SUBSCRIPTION', {
			default: true,
			description: 'Whether the workflow waits for Send Result before it goes on.',
		}),
		text('description', 'Description', 'DESCRIPTION'),
		json('properties', 'Properties (JSON)', 'PROPERTIES', {
			description: 'Input parameters by code, e.g. {"amount": {"Name": "Amount", "Type": "double", "Required": "Y"}}.',
		}),
		json('returnProperties', 'Return Properties (JSON)', 'RETURN_PROPERTIES', {
			description: 'Values it returns by code, e.g. {"outputString": {"Name": "Result", "Type": "string"}}.',
		}),
		textList('documentType', 'Document Type', 'DOCUMENT_TYPE', {
			placeholder: 'e.g. crm, CCrmDocumentDeal, DEAL',
			description: 'Module, document class and type it is limited to, comma-separated.',
		}),
		json('filter', 'Filter (JSON)', 'FILTER', {
			description: 'Where it is available, e.g. {"INCLUDE": [["crm", "CCrmDocumentDeal"]]}.',
		}),
		yesNo('usePlacement', 'Use Placement', 'USE_PLACEMENT', { description: 'Whether its settings open in the application.' }),
		text('placementHandler', 'Placement Handler URL', 'PLACEMENT_HANDLER'),
	];
	const op = (operation: Omit<CatalogOperation, 'needsApplication'>): CatalogOperation => ({ ...operation, needsApplication: true });
	return {
		value: kind.value,
		name: kind.name,
		description: kind.description,
		operations: [
			op({
				value: 'create',
				name: 'Create',
				action: `Create a ${kind.noun}`,
				description: `Register a ${kind.noun} of the application (administrators)`,
				method: method('add'),
				fields: [code, ...settings(true), collection('additionalFields', 'Additional Fields', optional)],
				output: { kind: 'success' },
				retrySafe: false,
			}),
			op({
				value: 'getAll',
				name: 'Get Many',
				action: `Get many ${kind.noun}s`,
				description: `List the codes of the application's ${kind.noun}s`,
				method: method('list'),
				fields: [],
				output: { kind: 'rows', valueKey: 'code' },
				retrySafe: true,
			}),
			op({
				value: 'update',
				name: 'Update',
				action: `Update a ${kind.noun}`,
				description: `Change the settings of a ${kind.noun} of the application`,
				method: method('update'),
				fields: [
					code,
					collection(
						'updateFields',
						'Update Fields',
						[...settings(false), ...optional].map((field) => ({ ...field, to: `FIELDS.${field.to}` })),
					),
				],
				output: { kind: 'success' },
				retrySafe: true,
			}),
			op({
				value: 'delete',
				name: 'Delete',
				action: `Delete a ${kind.noun}`,
				description: `Unregister a ${kind.noun} of the application`,
				method: method('delete'),
				fields: [code],
				output: { kind: 'deleted' },
				retrySafe: true,
			}),
			...kind.extra,
		],
	};
}

export const automationRule = applicationHandlers({
	value: 'automationRule',
	name: 'Automation Rule',
	description: 'Automation rules (robots) an application adds to CRM and task pipelines',
	family: 'robot',
	noun: 'automation rule',
	extra: [sendResult('automation rule')],
});

export const workflowAction = applicationHandlers({
	value: 'workflowAction',
	name: 'Workflow Action',
	description: 'Actions (activities) an application adds to the business process designer',
	family: 'activity',
	noun: 'workflow action',
	extra: [
		sendResult('workflow action'),
		{
			value: 'log',
			name: 'Write Log',
			action: 'Write to the workflow log',
			description: 'Write a line to the log of the workflow running an action (registered with Wait for Response)',
			method: 'bizproc.activity.log',
			fields: [eventToken, text('logMessage', 'Log Message', 'LOG_MESSAGE', { required: true })],
			output: { kind: 'success' },
			retrySafe: false,
		},
	],
});
