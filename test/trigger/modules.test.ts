import { readFileSync } from 'fs';
import { join } from 'path';
import { parse as parseQuery } from 'querystring';

import { EVENTS, findEvent } from '../../nodes/Bitrix24/trigger/eventCatalog';
import { parseEvent } from '../../nodes/Bitrix24/trigger/eventItem';
import { rebuildFormBody } from '../../nodes/Bitrix24/trigger/formBody';
import { advance, startCursor, windowStart } from '../../nodes/Bitrix24/trigger/pollCursor';
import { recordRequest } from '../../nodes/Bitrix24/trigger/records';
import { eventsToBind } from '../../nodes/Bitrix24/trigger/registration';
import { renderTriggerEventsDoc } from '../../scripts/triggerEventsDoc';
import { httpBuildQuery } from '../emulator/events/encode';
import { KNOWN_EVENTS } from '../emulator/events/names';

/** What n8n hands the node for a form body: Node's querystring keeps bracket keys flat. */
const asN8nParses = (fields: Record<string, unknown>) => ({ ...parseQuery(httpBuildQuery(fields)) });

describe('rebuilding form bodies', () => {
	it('nests PHP bracket keys and turns 0..n-1 keys into lists', () => {
		const body = asN8nParses({
			event: 'ONUSERADD',
			data: { ID: 123, UF_DEPARTMENT: [1, 2], NAME: 'Klaus Weber & Co' },
			auth: { domain: 'x.bitrix24.com', application_token: 'abc' },
		});
		expect(body['data[UF_DEPARTMENT][1]']).toBe('2');
		expect(rebuildFormBody(body)).toEqual({
			event: 'ONUSERADD',
			data: { ID: '123', UF_DEPARTMENT: ['1', '2'], NAME: 'Klaus Weber & Co' },
			auth: { domain: 'x.bitrix24.com', application_token: 'abc' },
		});
	});

	it('keeps objects with id keys as objects, appends [] values, and ignores prototype keys', () => {
		const body = {
			'data[BOT][567][BOT_ID]': '567',
			'select[]': ['ID', 'TITLE'],
			'__proto__[polluted]': 'yes',
			'data[constructor][x]': 'no',
			'odd[key': 'kept flat',
		};
		const rebuilt = rebuildFormBody(body);
		expect(rebuilt).toEqual({ data: { BOT: { 567: { BOT_ID: '567' } } }, select: ['ID', 'TITLE'], 'odd[key': 'kept flat' });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('accepts a body that is already nested', () => {
		expect(rebuildFormBody({ data: { FIELDS: { ID: '7' } }, 'auth[domain]': 'd' })).toEqual({
			data: { FIELDS: { ID: '7' } },
			auth: { domain: 'd' },
		});
	});
});

describe('event items', () => {
	it('takes the ids where each event family puts them', () => {
		const task = parseEvent(
			rebuildFormBody(asN8nParses({ event: 'ONTASKCOMMENTDELETE', data: { FIELDS_BEFORE: { ID: 9, TASK_ID: 555 }, FIELDS_AFTER: 'undefined' }, ts: 1466439714 })),
		);
		expect(task.json).toMatchObject({ event: 'ONTASKCOMMENTDELETE', id: 9, taskId: 555, ts: 1466439714, timestamp: '2016-06-20T16:21:54.000Z' });
		const calendar = parseEvent({ event: 'ONCALENDARENTRYUPDATE', data: { id: '1414' } });
		expect(calendar.json.id).toBe(1414);
		const typed = parseEvent({ event: 'ONCRMDYNAMICITEMUPDATE_147', data: { FIELDS: { ID: '3' } } });
		expect(typed.json).toMatchObject({ id: 3, entityTypeId: 147, eventName: 'Smart Process Item Updated' });
		const unknown = parseEvent({ event: 'ONCRMBANKDETAILADD', data: { FIELDS: { ID: '44' } } });
		expect(unknown.json).toMatchObject({ event: 'ONCRMBANKDETAILADD', id: 44 });
	});

	it('drops the tokens bot events carry inside their data', () => {
		const parsed = parseEvent({
			event: 'ONIMBOTMESSAGEADD',
			data: {
				BOT: { 567: { access_token: 'secret-1', application_token: 'secret-2', AUTH: { refresh_token: 'secret-3' }, BOT_ID: '567' } },
				PARAMS: { MESSAGE: 'Hello', MESSAGE_ID: '84331', DIALOG_ID: '27' },
			},
			auth: { access_token: 'secret-4', application_token: 'secret-5', domain: 'x' },
		});
		expect(JSON.stringify(parsed.json)).not.toMatch(/secret/);
		expect(parsed.json).toMatchObject({ messageId: 84331, dialogId: 27, data: { BOT: { 567: { BOT_ID: '567' } } } });
	});
});

describe('the event catalog', () => {
	it('offers only events the docs list, once each, with a description', () => {
		const codes = EVENTS.map((spec) => spec.value);
		expect(codes.filter((code) => !KNOWN_EVENTS.has(code))).toEqual([]);
		expect(new Set(codes).size).toBe(codes.length);
		expect(EVENTS.filter((spec) => !spec.description.startsWith(`${spec.value}: `))).toEqual([]);
		expect(findEvent('onCrmActivityAdd')?.value).toBe('ONCRMACTIVITYADD');
	});

	it('is what docs/trigger-events.md lists (run `npm run docs` after changing it)', () => {
		const committed = readFileSync(join(__dirname, '..', '..', 'docs', 'trigger-events.md'), 'utf8');
		expect(committed).toBe(renderTriggerEventsDoc());
	});

	it('narrows smart-process item events to one type when asked', () => {
		expect(eventsToBind(['onCrmDynamicItemUpdate', 'ONTASKADD'], 1032)).toEqual(['ONCRMDYNAMICITEMUPDATE_1032', 'ONTASKADD']);
		expect(eventsToBind(['ONCRMDYNAMICITEMUPDATE'], 0)).toEqual(['ONCRMDYNAMICITEMUPDATE']);
	});
});

describe('record requests for Fetch Full Record', () => {
	const sourceOf = (code: string) => findEvent(code)!.record!;

	it('reads CRM records with crm.item.get or the classic method, tasks, activities and calendar events', () => {
		expect(recordRequest(sourceOf('ONCRMLEADUPDATE'), { id: 5 }, 'item')).toEqual({
			method: 'crm.item.get',
			params: { entityTypeId: 1, id: 5 },
			path: 'item',
		});
		expect(recordRequest(sourceOf('ONCRMCOMPANYADD'), { id: 5 }, 'legacy')).toEqual({ method: 'crm.company.get', params: { id: 5 } });
		expect(recordRequest(sourceOf('ONCRMQUOTEADD'), { id: 5 }, 'legacy')?.method).toBe('crm.item.get');
		expect(recordRequest(sourceOf('ONCRMDYNAMICITEMADD'), { id: 5, entityTypeId: 1032 }, 'legacy')?.params).toEqual({
			entityTypeId: 1032,
			id: 5,
		});
		expect(recordRequest(sourceOf('ONTASKUPDATE'), { id: 8 }, 'item')).toMatchObject({ method: 'tasks.task.get', params: { taskId: 8 }, path: 'task' });
		expect(recordRequest(sourceOf('ONCRMACTIVITYUPDATE'), { id: 3 }, 'item')).toEqual({ method: 'crm.activity.get', params: { id: 3 } });
		expect(recordRequest(sourceOf('ONCALENDARENTRYADD'), { id: 3 }, 'item')?.method).toBe('calendar.event.getbyid');
		expect(recordRequest(sourceOf('ONCRMDEALADD'), {}, 'item')).toBeUndefined();
	});

	it('has nothing to read for deletions', () => {
		expect(EVENTS.filter((spec) => /DELETE$/.test(spec.value) && spec.record)).toEqual([]);
	});
});

describe('the polling cursor', () => {
	const keys = { idKey: 'id', timeKey: 'updatedTime' };
	const row = (id: number, updatedTime: string) => ({ id, updatedTime });

	it('writes the next window start in the portal offset, a minute before the latest time', () => {
		const cursor = startCursor('k', '2026-11-22T10:00:30+03:00', [], keys);
		expect(windowStart(cursor)).toBe('2026-11-22T09:59:30+03:00');
	});

	it('keeps one version of a record a list returned twice, and the later one', () => {
		const cursor = startCursor('k', '2026-11-22T10:00:00+03:00', [], keys);
		const { fresh } = advance(cursor, [row(1, '2026-11-22T10:00:05+03:00'), row(1, '2026-11-22T10:00:07+03:00')], keys, 'newOrUpdated');
		expect(fresh).toEqual([row(1, '2026-11-22T10:00:07+03:00')]);
	});
});
