/**
 * Documented errors and side effects of the activity, timeline, automation, product and trade
 * catalog families that the node's cases do not reach (api-reference/crm/timeline, crm/automation,
 * crm/outdated, crm/currency, catalog).
 */
import { parse as parseQuery } from 'querystring';

import { viaToken, viaWebhook } from './support/client';
import { useEmulator } from './support/useEmulator';

describe('activities, timeline, automation, products and the trade catalog', () => {
	const portal = useEmulator();

	const call = (method: string, params: Record<string, unknown> = {}) => viaWebhook(portal.emulator, method, params);
	const deal = () => portal.emulator.seed.call('crm.deal.add', { fields: { TITLE: 'Deal' } }).result as number;
	const expectError = (reply: { status: number; body: any }, error: unknown, description: string) => {
		expect(reply.status).toBe(400);
		expect(reply.body).toEqual({ error, error_description: description });
	};

	it('checks crm.activity.add the documented way and raises ONCRMACTIVITYADD', async () => {
		expectError(await call('crm.activity.add', { fields: { TYPE_ID: 2 } }), '', 'The field SUBJECT is not defined or empty');
		expectError(await call('crm.activity.add', { fields: { SUBJECT: 'Call', RESPONSIBLE_ID: 1, TYPE_ID: 2 } }), '', 'The field COMMUNICATIONS is not defined or invalid');

		portal.emulator.events.addOutgoingWebhook({ handler: 'http://127.0.0.1:9/none', events: ['ONCRMACTIVITYADD'] });
		const added = await call('crm.activity.add', {
			fields: { OWNER_TYPE_ID: 2, OWNER_ID: deal(), SUBJECT: 'Call', RESPONSIBLE_ID: 1, TYPE_ID: 2, COMMUNICATIONS: [{ VALUE: '+1' }] },
		});
		await portal.emulator.events.settled();
		expect(portal.emulator.events.deliveries.map((delivery) => [delivery.event, parseQuery(delivery.form)['data[FIELDS][ID]']])).toEqual([
			['ONCRMACTIVITYADD', String(added.body.result)],
		]);
	});

	it('answers to-do and binding errors with the documented codes', async () => {
		expectError(await call('crm.activity.todo.add', { ownerTypeId: 2, deadline: '2025-02-03T15:00:00' }), '100', 'Could not find value for parameter {ownerId}');
		expect((await call('crm.activity.todo.add', { ownerTypeId: 2, ownerId: 99, deadline: '2025-02-03T15:00:00' })).body.error).toBe('OWNER_NOT_FOUND');
		const ownerId = deal();
		expect((await call('crm.activity.todo.add', { ownerTypeId: 2, ownerId, deadline: 'soon' })).body.error).toBe('WRONG_DATETIME_FORMAT');
		const { id } = (await call('crm.activity.todo.add', { ownerTypeId: 2, ownerId, deadline: '2025-02-03T15:00:00' })).body.result;
		await call('crm.activity.update', { id, fields: { COMPLETED: 'Y' } });
		expect((await call('crm.activity.todo.updateDescription', { id, ownerTypeId: 2, ownerId, value: 'x' })).body.error).toBe('CAN_NOT_UPDATE_COMPLETED_TODO');

		expect((await call('crm.activity.binding.add', { activityId: id, entityTypeId: 2, entityId: ownerId })).body.error).toBe('ACTIVITY_IS_ALREADY_BOUND');
		expect((await call('crm.activity.binding.delete', { activityId: id, entityTypeId: 2, entityId: ownerId })).body.error).toBe('LAST_BINDING_CANNOT_BE_DELETED');
		expectError(await call('crm.activity.binding.list', { activityId: 999 }), 'NOT_FOUND', 'Element not found');
		const moveTo = { activityId: id, sourceEntityTypeId: 2, sourceEntityId: ownerId, targetEntityTypeId: 3, targetEntityId: 1 };
		expect((await call('crm.activity.binding.move', moveTo)).body.error).toBe('SOURCE_AND_TARGET_ENTITY_TYPES_ARE_NOT_EQUAL_ERROR');
		expect((await call('crm.activity.todo.updateColor', { id, ownerTypeId: 2, ownerId, colorId: '3' })).body.error).toBe('CAN_NOT_UPDATE_COLOR_COMPLETED_TODO');
	});

	it('keeps activity types, configurable activities and automation triggers to applications', async () => {
		for (const method of ['crm.activity.type.list', 'crm.automation.trigger.list']) {
			expectError(await call(method), 'ACCESS_DENIED', 'Access denied! Application context required');
		}
		portal.token = portal.emulator.issueTokens().access_token;
		expectError(await viaToken(portal.emulator, portal.token, 'crm.automation.trigger.add', { CODE: 'Bad Code', NAME: 'x' }), '', 'Wrong trigger code!');
		expectError(await viaToken(portal.emulator, portal.token, 'crm.automation.trigger.execute', { CODE: 'nope', OWNER_TYPE_ID: 2, OWNER_ID: 1 }), '', 'Trigger with code nope is not registered.');
		const layout = { header: { title: 'Call' } };
		expect((await call('crm.activity.configurable.add', { ownerTypeId: 2, ownerId: 1, fields: { typeId: 'CONFIGURABLE' }, layout })).body.error).toBe('ERROR_WRONG_CONTEXT');
		const ownerId = deal();
		expect((await viaToken(portal.emulator, portal.token, 'crm.activity.configurable.add', { ownerTypeId: 2, ownerId, fields: { typeId: 'CONFIGURABLE' }, layout: {} })).body.error).toBe('ERROR_EMPTY_LAYOUT');
		const created = portal.emulator.seed.call('crm.activity.configurable.add', { ownerTypeId: 2, ownerId, fields: { typeId: 'CONFIGURABLE' }, layout }, { clientId: 'app.other' });
		const activityId = (created.result as { activity: { id: number } }).activity.id;
		expect((await viaToken(portal.emulator, portal.token, 'crm.activity.configurable.update', { id: activityId, fields: { completed: 'Y' }, layout })).body.error).toBe('ERROR_WRONG_APPLICATION');
		expectError(await call('crm.automation.trigger', { target: 'DEAL' }), '', 'Incorrect target format.');
		expectError(await call('crm.automation.trigger', { target: 'PLANET_5' }), '', 'Target is not found.');
	});

	it('answers timeline errors as documented and shares one id sequence', async () => {
		const entityId = deal();
		expectError(await call('crm.timeline.comment.add', { fields: { ENTITY_TYPE: 'deal', ENTITY_ID: entityId, COMMENT: ' ' } }), 'INVALID_ARG_VALUE', 'Empty comment');
		expectError(await call('crm.timeline.comment.get', { id: 5 }), '', 'Not found.');
		const comment = (await call('crm.timeline.comment.add', { fields: { ENTITY_TYPE: 'deal', ENTITY_ID: entityId, COMMENT: 'Hi' } })).body.result;
		const log = (await call('crm.timeline.logmessage.add', { fields: { entityTypeId: 2, entityId, title: 't', text: 't', iconCode: 'info' } })).body.result;
		expect(log.logMessage.id).toBe(comment + 1);
		expect((await call('crm.timeline.comment.update', { id: comment, fields: { COMMENT: 'Hello' } })).body.result).toBe(comment);
		expectError(await call('crm.timeline.bindings.list', { filter: {} }), '', 'OWNER_ID is not defined or invalid.');
		expectError(await call('crm.timeline.logmessage.list', { entityId }), '100', 'Could not find value for parameter {entityTypeId}');

		const appEntry = portal.emulator.seed.call('crm.timeline.logmessage.add', { fields: { entityTypeId: 2, entityId, title: 'a', text: 'a', iconCode: 'info' } });
		const appEntryId = (appEntry.result as { logMessage: { id: number } }).logMessage.id;
		expect((await call('crm.timeline.logmessage.delete', { id: appEntryId })).body.error).toBe('REMOVING_DISABLED');
		for (const record of [comment, log.logMessage.id]) await call('crm.timeline.item.pin', { id: record, ownerTypeId: 2, ownerId: entityId });
		const third = (await call('crm.timeline.comment.add', { fields: { ENTITY_TYPE: 'deal', ENTITY_ID: entityId, COMMENT: '3' } })).body.result;
		const fourth = (await call('crm.timeline.comment.add', { fields: { ENTITY_TYPE: 'deal', ENTITY_ID: entityId, COMMENT: '4' } })).body.result;
		await call('crm.timeline.item.pin', { id: third, ownerTypeId: 2, ownerId: entityId });
		expectError(await call('crm.timeline.item.pin', { id: fourth, ownerTypeId: 2, ownerId: entityId }), 0, 'Only three events can be added to favorites');
		expect((await call('crm.timeline.comment.delete', { id: comment })).body.result).toBeNull();
	});

	it('guards the base currency and answers the VAT rate\'s own not-found error', async () => {
		expectError(await call('crm.currency.delete', { id: 'USD' }), '', 'Cannot delete base currency.');
		expectError(await call('crm.currency.add', { fields: { CURRENCY: 'CNY', AMOUNT: 1 } }), 'ERROR_CORE', 'Undefined array key "AMOUNT_CNT"');
		expectError(await call('crm.vat.get', { id: 7 }), 'VAT rate not found.', 'VAT rate not found.');
		expect((await call('crm.currency.list')).body).toMatchObject({ total: 0, result: [{ CURRENCY: 'USD', BASE: 'Y' }, { CURRENCY: 'EUR' }, { CURRENCY: 'GBP' }] });
	});

	it('answers the trade catalog with its numeric codes and wrapped results', async () => {
		expectError(await call('catalog.product.add', { fields: { iblockId: 25 } }), 0, 'Required fields: name');
		expectError(await call('catalog.product.add', { fields: { iblockId: 3, name: 'x' } }), 200040300000, 'Information block with the specified identifier does not exist');
		expectError(await call('catalog.product.list', { filter: {} }), 0, 'Required fields: iblockId');
		expectError(await call('catalog.product.get', {}), 100, 'Could not find value for parameter {id}');
		const product = (await call('catalog.product.add', { fields: { iblockId: 25, name: 'Chair', property101: 'blue' } })).body.result.product;
		expect(product).toMatchObject({ id: 1, iblockId: 25, name: 'Chair', active: 'Y', property101: 'blue', detailText: null });
		expect(Object.keys((await call('catalog.product.update', { id: product.id, fields: { name: 'Stool' } })).body.result)).toEqual(['element']);
		await call('catalog.price.add', { fields: { productId: product.id, catalogGroupId: 1, price: 5, currency: 'USD' } });
		expectError(await call('catalog.price.add', { fields: { productId: product.id, catalogGroupId: 1, price: 6, currency: 'USD' } }), 0, 'Validate price error. Catalog product is allowed has only single price without ranges in price group');
		expectError(await call('catalog.price.add', { fields: { productId: product.id, catalogGroupId: 9, price: 6, currency: 'USD' } }), 0, 'Validate price error. Catalog price group is wrong');
		expect((await call('catalog.priceType.list')).body.result.priceTypes).toEqual([expect.objectContaining({ id: 1, name: 'BASE', base: 'Y' })]);
	});
});
