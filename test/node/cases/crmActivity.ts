import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { classicCases, seedClassic } from './classic';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const seedDeal = (emulator: Emulator, title = 'Deal'): number =>
	emulator.seed.call('crm.deal.add', { fields: { TITLE: title } }).result as number;

const CALL = { TYPE_ID: 2, RESPONSIBLE_ID: 1, COMMUNICATIONS: [{ VALUE: '+15550100', ENTITY_ID: 3, ENTITY_TYPE_ID: 3 }] };

const seedActivity = (emulator: Emulator, ownerId: number): number =>
	seedClassic(emulator, 'crm.activity', { ...CALL, OWNER_TYPE_ID: 2, OWNER_ID: ownerId, SUBJECT: 'Call back' });

const seedTodo = (emulator: Emulator, ownerId: number): number =>
	((emulator.seed.call('crm.activity.todo.add', { ownerTypeId: 2, ownerId, deadline: '2025-02-03T15:00:00Z', title: 'Send offer' }).result as IDataObject)
		.id as number);

const readActivity = (emulator: Emulator, id: unknown) => emulator.seed.call('crm.activity.get', { id }).result as IDataObject;

const bindings = (emulator: Emulator, activityId: unknown) =>
	emulator.seed.call('crm.activity.binding.list', { activityId }).result as IDataObject[];

const todoCases: CaseTable = {
	'activityTodo.create': {
		setup: (emulator) => ({ dealId: seedDeal(emulator) }),
		parameters: ({ dealId }) => ({
			ownerTypeId: 2,
			ownerId: String(dealId),
			deadline: '2025-02-03T15:00:00Z',
			todoFields: { title: 'Send offer', description: 'With the discount', pingOffsets: '0, 15', colorId: '3' },
		}),
		sent: ({ dealId }) => ({
			ownerTypeId: 2,
			ownerId: dealId,
			deadline: '2025-02-03T15:00:00Z',
			title: 'Send offer',
			description: 'With the discount',
			pingOffsets: ['0', '15'],
			colorId: '3',
		}),
		output: (items, { dealId }, emulator) => {
			expect(json(items)).toEqual([{ id: expect.any(Number) }]);
			expect(readActivity(emulator, items[0].json.id)).toMatchObject({
				OWNER_TYPE_ID: '2',
				OWNER_ID: String(dealId),
				PROVIDER_ID: 'CRM_TODO',
				SUBJECT: 'Send offer',
				DESCRIPTION: 'With the discount',
				COMPLETED: 'N',
				SETTINGS: { COLOR: '3', PING_OFFSETS: [0, 15] },
			});
		},
	},
	'activityTodo.update': {
		setup: (emulator) => {
			const dealId = seedDeal(emulator);
			return { dealId, id: seedTodo(emulator, dealId) };
		},
		parameters: ({ dealId, id }) => ({
			activityId: String(id),
			ownerTypeId: 2,
			ownerId: String(dealId),
			deadline: '2025-03-01T10:00:00Z',
			todoFields: { title: 'Send the new offer', responsibleId: 3 },
		}),
		sent: ({ dealId, id }) => ({ id, ownerTypeId: 2, ownerId: dealId, deadline: '2025-03-01T10:00:00Z', title: 'Send the new offer', responsibleId: 3 }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ id }]);
			const stored = readActivity(emulator, id);
			expect(stored).toMatchObject({ SUBJECT: 'Send the new offer', RESPONSIBLE_ID: '3' });
			expect(Date.parse(stored.DEADLINE as string)).toBe(Date.parse('2025-03-01T10:00:00Z'));
		},
	},
	'activityTodo.updateDeadline': {
		setup: (emulator) => {
			const dealId = seedDeal(emulator);
			return { dealId, id: seedTodo(emulator, dealId) };
		},
		parameters: ({ dealId, id }) => ({ activityId: String(id), ownerTypeId: 2, ownerId: String(dealId), deadline: '2025-04-01T09:30:00Z' }),
		sent: ({ dealId, id }) => ({ id, ownerTypeId: 2, ownerId: dealId, value: '2025-04-01T09:30:00Z' }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ id }]);
			expect(Date.parse(readActivity(emulator, id).DEADLINE as string)).toBe(Date.parse('2025-04-01T09:30:00Z'));
		},
	},
	'activityTodo.updateDescription': {
		setup: (emulator) => {
			const dealId = seedDeal(emulator);
			return { dealId, id: seedTodo(emulator, dealId) };
		},
		parameters: ({ dealId, id }) => ({ activityId: String(id), ownerTypeId: 2, ownerId: String(dealId), description: 'Call first' }),
		sent: ({ dealId, id }) => ({ id, ownerTypeId: 2, ownerId: dealId, value: 'Call first' }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ id }]);
			expect(readActivity(emulator, id).DESCRIPTION).toBe('Call first');
		},
	},
	'activityTodo.updateColor': {
		setup: (emulator) => {
			const dealId = seedDeal(emulator);
			return { dealId, id: seedTodo(emulator, dealId) };
		},
		parameters: ({ dealId, id }) => ({ activityId: String(id), ownerTypeId: 2, ownerId: String(dealId), colorId: '5' }),
		sent: ({ dealId, id }) => ({ id, ownerTypeId: 2, ownerId: dealId, colorId: '5' }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ id }]);
			expect(readActivity(emulator, id).SETTINGS).toEqual({ COLOR: '5' });
		},
	},
	'activityTodo.updateResponsibleUser': {
		setup: (emulator) => {
			const dealId = seedDeal(emulator);
			return { dealId, id: seedTodo(emulator, dealId) };
		},
		parameters: ({ dealId, id }) => ({ activityId: String(id), ownerTypeId: 2, ownerId: String(dealId), responsibleId: '3' }),
		sent: ({ dealId, id }) => ({ id, ownerTypeId: 2, ownerId: dealId, responsibleId: 3 }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ id }]);
			expect(readActivity(emulator, id).RESPONSIBLE_ID).toBe('3');
		},
	},
};

const bindingCases: CaseTable = {
	'activityBinding.move': {
		setup: (emulator) => {
			const dealId = seedDeal(emulator);
			return { id: seedActivity(emulator, dealId), dealId, otherId: seedDeal(emulator, 'Other') };
		},
		parameters: ({ id, dealId, otherId }) => ({
			activityId: String(id),
			sourceEntityTypeId: 2,
			sourceEntityId: String(dealId),
			targetEntityTypeId: 2,
			targetEntityId: String(otherId),
		}),
		sent: ({ id, dealId, otherId }) => ({ activityId: id, sourceEntityTypeId: 2, sourceEntityId: dealId, targetEntityTypeId: 2, targetEntityId: otherId }),
		output: (items, { id, otherId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(bindings(emulator, id)).toEqual([{ entityTypeId: 2, entityId: otherId }]);
		},
	},
	'activityBinding.create': {
		setup: (emulator) => {
			const dealId = seedDeal(emulator);
			return { id: seedActivity(emulator, dealId), dealId, otherId: seedDeal(emulator, 'Other') };
		},
		parameters: ({ id, otherId }) => ({ activityId: String(id), entityTypeId: 2, entityId: String(otherId) }),
		sent: ({ id, otherId }) => ({ activityId: id, entityTypeId: 2, entityId: otherId }),
		output: (items, { id, dealId, otherId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(bindings(emulator, id)).toEqual([
				{ entityTypeId: 2, entityId: dealId },
				{ entityTypeId: 2, entityId: otherId },
			]);
		},
	},
	'activityBinding.delete': {
		setup: (emulator) => {
			const dealId = seedDeal(emulator);
			const id = seedActivity(emulator, dealId);
			const otherId = seedDeal(emulator, 'Other');
			emulator.seed.call('crm.activity.binding.add', { activityId: id, entityTypeId: 2, entityId: otherId });
			return { id, dealId, otherId };
		},
		parameters: ({ id, dealId }) => ({ activityId: String(id), entityTypeId: 2, entityId: String(dealId) }),
		sent: ({ id, dealId }) => ({ activityId: id, entityTypeId: 2, entityId: dealId }),
		output: (items, { id, otherId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(bindings(emulator, id)).toEqual([{ entityTypeId: 2, entityId: otherId }]);
		},
	},
	'activityBinding.getAll': {
		setup: (emulator) => {
			const dealId = seedDeal(emulator);
			const id = seedActivity(emulator, dealId);
			emulator.seed.call('crm.contact.add', { fields: { NAME: 'Ann' } });
			emulator.seed.call('crm.activity.binding.add', { activityId: id, entityTypeId: 3, entityId: 1 });
			return { id, dealId };
		},
		parameters: ({ id }) => ({ activityId: String(id) }),
		sent: ({ id }) => ({ activityId: id }),
		output: (items, { dealId }) =>
			expect(json(items)).toEqual([
				{ entityTypeId: 2, entityId: dealId },
				{ entityTypeId: 3, entityId: 1 },
			]),
	},
};

const typeCases: CaseTable = {
	'activityType.create': {
		parameters: () => ({ typeId: '1C', name: '1C case', configurable: true }),
		sent: () => ({ fields: { TYPE_ID: '1C', NAME: '1C case', IS_CONFIGURABLE_TYPE: 'Y' } }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			const app = { clientId: emulator.oauthClient.clientId };
			expect(emulator.seed.call('crm.activity.type.list', {}, app).result).toEqual([
				{ TYPE_ID: '1C', NAME: '1C case', IS_CONFIGURABLE_TYPE: 'Y', ICON_ID: '0' },
			]);
		},
	},
	'activityType.getAll': {
		setup: (emulator) => {
			const app = { clientId: emulator.oauthClient.clientId };
			emulator.seed.call('crm.activity.type.add', { fields: { TYPE_ID: 'ERP', NAME: 'ERP case' } }, app);
			emulator.seed.call('crm.activity.type.add', { fields: { TYPE_ID: 'OTHER' } }, { clientId: 'app.other' });
			return {};
		},
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toEqual([{ TYPE_ID: 'ERP', NAME: 'ERP case', IS_CONFIGURABLE_TYPE: 'N', ICON_ID: '0' }]),
	},
	'activityType.delete': {
		setup: (emulator) => {
			emulator.seed.call('crm.activity.type.add', { fields: { TYPE_ID: 'ERP' } }, { clientId: emulator.oauthClient.clientId });
			return {};
		},
		parameters: () => ({ typeId: 'ERP' }),
		sent: () => ({ TYPE_ID: 'ERP' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(emulator.seed.call('crm.activity.type.list', {}, { clientId: emulator.oauthClient.clientId }).result).toEqual([]);
		},
	},
};

const LAYOUT = { icon: { code: 'call-completed' }, header: { title: 'Incoming call' }, body: { logo: { code: 'call-incoming' }, blocks: {} } };

const seedConfigurable = (emulator: Emulator, ownerId: number): number =>
	((emulator.seed.call('crm.activity.configurable.add', { ownerTypeId: 2, ownerId, fields: { typeId: 'CONFIGURABLE' }, layout: LAYOUT }, { clientId: emulator.oauthClient.clientId })
		.result as IDataObject).activity as IDataObject).id as number;

const readConfigurable = (emulator: Emulator, id: unknown) =>
	((emulator.seed.call('crm.activity.configurable.get', { id }, { clientId: emulator.oauthClient.clientId }).result as IDataObject).activity as IDataObject);

const configurableCases: CaseTable = {
	'configurableActivity.create': {
		setup: (emulator) => ({ dealId: seedDeal(emulator) }),
		parameters: ({ dealId }) => ({
			ownerTypeId: 2,
			ownerId: String(dealId),
			typeId: 'CONFIGURABLE',
			activityFields: { completed: true, responsibleId: 3, pingOffsets: '0, 15' },
			layout: JSON.stringify(LAYOUT),
		}),
		sent: ({ dealId }) => ({ ownerTypeId: 2, ownerId: dealId, fields: { typeId: 'CONFIGURABLE', completed: true, responsibleId: 3 }, layout: LAYOUT }),
		output: (items, { dealId }, emulator) => {
			expect(json(items)).toEqual([{ id: expect.any(Number) }]);
			expect(readConfigurable(emulator, items[0].json.id)).toMatchObject({
				ownerTypeId: 2,
				ownerId: dealId,
				fields: { typeId: 'CONFIGURABLE', completed: true, responsibleId: 3, pingOffsets: [0, 15] },
				layout: LAYOUT,
			});
			expect(readActivity(emulator, items[0].json.id)).toMatchObject({ SUBJECT: 'Incoming call', COMPLETED: 'Y' });
		},
	},
	'configurableActivity.get': {
		setup: (emulator) => {
			const dealId = seedDeal(emulator);
			return { dealId, id: seedConfigurable(emulator, dealId) };
		},
		parameters: ({ id }) => ({ activityId: String(id) }),
		sent: ({ id }) => ({ id }),
		output: (items, { id, dealId }) =>
			expect(json(items)).toEqual([
				{ id, ownerTypeId: 2, ownerId: dealId, fields: expect.objectContaining({ typeId: 'CONFIGURABLE', completed: false }), layout: LAYOUT },
			]),
	},
	'configurableActivity.update': {
		setup: (emulator) => {
			const dealId = seedDeal(emulator);
			return { dealId, id: seedConfigurable(emulator, dealId) };
		},
		parameters: ({ id }) => ({
			activityId: String(id),
			typeId: 'CONFIGURABLE',
			activityFields: { deadline: '2025-02-01T01:00:00Z' },
			layout: '{"icon": {"code": "call-completed"}, "header": {"title": "Call transcribed"}}',
		}),
		sent: ({ id }) => ({ id, fields: { typeId: 'CONFIGURABLE', deadline: '2025-02-01T01:00:00Z' }, layout: { header: { title: 'Call transcribed' } } }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ id }]);
			const stored = readConfigurable(emulator, id);
			expect(Date.parse((stored.fields as IDataObject).deadline as string)).toBe(Date.parse('2025-02-01T01:00:00Z'));
			expect(readActivity(emulator, id).SUBJECT).toBe('Call transcribed');
		},
	},
};

export const crmActivityCases: CaseTable = {
	...configurableCases,
	...classicCases({
		resource: 'activity',
		prefix: 'crm.activity',
		create: {
			parameters: {
				ownerTypeId: 2,
				ownerId: '7',
				typeId: '2',
				communications: '[{"VALUE": "+15550100", "ENTITY_ID": 3, "ENTITY_TYPE_ID": 3}]',
				subject: 'Call the client',
				responsibleId: 1,
				recordFields: { direction: '2', completed: false, description: 'About the invoice' },
			},
			fields: {
				OWNER_TYPE_ID: 2,
				OWNER_ID: 7,
				TYPE_ID: '2',
				COMMUNICATIONS: [{ VALUE: '+15550100', ENTITY_ID: 3, ENTITY_TYPE_ID: 3 }],
				SUBJECT: 'Call the client',
				RESPONSIBLE_ID: 1,
				DIRECTION: '2',
				COMPLETED: 'N',
				DESCRIPTION: 'About the invoice',
			},
		},
		seed: { ...CALL, OWNER_TYPE_ID: 2, OWNER_ID: 1 },
		label: 'SUBJECT',
		update: { parameters: { recordFields: { completed: true, priority: '3' } }, fields: { COMPLETED: 'Y', PRIORITY: '3' } },
		describedField: ['COMMUNICATIONS', { type: 'crm_activity_communication', isRequired: true, isMultiple: true }],
	}),
	'activity.getCommunicationFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) =>
			expect(json(items).map((field) => [field.name, field.type])).toEqual([
				['ID', 'integer'],
				['ACTIVITY_ID', 'integer'],
				['ENTITY_ID', 'integer'],
				['ENTITY_TYPE_ID', 'integer'],
				['TYPE', 'string'],
				['VALUE', 'string'],
			]),
	},
	...todoCases,
	...bindingCases,
	...typeCases,
};
