/**
 * Serialises parameters the way PHP's http_build_query does, which is how Bitrix24 reads
 * the sub-requests of a `batch` call: nested keys in brackets, booleans as 1/0,
 * null and undefined left out.
 */
export function encodeQuery(params: Record<string, unknown>): string {
	const pairs: string[] = [];
	const add = (key: string, value: unknown): void => {
		if (value === null || value === undefined) return;
		if (Array.isArray(value)) {
			value.forEach((entry, index) => add(`${key}[${index}]`, entry));
			return;
		}
		if (typeof value === 'object') {
			for (const [child, entry] of Object.entries(value as Record<string, unknown>)) {
				add(`${key}[${child}]`, entry);
			}
			return;
		}
		const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
		pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
	};
	for (const [key, value] of Object.entries(params)) add(key, value);
	return pairs.join('&');
}
