import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../emulator';
import { runNode } from '../harness/runNode';
import { callsOf, credentialsFor, startPortal } from './portal';

let emulator: Emulator;

beforeAll(async () => {
	emulator = await startPortal();
});

afterAll(async () => {
	await emulator.close();
});

beforeEach(() => emulator.reset());

async function run(parameters: INodeParameters, typeVersion?: number) {
	const result = await runNode({
		parameters: { authentication: 'webhook', ...parameters },
		credentials: credentialsFor(emulator),
		typeVersion,
	});
	expect(result.error).toBeUndefined();
	return result.items.map((item) => item.json);
}

function enumItems(entity: string, field: string): Record<string, string> {
	const list = (emulator.seed.call(`crm.${entity}.userfield.list`, { filter: { FIELD_NAME: field } }).result as IDataObject[])[0]
		.LIST as IDataObject[];
	return Object.fromEntries(list.map((entry) => [String(entry.VALUE), String(entry.ID)]));
}

/** A deal with a list field, a text field, an empty one and two fields sharing a label. */
function seedDeal(): number {
	const add = (fields: IDataObject) => emulator.seed.call('crm.deal.userfield.add', { fields });
	add({ FIELD_NAME: 'COLOR', USER_TYPE_ID: 'enumeration', LABEL: 'Color', LIST: [{ VALUE: 'Red' }, { VALUE: 'Blue' }] });
	add({ FIELD_NAME: 'TAGS', USER_TYPE_ID: 'enumeration', LABEL: 'Tags', MULTIPLE: 'Y', LIST: [{ VALUE: 'VIP' }, { VALUE: 'New' }] });
	add({ FIELD_NAME: 'NOTE', USER_TYPE_ID: 'string', LABEL: 'Note' });
	add({ FIELD_NAME: 'EMPTY', USER_TYPE_ID: 'string', LABEL: 'Empty' });
	add({ FIELD_NAME: 'REF_A', USER_TYPE_ID: 'string', LABEL: 'Reference' });
	add({ FIELD_NAME: 'REF_B', USER_TYPE_ID: 'string', LABEL: 'Reference' });
	const colors = enumItems('deal', 'UF_CRM_COLOR');
	const tags = enumItems('deal', 'UF_CRM_TAGS');
	return emulator.seed.call('crm.deal.add', {
		fields: {
			TITLE: 'Roof',
			STAGE_ID: 'PREPARATION',
			OPPORTUNITY: 1200,
			CURRENCY_ID: 'EUR',
			ASSIGNED_BY_ID: 1,
			UF_CRM_COLOR: colors.Blue,
			UF_CRM_TAGS: [tags.VIP, tags.New],
			UF_CRM_NOTE: 'call after 5',
			UF_CRM_EMPTY: '',
			UF_CRM_REF_A: 'A-1',
			UF_CRM_REF_B: 'B-2',
		},
	}).result as number;
}

describe('Simplify', () => {
	it('is on for new nodes: readable fields, custom fields by label with list values as their texts', async () => {
		const id = seedDeal();

		const [deal] = await run({ resource: 'deal', operation: 'get', recordId: String(id) }, 2);

		expect(deal).toEqual({
			ID: String(id),
			TITLE: 'Roof',
			STAGE_ID: 'PREPARATION',
			STAGE_NAME: 'Document preparation',
			CATEGORY_ID: '0',
			TYPE_ID: null,
			CLOSED: 'N',
			OPPORTUNITY: '1200.00',
			CURRENCY_ID: 'EUR',
			BEGINDATE: expect.any(String),
			CLOSEDATE: expect.any(String),
			DATE_CREATE: expect.any(String),
			DATE_MODIFY: expect.any(String),
			ASSIGNED_BY_ID: '1',
			COMPANY_ID: expect.anything(),
			CONTACT_ID: expect.anything(),
			SOURCE_ID: null,
			COMMENTS: null,
			Color: 'Blue',
			Tags: ['VIP', 'New'],
			Note: 'call after 5',
			'Reference (UF_CRM_REF_A)': 'A-1',
			'Reference (UF_CRM_REF_B)': 'B-2',
		});
		expect(callsOf(emulator, 'crm.deal.fields')).toHaveLength(1);
		expect(callsOf(emulator, 'crm.status.list').map((call) => call.params.filter)).toEqual([{ ENTITY_ID: 'DEAL_STAGE' }]);
	});

	it('gives contact data as value and type', async () => {
		const id = emulator.seed.call('crm.contact.add', {
			fields: { NAME: 'Ann', PHONE: [{ VALUE: '+1 555 0100', VALUE_TYPE: 'MOBILE' }] },
		}).result as number;

		const [contact] = await run({ resource: 'contact', operation: 'get', recordId: String(id) }, 2);

		expect(contact).toMatchObject({ ID: String(id), NAME: 'Ann', PHONE: [{ VALUE: '+1 555 0100', VALUE_TYPE: 'MOBILE' }] });
		expect(contact).not.toHaveProperty('HAS_PHONE');
	});

	it('off returns the raw record', async () => {
		const id = seedDeal();

		const [deal] = await run({ resource: 'deal', operation: 'get', recordId: String(id), simplify: false }, 2);

		expect(deal).toMatchObject({ UF_CRM_COLOR: expect.any(String), UF_CRM_EMPTY: '', STAGE_SEMANTIC_ID: 'P' });
		expect(callsOf(emulator, 'crm.deal.fields')).toHaveLength(0);
	});

	it('stays off for workflows made with version 1', async () => {
		const id = seedDeal();

		const [deal] = await run({ resource: 'deal', operation: 'get', recordId: String(id) });

		expect(deal).toHaveProperty('UF_CRM_COLOR');
		expect(callsOf(emulator, 'crm.deal.fields')).toHaveLength(0);
	});

	it('simplifies every row of Get Many with one description call', async () => {
		seedDeal();
		emulator.seed.call('crm.deal.add', { fields: { TITLE: 'Walls' } });

		const deals = await run({ resource: 'deal', operation: 'getAll', returnAll: true }, 2);

		expect(deals.map((deal) => [deal.TITLE, deal.Color])).toEqual([
			['Roof', 'Blue'],
			['Walls', undefined],
		]);
		expect(callsOf(emulator, 'crm.deal.fields')).toHaveLength(1);
	});

	it('simplifies CRM items, their custom fields keyed by title', async () => {
		const id = seedDeal();

		const [item] = await run({ resource: 'crmItem', operation: 'get', entityTypeId: '2', itemId: String(id) }, 2);

		expect(item).toMatchObject({ id, title: 'Roof', stageId: 'PREPARATION', opportunity: 1200, Color: 'Blue', Tags: ['VIP', 'New'] });
		expect(item).not.toHaveProperty('ufCrm_COLOR');
		expect(item).not.toHaveProperty('Empty');
		expect(callsOf(emulator, 'crm.item.fields')[0].params).toEqual({ entityTypeId: 2 });
	});
});

const addField = (name: string, label: string) =>
	emulator.seed.call('task.item.userfield.add', { PARAMS: { FIELD_NAME: name, USER_TYPE_ID: 'string', LABEL: label } });

function seedTask(fields: IDataObject): number {
	const { result } = emulator.seed.call('tasks.task.add', { fields: { RESPONSIBLE_ID: 2, ...fields } });
	return Number((result as { task: { id: string } }).task.id);
}

/** A task with a filled custom field, an empty one, a deadline, a group and high priority. */
function seedFullTask(): number {
	addField('UF_CLIENT_CODE', 'Client code');
	addField('UF_EMPTY', 'Empty');
	return seedTask({
		TITLE: 'Roof repair',
		DEADLINE: '2026-12-31T18:00:00+03:00',
		GROUP_ID: 5,
		PRIORITY: 2,
		UF_CLIENT_CODE: 'ACME-7',
		UF_EMPTY: '',
	});
}

describe('Simplify on tasks', () => {
	it('is on for new nodes: status by name, people by name, dates, group, priority, filled custom fields by label', async () => {
		const id = seedFullTask();

		const [task] = await run({ resource: 'task', operation: 'get', taskId: String(id), select: '*' }, 2);

		expect(task).toEqual({
			id: String(id),
			title: 'Roof repair',
			status: '2',
			statusName: 'Pending',
			responsible: { id: '2', name: 'Jane Roe' },
			creator: { id: '1', name: 'John Doe' },
			deadline: expect.stringMatching(/^2026-12-31T/),
			createdDate: expect.any(String),
			changedDate: expect.any(String),
			closedDate: null,
			groupId: '5',
			priority: '2',
			'Client code': 'ACME-7',
		});
		expect(callsOf(emulator, 'tasks.task.getFields')).toHaveLength(1);
	});

	it('names every status', async () => {
		const statuses: Array<[string, string]> = [
			['2', 'Pending'],
			['3', 'In Progress'],
			['4', 'Supposedly Completed'],
			['5', 'Completed'],
			['6', 'Deferred'],
		];
		const ids = statuses.map(([status]) => seedTask({ TITLE: `Status ${status}`, STATUS: status }));

		const named = await Promise.all(
			ids.map(async (id) => (await run({ resource: 'task', operation: 'get', taskId: String(id) }, 2))[0]),
		);

		expect(named.map((task) => [task.status, task.statusName])).toEqual(statuses);
	});

	it('off returns the raw task', async () => {
		const id = seedFullTask();

		const [task] = await run({ resource: 'task', operation: 'get', taskId: String(id), select: '*', simplify: false }, 2);

		expect(task).toMatchObject({ responsibleId: '2', ufClientCode: 'ACME-7', action: expect.any(Object) });
		expect(task).not.toHaveProperty('statusName');
		expect(callsOf(emulator, 'tasks.task.getFields')).toHaveLength(0);
	});

	it('stays off for workflows made with version 1', async () => {
		const id = seedFullTask();

		const [task] = await run({ resource: 'task', operation: 'get', taskId: String(id) });

		expect(task).toHaveProperty('creator.link', '/company/personal/user/1/');
		expect(task).not.toHaveProperty('statusName');
		expect(callsOf(emulator, 'tasks.task.getFields')).toHaveLength(0);
	});

	it('simplifies every row of Get Many with one description call; rows name people by id', async () => {
		const roof = seedFullTask();
		const done = seedTask({ TITLE: 'Walls', RESPONSIBLE_ID: 3 });
		emulator.seed.call('tasks.task.complete', { taskId: done });

		const tasks = await run(
			{ resource: 'task', operation: 'getAll', returnAll: true, select: 'ID, TITLE, STATUS, RESPONSIBLE_ID, CREATED_BY, CLOSED_DATE, UF_CLIENT_CODE' },
			2,
		);

		expect(tasks).toEqual([
			{
				id: String(roof),
				title: 'Roof repair',
				status: '2',
				statusName: 'Pending',
				responsible: { id: '2' },
				creator: { id: '1' },
				closedDate: null,
				'Client code': 'ACME-7',
			},
			{
				id: String(done),
				title: 'Walls',
				status: '5',
				statusName: 'Completed',
				responsible: { id: '3' },
				creator: { id: '1' },
				closedDate: expect.any(String),
			},
		]);
		expect(callsOf(emulator, 'tasks.task.getFields')).toHaveLength(1);
	});
});
