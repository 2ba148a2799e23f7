import type { IExecuteFunctions, IN8nHttpFullResponse } from 'n8n-workflow';

import type { Connection } from './connection';
import { Bitrix24Error } from './errors';
import type { HttpFailure, RequestContext } from './request';
import { failureFromHttpError } from './request';

/** A readable byte stream, as n8n's binary data helpers take it (named without importing node's stream module). */
type Readable = Exclude<Parameters<IExecuteFunctions['helpers']['prepareBinaryData']>[0], Buffer>;

export interface DownloadedFile {
	/** The body as it arrives, so a large file is never held whole in memory on the way to n8n. */
	data: Readable;
	/** The Content-Type Bitrix24 sent, without parameters. */
	mimeType?: string;
	/** The name Content-Disposition gives, if any. */
	fileName?: string;
}

/** An error answer is small: its body is read in full so the REST error in it can be shown. */
const ERROR_BODY_LIMIT = 64 * 1024;

function isReadable(value: unknown): value is Readable {
	return typeof (value as Readable | undefined)?.pipe === 'function' && typeof (value as Readable).on === 'function';
}

async function readErrorBody(stream: Readable): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		const part = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
		chunks.push(part);
		size += part.length;
		if (size >= ERROR_BODY_LIMIT) {
			stream.destroy();
			break;
		}
	}
	return Buffer.concat(chunks);
}

/** With a streamed response, a failed request carries its body as a stream too; read it before judging the failure. */
async function withReadBody(error: HttpFailure): Promise<HttpFailure> {
	for (const holder of [error.cause?.response, error.response]) {
		if (holder && isReadable(holder.data)) holder.data = await readErrorBody(holder.data);
	}
	for (const holder of [error.cause, error]) {
		if (holder && isReadable(holder.error)) holder.error = await readErrorBody(holder.error);
	}
	return error;
}

/** `filename*=utf-8''...` (RFC 5987) when present, else the plain `filename="..."`. */
export function fileNameOf(disposition: unknown): string | undefined {
	if (typeof disposition !== 'string') return undefined;
	const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
	if (extended) {
		try {
			return decodeURIComponent(extended[2].trim());
		} catch {
			return undefined;
		}
	}
	const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition);
	const name = (plain?.[1] ?? plain?.[2])?.trim();
	return name || undefined;
}

/**
 * Fetches a file link Bitrix24 handed out (DOWNLOAD_URL, urlMachine and the like). Such a link is
 * signed and carries its own authorisation, so it is sent exactly as given, with the headers the
 * docs ask for; every value in its query counts as a secret and never shows in an error.
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
			encoding: 'stream',
			returnFullResponse: true,
			headers: { Accept: '*/*', 'Accept-Language': 'en-US,en;q=0.9', Referer: `${link.origin}/` },
		})) as IN8nHttpFullResponse;
	} catch (error) {
		throw failureFromHttpError(await withReadBody(error as HttpFailure), label, secrets);
	}
	const contentType = response.headers['content-type'];
	const mimeType = typeof contentType === 'string' ? contentType.split(';')[0].trim() : undefined;
	return {
		data: response.body as Readable,
		mimeType: mimeType || undefined,
		fileName: fileNameOf(response.headers['content-disposition']),
	};
}
