/** A small multipart/form-data reader: text fields become strings, file parts become UploadedFile. */

export interface UploadedFile {
	fileName: string;
	contentType: string;
	size: number;
	base64: string;
}

export function boundaryOf(contentType: string): string | undefined {
	const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
	return match ? (match[1] ?? match[2]).trim() : undefined;
}

function headerParam(header: string, name: string): string | undefined {
	const match = new RegExp(`${name}="([^"]*)"`, 'i').exec(header) ?? new RegExp(`${name}=([^;]+)`, 'i').exec(header);
	return match ? match[1] : undefined;
}

/** Returns (name, value) pairs in body order. */
export function parseMultipart(body: Buffer, boundary: string): Array<[string, string | UploadedFile]> {
	const delimiter = Buffer.from(`--${boundary}`);
	const pairs: Array<[string, string | UploadedFile]> = [];
	let position = body.indexOf(delimiter);
	while (position >= 0) {
		const partStart = position + delimiter.length;
		if (body.slice(partStart, partStart + 2).toString() === '--') break;
		const next = body.indexOf(delimiter, partStart);
		if (next < 0) break;
		const part = body.slice(partStart, next);
		const headerEnd = part.indexOf('\r\n\r\n');
		if (headerEnd >= 0) {
			const headers = part.slice(0, headerEnd).toString('utf8');
			let content = part.slice(headerEnd + 4);
			if (content.slice(-2).toString() === '\r\n') content = content.slice(0, -2);
			const name = headerParam(headers, 'name');
			const fileName = headerParam(headers, 'filename');
			if (name !== undefined) {
				if (fileName !== undefined) {
					const typeMatch = /content-type:\s*([^\r\n]+)/i.exec(headers);
					pairs.push([
						name,
						{
							fileName,
							contentType: typeMatch ? typeMatch[1].trim() : 'application/octet-stream',
							size: content.length,
							base64: content.toString('base64'),
						},
					]);
				} else {
					pairs.push([name, content.toString('utf8')]);
				}
			}
		}
		position = next;
	}
	return pairs;
}
