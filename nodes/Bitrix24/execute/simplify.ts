import type { IDataObject } from 'n8n-workflow';

import type { SimplifiedApi } from '../catalog/types';
import { stageDictionary, STATUS_LIST, statusListParams } from '../catalog/stageDictionaries';
import type { Bitrix24Client } from '../transport/client';

/** The standard fields a person reads, in both namings (classic UPPER_CASE and crm.item camelCase). */
const READABLE = new Set([
	'ID', 'TITLE', 'NAME', 'SECOND_NAME', 'LAST_NAME', 'COMPANY_TITLE', 'POST', 'TYPE_ID', 'COMPANY_TYPE',
	'CATEGORY_ID', 'STAGE_ID', 'STATUS_ID', 'CLOSED', 'OPPORTUNITY', 'CURRENCY_ID', 'BEGINDATE', 'CLOSEDATE',
	'BIRTHDATE', 'DATE_CREATE', 'DATE_MODIFY', 'ASSIGNED_BY_ID', 'COMPANY_ID', 'CONTACT_ID', 'SOURCE_ID', 'COMMENTS',
	'id', 'title', 'name', 'secondName', 'lastName', 'companyTitle', 'post', 'typeId', 'categoryId', 'stageId',
	'closed', 'opportunity', 'currencyId', 'begindate', 'closedate', 'birthdate', 'createdTime', 'updatedTime',
	'assignedById', 'companyId', 'contactId', 'contactIds', 'sourceId', 'comments',
]);

const CONTACT_DATA = new Set(['PHONE', 'EMAIL', 'WEB', 'IM']);

interface CustomField {
	label: string;
	/** Enumeration items: value id -> shown text. */
	items?: Map<string, string>;
}

/** Custom fields by the key records carry them under. */
export type CustomFields = Map<string, CustomField>;

/** `UF_CRM_TASK` -> `ufCrmTask`, the naming of the task methods' answers. */
const camelCase = (code: string) => code.toLowerCase().replace(/_([a-z0-9])/g, (_, next: string) => next.toUpperCase());

/** Task custom fields under both their code and the camelCase key records carry them under. */
async function taskCustomFields(client: Bitrix24Client): Promise<CustomFields> {
	const { result } = await client.call('tasks.task.getFields', {}, { retrySafe: true });
	const described = ((result as IDataObject)?.fields ?? {}) as Record<string, IDataObject>;
	const fields: CustomFields = new Map();
	for (const [key, field] of Object.entries(described)) {
		if (!key.startsWith('UF_')) continue;
		const entry = { label: String(field?.title || key) };
		fields.set(key, entry);
		fields.set(camelCase(key), entry);
	}
	return fields;
}

/** The description call of one API; `scope` carries the entity type and naming of crm.item calls. */
export async function customFieldsOf(client: Bitrix24Client, api: SimplifiedApi, scope: IDataObject): Promise<CustomFields> {
	if (api.api === 'task') return taskCustomFields(client);
	const method = api.api === 'legacy' ? `crm.${api.entity}.fields` : 'crm.item.fields';
	const params: IDataObject = {};
	if (api.api === 'item') {
		params.entityTypeId = scope.entityTypeId;
		if (scope.useOriginalUfNames !== undefined) params.useOriginalUfNames = scope.useOriginalUfNames;
	}
	const { result } = await client.call(method, params, { retrySafe: true });
	const described = (api.api === 'legacy' ? result : (result as IDataObject).fields) as Record<string, IDataObject>;
	const fields: CustomFields = new Map();
	for (const [key, field] of Object.entries(described ?? {})) {
		if (!field?.isDynamic) continue;
		const label = String(field.listLabel || field.formLabel || field.title || key);
		const items = Array.isArray(field.items)
			? new Map((field.items as IDataObject[]).map((item) => [String(item.ID), String(item.VALUE)]))
			: undefined;
		fields.set(key, { label, items });
	}
	return fields;
}

function isEmpty(value: unknown): boolean {
	return (
		value === null ||
		value === undefined ||
		value === '' ||
		value === false ||
		(Array.isArray(value) && value.length === 0)
	);
}

function shown(field: CustomField, value: unknown): unknown {
	if (!field.items) return value;
	const label = (entry: unknown) => field.items?.get(String(entry)) ?? entry;
	return Array.isArray(value) ? value.map(label) : label(value);
}

/** `[{ID, VALUE_TYPE, VALUE, TYPE_ID}]` -> `[{VALUE, VALUE_TYPE}]` */
function contactData(value: unknown): unknown {
	if (!Array.isArray(value)) return value;
	return (value as IDataObject[]).map((entry) => ({ VALUE: entry.VALUE, VALUE_TYPE: entry.VALUE_TYPE }));
}

/** The custom fields of `record` that hold something: [label, key, value shown]. */
function filledCustomFields(record: IDataObject, custom: CustomFields): Array<[string, string, unknown]> {
	return Object.entries(record)
		.filter(([key, value]) => custom.has(key) && !isEmpty(value))
		.map(([key, value]) => {
			const field = custom.get(key) as CustomField;
			return [field.label, key, shown(field, value)];
		});
}

/** Adds custom fields keyed by their labels; a label two fields (or a standard field) share gets the code added. */
function withLabelled(simple: IDataObject, labelled: Array<[string, string, unknown]>): IDataObject {
	const counts = new Map<string, number>();
	for (const [label] of labelled) counts.set(label, (counts.get(label) ?? 0) + 1);
	for (const [label, key, value] of labelled) {
		const unique = counts.get(label) === 1 && !(label in simple);
		simple[unique ? label : `${label} (${key})`] = value as IDataObject[string];
	}
	return simple;
}

/** The readable standard fields and contact data of a CRM record, and its custom fields that hold something. */
function simplifyCrmRecord(record: IDataObject, custom: CustomFields): IDataObject {
	const simple: IDataObject = {};
	for (const [key, value] of Object.entries(record)) {
		if (READABLE.has(key)) simple[key] = value;
		else if (CONTACT_DATA.has(key)) simple[key] = contactData(value) as IDataObject[string];
	}
	return withLabelled(simple, filledCustomFields(record, custom));
}

const TASK_STATUSES: Record<string, string> = {
	'2': 'Pending',
	'3': 'In Progress',
	'4': 'Supposedly Completed',
	'5': 'Completed',
	'6': 'Deferred',
};

const TASK_DATES = ['deadline', 'createdDate', 'changedDate', 'closedDate'];

/** A user a task names: the id, and the name when the task carries the user's card (`responsible`, `creator`). */
function taskPerson(record: IDataObject, idKey: string, cardKey: string): IDataObject | undefined {
	const card = typeof record[cardKey] === 'object' && record[cardKey] !== null ? (record[cardKey] as IDataObject) : undefined;
	const id = record[idKey] ?? card?.id;
	if (id === undefined || id === null) return undefined;
	return card?.name === undefined ? { id } : { id, name: card.name };
}

/** What a person reads of a task: status with its name, the people by name, dates, and filled custom fields. */
function simplifyTask(record: IDataObject, custom: CustomFields): IDataObject {
	const simple: IDataObject = {};
	const put = (key: string, value: unknown) => {
		if (value !== undefined) simple[key] = value as IDataObject[string];
	};
	put('id', record.id);
	put('title', record.title);
	put('status', record.status);
	put('statusName', record.status === undefined ? undefined : (TASK_STATUSES[String(record.status)] ?? null));
	put('responsible', taskPerson(record, 'responsibleId', 'responsible'));
	put('creator', taskPerson(record, 'createdBy', 'creator'));
	for (const key of TASK_DATES) put(key, record[key]);
	put('groupId', record.groupId);
	put('priority', record.priority);
	return withLabelled(simple, filledCustomFields(record, custom));
}

/** A record reduced to what a person reads, custom fields keyed by their labels with list values as their texts. */
export function simplifyRecord(api: SimplifiedApi, record: IDataObject, custom: CustomFields): IDataObject {
	return api.api === 'task' ? simplifyTask(record, custom) : simplifyCrmRecord(record, custom);
}

/** Stage names by stage id, per crm.status dictionary; each dictionary is read once per run. */
export type StageNames = (entityId: string) => Promise<Map<string, string>>;

export function stageNamesReader(client: Bitrix24Client): StageNames {
	const read = new Map<string, Promise<Map<string, string>>>();
	return (entityId) => {
		if (!read.has(entityId)) {
			const rows = client.list('crm.status.list', statusListParams(entityId), STATUS_LIST);
			read.set(entityId, rows.then((list) => new Map(list.map((row) => [String(row.STATUS_ID), String(row.NAME)]))));
		}
		return read.get(entityId) as Promise<Map<string, string>>;
	};
}

/** `STAGE_ID` -> `STAGE_NAME`, lead `STATUS_ID` -> `STATUS_NAME`, crm.item `stageId` -> `stageName`. */
const STAGE_KEYS: Array<[idKey: string, nameKey: string, categoryKey: string]> = [
	['STAGE_ID', 'STAGE_NAME', 'CATEGORY_ID'],
	['STATUS_ID', 'STATUS_NAME', 'CATEGORY_ID'],
	['stageId', 'stageName', 'categoryId'],
];

/** The pipeline of a stage: the record's own, else the one its id names (`C3:NEW`, `DT128_5:NEW`). */
function pipelineOf(record: IDataObject, categoryKey: string, stageId: string): number {
	const own = Number(record[categoryKey]);
	if (record[categoryKey] !== undefined && record[categoryKey] !== null && Number.isInteger(own)) return own;
	const named = /^(?:C|DT\d+_)(\d+):/.exec(stageId);
	return named ? Number(named[1]) : 0;
}

/** Adds the name of the record's stage beside its id, read from the pipeline's stage dictionary. */
export async function withStageName(record: IDataObject, entityTypeId: number, names: StageNames): Promise<IDataObject> {
	for (const [idKey, nameKey, categoryKey] of STAGE_KEYS) {
		const stageId = record[idKey];
		if (typeof stageId !== 'string' || stageId === '') continue;
		const entityId = stageDictionary(entityTypeId, pipelineOf(record, categoryKey, stageId));
		if (!entityId) continue;
		const name = (await names(entityId)).get(stageId);
		if (name !== undefined) return { ...record, [nameKey]: name };
	}
	return record;
}
