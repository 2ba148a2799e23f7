import { viaWebhook } from './support/client';
import { useEmulator } from './support/useEmulator';

describe('crm.item.* and crm.type.*', () => {
	const portal = useEmulator();

	const call = (method: string, params: Record<string, unknown>) => viaWebhook(portal.emulator, method, params);

	it('stores, reads, updates and deletes an item with camelCase fields and an int id', async () => {
		const added = await call('crm.item.add', {
			entityTypeId: 2,
			fields: { title: 'Deal', stageId: 'WON', opportunity: '1500.5', currencyId: 'EUR', assignedById: '2', observers: ['3'], ufCrm_5_AMOUNT: 'x', unknownField: 'dropped' },
		});
		const item = added.body.result.item;
		expect(item).toMatchObject({ id: 1, title: 'Deal', stageId: 'WON', stageSemanticId: 'S', closed: 'Y', opportunity: 1500.5, currencyId: 'EUR', assignedById: 2, observers: [3], ufCrm_5_AMOUNT: 'x', createdBy: 1, entityTypeId: 2 });
		expect(item).not.toHaveProperty('unknownField');
		expect(item.createdTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);

		const updated = await call('crm.item.update', { entityTypeId: '2', id: '1', fields: { title: 'Renamed', stageId: 'NEW' } });
		expect(updated.body.result.item).toMatchObject({ title: 'Renamed', stageSemanticId: 'P', closed: 'N', opportunity: 1500.5 });
		expect((await call('crm.item.get', { entityTypeId: 2, id: 1 })).body.result.item.title).toBe('Renamed');

		const deleted = await call('crm.item.delete', { entityTypeId: 2, id: 1 });
		expect(deleted.body.result).toEqual([]);
		const gone = await call('crm.item.get', { entityTypeId: 2, id: 1 });
		expect({ status: gone.status, body: gone.body }).toEqual({ status: 400, body: { error: 'NOT_FOUND', error_description: 'Element not found' } });
	});

	it('reports missing required parameters and unknown types', async () => {
		expect((await call('crm.item.add', { entityTypeId: 2 })).body).toEqual({ error: '100', error_description: 'Could not find value for parameter {fields}' });
		expect((await call('crm.item.list', {})).body).toEqual({ error: '100', error_description: 'Could not find value for parameter {entityTypeId}' });
		expect((await call('crm.item.list', { entityTypeId: 1300 })).body).toEqual({ error: 'NOT_FOUND', error_description: 'SPA not found' });
	});

	it('validates values: multiple fields need arrays, numbers must be numeric', async () => {
		const scalar = await call('crm.item.add', { entityTypeId: 2, fields: { observers: 5 } });
		expect(scalar.body).toEqual({ error: '100', error_description: 'Expected iterable value for multiple field, but got integer instead' });
		const text = await call('crm.item.add', { entityTypeId: 2, fields: { opportunity: 'lots' } });
		expect(text.body).toEqual({ error: 'CRM_FIELD_ERROR_VALUE_NOT_VALID', error_description: 'Invalid value for field "Amount"' });
	});

	it('filters with logic OR groups, orders and selects', async () => {
		for (const [title, opportunity] of [['Alpha', 100], ['Beta', 200], ['Gamma', 300]] as const) portal.emulator.seed.crmItem(2, { title, opportunity });
		const reply = await call('crm.item.list', {
			entityTypeId: 2,
			filter: { logic: 'OR', '0': { '=title': 'alpha' }, '1': { '>opportunity': 250 } },
			order: { opportunity: 'DESC' },
			select: ['title'],
		});
		expect(reply.body.result.items).toEqual([{ id: 3, title: 'Gamma' }, { id: 1, title: 'Alpha' }]);
		const badOrder = await call('crm.item.list', { entityTypeId: 2, order: { nope: 'ASC' } });
		expect(badOrder.body).toEqual({ error: 'INVALID_ARG_VALUE', error_description: "Invalid order: field 'nope' is not allowed in order" });
	});

	it('returns fm only with select *, and original UF names on request', async () => {
		portal.emulator.seed.crmItem(3, { name: 'Ann', fm: [{ typeId: 'PHONE', valueType: 'MOBILE', value: '+100' }], ufCrm_1700000000: 'blue' });
		const plain = await call('crm.item.list', { entityTypeId: 3 });
		expect(plain.body.result.items[0]).not.toHaveProperty('fm');
		expect(plain.body.result.items[0]).toMatchObject({ phone: '+100', phoneMobile: '+100', hasPhone: 'Y' });
		const all = await call('crm.item.list', { entityTypeId: 3, select: ['*'], useOriginalUfNames: 'Y' });
		expect(all.body.result.items[0].fm).toEqual([{ id: 101, typeId: 'PHONE', valueType: 'MOBILE', value: '+100' }]);
		expect(all.body.result.items[0].UF_CRM_1700000000).toBe('blue');
	});

	it('describes fields with upperName and flags', async () => {
		const reply = await call('crm.item.fields', { entityTypeId: 1 });
		expect(reply.body.result.fields.assignedById).toEqual({
			type: 'user',
			isRequired: false,
			isReadOnly: false,
			isImmutable: false,
			isMultiple: false,
			isDynamic: false,
			title: 'Assigned to',
			upperName: 'ASSIGNED_BY_ID',
		});
		expect(reply.body.result.fields.observers.isMultiple).toBe(true);
	});

	it('creates smart processes with auto entityTypeId and serves their items', async () => {
		const first = await call('crm.type.add', { fields: { title: 'Orders' } });
		const second = await call('crm.type.add', { fields: { title: 'Returns', isClientEnabled: 'Y' } });
		const [a, b] = [first.body.result.type, second.body.result.type];
		expect([a.entityTypeId, b.entityTypeId]).toEqual([1030, 1032]);
		expect(b.relations.parent.map((relation: { entityTypeId: number }) => relation.entityTypeId)).toEqual([3, 4]);
		const item = await call('crm.item.add', { entityTypeId: a.entityTypeId, fields: { title: 'Order 1' } });
		expect(item.body.result.item.stageId).toMatch(/^DT1030_\d+:NEW$/);

		const list = await call('crm.type.list', { order: { id: 'DESC' } });
		expect(list.body.total).toBe(2);
		expect(list.body.result.types.map((type: { title: string }) => type.title)).toEqual(['Returns', 'Orders']);
		expect((await call('crm.type.getByEntityTypeId', { entityTypeId: '1030' })).body.result.type.title).toBe('Orders');

		const blocked = await call('crm.type.delete', { id: a.id });
		expect(blocked.body).toEqual({ error: 'BX_ERROR', error_description: 'You cannot delete an entity type that has elements' });
		expect((await call('crm.type.delete', { id: b.id })).body.result).toEqual([]);
		expect((await call('crm.type.delete', {})).body.result).toBeNull();
	});

	it('answers crm.type errors with a numeric error code 0', async () => {
		const reply = await call('crm.type.get', { id: 42 });
		expect({ status: reply.status, body: reply.body }).toEqual({ status: 400, body: { error: 0, error_description: 'SPA not found' } });
		const range = await call('crm.type.add', { fields: { title: 'Odd', entityTypeId: 1031 } });
		expect(range.body).toEqual({ error: 'INVALID_ARG_VALUE', error_description: 'entityTypeId is out of allowed range' });
	});
});
