import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const addPipeline = (emulator: Emulator, entityTypeId: number, name: string): number =>
	((emulator.seed.call('crm.category.add', { entityTypeId, fields: { name } }).result as IDataObject).category as IDataObject).id as number;

const statusList = (emulator: Emulator, entityId: string): IDataObject[] =>
	emulator.seed.call('crm.status.list', { filter: { ENTITY_ID: entityId } }).result as IDataObject[];

const addStatus = (emulator: Emulator, fields: IDataObject): number => emulator.seed.call('crm.status.add', { fields }).result as number;

export const crmPipelineCases: CaseTable = {
	'crmPipeline.create': {
		parameters: () => ({ entityTypeId: '2', name: 'Wholesale', pipelineFields: { sort: 150 } }),
		sent: () => ({ entityTypeId: 2, fields: { name: 'Wholesale', sort: 150 } }),
		output: (items, _prepared, emulator) => {
			const [pipeline] = json(items);
			expect(pipeline).toMatchObject({ name: 'Wholesale', sort: 150, entityTypeId: 2, isDefault: 'N' });
			const stages = statusList(emulator, `DEAL_STAGE_${pipeline.id}`).map((row) => row.STATUS_ID);
			expect(stages).toEqual(expect.arrayContaining([`C${pipeline.id}:NEW`, `C${pipeline.id}:WON`, `C${pipeline.id}:LOSE`]));
			const dealId = emulator.seed.crmItem(2, { title: 'In the new pipeline', categoryId: pipeline.id });
			const deal = emulator.seed.call('crm.item.get', { entityTypeId: 2, id: dealId }).result as IDataObject;
			expect((deal.item as IDataObject).stageId).toBe(stages[0]);
		},
	},
	'crmPipeline.get': {
		parameters: () => ({ entityTypeId: '2', pipelineId: 0 }),
		sent: () => ({ entityTypeId: 2, id: 0 }),
		output: (items) => expect(json(items)).toEqual([{ id: 0, name: 'General', sort: 300, entityTypeId: 2, isDefault: 'Y' }]),
	},
	'crmPipeline.getAll': {
		setup: (emulator) => ({ id: addPipeline(emulator, 2, 'Partners') }),
		parameters: () => ({ entityTypeId: '2' }),
		sent: () => ({ entityTypeId: 2 }),
		output: (items, { id }) =>
			expect(json(items).map((row) => [row.id, row.name, row.isDefault])).toEqual([
				[0, 'General', 'Y'],
				[id, 'Partners', 'N'],
			]),
	},
	'crmPipeline.update': {
		setup: (emulator) => {
			const type = emulator.seed.call('crm.type.add', { fields: { title: 'Shipments', isCategoriesEnabled: 'Y' } }).result as IDataObject;
			const entityTypeId = (type.type as IDataObject).entityTypeId as number;
			return { entityTypeId, id: addPipeline(emulator, entityTypeId, 'Sea') };
		},
		parameters: ({ entityTypeId, id }) => ({ entityTypeId: String(entityTypeId), pipelineId: Number(id), pipelineFields: { name: 'Sea freight', isDefault: true } }),
		sent: ({ entityTypeId, id }) => ({ entityTypeId, id, fields: { name: 'Sea freight', isDefault: 'Y' } }),
		output: (items, { entityTypeId, id }, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ id, name: 'Sea freight', isDefault: 'Y' })]);
			const all = (emulator.seed.call('crm.category.list', { entityTypeId }).result as IDataObject).categories as IDataObject[];
			expect(all.filter((row) => row.isDefault === 'Y').map((row) => row.id)).toEqual([id]);
		},
	},
	'crmPipeline.delete': {
		setup: (emulator) => ({ id: addPipeline(emulator, 2, 'Temporary') }),
		parameters: ({ id }) => ({ entityTypeId: '2', pipelineId: Number(id) }),
		sent: ({ id }) => ({ entityTypeId: 2, id }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(() => emulator.seed.call('crm.category.get', { entityTypeId: 2, id })).toThrow('Element not found');
			expect(statusList(emulator, `DEAL_STAGE_${id}`)).toEqual([]);
		},
	},
	'crmPipeline.getFields': {
		parameters: () => ({ entityTypeId: '2' }),
		sent: () => ({ entityTypeId: 2 }),
		output: (items) => expect(json(items)).toContainEqual(expect.objectContaining({ name: 'sort', type: 'integer', upperName: 'SORT' })),
	},
	'crmStatus.create': {
		parameters: () => ({ entityId: 'DEAL_STAGE', statusId: 'NEGOTIATION', name: 'Negotiation', recordFields: { sort: 45, color: '#FFA900' } }),
		sent: () => ({ fields: { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'NEGOTIATION', NAME: 'Negotiation', SORT: 45, COLOR: '#FFA900' } }),
		output: (items, _prepared, emulator) => {
			const [{ id }] = json(items);
			expect(typeof id).toBe('number');
			expect(statusList(emulator, 'DEAL_STAGE')).toContainEqual(
				expect.objectContaining({ ID: String(id), STATUS_ID: 'NEGOTIATION', SORT: '45', SYSTEM: 'N', CATEGORY_ID: null }),
			);
		},
	},
	'crmStatus.get': {
		setup: (emulator) => ({ id: addStatus(emulator, { ENTITY_ID: 'SOURCE', STATUS_ID: 'FAIR', NAME: 'Trade fair' }) }),
		parameters: ({ id }) => ({ recordId: String(id) }),
		sent: ({ id }) => ({ id }),
		output: (items, { id }) =>
			expect(json(items)).toEqual([expect.objectContaining({ ID: String(id), ENTITY_ID: 'SOURCE', STATUS_ID: 'FAIR', NAME: 'Trade fair', SORT: '10' })]),
	},
	'crmStatus.getAll': {
		parameters: () => ({ returnAll: true, filter: '{"ENTITY_ID": "DEAL_STAGE"}' }),
		sent: () => ({ filter: { ENTITY_ID: 'DEAL_STAGE' } }),
		output: (items) =>
			expect(json(items).map((row) => row.STATUS_ID)).toEqual(['NEW', 'PREPARATION', 'PREPAYMENT_INVOICE', 'EXECUTING', 'FINAL_INVOICE', 'WON', 'LOSE', 'APOLOGY']),
	},
	'crmStatus.update': {
		setup: (emulator) => ({ id: addStatus(emulator, { ENTITY_ID: 'DEAL_TYPE', STATUS_ID: 'RENT', NAME: 'Rent' }) }),
		parameters: ({ id }) => ({ recordId: String(id), recordFields: { name: 'Rental' } }),
		sent: ({ id }) => ({ id, fields: { NAME: 'Rental' } }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.seed.call('crm.status.get', { id }).result).toMatchObject({ NAME: 'Rental', STATUS_ID: 'RENT' });
		},
	},
	'crmStatus.delete': {
		setup: (emulator) => ({ id: (statusList(emulator, 'DEAL_TYPE').find((row) => row.STATUS_ID === 'SALE') as IDataObject).ID }),
		parameters: ({ id }) => ({ recordId: String(id), deleteOptions: { forced: true } }),
		sent: ({ id }) => ({ id: Number(id), params: { FORCED: 'Y' } }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(statusList(emulator, 'DEAL_TYPE').map((row) => row.STATUS_ID)).not.toContain('SALE');
		},
	},
	'crmStatus.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toContainEqual(expect.objectContaining({ name: 'STATUS_ID', isImmutable: true, isRequired: true })),
	},
	'crmStatus.getDictionaries': {
		setup: (emulator) => ({ id: addPipeline(emulator, 2, 'Export') }),
		parameters: () => ({}),
		sent: () => ({}),
		output: (items, { id }) => {
			const ids = json(items).map((row) => row.ID);
			expect(ids).toEqual(expect.arrayContaining(['STATUS', 'SOURCE', 'DEAL_STAGE', `DEAL_STAGE_${id}`, 'QUOTE_STATUS', 'SMART_INVOICE_STAGE_2']));
			expect(json(items).find((row) => row.ID === `DEAL_STAGE_${id}`)).toMatchObject({ PARENT_ID: 'DEAL_STAGE', PREFIX: `C${id}`, ENTITY_TYPE_ID: 2 });
		},
	},
	'crmStatus.getDictionaryItems': {
		parameters: () => ({ dictionaryId: 'QUOTE_STATUS' }),
		sent: () => ({ entityId: 'QUOTE_STATUS' }),
		output: (items) =>
			expect(json(items)).toEqual([
				{ NAME: 'New', SORT: 10, STATUS_ID: 'DRAFT' },
				{ NAME: 'Sent to client', SORT: 20, STATUS_ID: 'SENT' },
				{ NAME: 'Received', SORT: 30, STATUS_ID: 'RECEIVED' },
				{ NAME: 'Approved', SORT: 40, STATUS_ID: 'APPROVED' },
				{ NAME: 'Declined', SORT: 50, STATUS_ID: 'DECLAINED' },
			]),
	},
};
