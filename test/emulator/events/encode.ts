/**
 * PHP's http_build_query (RFC 1738 flavour, as Bitrix24's queue server sends events):
 * nested keys in brackets, keys and values url-encoded, spaces as `+`.
 */
function phpUrlencode(text: string): string {
	return encodeURIComponent(text)
		.replace(/[!'()*~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
		.replace(/%20/g, '+');
}

export function httpBuildQuery(params: Record<string, unknown>): string {
	const pairs: string[] = [];
	const add = (key: string, value: unknown): void => {
		if (value === null || value === undefined) return;
		if (typeof value === 'object') {
			for (const [child, entry] of Object.entries(value as Record<string, unknown>)) add(`${key}[${child}]`, entry);
			return;
		}
		const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
		pairs.push(`${phpUrlencode(key)}=${phpUrlencode(text)}`);
	};
	for (const [key, value] of Object.entries(params)) add(key, value);
	return pairs.join('&');
}
