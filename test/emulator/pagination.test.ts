import { Emulator, startEmulator } from './index';
import { paginate } from './pagination';
import { viaToken, viaWebhook } from './support/client';

describe('list navigation', () => {
	it('pages by 50 with total, and next only while rows remain', () => {
		const rows = Array.from({ length: 120 }, (_, index) => index);
		expect(paginate(rows, 0)).toMatchObject({ total: 120, next: 50 });
		expect(paginate(rows, 50)).toMatchObject({ total: 120, next: 100 });
		const last = paginate(rows, 100);
		expect(last.rows).toHaveLength(20);
		expect(last).not.toHaveProperty('next');
		expect(paginate(rows, -1)).toEqual({ rows: rows.slice(0, 50), total: 0 });
	});

	describe('over HTTP', () => {
		let emu: Emulator;

		beforeAll(async () => {
			emu = await startEmulator({ rateLimit: { enabled: false } });
			for (let i = 1; i <= 120; i++) emu.seed.crmItem(2, { title: `Deal ${i}`, opportunity: i * 10 });
		});
		afterAll(() => emu.close());

		it('returns total and next at the top level of crm.item.list', async () => {
			const first = await viaWebhook(emu, 'crm.item.list', { entityTypeId: 2, select: ['id'] });
			expect(first.body.result.items).toHaveLength(50);
			expect(first.body).toMatchObject({ total: 120, next: 50 });
			const last = await viaWebhook(emu, 'crm.item.list', { entityTypeId: 2, select: ['id'], start: 100 });
			expect(last.body.result.items).toHaveLength(20);
			expect(last.body.total).toBe(120);
			expect(last.body).not.toHaveProperty('next');
		});

		it('skips the count with start=-1: total 0 and no next', async () => {
			const reply = await viaWebhook(emu, 'crm.item.list', { entityTypeId: 2, start: -1, order: { id: 'ASC' } });
			expect(reply.body.result.items).toHaveLength(50);
			expect(reply.body.total).toBe(0);
			expect(reply.body).not.toHaveProperty('next');
		});

		it('supports the fast method: order by id, filter >id, start=-1', async () => {
			const seen: number[] = [];
			let lastId = 0;
			for (;;) {
				const reply = await viaWebhook(emu, 'crm.item.list', { entityTypeId: 2, order: { id: 'ASC' }, filter: { '>id': lastId }, select: ['id'], start: -1 });
				const items = reply.body.result.items as Array<{ id: number }>;
				seen.push(...items.map((item) => item.id));
				if (items.length < 50) break;
				lastId = items[items.length - 1].id;
			}
			expect(seen).toEqual(Array.from({ length: 120 }, (_, index) => index + 1));
		});

		it('accepts ID as well as id and the other operators', async () => {
			const reply = await viaWebhook(emu, 'crm.item.list', {
				entityTypeId: 2,
				filter: { '>=ID': 10, '<id': 20, '!@id': [12, 13], '%title': 'deal 1' },
				order: { id: 'DESC' },
				select: ['id', 'title'],
			});
			expect(reply.body.result.items.map((item: { id: number }) => item.id)).toEqual([19, 18, 17, 16, 15, 14, 11, 10]);
			expect(reply.body.total).toBe(8);
		});

		it('pages entity.item.get the same way', async () => {
			const token = emu.issueTokens().access_token;
			await viaToken(emu, token, 'entity.add', { ENTITY: 'big', NAME: 'Big' });
			for (let i = 0; i < 55; i++) emu.seed.call('entity.item.add', { ENTITY: 'big', NAME: `Item ${i}` });
			const first = await viaToken(emu, token, 'entity.item.get', { ENTITY: 'big' });
			expect(first.body).toMatchObject({ total: 55, next: 50 });
			const second = await viaToken(emu, token, 'entity.item.get', { ENTITY: 'big', start: 50 });
			expect(second.body.result).toHaveLength(5);
			expect(second.body).not.toHaveProperty('next');
		});
	});
});
