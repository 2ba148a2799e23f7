import { Emulator, startEmulator } from './index';
import { get, viaToken } from './support/client';

const BYTES = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xc3, 0x28]);

describe('CRM file fields', () => {
	let emu: Emulator;
	let token: string;

	beforeAll(async () => {
		emu = await startEmulator({ rateLimit: { enabled: false } });
	});
	afterAll(() => emu.close());
	beforeEach(() => {
		emu.reset();
		token = emu.issueTokens().access_token;
	});

	const call = (method: string, params: Record<string, unknown> = {}) => viaToken(emu, token, method, params);

	async function dealWithFile(): Promise<number> {
		await call('crm.deal.userfield.add', { fields: { FIELD_NAME: 'DOCS', USER_TYPE_ID: 'file', MULTIPLE: 'Y' } });
		const added = await call('crm.item.add', { entityTypeId: 2, fields: { title: 'Files', ufCrm_DOCS: [['a.pdf', BYTES.toString('base64')]] } });
		return added.body.result.item.id;
	}

	it('prints crm.item files as {id, url, urlMachine} and serves urlMachine only with its own authorisation', async () => {
		const id = await dealWithFile();
		const [file] = (await call('crm.item.get', { entityTypeId: 2, id })).body.result.item.ufCrm_DOCS;
		expect(Object.keys(file)).toEqual(['id', 'url', 'urlMachine']);

		const download = await fetch(file.urlMachine);
		expect([download.status, download.headers.get('content-type')]).toEqual([200, 'application/pdf']);
		expect(Buffer.from(await download.arrayBuffer()).equals(BYTES)).toBe(true);

		const link = new URL(file.urlMachine);
		link.searchParams.delete('auth');
		expect((await get(link.toString())).status).toBe(401);
		link.searchParams.set('auth', new URL(file.urlMachine).searchParams.get('auth') as string);
		link.searchParams.set('token', `${link.searchParams.get('token')}x`);
		expect((await get(link.toString())).status).toBe(403);
	});

	it('prints classic files as {id, showUrl, downloadUrl}, the download link portal-relative and carrying auth', async () => {
		const id = await dealWithFile();
		const [file] = (await call('crm.deal.get', { id })).body.result.UF_CRM_DOCS;
		expect(Object.keys(file)).toEqual(['id', 'showUrl', 'downloadUrl']);
		expect(file.showUrl).not.toContain('auth=');

		const origin = new URL(emu.restUrl).origin;
		expect((await get(`${origin}${file.showUrl}`)).status).toBe(401);
		const download = await fetch(`${origin}${file.downloadUrl}`);
		expect(Buffer.from(await download.arrayBuffer()).equals(BYTES)).toBe(true);
	});

	it('keeps the files listed by id, drops the others and adds new ones', async () => {
		const id = await dealWithFile();
		const [old] = (await call('crm.item.get', { entityTypeId: 2, id })).body.result.item.ufCrm_DOCS;
		const fields = { ufCrm_DOCS: [{ id: old.id }, { fileData: ['b.png', 'AAE='] }] };
		const kept = (await call('crm.item.update', { entityTypeId: 2, id, fields })).body.result.item.ufCrm_DOCS;
		expect(kept.map((file: { id: number }) => file.id)).toEqual([old.id, expect.any(Number)]);

		const dropped = (await call('crm.item.update', { entityTypeId: 2, id, fields: { ufCrm_DOCS: [{ id: kept[1].id }] } })).body.result.item.ufCrm_DOCS;
		expect(dropped.map((file: { id: number }) => file.id)).toEqual([kept[1].id]);
		expect((await get(old.urlMachine)).status).toBe(404);
	});
});
