import { inputBinaryField, outputBinaryField, recordLocator, text } from './fields';
import type { CatalogOperation } from './types';

const taskId = recordLocator('taskId', 'Task', 'taskId', 'task');

/** Task files live on Drive and are attached to the task (tasks.task.files.attach, disk.attachedObject). */
export const taskFileOperations: CatalogOperation[] = [
	{
		value: 'uploadAttachment',
		name: 'Upload and Attach File',
		action: 'Upload a file and attach it to a task',
		description:
			'Upload the binary file of the input item to a Drive folder (disk.folder.uploadFile, a unique name if taken), then attach it to the task (tasks.task.files.attach)',
		method: 'tasks.task.files.attach',
		fields: [
			taskId,
			recordLocator('folderId', 'Drive Folder', 'folderId', 'driveFolder', {
				description:
					"ID of the Drive folder the file is stored in, e.g. the ROOT_OBJECT_ID of your own storage from Drive Storage > Get Many. Task members need read access to it to open the file.",
			}),
			inputBinaryField('fileContent', 'data.NAME'),
			text('fileName', 'File Name', 'data.NAME', { description: 'Name for the file on Drive; empty keeps the name of the binary file' }),
		],
		output: { kind: 'record' },
		routine: { kind: 'uploadTaskFile' },
		batchable: false,
		retrySafe: false,
	},
	{
		value: 'downloadAttachment',
		name: 'Download Attachment',
		action: 'Download a task attachment',
		description:
			'Download a file attached to a task into the binary data of the output item: the attachment (disk.attachedObject.get) names the Drive file, whose DOWNLOAD_URL is fetched (disk.file.get)',
		method: 'disk.attachedObject.get',
		fields: [
			text('attachmentId', 'Attachment ID', 'attachmentId', {
				required: true,
				placeholder: 'e.g. 1079',
				description: 'ID of the attachment, as Attach File returns it or the task lists it in UF_TASK_WEBDAV_FILES (an n prefix is ignored)',
			}),
			outputBinaryField(),
		],
		output: { kind: 'record' },
		routine: { kind: 'downloadTaskFile' },
		batchable: false,
		retrySafe: true,
	},
];
