/**
 * The DOWNLOAD_URL route, `/rest/download.json?auth=...&token=disk|...`: the link carries its own
 * authorisation (the docs: a separate GET, the signed link used as is), so no header is needed.
 */
import { RestError } from '../../errors';
import { Dict, toPhpString } from '../../php';
import type { DiskStore } from '../../state/diskStore';
import { signDownload } from './shared';

export interface DownloadReply {
	status: number;
	headers: Record<string, string | number>;
	body: Buffer;
}

const MIME_TYPES: Record<string, string> = {
	bin: 'application/octet-stream',
	csv: 'text/csv',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	gif: 'image/gif',
	jpeg: 'image/jpeg',
	jpg: 'image/jpeg',
	json: 'application/json',
	pdf: 'application/pdf',
	png: 'image/png',
	txt: 'text/plain',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	zip: 'application/zip',
};

function mimeTypeOf(name: string): string {
	const extension = name.includes('.') ? name.split('.').pop()?.toLowerCase() ?? '' : '';
	return MIME_TYPES[extension] ?? 'application/octet-stream';
}

export function failure(error: RestError): DownloadReply {
	return {
		status: error.status,
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
		body: Buffer.from(JSON.stringify(error.toBody())),
	};
}

function disposition(name: string): string {
	const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
	return `attachment; filename="${fallback}"; filename*=utf-8''${encodeURIComponent(name)}`;
}

export function serveDiskDownload(disk: DiskStore, query: Dict, nowMs: number): DownloadReply {
	const auth = toPhpString(query.auth);
	const grant = disk.downloadGrants.get(auth);
	if (!grant) return failure(new RestError('NO_AUTH_FOUND', 'Wrong authorization data', 401));
	if (grant.expiresAtMs !== null && grant.expiresAtMs <= nowMs) {
		return failure(new RestError('expired_token', 'The access token provided has expired', 401));
	}
	const [scheme, payload, signature] = toPhpString(query.token).split('|');
	if (scheme !== 'disk' || !payload || signature !== signDownload(disk.signingKey, payload, auth)) {
		return failure(new RestError('ACCESS_DENIED', 'Access denied', 403));
	}
	const fields = new URLSearchParams(Buffer.from(payload, 'base64').toString());
	const file = disk.objects.get(Number(fields.get('id')));
	const version = disk.versions.get(Number(fields.get('v')));
	if (!file || !version || version.objectId !== file.id || file.deletedType !== 0) {
		return failure(new RestError('ERROR_NOT_FOUND', 'File not found', 404));
	}
	return fileReply(file.versionId === version.id ? file.name : version.name, version.content);
}

export function fileReply(name: string, content: Buffer): DownloadReply {
	return {
		status: 200,
		headers: {
			'Content-Type': mimeTypeOf(name),
			'Content-Length': content.length,
			'Content-Disposition': disposition(name),
		},
		body: content,
	};
}
