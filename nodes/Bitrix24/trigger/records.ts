import type { IDataObject } from 'n8n-workflow';

import type { RestCall } from '../transport/batch';
import type { Bitrix24Client } from '../transport/client';
import { Bitrix24Error } from '../transport/errors';
import type { RecordSource } from './eventCatalog';

/** How CRM records of the four classic types are read: universal camelCase or legacy UPPER_CASE. */
export type CrmFormat = 'item' | 'legacy';

const LEGACY_CRM: Record<number, string> = { 1: 'crm.lead', 2: 'crm.deal', 3: 'crm.contact', 4: 'crm.company' };

/** Task fields worth having; tasks.task.get's default set may change, so they are named. */
export const TASK_FIELDS = [
	'ID',
	'TITLE',
	'DESCRIPTION',
	'STATUS',
	'REAL_STATUS',
	'PRIORITY',
	'MARK',
	'GROUP_ID',
	'PARENT_ID',
	'STAGE_ID',
	'CREATED_BY',
	'RESPONSIBLE_ID',
	'ACCOMPLICES',
	'AUDITORS',
	'CREATED_DATE',
	'CHANGED_DATE',
	'CLOSED_DATE',
	'START_DATE_PLAN',
	'END_DATE_PLAN',
	'DEADLINE',
	'TIME_ESTIMATE',
	'UF_CRM_TASK',
];

export interface RecordRequest extends RestCall {
	/** Where the record sits in the method's `result`. */
	path?: string;
}

function positive(value: unknown): number | undefined {
	const number = Number(value);
	return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** The call that reads the record an event is about, or undefined when there is none to read. */
export function recordRequest(source: RecordSource, ids: IDataObject, crmFormat: CrmFormat): RecordRequest | undefined {
	const id = positive(ids.id);
	if (id === undefined) return undefined;
	switch (source.kind) {
		case 'crm': {
			const entityTypeId = source.entityTypeId ?? positive(ids.entityTypeId);
			if (entityTypeId === undefined) return undefined;
			const legacy = LEGACY_CRM[entityTypeId];
			if (crmFormat === 'legacy' && legacy) return { method: `${legacy}.get`, params: { id } };
			return { method: 'crm.item.get', params: { entityTypeId, id }, path: 'item' };
		}
		case 'activity':
			return { method: 'crm.activity.get', params: { id } };
		case 'timelineComment':
			return { method: 'crm.timeline.comment.get', params: { id } };
		case 'task':
			return { method: 'tasks.task.get', params: { taskId: id, select: TASK_FIELDS }, path: 'task' };
		case 'calendarEntry':
			return { method: 'calendar.event.getbyid', params: { id } };
	}
}

/** The record inside a `*.get` answer; tasks.task.get answers `[]` for a task it cannot show. */
export function recordOf(request: RecordRequest, result: unknown): IDataObject {
	const value = request.path && typeof result === 'object' && result !== null && !Array.isArray(result)
		? (result as IDataObject)[request.path]
		: result;
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new Bitrix24Error('NOT_FOUND', 'The record was not found or is not visible to this user', undefined, request.method);
	}
	return value as IDataObject;
}

export async function fetchRecord(client: Bitrix24Client, request: RecordRequest): Promise<IDataObject> {
	const answer = await client.call(request.method, request.params, { retrySafe: true });
	return recordOf(request, answer.result);
}
