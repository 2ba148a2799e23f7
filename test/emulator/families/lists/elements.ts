/** lists.element.add / get / update / delete / get.file.url */
import { formatSiteDate } from '../../clock';
import { ListSchema, selectRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { Dict, isDict, phpEmpty, toInt, toPhpString } from '../../php';
import type { ListElement, ListFile, UniversalList } from '../../state/listsStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { findByIdOrCode, findList, listsErrors, requiredFields, requiredText, selectKeys } from './shared';

const FILE_TYPES = ['F', 'S:DiskFile'];

function isFile(value: unknown): value is ListFile {
	return isDict(value) && typeof value.id === 'number' && typeof value.name === 'string';
}

/** A File value: base64 text or `[name, base64]`; a Drive file is given by its id. */
function fileValue(ctx: CallContext, value: unknown): ListFile | number {
	if (Array.isArray(value) && typeof value[0] === 'string') return { id: ctx.state.lists.valueIds.next(), name: value[0] };
	if (typeof value === 'string' && !/^\d+$/.test(value)) return { id: ctx.state.lists.valueIds.next(), name: 'file' };
	return toInt(value);
}

/** One property's values: one value, an array of them, or a `{valueId: value}` map. */
function propertyValues(ctx: CallContext, type: string, raw: unknown): Map<number, unknown> {
	const values = new Map<number, unknown>();
	const isFileTuple = Array.isArray(raw) && raw.length === 2 && typeof raw[0] === 'string' && FILE_TYPES.includes(type);
	const entries = isFileTuple ? [raw] : Array.isArray(raw) ? raw : isDict(raw) ? Object.values(raw) : [raw];
	for (const entry of entries) {
		if (phpEmpty(entry)) continue;
		const value = FILE_TYPES.includes(type) ? fileValue(ctx, entry) : toPhpString(entry);
		values.set(ctx.state.lists.valueIds.next(), value);
	}
	return values;
}

function applyFields(element: ListElement, list: UniversalList, fields: Dict, ctx: CallContext): void {
	element.name = toPhpString(fields.NAME);
	element.properties.clear();
	for (const field of list.fields.values()) {
		if (field.propertyId === null) continue;
		const raw = fields[field.fieldId] ?? fields[`PROPERTY_${field.code}`];
		if (raw === undefined) continue;
		const values = propertyValues(ctx, field.type, raw);
		if (values.size > 0) element.properties.set(field.propertyId, values);
	}
}

function elementView(element: ListElement, ctx: CallContext): Dict {
	const view: Dict = {
		ID: String(element.id),
		NAME: element.name,
		IBLOCK_SECTION_ID: element.sectionId === null ? null : String(element.sectionId),
		CREATED_BY: String(element.createdBy),
		DATE_CREATE: formatSiteDate(element.createdMs, ctx.state.settings.offsetMinutes),
		CODE: element.code,
	};
	for (const [propertyId, values] of element.properties) {
		view[`PROPERTY_${propertyId}`] = Object.fromEntries(
			[...values].map(([valueId, value]) => [String(valueId), isFile(value) ? String(value.id) : String(value)]),
		);
	}
	return view;
}

function add(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	const code = requiredText(ctx.params, 'ELEMENT_CODE');
	const fields = requiredFields(ctx);
	if ([...list.elements.values()].some((element) => element.code === code)) throw listsErrors.elementExists();
	const sectionId = toInt(ctx.params.IBLOCK_SECTION_ID);
	const element: ListElement = {
		id: ctx.state.lists.elementIds.next(),
		code,
		name: '',
		sectionId: sectionId > 0 && list.sections.has(sectionId) ? sectionId : null,
		createdBy: ctx.auth.userId,
		createdMs: ctx.nowMs,
		properties: new Map(),
	};
	applyFields(element, list, fields, ctx);
	list.elements.set(element.id, element);
	return { result: element.id };
}

const FIELDS = ['ID', 'CODE', 'NAME', 'IBLOCK_SECTION_ID', 'CREATED_BY', 'DATE_CREATE'];

function get(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	let elements = [...list.elements.values()].sort((a, b) => a.id - b.id);
	const id = toInt(ctx.params.ELEMENT_ID);
	const code = phpEmpty(ctx.params.ELEMENT_CODE) ? '' : toPhpString(ctx.params.ELEMENT_CODE);
	if (id > 0 || code !== '') elements = elements.filter((element) => (id > 0 ? element.id === id : element.code === code));
	const views = new Map(elements.map((element) => [element.id, elementView(element, ctx)]));
	const schema: ListSchema<ListElement> = {
		resolve: (name) => {
			const upper = name.toUpperCase();
			if (FIELDS.includes(upper)) return upper;
			const property = /^PROPERTY_(\d+)$/.exec(upper);
			return property ? upper : undefined;
		},
		get: (element, field) => {
			if (field === 'ID') return element.id;
			if (field === 'DATE_CREATE') return element.createdMs;
			const property = /^PROPERTY_(\d+)$/.exec(field);
			if (property) {
				const values = [...(element.properties.get(Number(property[1]))?.values() ?? [])];
				return values.map((value) => (isFile(value) ? value.id : value))[0];
			}
			return views.get(element.id)?.[field];
		},
		unknownField: () => undefined,
		badDirection: () => undefined,
	};
	const rows = selectRows(elements, ctx.params.FILTER, ctx.params.ELEMENT_ORDER, schema);
	const page = paginate(rows, readStart(ctx.params));
	const result = page.rows.map((element) => selectKeys(views.get(element.id) as Dict, ctx.params.SELECT));
	return { result, total: page.total, next: page.next };
}

function update(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	const element = findByIdOrCode(ctx, list.elements, 'ELEMENT', listsErrors.elementNotFound);
	applyFields(element, list, requiredFields(ctx), ctx);
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	const element = findByIdOrCode(ctx, list.elements, 'ELEMENT', listsErrors.elementNotFound);
	list.elements.delete(element.id);
	return { result: true };
}

function fileUrls(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	const element = findByIdOrCode(ctx, list.elements, 'ELEMENT', listsErrors.elementNotFound);
	const fieldId = toInt(requiredText(ctx.params, 'FIELD_ID').replace(/^PROPERTY_/i, ''));
	const field = list.fields.get(`PROPERTY_${fieldId}`);
	if (!field || !FILE_TYPES.includes(field.type)) return { result: [] };
	const urls = [...(element.properties.get(fieldId)?.values() ?? [])].map((value) =>
		isFile(value)
			? `/company/lists/${list.id}/file/0/${element.id}/PROPERTY_${fieldId}/${value.id}/?ncc=y&download=y`
			: `/bitrix/tools/disk/uf.php?attachedId=${String(value)}&action=download&ncc=1`,
	);
	return { result: urls };
}

export const elementMethods: MethodSpec[] = [
	{ name: 'lists.element.add', scopes: ['lists'], handler: add },
	{ name: 'lists.element.get', scopes: ['lists'], handler: get },
	{ name: 'lists.element.update', scopes: ['lists'], handler: update },
	{ name: 'lists.element.delete', scopes: ['lists'], handler: remove },
	{ name: 'lists.element.get.file.url', scopes: ['lists'], handler: fileUrls },
];
