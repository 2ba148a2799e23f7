/** Drive (`disk.*`): storages, folders, files and their versions, access levels, attachments. */
import { toInt } from '../../php';
import type { MethodSpec } from '../../types';
import { fileMethods } from './files';
import { folderMethods } from './folders';
import { diskErrors, downloadAuth } from './shared';
import { storageMethods } from './storages';

const ACCESS_LEVELS = [
	{ ID: '79', NAME: 'disk_access_full', TITLE: 'Full Access' },
	{ ID: '75', NAME: 'disk_access_edit', TITLE: 'Editing' },
	{ ID: '71', NAME: 'disk_access_read', TITLE: 'Reading' },
];

const otherMethods: MethodSpec[] = [
	{ name: 'disk.rights.getTasks', scopes: ['disk'], handler: () => ({ result: ACCESS_LEVELS.map((level) => ({ ...level })) }) },
	{
		name: 'disk.attachedObject.get',
		scopes: ['disk'],
		handler: (ctx) => {
			const id = toInt(ctx.params.id);
			if (id <= 0) throw diskErrors.argument(0);
			const disk = ctx.state.disk;
			const attachment = disk.attached.get(id);
			const file = attachment && disk.objects.get(attachment.objectId);
			if (!attachment || !file) throw diskErrors.notFound(id);
			const version = disk.currentVersion(file);
			const auth = downloadAuth(ctx);
			return {
				result: {
					ID: String(attachment.id),
					OBJECT_ID: String(attachment.objectId),
					MODULE_ID: attachment.moduleId,
					ENTITY_TYPE: attachment.entityType,
					ENTITY_ID: String(attachment.entityId),
					CREATE_TIME: ctx.formatDate(attachment.createdMs),
					CREATED_BY: String(attachment.createdBy),
					DOWNLOAD_URL: `${ctx.state.settings.baseUrl ?? ''}/bitrix/tools/disk/uf.php?attachedId=${attachment.id}&auth[auth]=${auth}&action=download&ncc=1`,
					NAME: file.name,
					SIZE: String(version?.content.length ?? 0),
				},
			};
		},
	},
];

export const diskMethods: MethodSpec[] = [...storageMethods, ...folderMethods, ...fileMethods, ...otherMethods];
