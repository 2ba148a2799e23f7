import type { IN8nHttpFullResponse } from 'n8n-workflow';

import type { Connection } from './connection';
import { Bitrix24Error } from './errors';
import type { HttpFailure, RequestContext } from './request';
import { failureFromHttpError } from './request';

export interface DownloadedFile {
	data: Buffer;
	/** The Content-Type Bitrix24 sent, without parameters. */
	mimeType?: string;
}

/**
 * Fetches a file link Bitrix24 handed out (DOWNLOAD_URL and the like). Such a link is signed and
 * carries its own authorisation, so it is sent exactly as given, with the headers the docs ask for;
 * every value in its query counts as a secret and never shows in an error.
 */
export async function downloadFile(
	ctx: RequestContext,
	connection: Connection,
	url: string,
	label: string,
): Promise<DownloadedFile> {
	if (!/^https?:\/\/[^/\s]+/i.test(url)) {
		throw new Bitrix24Error('INVALID_DOWNLOAD_URL', 'The record has no download link', undefined, label);
	}
	const link = new URL(url);
	const secrets = [...connection.secrets, ...link.searchParams.values(), url];
	let response: IN8nHttpFullResponse;
	try {
		response = (await ctx.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'arraybuffer',
			returnFullResponse: true,
			headers: { Accept: '*/*', 'Accept-Language': 'en-US,en;q=0.9', Referer: `${link.origin}/` },
		})) as IN8nHttpFullResponse;
	} catch (error) {
		throw failureFromHttpError(error as HttpFailure, label, secrets);
	}
	const contentType = response.headers['content-type'];
	const mimeType = typeof contentType === 'string' ? contentType.split(';')[0].trim() : undefined;
	return { data: Buffer.from(response.body as ArrayBuffer), mimeType: mimeType || undefined };
}
