import { Emulator, startEmulator } from './index';
import { viaWebhook } from './support/client';

describe('lists.* universal lists', () => {
	let emu: Emulator;

	beforeAll(async () => {
		emu = await startEmulator({ rateLimit: { enabled: false } });
	});
	afterAll(() => emu.close());
	beforeEach(() => emu.reset());

	const call = (method: string, params: Record<string, unknown> = {}) => viaWebhook(emu, method, params);
	const LIST = { IBLOCK_TYPE_ID: 'lists' };
	const newList = async (code = 'requests') =>
		(await call('lists.add', { ...LIST, IBLOCK_CODE: code, FIELDS: { NAME: 'Requests' } })).body.result as number;

	it('answers the documented errors with HTTP 400', async () => {
		const missing = await call('lists.add', { ...LIST, FIELDS: { NAME: 'No code' } });
		expect(missing).toMatchObject({
			status: 400,
			body: { error: 'ERROR_REQUIRED_PARAMETERS_MISSING', error_description: 'Required parameter `IBLOCK_CODE` is missing' },
		});
		await newList();
		expect((await call('lists.add', { ...LIST, IBLOCK_CODE: 'requests', FIELDS: { NAME: 'Again' } })).body).toEqual({
			error: 'ERROR_IBLOCK_ALREADY_EXISTS',
			error_description: 'Iblock already exists',
		});
		const unknown = await call('lists.update', { ...LIST, IBLOCK_ID: 999, FIELDS: { NAME: 'X' } });
		expect(unknown).toMatchObject({ status: 400, body: { error: 'ERROR_IBLOCK_NOT_FOUND', error_description: 'Iblock not found' } });
	});

	it('refuses a custom field without a code or with a code in use', async () => {
		const listId = await newList();
		expect((await call('lists.field.add', { ...LIST, IBLOCK_ID: listId, FIELDS: { NAME: 'Amount', TYPE: 'N' } })).body).toEqual({
			error: 'ERROR_SAVE_FIELD',
			error_description: 'Please fill the code fields',
		});
		const added = await call('lists.field.add', { ...LIST, IBLOCK_ID: listId, FIELDS: { NAME: 'Amount', TYPE: 'N', CODE: 'AMOUNT' } });
		expect(added.body.result).toMatch(/^PROPERTY_\d+$/);
		const again = await call('lists.field.add', { ...LIST, IBLOCK_ID: listId, FIELDS: { NAME: 'Sum', TYPE: 'S', CODE: 'AMOUNT' } });
		expect(again.body).toEqual({ error: 'ERROR_SAVE_FIELD', error_description: 'Property already exists' });
	});

	it('finds elements by code, refuses a second element with the same code, and reports a missing one', async () => {
		const listId = await newList();
		const id = (await call('lists.element.add', { ...LIST, IBLOCK_CODE: 'requests', ELEMENT_CODE: 'a', FIELDS: { NAME: 'A' } })).body.result;
		expect((await call('lists.element.get', { ...LIST, IBLOCK_ID: listId, ELEMENT_CODE: 'a' })).body).toMatchObject({
			result: [{ ID: String(id), NAME: 'A' }],
			total: 1,
		});
		const duplicate = await call('lists.element.add', { ...LIST, IBLOCK_ID: listId, ELEMENT_CODE: 'a', FIELDS: { NAME: 'B' } });
		expect(duplicate.body).toEqual({ error: 'ERROR_ELEMENT_ALREADY_EXISTS', error_description: 'Element already exists' });
		expect((await call('lists.element.delete', { ...LIST, IBLOCK_ID: listId, ELEMENT_ID: 424242 })).body).toEqual({
			error: 'ERROR_ELEMENT_NOT_FOUND',
			error_description: 'Element not found',
		});
	});

	it('pages elements by 50 with total and next', async () => {
		const listId = await newList();
		for (let n = 1; n <= 55; n++) emu.seed.call('lists.element.add', { ...LIST, IBLOCK_ID: listId, ELEMENT_CODE: `e${n}`, FIELDS: { NAME: `E${n}` } });
		const first = (await call('lists.element.get', { ...LIST, IBLOCK_ID: listId })).body;
		expect([first.result.length, first.total, first.next]).toEqual([50, 55, 50]);
		const second = (await call('lists.element.get', { ...LIST, IBLOCK_ID: listId, start: 50 })).body;
		expect([second.result.length, second.next]).toEqual([5, undefined]);
	});
});
