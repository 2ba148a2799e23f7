import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const seedDeal = (emulator: Emulator, title = 'Deal'): number =>
	emulator.seed.call('crm.deal.add', { fields: { TITLE: title } }).result as number;

const seedComment = (emulator: Emulator, dealId: number, comment = 'Hello'): number =>
	emulator.seed.call('crm.timeline.comment.add', { fields: { ENTITY_TYPE: 'deal', ENTITY_ID: dealId, COMMENT: comment } }).result as number;

const readComment = (emulator: Emulator, id: unknown) => emulator.seed.call('crm.timeline.comment.get', { id }).result as IDataObject;

const links = (emulator: Emulator, ownerId: unknown) =>
	emulator.seed.call('crm.timeline.bindings.list', { filter: { OWNER_ID: ownerId } }).result as IDataObject[];

const withComment = (emulator: Emulator) => {
	const dealId = seedDeal(emulator);
	return { dealId, id: seedComment(emulator, dealId) };
};

/** A deal with a call activity on it. */
const withActivity = (emulator: Emulator) => {
	const dealId = seedDeal(emulator);
	const fields = { OWNER_TYPE_ID: 2, OWNER_ID: dealId, TYPE_ID: 2, SUBJECT: 'Call', RESPONSIBLE_ID: 1, COMMUNICATIONS: [{ VALUE: '+15550100' }] };
	return { dealId, activityId: emulator.seed.call('crm.activity.add', { fields }).result as number };
};

const noteOf = (emulator: Emulator, dealId: unknown, activityId: unknown) =>
	emulator.seed.call('crm.timeline.note.get', { ownerTypeId: 2, ownerId: dealId, itemType: 2, itemId: activityId }).result as IDataObject;

const seedLog = (emulator: Emulator, dealId: number, title: string): number =>
	((emulator.seed.call('crm.timeline.logmessage.add', { fields: { entityTypeId: 2, entityId: dealId, title, text: `${title} text`, iconCode: 'info' } })
		.result as IDataObject).logMessage as IDataObject).id as number;

const commentCases: CaseTable = {
	'timelineComment.create': {
		setup: (emulator) => ({ dealId: seedDeal(emulator) }),
		parameters: ({ dealId }) => ({ entityType: 'deal', entityId: String(dealId), comment: 'Client called back' }),
		sent: ({ dealId }) => ({ fields: { ENTITY_TYPE: 'deal', ENTITY_ID: dealId, COMMENT: 'Client called back' } }),
		output: (items, { dealId }, emulator) => {
			expect(json(items)).toEqual([{ id: expect.any(Number) }]);
			expect(readComment(emulator, items[0].json.id)).toMatchObject({
				ENTITY_TYPE: 'deal',
				ENTITY_ID: String(dealId),
				COMMENT: 'Client called back',
				AUTHOR_ID: expect.stringMatching(/^\d+$/),
			});
		},
	},
	'timelineComment.get': {
		setup: withComment,
		parameters: ({ id }) => ({ recordId: String(id) }),
		sent: ({ id }) => ({ id }),
		output: (items, { id, dealId }) =>
			expect(json(items)).toEqual([
				{ ID: String(id), ENTITY_ID: String(dealId), ENTITY_TYPE: 'deal', COMMENT: 'Hello', AUTHOR_ID: '1', CREATED: expect.any(String), FILES: {} },
			]),
	},
	'timelineComment.getAll': {
		setup: (emulator) => {
			const dealId = seedDeal(emulator);
			seedComment(emulator, seedDeal(emulator, 'Other'), 'Elsewhere');
			return { dealId, ids: ['First', 'Second'].map((comment) => seedComment(emulator, dealId, comment)) };
		},
		parameters: ({ dealId }) => ({ returnAll: true, entityType: 'deal', entityId: String(dealId), order: '{"ID": "DESC"}', select: 'ID, COMMENT' }),
		sent: ({ dealId }) => ({ filter: { ENTITY_TYPE: 'deal', ENTITY_ID: dealId }, order: { ID: 'DESC' }, select: ['ID', 'COMMENT'], start: 0 }),
		output: (items, { ids }) =>
			expect(json(items)).toEqual([
				{ ID: String((ids as number[])[1]), COMMENT: 'Second' },
				{ ID: String((ids as number[])[0]), COMMENT: 'First' },
			]),
	},
	'timelineComment.update': {
		setup: withComment,
		parameters: ({ id }) => ({ recordId: String(id), recordFields: { comment: 'Edited' } }),
		sent: ({ id }) => ({ id, fields: { COMMENT: 'Edited' } }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(readComment(emulator, id).COMMENT).toBe('Edited');
		},
	},
	'timelineComment.delete': {
		setup: withComment,
		parameters: ({ id }) => ({ recordId: String(id) }),
		sent: ({ id }) => ({ id }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(() => readComment(emulator, id)).toThrow('Not found.');
		},
	},
	'timelineComment.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => {
			const byName = new Map(json(items).map((field) => [field.name, field]));
			expect(byName.get('COMMENT')).toMatchObject({ type: 'string', isRequired: true });
			expect(byName.get('ENTITY_TYPE')).toMatchObject({ type: 'string', isImmutable: true });
		},
	},
};

const noteCases: CaseTable = {
	'timelineNote.get': {
		setup: (emulator) => {
			const prepared = withActivity(emulator);
			emulator.seed.call('crm.timeline.note.save', { ownerTypeId: 2, ownerId: prepared.dealId, itemType: 2, itemId: prepared.activityId, text: 'Bring the contract' });
			return prepared;
		},
		parameters: ({ dealId, activityId }) => ({ ownerTypeId: 2, ownerId: String(dealId), itemType: '2', itemId: String(activityId) }),
		sent: ({ dealId, activityId }) => ({ ownerTypeId: 2, ownerId: dealId, itemType: '2', itemId: activityId }),
		output: (items) =>
			expect(json(items)).toEqual([
				{ text: 'Bring the contract', createdById: 1, createdTime: expect.any(String), updatedById: 1, updatedTime: expect.any(String) },
			]),
	},
	'timelineNote.save': {
		setup: withComment,
		parameters: ({ dealId, id }) => ({ ownerTypeId: 2, ownerId: String(dealId), itemType: '1', itemId: String(id), text: 'Checked' }),
		sent: ({ dealId, id }) => ({ ownerTypeId: 2, ownerId: dealId, itemType: '1', itemId: id, text: 'Checked' }),
		output: (items, { dealId, id }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			const note = emulator.seed.call('crm.timeline.note.get', { ownerTypeId: 2, ownerId: dealId, itemType: 1, itemId: id }).result;
			expect(note).toMatchObject({ text: 'Checked' });
		},
	},
	'timelineNote.delete': {
		setup: (emulator) => {
			const prepared = withActivity(emulator);
			emulator.seed.call('crm.timeline.note.save', { ownerTypeId: 2, ownerId: prepared.dealId, itemType: 2, itemId: prepared.activityId, text: 'Old' });
			return prepared;
		},
		parameters: ({ dealId, activityId }) => ({ ownerTypeId: 2, ownerId: String(dealId), itemType: '2', itemId: String(activityId) }),
		sent: ({ dealId, activityId }) => ({ ownerTypeId: 2, ownerId: dealId, itemType: '2', itemId: activityId }),
		output: (items, { dealId, activityId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(() => noteOf(emulator, dealId, activityId)).toThrow('Element not found');
		},
	},
};

const bindingCases: CaseTable = {
	'timelineBinding.create': {
		setup: (emulator) => ({ ...withComment(emulator), companyId: emulator.seed.call('crm.company.add', { fields: { TITLE: 'Acme' } }).result as number }),
		parameters: ({ id, companyId }) => ({ ownerId: String(id), entityType: 'company', entityId: String(companyId) }),
		sent: ({ id, companyId }) => ({ fields: { OWNER_ID: id, ENTITY_TYPE: 'company', ENTITY_ID: companyId } }),
		output: (items, { id, dealId, companyId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(links(emulator, id)).toEqual([
				{ OWNER_ID: String(id), ENTITY_ID: String(dealId), ENTITY_TYPE: 'deal' },
				{ OWNER_ID: String(id), ENTITY_ID: String(companyId), ENTITY_TYPE: 'company' },
			]);
		},
	},
	'timelineBinding.delete': {
		setup: (emulator) => {
			const prepared = withComment(emulator);
			emulator.seed.call('crm.timeline.bindings.bind', { fields: { OWNER_ID: prepared.id, ENTITY_TYPE: 'lead', ENTITY_ID: 5 } });
			return prepared;
		},
		parameters: ({ id }) => ({ ownerId: String(id), entityType: 'lead', entityId: '5' }),
		sent: ({ id }) => ({ fields: { OWNER_ID: id, ENTITY_TYPE: 'lead', ENTITY_ID: 5 } }),
		output: (items, { id, dealId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(links(emulator, id)).toEqual([{ OWNER_ID: String(id), ENTITY_ID: String(dealId), ENTITY_TYPE: 'deal' }]);
		},
	},
	'timelineBinding.getAll': {
		setup: (emulator) => {
			const prepared = withComment(emulator);
			emulator.seed.call('crm.timeline.bindings.bind', { fields: { OWNER_ID: prepared.id, ENTITY_TYPE: 'contact', ENTITY_ID: 8 } });
			return prepared;
		},
		parameters: ({ id }) => ({ returnAll: true, ownerId: String(id) }),
		sent: ({ id }) => ({ filter: { OWNER_ID: id } }),
		output: (items, { id, dealId }) =>
			expect(json(items)).toEqual([
				{ OWNER_ID: String(id), ENTITY_ID: String(dealId), ENTITY_TYPE: 'deal' },
				{ OWNER_ID: String(id), ENTITY_ID: '8', ENTITY_TYPE: 'contact' },
			]),
	},
	'timelineBinding.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) =>
			expect(json(items).map((field) => [field.name, field.type, field.isRequired])).toEqual([
				['OWNER_ID', 'integer', true],
				['ENTITY_ID', 'integer', true],
				['ENTITY_TYPE', 'string', true],
			]),
	},
};

const logMessageCases: CaseTable = {
	'timelineLogMessage.create': {
		setup: (emulator) => ({ dealId: seedDeal(emulator) }),
		parameters: ({ dealId }) => ({ entityTypeId: 2, entityId: String(dealId), title: 'Synced', text: 'Exported to ERP', iconCode: 'info' }),
		sent: ({ dealId }) => ({ fields: { entityTypeId: 2, entityId: dealId, title: 'Synced', text: 'Exported to ERP', iconCode: 'info' } }),
		output: (items, { dealId }, emulator) => {
			expect(json(items)).toEqual([
				{ id: expect.any(Number), created: expect.any(String), authorId: 1, title: 'Synced', text: 'Exported to ERP', iconCode: 'info' },
			]);
			expect(links(emulator, items[0].json.id)).toEqual([{ OWNER_ID: String(items[0].json.id), ENTITY_ID: String(dealId), ENTITY_TYPE: 'deal' }]);
		},
	},
	'timelineLogMessage.get': {
		setup: (emulator) => ({ id: seedLog(emulator, seedDeal(emulator), 'Synced') }),
		parameters: ({ id }) => ({ logMessageId: String(id) }),
		sent: ({ id }) => ({ id }),
		output: (items, { id }) => expect(json(items)).toEqual([expect.objectContaining({ id, title: 'Synced', text: 'Synced text', iconCode: 'info' })]),
	},
	'timelineLogMessage.getAll': {
		setup: (emulator) => {
			const dealId = seedDeal(emulator);
			seedLog(emulator, seedDeal(emulator, 'Other'), 'Elsewhere');
			const titles = Array.from({ length: 12 }, (_, index) => `Entry ${index + 1}`);
			titles.forEach((title) => seedLog(emulator, dealId, title));
			return { dealId };
		},
		parameters: ({ dealId }) => ({ returnAll: true, entityTypeId: 2, entityId: String(dealId) }),
		sent: ({ dealId }) => ({ entityTypeId: 2, entityId: dealId, start: 0 }),
		output: (items, _prepared, emulator) => {
			expect(json(items).map((row) => row.title)).toEqual(Array.from({ length: 12 }, (_, index) => `Entry ${12 - index}`));
			expect(emulator.calls.filter((call) => call.method === 'crm.timeline.logmessage.list')).toHaveLength(2);
		},
	},
	'timelineLogMessage.delete': {
		setup: async (emulator) => {
			const dealId = seedDeal(emulator);
			const response = await fetch(`${emulator.webhookUrl}crm.timeline.logmessage.add`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ fields: { entityTypeId: 2, entityId: dealId, title: 'Temp', text: 'Temp', iconCode: 'info' } }),
			});
			const body = (await response.json()) as { result: { logMessage: { id: number } } };
			return { id: body.result.logMessage.id };
		},
		parameters: ({ id }) => ({ logMessageId: String(id) }),
		sent: ({ id }) => ({ id }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(() => emulator.seed.call('crm.timeline.logmessage.get', { id })).toThrow(`Timeline logmessage not found for id ${id}`);
		},
	},
};

const pinned = (emulator: Emulator) =>
	[...emulator.state.tables.of('crm.timeline.binding').rows.values()].filter((row) => row.IS_FIXED === 'Y').map((row) => row.OWNER_ID);

const pinCases: CaseTable = {
	'timelineItem.pin': {
		setup: withComment,
		parameters: ({ id, dealId }) => ({ itemId: String(id), ownerTypeId: 2, ownerId: String(dealId) }),
		sent: ({ id, dealId }) => ({ id, ownerTypeId: 2, ownerId: dealId }),
		output: (items, { id }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(pinned(emulator)).toEqual([String(id)]);
		},
	},
	'timelineItem.unpin': {
		setup: (emulator) => {
			const prepared = withComment(emulator);
			emulator.seed.call('crm.timeline.item.pin', { id: prepared.id, ownerTypeId: 2, ownerId: prepared.dealId });
			return prepared;
		},
		parameters: ({ id, dealId }) => ({ itemId: String(id), ownerTypeId: 2, ownerId: String(dealId) }),
		sent: ({ id, dealId }) => ({ id, ownerTypeId: 2, ownerId: dealId }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(pinned(emulator)).toEqual([]);
		},
	},
};

export const crmTimelineCases: CaseTable = { ...commentCases, ...noteCases, ...bindingCases, ...logMessageCases, ...pinCases };
