import type { IDataObject } from 'n8n-workflow';

import type { ListShape } from '../transport/pagination';
import { TASK_FIELDS } from './records';

/** What the polling trigger watches: one list method, its time fields and how it pages. */
export interface PollSource {
	method: string;
	/** Fixed parameters (entity type, field selection). */
	params: IDataObject;
	shape: ListShape;
	/** Filter and order key of the creation / modification time. */
	createdFilterKey: string;
	updatedFilterKey: string;
	/** Where those times sit in a returned row (tasks answer in camelCase). */
	createdRowKey: string;
	updatedRowKey: string;
}

export type PollResource = 'crmItem' | 'deal' | 'lead' | 'contact' | 'company' | 'task' | 'activity';

function legacyCrm(entity: string): PollSource {
	return {
		method: `crm.${entity}.list`,
		params: { select: ['*', 'UF_*'] },
		shape: { idKey: 'ID', filterParam: 'filter', orderParam: 'order', selectParam: 'select', fast: true },
		createdFilterKey: 'DATE_CREATE',
		updatedFilterKey: 'DATE_MODIFY',
		createdRowKey: 'DATE_CREATE',
		updatedRowKey: 'DATE_MODIFY',
	};
}

export function pollSource(resource: PollResource, entityTypeId: number): PollSource {
	switch (resource) {
		case 'crmItem':
			return {
				method: 'crm.item.list',
				params: { entityTypeId, select: ['*'] },
				shape: { rowsPath: 'items', idKey: 'id', filterParam: 'filter', orderParam: 'order', selectParam: 'select', fast: true },
				createdFilterKey: 'createdTime',
				updatedFilterKey: 'updatedTime',
				createdRowKey: 'createdTime',
				updatedRowKey: 'updatedTime',
			};
		case 'deal':
		case 'lead':
		case 'contact':
		case 'company':
			return legacyCrm(resource);
		case 'task':
			return {
				method: 'tasks.task.list',
				params: { select: TASK_FIELDS },
				shape: {
					rowsPath: 'tasks',
					idKey: 'id',
					cursorKey: 'ID',
					filterParam: 'filter',
					orderParam: 'order',
					selectParam: 'select',
					fast: true,
				},
				createdFilterKey: 'CREATED_DATE',
				updatedFilterKey: 'CHANGED_DATE',
				createdRowKey: 'createdDate',
				updatedRowKey: 'changedDate',
			};
		case 'activity':
			return {
				method: 'crm.activity.list',
				params: { select: ['*', 'COMMUNICATIONS'] },
				shape: { idKey: 'ID', filterParam: 'filter', orderParam: 'order', selectParam: 'select', fast: true },
				createdFilterKey: 'CREATED',
				updatedFilterKey: 'LAST_UPDATED',
				createdRowKey: 'CREATED',
				updatedRowKey: 'LAST_UPDATED',
			};
	}
}
