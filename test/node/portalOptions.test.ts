import type { IDataObject, INodeParameters, ResourceMapperField, ResourceMapperValue } from 'n8n-workflow';

import type { Emulator } from '../emulator';
import { addGroup } from '../emulator/families/sonet';
import { loadOptions, resourceMapping } from '../harness/methods';
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

const options = async (method: string, parameters: INodeParameters, path?: string) =>
	await loadOptions(method, { authentication: 'webhook', ...parameters }, credentialsFor(emulator), path);

const addPipeline = (entityTypeId: number, name: string) =>
	((emulator.seed.call('crm.category.add', { entityTypeId, fields: { name } }).result as IDataObject).category as IDataObject)
		.id as number;

function smartProcess(): number {
	const { result } = emulator.seed.call('crm.type.add', { fields: { title: 'Shipments', isCategoriesEnabled: 'Y' } });
	return ((result as IDataObject).type as IDataObject).entityTypeId as number;
}

const names = (list: Array<{ name: string }>) => list.map((option) => option.name);

describe('dropdowns from the portal', () => {
	it('lists the pipelines of deals by name, values as numbers', async () => {
		const wholesale = addPipeline(2, 'Wholesale');
		addPipeline(2, 'Agents');

		const pipelines = await options('getPipelines', { resource: 'deal', operation: 'create' });

		expect(pipelines).toEqual([
			{ name: 'Agents', value: wholesale + 1 },
			{ name: 'General', value: 0 },
			{ name: 'Wholesale', value: wholesale },
		]);
		expect(callsOf(emulator, 'crm.category.list')[0].params).toMatchObject({ entityTypeId: 2 });
	});

	it('lists the pipelines of the smart process chosen as entity type', async () => {
		const entityTypeId = smartProcess();
		const sea = addPipeline(entityTypeId, 'Sea');

		const pipelines = await options('getPipelines', { resource: 'crmItem', operation: 'create', entityTypeId: String(entityTypeId) });

		expect(pipelines).toEqual([
			{ name: 'General', value: expect.any(Number) },
			{ name: 'Sea', value: sea },
		]);
	});

	it('lists the pipelines a CRM Pipeline operation acts on, for its entity type', async () => {
		const entityTypeId = smartProcess();
		const sea = addPipeline(entityTypeId, 'Sea');

		const pipelines = await options('getPipelines', { resource: 'crmPipeline', operation: 'update', entityTypeId: String(entityTypeId) });

		expect(pipelines).toContainEqual({ name: 'Sea', value: sea });
		expect(callsOf(emulator, 'crm.category.list')[0].params).toMatchObject({ entityTypeId });
	});

	it('says when a type has no pipelines or no stages', async () => {
		await expect(options('getPipelines', { resource: 'lead', operation: 'create' })).rejects.toThrow(
			'Could not list the pipelines: Entity type 1 has no pipelines',
		);
		await expect(options('getStages', { resource: 'crmItem', operation: 'create', entityTypeId: '3', itemFields: {} }, 'parameters.itemFields.stageId')).rejects.toThrow(
			'Could not list the stages: Records of entity type 3 have no stages',
		);
		expect(await options('getPipelines', { resource: 'crmItem', operation: 'create', entityTypeId: '3' })).toEqual([{ name: 'Contacts', value: 0 }]);
	});

	it('says which field to fill first when the entity type is missing', async () => {
		await expect(options('getPipelines', { resource: 'crmItem', operation: 'create', entityTypeId: '' })).rejects.toThrow(
			'Could not list the pipelines: Fill in the entity type first: the list depends on it',
		);
	});

	it('lists the stages of the pipeline chosen beside the stage, in funnel order', async () => {
		const wholesale = addPipeline(2, 'Wholesale');

		const stages = await options(
			'getStages',
			{ resource: 'deal', operation: 'create', recordFields: { categoryId: wholesale } },
			'parameters.recordFields.stageId',
		);

		expect(stages[0]).toEqual({ name: 'New', value: `C${wholesale}:NEW` });
		expect(stages.map((stage) => stage.value)).toContain(`C${wholesale}:WON`);
		expect(stages.every((stage) => String(stage.value).startsWith(`C${wholesale}:`))).toBe(true);
		expect(callsOf(emulator, 'crm.status.list')[0].params).toMatchObject({ filter: { ENTITY_ID: `DEAL_STAGE_${wholesale}` } });
	});

	it("follows the pipeline: the default one's stages have no prefix", async () => {
		addPipeline(2, 'Wholesale');

		const stages = await options('getStages', { resource: 'deal', operation: 'create', recordFields: { categoryId: 0 } }, 'parameters.recordFields.stageId');

		expect(stages.slice(0, 2)).toEqual([
			{ name: 'New', value: 'NEW' },
			{ name: 'Document preparation', value: 'PREPARATION' },
		]);
	});

	it('offers every pipeline\'s stages as "Pipeline / Stage" when none is chosen', async () => {
		const wholesale = addPipeline(2, 'Wholesale');

		const stages = await options('getStages', { resource: 'deal', operation: 'update', recordFields: {} }, 'parameters.recordFields.stageId');

		expect(stages).toContainEqual({ name: 'General / New', value: 'NEW' });
		expect(stages).toContainEqual({ name: 'Wholesale / Deal successful', value: `C${wholesale}:WON` });
	});

	it('follows the entity type and pipeline of a CRM item', async () => {
		const entityTypeId = smartProcess();
		const sea = addPipeline(entityTypeId, 'Sea');

		const stages = await options(
			'getStages',
			{ resource: 'crmItem', operation: 'create', entityTypeId: String(entityTypeId), itemFields: { categoryId: sea } },
			'parameters.itemFields.stageId',
		);

		expect(stages[0]).toEqual({ name: 'Start', value: `DT${entityTypeId}_${sea}:NEW` });
		expect(callsOf(emulator, 'crm.status.list')[0].params).toMatchObject({ filter: { ENTITY_ID: `DYNAMIC_${entityTypeId}_STAGE_${sea}` } });
	});

	it('names the stages plainly when there is only one pipeline', async () => {
		const stages = await options('getStages', { resource: 'deal', operation: 'update', recordFields: {} }, 'parameters.recordFields.stageId');

		expect(stages[0]).toEqual({ name: 'New', value: 'NEW' });
	});

	it('lists lead statuses, quote stages, invoice stages and smart-process stages', async () => {
		const entityTypeId = smartProcess();

		const lead = await options('getStages', { resource: 'lead', operation: 'create', recordFields: {} }, 'parameters.recordFields.statusId');
		const quote = await options('getStages', { resource: 'crmQuote', operation: 'create', itemFields: {} }, 'parameters.itemFields.stageId');
		const invoice = await options('getStages', { resource: 'crmInvoice', operation: 'create', itemFields: {} }, 'parameters.itemFields.stageId');
		const spa = await options(
			'getStages',
			{ resource: 'smartProcessItem', operation: 'create', entityTypeId, itemFields: {} },
			'parameters.itemFields.stageId',
		);

		expect(lead.slice(0, 2)).toEqual([
			{ name: 'Unassigned', value: 'NEW' },
			{ name: 'In progress', value: 'IN_PROCESS' },
		]);
		expect(quote[0]).toEqual({ name: 'New', value: 'DRAFT' });
		expect(invoice[0]).toEqual({ name: 'New', value: expect.stringMatching(/^DT31_\d+:N$/) });
		expect(spa[0]).toEqual({ name: 'Start', value: expect.stringMatching(new RegExp(`^DT${entityTypeId}_\\d+:NEW$`)) });
		expect(callsOf(emulator, 'crm.status.list').map((call) => (call.params.filter as IDataObject).ENTITY_ID)).toEqual([
			'STATUS',
			'QUOTE_STATUS',
			expect.stringMatching(/^SMART_INVOICE_STAGE_\d+$/),
			expect.stringMatching(new RegExp(`^DYNAMIC_${entityTypeId}_STAGE_\\d+$`)),
		]);
	});

	it('lists every active user over several pages as "First Last (email)", sorted', async () => {
		for (let index = 0; index < 60; index++) {
			const email = `user${String(index).padStart(2, '0')}@example.com`;
			emulator.seed.call('user.add', { EMAIL: email, NAME: 'Zed', LAST_NAME: String(index).padStart(2, '0'), UF_DEPARTMENT: [2] });
		}
		const leaver = emulator.seed.call('user.add', { EMAIL: 'gone@example.com', NAME: 'Gone', UF_DEPARTMENT: [2] }).result as number;
		emulator.seed.call('user.update', { ID: leaver, ACTIVE: 'N' });

		const users = await options('getUsers', { resource: 'deal', operation: 'create' });

		expect(users).toHaveLength(63);
		expect(users.slice(0, 3)).toEqual([
			{ name: 'Jane Roe (jane@example.com)', value: 2 },
			{ name: 'John Doe (admin@example.com)', value: 1 },
			{ name: 'Max Smith (max@example.com)', value: 3 },
		]);
		expect(users[3]).toEqual({ name: 'Zed 00 (user00@example.com)', value: expect.any(Number) });
		expect(names(users)).not.toContain('Gone (gone@example.com)');
		const pages = callsOf(emulator, 'user.get');
		expect(pages.map((page) => [page.params.start, page.viaBatch])).toEqual([
			[undefined, false],
			['50', true],
		]);
		expect(pages[0].params).toMatchObject({ FILTER: { ACTIVE: true } });
	});

	it.each(['oAuth2', 'apiKey'])('load through the %s credential as well', async (authentication) => {
		const users = await loadOptions('getUsers', { authentication, resource: 'task', operation: 'create' }, credentialsFor(emulator));

		expect(users).toHaveLength(3);
		expect(callsOf(emulator, 'user.get')[0].authKind).toBe('token');
	});

	it('lists currencies and sources by name', async () => {
		const currencies = await options('getCurrencies', { resource: 'deal', operation: 'create' });
		const sources = await options('getSources', { resource: 'deal', operation: 'create' });

		expect(currencies).toEqual([
			{ name: 'Euro (EUR)', value: 'EUR' },
			{ name: 'Pound Sterling (GBP)', value: 'GBP' },
			{ name: 'US Dollar (USD)', value: 'USD' },
		]);
		expect(sources).toContainEqual({ name: 'Call', value: 'CALL' });
		expect(names(sources)).toEqual([...names(sources)].sort((a, b) => a.localeCompare(b)));
		expect(callsOf(emulator, 'crm.status.list')[0].params).toMatchObject({ filter: { ENTITY_ID: 'SOURCE' } });
	});

	it('lists the active workgroups over several pages, sorted, ids as numbers', async () => {
		for (let index = 0; index < 55; index++) addGroup(emulator.state, { name: `Project ${String(index).padStart(2, '0')}` });
		addGroup(emulator.state, { name: 'Deactivated', active: false });

		const groups = await options('getTaskGroups', { resource: 'task', operation: 'create' });

		expect(groups).toHaveLength(58);
		expect(groups[0]).toEqual({ name: 'Archive 2024', value: 3 });
		expect(groups).toContainEqual({ name: 'Website Relaunch', value: 1 });
		expect(names(groups)).not.toContain('Deactivated');
		expect(callsOf(emulator, 'sonet_group.get').map((page) => [page.params.start, page.viaBatch])).toEqual([
			[undefined, false],
			['50', true],
		]);
	});
});

describe('values picked in the dropdowns', () => {
	async function run(parameters: INodeParameters, typeVersion?: number) {
		const result = await runNode({ parameters: { authentication: 'webhook', ...parameters }, credentials: credentialsFor(emulator), typeVersion });
		expect(result.error).toBeUndefined();
		return result.items.map((item) => item.json);
	}

	it('reach Bitrix24 as the numbers and codes a deal takes', async () => {
		const wholesale = addPipeline(2, 'Wholesale');

		const [created] = await run({
			resource: 'deal',
			operation: 'create',
			recordFields: {
				categoryId: wholesale,
				stageId: `C${wholesale}:PREPARATION`,
				assignedById: '={{ "2" }}',
				currencyId: 'EUR',
				sourceId: 'CALL',
			},
		});

		expect(callsOf(emulator, 'crm.deal.add')[0].params.fields).toEqual({
			CATEGORY_ID: wholesale,
			STAGE_ID: `C${wholesale}:PREPARATION`,
			ASSIGNED_BY_ID: 2,
			CURRENCY_ID: 'EUR',
			SOURCE_ID: 'CALL',
		});
		const deal = emulator.seed.call('crm.deal.get', { id: created.id }).result as IDataObject;
		expect(deal).toMatchObject({ CATEGORY_ID: String(wholesale), STAGE_ID: `C${wholesale}:PREPARATION`, ASSIGNED_BY_ID: '2' });
	});

	it('give a task its responsible user and group as numbers', async () => {
		await run({ resource: 'task', operation: 'create', title: 'Call back', responsibleId: 2, taskFields: { groupId: 1 } });

		expect(callsOf(emulator, 'tasks.task.add')[0].params.fields).toMatchObject({ TITLE: 'Call back', RESPONSIBLE_ID: 2, GROUP_ID: 1 });
	});

	it('are checked like the ids they stand for', async () => {
		const result = await runNode({
			parameters: { authentication: 'webhook', resource: 'task', operation: 'create', title: 'x', responsibleId: 'Jane' },
			credentials: credentialsFor(emulator),
		});

		expect(result.error?.message).toContain('"Responsible User Name or ID" must be a positive whole number, got "Jane"');
		expect(callsOf(emulator, 'tasks.task.add')).toHaveLength(0);
	});
});

describe('fields by name: values from the portal', () => {
	const load = async (method: string, parameters: INodeParameters) =>
		new Map(
			(await resourceMapping(method, { authentication: 'webhook', ...parameters }, credentialsFor(emulator))).fields.map(
				(field) => [field.id, field] as [string, ResourceMapperField],
			),
		);

	it("offers deal stages of every pipeline, sources, currencies and users as dropdowns", async () => {
		const wholesale = addPipeline(2, 'Wholesale');

		const fields = await load('getFieldsOfDeal', { resource: 'deal', operation: 'create' });

		expect(fields.get('STAGE_ID')).toMatchObject({ type: 'options' });
		expect(fields.get('STAGE_ID')?.options).toContainEqual({ name: 'General / New', value: 'NEW' });
		expect(fields.get('STAGE_ID')?.options).toContainEqual({ name: 'Wholesale / New', value: `C${wholesale}:NEW` });
		expect(fields.get('SOURCE_ID')?.options).toContainEqual({ name: 'Call', value: 'CALL' });
		expect(fields.get('TYPE_ID')?.options).toContainEqual({ name: 'Sales', value: 'SALE' });
		expect(fields.get('CURRENCY_ID')).toMatchObject({ type: 'options', options: expect.arrayContaining([{ name: 'Euro (EUR)', value: 'EUR' }]) });
		expect(fields.get('ASSIGNED_BY_ID')).toMatchObject({ type: 'options', options: expect.arrayContaining([{ name: 'Max Smith (max@example.com)', value: 3 }]) });
		expect(callsOf(emulator, 'user.get')).toHaveLength(1);
	});

	it('offers the stages of the pipeline the mapping sets', async () => {
		const wholesale = addPipeline(2, 'Wholesale');

		const fields = await load('getFieldsOfDeal', {
			resource: 'deal',
			operation: 'create',
			mappedFields: { mappingMode: 'defineBelow', value: { CATEGORY_ID: wholesale } },
		});

		expect(fields.get('STAGE_ID')?.options?.[0]).toEqual({ name: 'New', value: `C${wholesale}:NEW` });
	});

	it('offers lead statuses and the stages of a CRM item type', async () => {
		const lead = await load('getFieldsOfLead', { resource: 'lead', operation: 'create' });
		const item = await load('getFieldsOfCrmItem', { resource: 'crmItem', operation: 'create', entityTypeId: '2' });

		expect(lead.get('STATUS_ID')?.options?.[0]).toEqual({ name: 'Unassigned', value: 'NEW' });
		expect(item.get('stageId')?.options?.[0]).toEqual({ name: 'New', value: 'NEW' });
		expect(item.get('currencyId')).toMatchObject({ type: 'options' });
	});

	it('sends a user picked or typed as a number', async () => {
		const fields = await load('getFieldsOfDeal', { resource: 'deal', operation: 'create' });
		const schema = [...fields.values()];

		await run({
			resource: 'deal',
			operation: 'create',
			mappedFields: {
				mappingMode: 'defineBelow',
				value: { TITLE: 'Roof', ASSIGNED_BY_ID: '={{ "3" }}', CURRENCY_ID: 'GBP' },
				matchingColumns: [],
				schema,
				attemptToConvertTypes: false,
				convertFieldsToString: false,
			} satisfies ResourceMapperValue,
		});

		expect(callsOf(emulator, 'crm.deal.add')[0].params.fields).toEqual({ TITLE: 'Roof', ASSIGNED_BY_ID: 3, CURRENCY_ID: 'GBP' });
	});

	async function run(parameters: INodeParameters) {
		const result = await runNode({ parameters: { authentication: 'webhook', ...parameters }, credentials: credentialsFor(emulator), typeVersion: 2 });
		expect(result.error).toBeUndefined();
		return result.items.map((item) => item.json);
	}
});

describe('Simplify names the stage', () => {
	async function read(parameters: INodeParameters) {
		const result = await runNode({ parameters: { authentication: 'webhook', ...parameters }, credentials: credentialsFor(emulator), typeVersion: 2 });
		expect(result.error).toBeUndefined();
		return result.items.map((item) => item.json);
	}

	it('reads each stage list once per run, whatever the number of records', async () => {
		const wholesale = addPipeline(2, 'Wholesale');
		emulator.seed.call('crm.deal.add', { fields: { TITLE: 'A', STAGE_ID: 'WON' } });
		emulator.seed.call('crm.deal.add', { fields: { TITLE: 'B', STAGE_ID: 'NEW' } });
		emulator.seed.call('crm.deal.add', { fields: { TITLE: 'C', CATEGORY_ID: wholesale, STAGE_ID: `C${wholesale}:EXECUTING` } });

		const deals = await read({ resource: 'deal', operation: 'getAll', returnAll: true });

		expect(deals.map((deal) => [deal.TITLE, deal.STAGE_ID, deal.STAGE_NAME])).toEqual([
			['A', 'WON', 'Deal successful'],
			['B', 'NEW', 'New'],
			['C', `C${wholesale}:EXECUTING`, 'In progress'],
		]);
		expect(callsOf(emulator, 'crm.status.list').map((call) => (call.params.filter as IDataObject).ENTITY_ID)).toEqual([
			'DEAL_STAGE',
			`DEAL_STAGE_${wholesale}`,
		]);
	});

	it('names lead statuses and smart-process stages', async () => {
		const entityTypeId = smartProcess();
		const leadId = emulator.seed.call('crm.lead.add', { fields: { TITLE: 'Lead', STATUS_ID: 'IN_PROCESS' } }).result as number;
		const itemId = emulator.seed.crmItem(entityTypeId, { title: 'Box' });

		const [lead] = await read({ resource: 'lead', operation: 'get', recordId: String(leadId) });
		const [item] = await read({ resource: 'crmItem', operation: 'get', entityTypeId: String(entityTypeId), itemId: String(itemId) });

		expect(lead).toMatchObject({ STATUS_ID: 'IN_PROCESS', STATUS_NAME: 'In progress' });
		expect(item).toMatchObject({ stageId: expect.stringMatching(/:NEW$/), stageName: 'Start' });
	});

	it('stays off with Simplify off', async () => {
		const id = emulator.seed.call('crm.deal.add', { fields: { TITLE: 'A' } }).result as number;

		const [deal] = await read({ resource: 'deal', operation: 'get', recordId: String(id), simplify: false });

		expect(deal).not.toHaveProperty('STAGE_NAME');
		expect(callsOf(emulator, 'crm.status.list')).toHaveLength(0);
	});
});
