import { Emulator, startEmulator } from './index';
import { viaWebhook } from './support/client';

describe('calendar.* calendars and events', () => {
	let emu: Emulator;

	beforeAll(async () => {
		emu = await startEmulator({ rateLimit: { enabled: false } });
	});
	afterAll(() => emu.close());
	beforeEach(() => emu.reset());

	const call = (method: string, params: Record<string, unknown> = {}) => viaWebhook(emu, method, params);
	const refused = (description: string) => ({ status: 400, body: { error: '', error_description: description } });

	it('answers missing parameters with an empty error code and the documented text', async () => {
		expect(await call('calendar.section.add', { ownerId: 1, name: 'X' })).toMatchObject(
			refused('The required parameter "type" for the method "calendar.section.add" is not set.'),
		);
		expect(await call('calendar.section.get', { type: 'group' })).toMatchObject(
			refused('The required parameter "ownerId" for the method "calendar.section.get" is not set'),
		);
		expect(await call('calendar.event.get', { ownerId: 1 })).toMatchObject(
			refused('Mandatory parameter not specified "type" for the method "calendar.event.get"'),
		);
		expect(await call('calendar.event.delete', {})).toMatchObject(refused('Event id not specified'));
		expect(await call('calendar.accessibility.get', { users: [1], to: '2025-01-31' })).toMatchObject(
			refused('The required parameter "from" for the method "calendar.accessibility.get" is not set.'),
		);
	});

	it('defaults the owner of a user calendar to the caller, and refuses an unknown section', async () => {
		const id = (await call('calendar.section.add', { type: 'user', name: 'Mine' })).body.result;
		expect((await call('calendar.section.get', { type: 'user' })).body.result).toEqual([expect.objectContaining({ ID: String(id), OWNER_ID: '1' })]);
		expect(await call('calendar.section.update', { type: 'user', ownerId: 1, id: 999, name: 'X' })).toMatchObject(refused('Access denied'));
		const event = await call('calendar.event.add', { type: 'user', ownerId: 1, section: 999, name: 'E', from: '2025-01-01', to: '2025-01-01' });
		expect(event).toMatchObject(refused('You specified an invalid calendar section ID or the user does not have access to it'));
	});

	it('keeps an all-day event on its dates and checks meeting answers', async () => {
		const section = (await call('calendar.section.add', { type: 'user', ownerId: 1, name: 'Mine' })).body.result;
		const id = (await call('calendar.event.add', { type: 'user', ownerId: 1, section, name: 'Holiday', from: '2025-05-01', to: '2025-05-02', skip_time: 'Y' })).body.result;
		expect((await call('calendar.event.getbyid', { id })).body.result).toMatchObject({ DATE_FROM: '05/01/2025', DATE_TO: '05/02/2025', DT_SKIP_TIME: 'Y' });
		expect(await call('calendar.meeting.status.get', { eventId: id })).toMatchObject(refused('An error occurred while retrieving the status'));
		expect(await call('calendar.meeting.status.set', { eventId: id, status: 'maybe' })).toMatchObject(refused('Invalid value for the parameter "status"'));
	});
});
