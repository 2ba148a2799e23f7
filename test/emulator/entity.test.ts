import { viaToken } from './support/client';
import { useEmulator } from './support/useEmulator';

describe('entity.* data storage', () => {
	const portal = useEmulator();

	const call = (method: string, params: Record<string, unknown> = {}) => viaToken(portal.emulator, portal.token, method, params);

	it('creates a storage, grants X to its creator and lists it', async () => {
		expect((await call('entity.add', { ENTITY: 'dish', NAME: 'Dishes', ACCESS: { AU: 'R', U2: 'Z' } })).body.result).toBe(true);
		expect((await call('entity.get')).body.result).toEqual([{ ID: expect.any(String), IBLOCK_TYPE_ID: 'rest_entity', ENTITY: 'dish', NAME: 'Dishes' }]);
		expect((await call('entity.rights', { ENTITY: 'dish' })).body.result).toEqual({ AU: 'R', U1: 'X' });
		const again = await call('entity.add', { ENTITY: 'dish', NAME: 'Dishes' });
		expect(again.body).toEqual({ error: 'ERROR_ENTITY_ALREADY_EXISTS', error_description: 'Entity already exists' });
	});

	it('limits the code to 50 - strlen("APP_<clientId>_") characters', async () => {
		const max = 50 - `APP_${portal.emulator.oauthClient.clientId}_`.length;
		expect(max).toBe(13);
		const reply = await call('entity.add', { ENTITY: 'a'.repeat(14), NAME: 'Long' });
		expect(reply.body).toEqual({ error: 'ERROR_ARGUMENT', error_description: 'Entity code is too long. Max length is 13 characters.', argument: '' });
		expect((await call('entity.add', { ENTITY: 'bad-chars!', NAME: 'Cleaned' })).status).toBe(200);
		expect((await call('entity.get', { ENTITY: 'badchars' })).body.result.ENTITY).toBe('badchars');
	});

	it('stores items with property values as strings and filters by PROPERTY_<CODE>', async () => {
		await call('entity.add', { ENTITY: 'dish', NAME: 'Dishes' });
		await call('entity.item.property.add', { ENTITY: 'dish', PROPERTY: 'price', NAME: 'Price', TYPE: 'N' });
		const cheap = (await call('entity.item.add', { ENTITY: 'dish', NAME: 'Soup', PROPERTY_VALUES: { price: 5, unknown: 1 } })).body.result;
		await call('entity.item.add', { ENTITY: 'dish', NAME: 'Steak', PROPERTY_VALUES: { price: 30 } });
		expect(typeof cheap).toBe('number');
		const found = await call('entity.item.get', { ENTITY: 'dish', FILTER: { '<PROPERTY_price': 10 } });
		expect(found.body.total).toBe(1);
		expect(found.body.result[0]).toMatchObject({ ID: String(cheap), NAME: 'Soup', SORT: '500', ACTIVE: 'Y', SECTION: null, PROPERTY_VALUES: { price: '5' } });

		await call('entity.item.property.update', { ENTITY: 'dish', PROPERTY: 'price', PROPERTY_NEW: 'cost' });
		const renamed = await call('entity.item.get', { ENTITY: 'dish', SORT: { ID: 'DESC' } });
		expect(renamed.body.result.map((item: { PROPERTY_VALUES: Record<string, string> }) => item.PROPERTY_VALUES)).toEqual([{ cost: '30' }, { cost: '5' }]);
	});

	it('keeps sections as a tree with nested-set margins', async () => {
		await call('entity.add', { ENTITY: 'dish', NAME: 'Dishes' });
		const root = (await call('entity.section.add', { ENTITY: 'dish', NAME: 'Root' })).body.result;
		const child = (await call('entity.section.add', { ENTITY: 'dish', NAME: 'Child', SECTION: root })).body.result;
		const sections = (await call('entity.section.get', { ENTITY: 'dish', SORT: { ID: 'ASC' } })).body.result;
		expect(sections).toEqual([
			expect.objectContaining({ ID: String(root), LEFT_MARGIN: '1', RIGHT_MARGIN: '4', DEPTH_LEVEL: '1', SECTION: null }),
			expect.objectContaining({ ID: String(child), LEFT_MARGIN: '2', RIGHT_MARGIN: '3', DEPTH_LEVEL: '2', SECTION: String(root) }),
		]);
		const loop = await call('entity.section.update', { ENTITY: 'dish', ID: root, SECTION: child });
		expect(loop.body).toEqual({ error: 'ERROR_CORE', error_description: 'Invalid parent section!' });
		const badParent = await call('entity.section.add', { ENTITY: 'dish', NAME: 'Orphan', SECTION: 999 });
		expect(badParent.body.error).toBe('ERROR_CORE');
	});

	it('checks property types and codes', async () => {
		await call('entity.add', { ENTITY: 'dish', NAME: 'Dishes' });
		expect((await call('entity.item.property.add', { ENTITY: 'dish', PROPERTY: 'list', TYPE: 'L' })).body.error).toBe('ERROR_UNSUPPORTED_PROPERTY_TYPE');
		expect((await call('entity.item.property.add', { ENTITY: 'dish', PROPERTY: 'weird', TYPE: 'Q' })).body).toEqual({ error: 'ERROR_ARGUMENT', error_description: 'Wrong entity item property type' });
		expect((await call('entity.item.property.add', { ENTITY: 'dish', PROPERTY: '1st' })).body).toEqual({ error: 'ERROR_CORE', error_description: 'Property code cannot start with a digit' });
		await call('entity.item.property.add', { ENTITY: 'dish', PROPERTY: 'name' });
		expect((await call('entity.item.property.update', { ENTITY: 'dish', PROPERTY: 'name', TYPE: 'F' })).body).toEqual({ error: 'ERROR_ARGUMENT', error_description: 'Cannot change property type to File' });
		expect((await call('entity.item.property.get', { ENTITY: 'dish', PROPERTY: 'name' })).body.result).toEqual({ PROPERTY: 'name', NAME: 'name', TYPE: 'S', SORT: '500' });
	});

	it('requires ID for item update and delete', async () => {
		await call('entity.add', { ENTITY: 'dish', NAME: 'Dishes' });
		const reply = await call('entity.item.delete', { ENTITY: 'dish' });
		expect(reply.body).toEqual({ error: 'ERROR_ARGUMENT', error_description: "Argument 'ID' is null or empty", argument: 'ID' });
	});
});
