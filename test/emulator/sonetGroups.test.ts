/** sonet_group.get as its page documents it (api-reference/sonet-group/sonet-group-get.md), and classic status types. */
import { addGroup } from './families/sonet';
import { Emulator, startEmulator } from './index';
import { viaWebhook } from './support/client';

describe('workgroups and classic dictionaries', () => {
	let emu: Emulator;

	beforeAll(async () => {
		emu = await startEmulator({ rateLimit: { enabled: false } });
	});
	afterAll(() => emu.close());
	beforeEach(() => emu.reset());

	const call = (method: string, params: Record<string, unknown>) => viaWebhook(emu, method, params);

	it('lists groups newest first with every value a string, as the docs example prints them', async () => {
		const reply = await call('sonet_group.get', {});

		expect(reply.status).toBe(200);
		expect(reply.body.result.map((group: { ID: string }) => group.ID)).toEqual(['3', '2', '1']);
		expect(reply.body.result[2]).toEqual({
			ID: '1', SITE_ID: 's1', NAME: 'Website Relaunch', DESCRIPTION: null, DATE_CREATE: expect.any(String), DATE_UPDATE: expect.any(String),
			ACTIVE: 'Y', VISIBLE: 'Y', OPENED: 'N', CLOSED: 'N', SUBJECT_ID: '1', OWNER_ID: '1', KEYWORDS: null, NUMBER_OF_MEMBERS: '3',
			DATE_ACTIVITY: expect.any(String), SUBJECT_NAME: 'Workgroups', PROJECT: 'Y', IS_EXTRANET: 'N',
		});
		expect(reply.body.total).toBe(3);
	});

	it('filters with operators, orders, picks one group by GROUP_ID and pages by 50', async () => {
		for (let index = 0; index < 60; index++) addGroup(emu.state, { name: `Pro ${index}` });

		const filtered = await call('sonet_group.get', { ORDER: { NAME: 'ASC' }, FILTER: { '%NAME': 'Pro' } });
		const one = await call('sonet_group.get', { GROUP_ID: 2 });
		const second = await call('sonet_group.get', { FILTER: { '%NAME': 'Pro' }, start: 50 });

		expect(filtered.body.result).toHaveLength(50);
		expect(filtered.body).toMatchObject({ total: 60, next: 50 });
		expect(filtered.body.result[0].NAME).toBe('Pro 0');
		expect(one.body.result.map((group: { NAME: string }) => group.NAME)).toEqual(['Sales Team']);
		expect(second.body.result).toHaveLength(10);
		expect(second.body).not.toHaveProperty('next');
	});

	it('names the dictionary of classic crm_status fields (statusType)', async () => {
		const deal = (await call('crm.deal.fields', {})).body.result;
		const lead = (await call('crm.lead.fields', {})).body.result;

		expect(deal.STAGE_ID).toMatchObject({ type: 'crm_status', statusType: 'DEAL_STAGE' });
		expect(deal.TYPE_ID).toMatchObject({ type: 'crm_status', statusType: 'DEAL_TYPE' });
		expect(deal.SOURCE_ID).toMatchObject({ type: 'crm_status', statusType: 'SOURCE' });
		expect(lead.STATUS_ID).toMatchObject({ type: 'crm_status', statusType: 'STATUS' });
		expect(deal.CURRENCY_ID).not.toHaveProperty('statusType');
	});
});
