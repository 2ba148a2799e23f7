/**
 * Narrows rows sorted by id to the id bounds of a filter (`>id`, `>=id`, `<id`, `<=id`) by
 * binary search, so that paging a large store by id does not scan every row. The full
 * filter is still applied to what is left; this only saves work.
 */
export function narrowByIdBounds<Row>(rows: Row[], filter: unknown, idOf: (row: Row) => number, idField = 'id'): Row[] {
	if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return rows;
	let low = -Infinity;
	let high = Infinity;
	for (const [key, raw] of Object.entries(filter as Record<string, unknown>)) {
		const match = /^(>=|<=|>|<)(.+)$/.exec(key);
		const value = Number(raw);
		if (!match || match[2].toLowerCase() !== idField.toLowerCase() || !Number.isFinite(value)) continue;
		if (match[1] === '>') low = Math.max(low, Math.floor(value) + 1);
		if (match[1] === '>=') low = Math.max(low, Math.ceil(value));
		if (match[1] === '<') high = Math.min(high, Math.ceil(value) - 1);
		if (match[1] === '<=') high = Math.min(high, Math.floor(value));
	}
	if (low === -Infinity && high === Infinity) return rows;
	const firstAtLeast = (bound: number) => {
		let [from, to] = [0, rows.length];
		while (from < to) {
			const middle = (from + to) >> 1;
			if (idOf(rows[middle]) < bound) from = middle + 1;
			else to = middle;
		}
		return from;
	};
	return rows.slice(firstAtLeast(low), firstAtLeast(high + 1));
}
