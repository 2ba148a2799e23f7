import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { binaryItem, PAYLOAD, seedFile } from './drive';
import { seedTask } from './task';
import type { CaseTable, Prepared } from './types';

/** A second non-text payload, so two files in one field can be told apart. */
export const OTHER_PAYLOAD = Buffer.from([0x00, 0x01, 0xfe, 0xff, 0x25, 0x50, 0x44, 0x46, 0x0a, 0xe2, 0x82, 0xac]);

const base64 = (content: Buffer) => content.toString('base64');

function bytesOf(item: INodeExecutionData, property = 'data'): Buffer {
	return Buffer.from(String(item.binary?.[property]?.data), 'base64');
}

/** Declares a custom field of type File on a CRM entity type, as the portal's settings would. */
export function seedFileField(emulator: Emulator, entityTypeId: number, multiple: boolean): { upper: string; key: string } {
	const spa = emulator.state.crm.typeByEntityTypeId(entityTypeId);
	const classic: Record<number, string> = { 1: 'CRM_LEAD', 2: 'CRM_DEAL', 3: 'CRM_CONTACT', 4: 'CRM_COMPANY', 7: 'CRM_QUOTE', 31: 'CRM_SMART_INVOICE' };
	const upper = spa ? `UF_CRM_${spa.id}_DOCS` : 'UF_CRM_DOCS';
	const store = emulator.state.crm.userFields;
	const id = store.ids.next();
	const entityId = classic[entityTypeId] ?? `CRM_${spa?.id}`;
	store.fields.set(id, {
		id,
		entityId,
		values: {
			ID: String(id),
			ENTITY_ID: entityId,
			FIELD_NAME: upper,
			USER_TYPE_ID: 'file',
			MULTIPLE: multiple ? 'Y' : 'N',
			MANDATORY: 'N',
			SORT: '100',
			SETTINGS: {},
			EDIT_FORM_LABEL: { en: 'Documents' },
		},
	});
	return { upper, key: spa ? `ufCrm${spa.id}_DOCS` : 'ufCrm_DOCS' };
}

/** A record whose multiple file field already holds one file. */
function seedRecordWithFile(emulator: Emulator, entityTypeId: number): Prepared {
	const field = seedFileField(emulator, entityTypeId, true);
	const id = emulator.seed.crmItem(entityTypeId, { title: 'With files', [field.key]: [['contract.pdf', base64(OTHER_PAYLOAD)]] });
	const [oldFileId] = emulator.state.crm.itemsOf(entityTypeId).get(id)?.values[field.key] as number[];
	return { entityTypeId, id, oldFileId, ...field };
}

export function storedFiles(emulator: Emulator, prepared: Prepared): Array<{ name: string; content: Buffer }> {
	const ids = emulator.state.crm.itemsOf(Number(prepared.entityTypeId)).get(Number(prepared.id))?.values[String(prepared.key)];
	return (ids as number[]).map((fileId) => emulator.state.crm.files.files.get(fileId) as { name: string; content: Buffer });
}

interface FileCaseShape {
	resource: string;
	/** The record's entity type, or a setup that makes one (a smart process). */
	entityTypeId: number | ((emulator: Emulator) => number);
	/** The node parameters naming the record (the entity type too where the user picks it). */
	target: (prepared: Prepared) => IDataObject;
	/** Whether the field is named the classic way (UF_CRM_...) rather than crm.item's. */
	classicCode?: boolean;
}

/** Upload to and download from a file field of one CRM resource. */
export function fileFieldCases({ resource, entityTypeId, target, classicCode }: FileCaseShape): CaseTable {
	const setup = (emulator: Emulator) =>
		seedRecordWithFile(emulator, typeof entityTypeId === 'number' ? entityTypeId : entityTypeId(emulator));
	const code = (prepared: Prepared) => String(classicCode ? prepared.upper : prepared.key);
	return {
		[`${resource}.uploadFile`]: {
			setup,
			input: () => binaryItem('scan.png', 'image/png'),
			parameters: (prepared) => ({ ...target(prepared), fieldName: code(prepared), binaryPropertyName: 'data' }),
			sent: (prepared) => ({
				entityTypeId: prepared.entityTypeId,
				id: prepared.id,
				fields: { [String(prepared.key)]: [{ id: prepared.oldFileId }, ['scan.png', base64(PAYLOAD)]] },
			}),
			output: (items, prepared, emulator) => {
				const files = items[0].json[String(prepared.key)] as IDataObject[];
				expect(items).toHaveLength(1);
				expect(files.map((file) => file.id)).toEqual([prepared.oldFileId, expect.any(Number)]);
				expect(String(files[1].urlMachine)).toContain('auth=***');
				const stored = storedFiles(emulator, prepared);
				expect(stored.map((file) => file.name)).toEqual(['contract.pdf', 'scan.png']);
				expect(stored[0].content.equals(OTHER_PAYLOAD) && stored[1].content.equals(PAYLOAD)).toBe(true);
			},
		},
		[`${resource}.downloadFile`]: {
			setup: (emulator) => {
				const prepared = setup(emulator);
				emulator.seed.call('crm.item.update', {
					entityTypeId: prepared.entityTypeId,
					id: prepared.id,
					fields: { [String(prepared.key)]: [{ id: prepared.oldFileId }, ['scan.png', base64(PAYLOAD)]] },
				});
				return prepared;
			},
			parameters: (prepared) => ({ ...target(prepared), fieldName: code(prepared), outputBinaryPropertyName: 'file' }),
			sent: (prepared) => ({ entityTypeId: prepared.entityTypeId, id: prepared.id }),
			output: (items, prepared) => {
				expect(items.map((item) => item.json)).toEqual([
					{ entityTypeId: prepared.entityTypeId, id: prepared.id, field: prepared.key, fileId: prepared.oldFileId, fileName: 'contract.pdf' },
					{ entityTypeId: prepared.entityTypeId, id: prepared.id, field: prepared.key, fileId: expect.any(Number), fileName: 'scan.png' },
				]);
				expect(items.map((item) => item.binary?.file?.mimeType)).toEqual(['application/pdf', 'image/png']);
				expect(bytesOf(items[0], 'file').equals(OTHER_PAYLOAD)).toBe(true);
				expect(bytesOf(items[1], 'file').equals(PAYLOAD)).toBe(true);
			},
		},
	};
}

function smartProcessType(emulator: Emulator): number {
	const { result } = emulator.seed.call('crm.type.add', { fields: { title: 'Shipments' } });
	return Number((result as { type: IDataObject }).type.entityTypeId);
}

const LEGACY: Array<[string, number]> = [['lead', 1], ['deal', 2], ['contact', 3], ['company', 4]];

function attachedFile(emulator: Emulator): Prepared {
	const taskId = seedTask(emulator);
	const fileId = seedFile(emulator, 'plan.png');
	const { result } = emulator.seed.call('tasks.task.files.attach', { taskId, fileId });
	return { taskId, fileId, attachmentId: (result as IDataObject).attachmentId };
}

export const fileCases: CaseTable = {
	...fileFieldCases({
		resource: 'crmItem',
		entityTypeId: 2,
		target: ({ entityTypeId, id }) => ({ entityTypeId: String(entityTypeId), itemId: String(id) }),
	}),
	...fileFieldCases({
		resource: 'smartProcessItem',
		entityTypeId: smartProcessType,
		target: ({ entityTypeId, id }) => ({ entityTypeId: Number(entityTypeId), itemId: String(id) }),
	}),
	...fileFieldCases({ resource: 'crmQuote', entityTypeId: 7, target: ({ id }) => ({ itemId: String(id) }) }),
	...fileFieldCases({ resource: 'crmInvoice', entityTypeId: 31, target: ({ id }) => ({ itemId: String(id) }) }),
	...Object.assign(
		{},
		...LEGACY.map(([resource, entityTypeId]) =>
			fileFieldCases({ resource, entityTypeId, target: ({ id }) => ({ recordId: String(id) }), classicCode: true }),
		),
	),
	'task.uploadAttachment': {
		setup: (emulator) => ({ taskId: seedTask(emulator) }),
		input: () => binaryItem('Отчёт.pdf', 'application/pdf'),
		parameters: ({ taskId }) => ({ taskId: String(taskId), folderId: '1' }),
		sent: ({ taskId }) => ({ taskId, fileId: expect.any(Number) }),
		output: (items, { taskId }, emulator) => {
			const [result] = items.map((item) => item.json);
			expect(result).toMatchObject({ attachmentId: expect.any(Number), fileId: expect.any(Number), file: { NAME: 'Отчёт.pdf' } });
			const attachment = emulator.state.disk.attached.get(Number(result.attachmentId));
			expect(attachment).toMatchObject({ objectId: result.fileId, entityId: taskId });
			const file = emulator.state.disk.objects.get(Number(result.fileId));
			expect(file && emulator.state.disk.currentVersion(file)?.content.equals(PAYLOAD)).toBe(true);
		},
	},
	'task.downloadAttachment': {
		setup: attachedFile,
		parameters: ({ attachmentId }) => ({ attachmentId: `n${attachmentId}` }),
		sent: ({ attachmentId }) => ({ id: attachmentId }),
		output: (items, { attachmentId, fileId }) => {
			expect(items.map((item) => item.json)).toEqual([expect.objectContaining({ attachmentId, ID: String(fileId), NAME: 'plan.png' })]);
			expect(items[0].binary?.data).toMatchObject({ fileName: 'plan.png', mimeType: 'image/png' });
			expect(bytesOf(items[0]).equals(PAYLOAD)).toBe(true);
		},
	},
};
