/**
 * The links CRM file fields print: crm.item's `urlMachine` (`/rest/crm.controller.item.getFile.json`,
 * signed like Drive's DOWNLOAD_URL) and the classic `downloadUrl` (`show_file.php?auth=...`). Both
 * answer only with the authorisation the link carries, and only for a file the field still holds.
 */
import { RestError } from '../../errors';
import { Dict, toInt, toPhpString } from '../../php';
import type { PortalState } from '../../state';
import { DownloadReply, failure, fileReply } from '../disk/download';
import { signDownload } from '../disk/shared';
import { camelUfName } from './typeRegistry';

const ITEM_LINK = /^\/rest\/crm\.controller\.item\.getFile\.json$/i;
const CLASSIC_LINK = /^\/bitrix\/components\/bitrix\/crm\.(lead|deal|contact|company)\.show\/show_file\.php$/i;
const CLASSIC_TYPES: Record<string, number> = { lead: 1, deal: 2, contact: 3, company: 4 };

export function isCrmFileLink(pathname: string): boolean {
	return ITEM_LINK.test(pathname) || CLASSIC_LINK.test(pathname);
}

function heldFile(state: PortalState, entityTypeId: number, itemId: number, upperFieldName: string, fileId: number): DownloadReply {
	const record = state.crm.itemsOf(entityTypeId).get(itemId);
	const value = record?.values[camelUfName(upperFieldName)];
	const held = Array.isArray(value) ? value.includes(fileId) : value === fileId;
	const file = state.crm.files.files.get(fileId);
	if (!held || !file) return failure(new RestError('NOT_FOUND', 'File not found', 404));
	return fileReply(file.name, file.content);
}

export function serveCrmFile(state: PortalState, pathname: string, query: Dict, nowMs: number): DownloadReply {
	const auth = toPhpString(query.auth);
	const grant = state.disk.downloadGrants.get(auth);
	if (!grant) return failure(new RestError('NO_AUTH_FOUND', 'Wrong authorization data', 401));
	if (grant.expiresAtMs !== null && grant.expiresAtMs <= nowMs) {
		return failure(new RestError('expired_token', 'The access token provided has expired', 401));
	}
	const classic = CLASSIC_LINK.exec(pathname);
	if (classic) {
		const entityTypeId = CLASSIC_TYPES[classic[1].toLowerCase()];
		return heldFile(state, entityTypeId, toInt(query.ownerId), toPhpString(query.fieldName), toInt(query.fileId));
	}
	const [scheme, payload, signature] = toPhpString(query.token).split('|');
	if (scheme !== 'crm' || !payload || signature !== signDownload(state.disk.signingKey, payload, auth)) {
		return failure(new RestError('ACCESS_DENIED', 'Access denied', 403));
	}
	const fields = new URLSearchParams(Buffer.from(payload, 'base64').toString());
	return heldFile(state, toInt(fields.get('t')), toInt(fields.get('i')), toPhpString(fields.get('f')), toInt(fields.get('id')));
}
