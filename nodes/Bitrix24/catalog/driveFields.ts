import { collection, flag, id, inputBinaryField, json, recordLocator, text } from './fields';
import type { CatalogField, CatalogOperation } from './types';
import type { ListShape } from '../transport/pagination';

/** `disk.*` lists page with `start` and take `filter` / `order`; they have no fast id paging. */
export const DRIVE_LIST: ListShape = { idKey: 'ID', filterParam: 'filter', orderParam: 'order', fast: false };

export const storageId = id('storageId', 'Storage ID', 'id', {
	description: 'ID of the Drive storage, e.g. from Drive Storage > Get Many',
});
export const folderId = recordLocator('folderId', 'Folder', 'id', 'driveFolder', {
	description: 'The folder: search it by name (3 characters or more) or type its ID, e.g. from Get Children of its storage or parent folder',
});
export const fileId = recordLocator('fileId', 'File', 'id', 'driveFile', {
	description: 'The file on Drive: search it by name (3 characters or more) or type its ID, e.g. from Get Children of its folder',
});
export const targetFolderId = recordLocator('targetFolderId', 'Target Folder', 'targetFolderId', 'driveFolder', {
	description:
		'The folder to put it in: search it by name (3 characters or more) or type its ID (a storage root folder is ROOT_OBJECT_ID of the storage)',
});
export const newName = text('newName', 'New Name', 'newName', { required: true });
export const folderName = text('folderName', 'Folder Name', 'data.NAME', { required: true, placeholder: 'e.g. Contracts' });

const rights = json('rights', 'Access Rights (JSON)', 'rights', {
	default: '',
	description:
		'List of {"TASK_ID", "ACCESS_CODE"} pairs, e.g. [{"TASK_ID": 75, "ACCESS_CODE": "U12"}]; TASK_IDs come from Drive Storage > Get Access Levels, codes are U<user ID>, D<department ID>, DR<department ID> or *',
});

export const childrenFilter: CatalogField[] = [
	json('filter', 'Filter (JSON)', 'filter', {
		description: 'Conditions on the fields of Get Fields, e.g. {"TYPE": "file", "%NAME": "report"}',
	}),
	json('order', 'Order (JSON)', 'order', { description: 'E.g. {"NAME": "ASC"} or {"UPDATE_TIME": "DESC"}' }),
];

export const versionFilter = json('filter', 'Filter (JSON)', 'filter', {
	description: 'Conditions on ID, SIZE, NAME, CREATE_TIME or CREATED_BY, e.g. {">=CREATE_TIME": "2026-01-01"}',
});

export const folderOptions = collection('folderOptions', 'Options', [rights]);

/** Upload of the item's binary file, named by "File Name" or else by the binary data's own name. */
export const uploadFields: CatalogField[] = [
	inputBinaryField('fileContent', 'data.NAME'),
	text('fileName', 'File Name', 'data.NAME', {
		description: 'Name of the file on Drive, with its extension; leave empty to use the name of the binary file',
		placeholder: 'e.g. report.pdf',
	}),
	collection('options', 'Options', [
		flag('generateUniqueName', 'Generate Unique Name', 'generateUniqueName', {
			description: 'Whether to name the file e.g. "report (1).pdf" when the folder already holds one of that name, instead of failing',
		}),
		rights,
	]),
];

export function fieldsOperation(what: string, method: string): CatalogOperation {
	return {
		value: 'getFields',
		name: 'Get Fields',
		action: `Get the fields of ${what}`,
		description: `List the fields of ${what} with their types and whether they can be filtered on`,
		method,
		fields: [],
		output: { kind: 'entries', keyName: 'name' },
		retrySafe: true,
	};
}

/** Operations that folders and files share: copy, move, rename, trash, restore, public link. */
export function objectOperations(kind: 'folder' | 'file', idField: CatalogField): CatalogOperation[] {
	const method = (name: string) => `disk.${kind}.${name}`;
	return [
		{
			value: 'copy',
			name: 'Copy',
			action: `Copy a ${kind}`,
			description: `Copy a ${kind} into another folder`,
			method: method('copyTo'),
			fields: [idField, targetFolderId],
			output: { kind: 'record' },
			retrySafe: false,
		},
		{
			value: 'move',
			name: 'Move',
			action: `Move a ${kind}`,
			description: `Move a ${kind} into another folder`,
			method: method('moveTo'),
			fields: [idField, targetFolderId],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'rename',
			name: 'Rename',
			action: `Rename a ${kind}`,
			description: `Give a ${kind} a new name`,
			method: method('rename'),
			fields: [idField, newName],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'trash',
			name: 'Move to Trash',
			action: `Move a ${kind} to the trash`,
			description: `Move a ${kind} to the trash, from where Restore brings it back`,
			method: method('markDeleted'),
			fields: [idField],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'restore',
			name: 'Restore',
			action: `Restore a ${kind} from the trash`,
			description: `Bring a ${kind} back from the trash`,
			method: method('restore'),
			fields: [idField],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'getExternalLink',
			name: 'Get Public Link',
			action: `Get a public link to a ${kind}`,
			description: `Get a link anyone can open, without signing in, to a ${kind}`,
			method: method('getExternalLink'),
			fields: [idField],
			output: { kind: 'value', key: 'link' },
			retrySafe: true,
		},
	];
}

