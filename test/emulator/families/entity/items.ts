/** entity.item.add / get / update / delete */
import { ListSchema, selectRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { Dict, isDict, toInt, toPhpString } from '../../php';
import type { EntityItem, EntityStorage } from '../../state/entityStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { activeFlag, dateParam, entityErrors, fileUrl, findStorage, optionalText, requiredId, userFieldsOf } from './shared';

/** Stored property values come back as strings (files as URLs), unset ones as null. */
function propertyValue(value: unknown): unknown {
	if (value === undefined || value === null) return null;
	if (Array.isArray(value)) return value.map(propertyValue);
	if (isDict(value)) return value;
	return toPhpString(value);
}

function itemView(item: EntityItem, storage: EntityStorage, ctx: CallContext): Dict {
	const view: Dict = {
		ID: String(item.id),
		TIMESTAMP_X: ctx.formatDate(item.modifiedMs),
		MODIFIED_BY: String(item.modifiedBy),
		DATE_CREATE: ctx.formatDate(item.createdMs),
		CREATED_BY: String(item.createdBy),
		ACTIVE: item.active,
		DATE_ACTIVE_FROM: item.dateActiveFrom,
		DATE_ACTIVE_TO: item.dateActiveTo,
		SORT: String(item.sort),
		NAME: item.name,
		PREVIEW_PICTURE: item.previewPicture,
		PREVIEW_TEXT: item.previewText,
		DETAIL_PICTURE: item.detailPicture,
		DETAIL_TEXT: item.detailText,
		CODE: item.code,
		ENTITY: storage.code,
		SECTION: item.sectionId === null ? null : String(item.sectionId),
	};
	if (storage.properties.size > 0) {
		const values: Dict = {};
		for (const code of storage.properties.keys()) values[code] = propertyValue(item.propertyValues.get(code));
		view.PROPERTY_VALUES = values;
	}
	return view;
}

function applyPropertyValues(item: EntityItem, storage: EntityStorage, value: unknown): void {
	if (!isDict(value)) return;
	for (const [code, propertyValueRaw] of Object.entries(value)) {
		const property = storage.properties.get(code);
		if (!property) continue;
		item.propertyValues.set(code, property.type === 'F' ? fileUrl(propertyValueRaw, 'entity') ?? null : propertyValueRaw);
	}
}

function applyFields(item: EntityItem, storage: EntityStorage, ctx: CallContext): void {
	const params = ctx.params;
	const offset = ctx.state.settings.offsetMinutes;
	if (params.NAME !== undefined) item.name = toPhpString(params.NAME);
	const active = activeFlag(params.ACTIVE);
	if (active) item.active = active;
	if (params.SORT !== undefined) item.sort = toInt(params.SORT);
	const texts: Array<[keyof EntityItem, string]> = [['code', 'CODE'], ['previewText', 'PREVIEW_TEXT'], ['detailText', 'DETAIL_TEXT']];
	for (const [field, param] of texts) {
		const text = optionalText(params[param]);
		if (text !== undefined) (item as unknown as Dict)[field] = text;
	}
	const preview = fileUrl(params.PREVIEW_PICTURE, 'entity');
	if (preview !== undefined) item.previewPicture = preview;
	const detail = fileUrl(params.DETAIL_PICTURE, 'entity');
	if (detail !== undefined) item.detailPicture = detail;
	const from = dateParam(params.DATE_ACTIVE_FROM, offset);
	if (from !== undefined) item.dateActiveFrom = from;
	const to = dateParam(params.DATE_ACTIVE_TO, offset);
	if (to !== undefined) item.dateActiveTo = to;
	if (params.SECTION !== undefined) {
		const sectionId = toInt(params.SECTION);
		item.sectionId = storage.sections.has(sectionId) ? sectionId : null;
	}
	applyPropertyValues(item, storage, params.PROPERTY_VALUES);
	Object.assign(item.userFields, userFieldsOf(params));
}

function add(ctx: CallContext): MethodResult {
	const storage = findStorage(ctx);
	const item: EntityItem = {
		id: ctx.state.entity.itemIds.next(),
		name: '',
		code: null,
		active: 'Y',
		sort: 500,
		previewText: null,
		detailText: null,
		previewPicture: null,
		detailPicture: null,
		dateActiveFrom: '',
		dateActiveTo: '',
		sectionId: null,
		createdBy: ctx.auth.userId,
		modifiedBy: ctx.auth.userId,
		createdMs: ctx.nowMs,
		modifiedMs: ctx.nowMs,
		propertyValues: new Map(),
		userFields: {},
	};
	applyFields(item, storage, ctx);
	storage.items.set(item.id, item);
	return { result: item.id };
}

const ITEM_FIELDS = [
	'ID', 'TIMESTAMP_X', 'MODIFIED_BY', 'DATE_CREATE', 'CREATED_BY', 'ACTIVE', 'DATE_ACTIVE_FROM', 'DATE_ACTIVE_TO',
	'SORT', 'NAME', 'PREVIEW_TEXT', 'DETAIL_TEXT', 'CODE', 'SECTION', 'SECTION_ID',
];

function get(ctx: CallContext): MethodResult {
	const storage = findStorage(ctx);
	const views = new Map([...storage.items.values()].map((item) => [item.id, itemView(item, storage, ctx)]));
	const schema: ListSchema<EntityItem> = {
		resolve: (name) => {
			const upper = name.toUpperCase();
			if (upper === 'SECTION_ID') return 'SECTION';
			if (ITEM_FIELDS.includes(upper)) return upper;
			const property = /^PROPERTY_(.+)$/i.exec(name);
			return property && storage.properties.has(property[1]) ? `PROPERTY_${property[1]}` : undefined;
		},
		get: (row, field) => {
			if (field.startsWith('PROPERTY_')) return propertyValue(row.propertyValues.get(field.slice('PROPERTY_'.length)));
			return views.get(row.id)?.[field];
		},
		unknownField: () => undefined,
		badDirection: () => undefined,
	};
	const order = ctx.params.SORT ?? { ID: 'ASC' };
	const rows = selectRows([...storage.items.values()].sort((a, b) => a.id - b.id), ctx.params.FILTER, order, schema);
	const page = paginate(rows, readStart(ctx.params));
	return { result: page.rows.map((row) => views.get(row.id)), total: page.total, next: page.next };
}

function update(ctx: CallContext): MethodResult {
	const storage = findStorage(ctx);
	const item = storage.items.get(requiredId(ctx));
	if (!item) throw entityErrors.itemNotFound();
	applyFields(item, storage, ctx);
	item.modifiedBy = ctx.auth.userId;
	item.modifiedMs = ctx.nowMs;
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const storage = findStorage(ctx);
	const id = requiredId(ctx);
	if (!storage.items.delete(id)) throw entityErrors.itemNotFound();
	return { result: true };
}

export const itemMethods: MethodSpec[] = [
	{ name: 'entity.item.add', scopes: ['entity'], handler: add },
	{ name: 'entity.item.get', scopes: ['entity'], handler: get },
	{ name: 'entity.item.update', scopes: ['entity'], handler: update },
	{ name: 'entity.item.delete', scopes: ['entity'], handler: remove },
];
