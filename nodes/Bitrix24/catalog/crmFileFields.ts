import { collection, flag, inputBinaryFields, outputBinaryField, text } from './fields';
import type { CatalogField, CatalogOperation } from './types';

const fieldCode = text('fieldName', 'Field Code', 'fieldName', {
	required: true,
	placeholder: 'e.g. ufCrm5_1700000000',
	description:
		'Code of the custom field of type File, as crm.item names it (ufCrm5_1700000000) or as the classic methods do (UF_CRM_5_1700000000). Fields of type File (Drive) hold Drive files instead: use the Drive resources for those.',
});

/**
 * File fields of CRM records, read and written through crm.item.get/update as the docs advise for
 * every CRM type (the classic crm.deal.update and its siblings are not recommended for files).
 */
export function crmFileFieldOperations(entityType: CatalogField, record: CatalogField, noun: string): CatalogOperation[] {
	return [
		{
			value: 'uploadFile',
			name: 'Upload File to Field',
			action: `Upload a file to a field of ${noun}`,
			description: `Upload the binary files of the input item into a file field of ${noun}; a multiple field keeps the files it already holds`,
			method: 'crm.item.update',
			fields: [
				entityType,
				record,
				fieldCode,
				inputBinaryFields('files'),
				collection('fileOptions', 'Options', [
					flag('replace', 'Replace Existing Files', 'replace', {
						description: 'Whether the uploaded files replace every file a multiple field holds instead of being added to them',
					}),
				]),
			],
			output: { kind: 'record' },
			routine: { kind: 'uploadToFileField' },
			batchable: false,
			retrySafe: false,
		},
		{
			value: 'downloadFile',
			name: 'Download File From Field',
			action: `Download the files of a field of ${noun}`,
			description: `Download every file a file field of ${noun} holds: one output item per file, with its binary data`,
			method: 'crm.item.get',
			fields: [entityType, record, fieldCode, outputBinaryField()],
			output: { kind: 'record' },
			routine: { kind: 'downloadFileField' },
			batchable: false,
			retrySafe: true,
		},
	];
}
