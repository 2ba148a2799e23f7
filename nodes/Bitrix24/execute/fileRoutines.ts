import type { IBinaryKeyData, IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { CatalogOperation } from '../catalog';
import type { Bitrix24Client } from '../transport/client';
import { binaryFromLink, outputPropertyName } from './binaryOutput';
import { InputError } from './inputError';

/** Output items, each with the binary data that goes with it. */
export interface RoutineItems {
	json: IDataObject[];
	binaries?: IBinaryKeyData[];
}

type FilePair = [string, string];

const READ = { retrySafe: true };

/** crm.item names custom fields ufCrm5_1700000000 where the classic API says UF_CRM_5_1700000000. */
function itemFieldKey(code: string): string {
	const numbered = /^UF_CRM_(\d+)_(.+)$/i.exec(code);
	if (numbered) return `ufCrm${numbered[1]}_${numbered[2]}`;
	const plain = /^UF_CRM_(.+)$/i.exec(code);
	return plain ? `ufCrm_${plain[1]}` : code;
}

interface FileField {
	key: string;
	multiple: boolean;
}

/** The File field "Field Code" names, as the entity type's field descriptions give it (crm.item.fields). */
async function describeFileField(client: Bitrix24Client, params: IDataObject): Promise<FileField> {
	const code = String(params.fieldName ?? '').trim();
	if (code === '') throw new InputError('"Field Code" is required');
	const { result } = await client.call('crm.item.fields', { entityTypeId: params.entityTypeId }, READ);
	const fields = ((result as IDataObject | undefined)?.fields ?? {}) as Record<string, IDataObject>;
	const key = Object.keys(fields).find(
		(name) => name === code || name === itemFieldKey(code) || String(fields[name].upperName ?? '') === code.toUpperCase(),
	);
	if (!key) throw new InputError(`"Field Code": the record has no field "${code}"`);
	if (fields[key].type !== 'file') {
		throw new InputError(`"Field Code": the field "${code}" is of type ${String(fields[key].type)}, not File`);
	}
	return { key, multiple: fields[key].isMultiple === true };
}

/** The files a record's file field holds, each `{id, url, urlMachine}`. */
async function filesIn(client: Bitrix24Client, params: IDataObject, field: FileField): Promise<IDataObject[]> {
	const { result } = await client.call('crm.item.get', { entityTypeId: params.entityTypeId, id: params.id }, READ);
	const value = ((result as IDataObject | undefined)?.item as IDataObject | undefined)?.[field.key];
	return (Array.isArray(value) ? value : value ? [value] : []) as IDataObject[];
}

/**
 * Adds the item's files to a CRM file field with crm.item.update. A multiple field keeps the files
 * it holds, sent back as `{id}` (Bitrix24 deletes every file a write leaves out), unless "Replace
 * Existing Files" is on; a single field takes exactly one file, which replaces the old one.
 */
export async function uploadToFileField(client: Bitrix24Client, params: IDataObject): Promise<RoutineItems> {
	const field = await describeFileField(client, params);
	const added = params.files as FilePair[];
	let value: unknown;
	if (field.multiple) {
		const kept = params.replace === true ? [] : (await filesIn(client, params, field)).map((file) => ({ id: file.id }));
		value = [...kept, ...added];
	} else {
		if (added.length !== 1) {
			throw new InputError(`"Input Binary Fields": the field "${params.fieldName}" holds one file, got ${added.length}`);
		}
		value = added[0];
	}
	const update = { entityTypeId: params.entityTypeId, id: params.id, fields: { [field.key]: value } };
	const { result } = await client.call('crm.item.update', update, { retrySafe: false });
	return { json: [((result as IDataObject | undefined)?.item ?? {}) as IDataObject] };
}

/** Downloads every file of a CRM file field (crm.item's `urlMachine` links): one output item per file. */
export async function downloadFileField(
	ctx: IExecuteFunctions,
	client: Bitrix24Client,
	operation: CatalogOperation,
	params: IDataObject,
	itemIndex: number,
): Promise<RoutineItems> {
	const propertyName = outputPropertyName(ctx, itemIndex, operation, 'outputBinaryPropertyName');
	const field = await describeFileField(client, params);
	const files = await filesIn(client, params, field);
	if (files.length === 0) throw new InputError(`The field "${params.fieldName}" of record ${params.id} holds no file`);
	const items: RoutineItems = { json: [], binaries: [] };
	for (const file of files) {
		const binary = await binaryFromLink(ctx, client, file.urlMachine, `crm.item.get ${field.key}`);
		items.json.push({ entityTypeId: params.entityTypeId, id: params.id, field: field.key, fileId: file.id, fileName: binary.fileName });
		items.binaries?.push({ [propertyName]: binary });
	}
	return items;
}

/** Uploads the item's file to a Drive folder (a unique name if taken) and attaches it to the task. */
export async function uploadTaskFile(client: Bitrix24Client, params: IDataObject): Promise<RoutineItems> {
	const upload = { id: params.folderId, data: params.data, fileContent: params.fileContent, generateUniqueName: true };
	const { result: file } = await client.call('disk.folder.uploadFile', upload, { retrySafe: false });
	const fileId = Number((file as IDataObject).ID);
	const attach = { taskId: params.taskId, fileId };
	const { result } = await client.call('tasks.task.files.attach', attach, { retrySafe: false });
	return { json: [{ ...(result as IDataObject), fileId, file: file as IDataObject }] };
}

/** A task file: its attachment names the Drive file, whose DOWNLOAD_URL gives the bytes. */
export async function downloadTaskFile(
	ctx: IExecuteFunctions,
	client: Bitrix24Client,
	operation: CatalogOperation,
	params: IDataObject,
	itemIndex: number,
): Promise<RoutineItems> {
	const propertyName = outputPropertyName(ctx, itemIndex, operation, 'outputBinaryPropertyName');
	const attachmentId = String(params.attachmentId ?? '').trim().replace(/^n/i, '');
	if (!/^\d+$/.test(attachmentId)) {
		throw new InputError(`"Attachment ID" must be an attachment ID such as 1079 or n1079, got ${JSON.stringify(params.attachmentId)}`);
	}
	const { result: attachment } = await client.call('disk.attachedObject.get', { id: Number(attachmentId) }, READ);
	const { result: file } = await client.call('disk.file.get', { id: (attachment as IDataObject).OBJECT_ID }, READ);
	const record = file as IDataObject;
	const name = typeof record.NAME === 'string' ? record.NAME : undefined;
	const binary = await binaryFromLink(ctx, client, record.DOWNLOAD_URL, 'disk.file.get DOWNLOAD_URL', name);
	return { json: [{ attachmentId: Number(attachmentId), ...record }], binaries: [{ [propertyName]: binary }] };
}
