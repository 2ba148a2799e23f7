import type { IDataObject } from 'n8n-workflow';

export const PAGE_SIZE = 50;

/** How a list method pages: where its rows sit and which key orders and filters by id. */
export interface ListShape {
	/** Dot path of the rows inside `result` (e.g. `items`); empty when `result` is the array. */
	rowsPath?: string;
	/** Key of the id in each row. */
	idKey: string;
	/** Key used to filter and order by id (Bitrix24 sometimes differs from the row key). */
	cursorKey?: string;
	filterParam: string;
	orderParam: string;
	/** Name of the parameter that picks the returned fields, where the method has one. */
	selectParam?: string;
	/** Whether the method supports the documented fast way: order by id, `>id` filter, `start=-1`. */
	fast: boolean;
}

export function rowsOf(result: unknown, rowsPath?: string): IDataObject[] {
	let value: unknown = result;
	for (const key of rowsPath ? rowsPath.split('.') : []) {
		value = typeof value === 'object' && value !== null ? (value as IDataObject)[key] : undefined;
	}
	if (Array.isArray(value)) return value as IDataObject[];
	if (typeof value === 'object' && value !== null) return Object.values(value) as IDataObject[];
	return [];
}

function isEmptyObject(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'object' && Object.keys(value as object).length === 0)
	);
}

/** The fast way drops the caller's order, so it is used only when the caller sets none but id ascending. */
export function canPageById(shape: ListShape, params: IDataObject): boolean {
	if (!shape.fast) return false;
	const order = params[shape.orderParam];
	if (isEmptyObject(order)) return true;
	const entries = Object.entries(order as IDataObject);
	const cursorKey = shape.cursorKey ?? shape.idKey;
	return (
		entries.length === 1 &&
		entries[0][0].toLowerCase() === cursorKey.toLowerCase() &&
		String(entries[0][1]).toUpperCase() === 'ASC'
	);
}

/** Paging by id needs the id in every row, so a field selection gets it added. */
export function withIdSelected(shape: ListShape, params: IDataObject): IDataObject {
	const select = shape.selectParam ? params[shape.selectParam] : undefined;
	if (!Array.isArray(select) || select.length === 0) return params;
	const names = select.map((name) => String(name).toLowerCase());
	if (names.includes('*') || names.includes(shape.idKey.toLowerCase())) return params;
	return { ...params, [shape.selectParam as string]: [...select, shape.idKey] };
}

export function pageByIdParams(shape: ListShape, params: IDataObject, lastId: number): IDataObject {
	const cursorKey = shape.cursorKey ?? shape.idKey;
	const filter = { ...((params[shape.filterParam] as IDataObject) ?? {}) };
	const userFloor = Number(filter[`>${cursorKey}`]);
	filter[`>${cursorKey}`] = Number.isFinite(userFloor) ? Math.max(userFloor, lastId) : lastId;
	return {
		...params,
		[shape.orderParam]: { [cursorKey]: 'ASC' },
		[shape.filterParam]: filter,
		start: -1,
	};
}
