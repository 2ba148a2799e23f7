import type { NodeParameterValueType } from 'n8n-workflow';

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

const createContact = { authentication: 'webhook', resource: 'contact', operation: 'create' };

const run = (phone: NodeParameterValueType, onError?: 'continueRegularOutput') =>
	runNode({
		parameters: { ...createContact, recordFields: { name: 'Ann', phone } },
		credentials: credentialsFor(emulator),
		onError,
	});

describe('typed multi-fields (Phone, Email, Website, Messenger)', () => {
	it('sends each entry as {VALUE, VALUE_TYPE}, trimmed, in order', async () => {
		const result = await run({ entries: [{ value: ' +1 555 0100 ', valueType: 'FAX' }, { value: '+1 555 0101', valueType: 'PAGER' }] });

		expect(result.error).toBeUndefined();
		expect(callsOf(emulator, 'crm.contact.add')[0].params.fields).toEqual({
			NAME: 'Ann',
			PHONE: [
				{ VALUE: '+1 555 0100', VALUE_TYPE: 'FAX' },
				{ VALUE: '+1 555 0101', VALUE_TYPE: 'PAGER' },
			],
		});
	});

	it('leaves the field out when no entry was added', async () => {
		await run({});
		expect(callsOf(emulator, 'crm.contact.add')[0].params.fields).toEqual({ NAME: 'Ann' });
	});

	it('refuses an empty value, naming the field and the entry, before sending anything', async () => {
		const result = await run({ entries: [{ value: '+1 555 0100', valueType: 'WORK' }, { value: '  ', valueType: 'HOME' }] });

		expect(result.error?.message).toBe('"Phone" entry 2 has an empty value [item 0]');
		expect(emulator.requests).toHaveLength(0);
	});

	it('refuses a VALUE_TYPE the field does not have (an e-mail type on a phone, from an expression)', async () => {
		const result = await run({ entries: [{ value: '+1 555 0100', valueType: 'TELEGRAM' }] });

		expect(result.error?.message).toBe(
			'"Phone" entry 1 has type "TELEGRAM"; allowed: WORK, MOBILE, FAX, HOME, PAGER, MAILING, OTHER [item 0]',
		);
		expect(emulator.requests).toHaveLength(0);
	});

	it('with Continue On Fail, reports the bad entry as the item error', async () => {
		const result = await run({ entries: [{ value: '', valueType: 'WORK' }] }, 'continueRegularOutput');

		expect(result.items.map((item) => item.json.error)).toEqual(['"Phone" entry 1 has an empty value']);
	});
});
