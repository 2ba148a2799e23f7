/** lists.section.add / get / update / delete */
import { formatSiteDate } from '../../clock';
import { ListSchema, selectRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { Dict, toInt, toPhpString } from '../../php';
import type { ListSection, UniversalList } from '../../state/listsStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { findByIdOrCode, findList, listsErrors, requiredFields, requiredText, selectKeys, yn } from './shared';

function depthOf(list: UniversalList, section: ListSection): number {
	let depth = 1;
	for (let parent = section.parentId; parent !== null; parent = list.sections.get(parent)?.parentId ?? null) depth++;
	return depth;
}

function sectionView(list: UniversalList, section: ListSection, ctx: CallContext): Dict {
	const offset = ctx.state.settings.offsetMinutes;
	return {
		ID: String(section.id),
		CODE: section.code,
		XML_ID: section.xmlId,
		EXTERNAL_ID: section.externalId,
		IBLOCK_SECTION_ID: section.parentId === null ? null : String(section.parentId),
		TIMESTAMP_X: formatSiteDate(section.modifiedMs, offset),
		SORT: String(section.sort),
		NAME: section.name,
		ACTIVE: section.active,
		GLOBAL_ACTIVE: section.active,
		DEPTH_LEVEL: String(depthOf(list, section)),
		SEARCHABLE_CONTENT: `${section.name.toUpperCase()}\r\n`,
		MODIFIED_BY: String(section.modifiedBy),
		DATE_CREATE: formatSiteDate(section.createdMs, offset),
		CREATED_BY: String(section.createdBy),
	};
}

function applyFields(section: ListSection, fields: Dict, ctx: CallContext): void {
	section.name = toPhpString(fields.NAME);
	if (fields.EXTERNAL_ID !== undefined) section.externalId = toPhpString(fields.EXTERNAL_ID);
	if (fields.XML_ID !== undefined) section.xmlId = toPhpString(fields.XML_ID);
	if (fields.SORT !== undefined) section.sort = toInt(fields.SORT);
	section.active = yn(fields.ACTIVE, section.active);
	section.modifiedBy = ctx.auth.userId;
	section.modifiedMs = ctx.nowMs;
}

function add(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	const code = requiredText(ctx.params, 'SECTION_CODE');
	const fields = requiredFields(ctx);
	const parentId = toInt(ctx.params.IBLOCK_SECTION_ID);
	if (parentId > 0 && !list.sections.has(parentId)) throw listsErrors.sectionNotFound();
	const section: ListSection = {
		id: ctx.state.lists.sectionIds.next(),
		code,
		name: '',
		externalId: null,
		xmlId: null,
		sort: 500,
		active: 'Y',
		parentId: parentId > 0 ? parentId : null,
		createdBy: ctx.auth.userId,
		modifiedBy: ctx.auth.userId,
		createdMs: ctx.nowMs,
		modifiedMs: ctx.nowMs,
	};
	applyFields(section, fields, ctx);
	list.sections.set(section.id, section);
	return { result: section.id };
}

const FILTER_FIELDS = [
	'ID', 'CODE', 'XML_ID', 'EXTERNAL_ID', 'NAME', 'ACTIVE', 'GLOBAL_ACTIVE', 'DEPTH_LEVEL', 'TIMESTAMP_X', 'DATE_CREATE',
	'CREATED_BY', 'MODIFIED_BY', 'SORT', 'IBLOCK_SECTION_ID',
];

function get(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	const views = new Map([...list.sections.values()].map((section) => [section.id, sectionView(list, section, ctx)]));
	const schema: ListSchema<ListSection> = {
		resolve: (name) => {
			const upper = name.toUpperCase();
			return FILTER_FIELDS.includes(upper) ? upper : undefined;
		},
		get: (section, field) => (field === 'ID' ? section.id : views.get(section.id)?.[field]),
		unknownField: () => undefined,
		badDirection: () => undefined,
	};
	const rows = selectRows([...list.sections.values()].sort((a, b) => a.id - b.id), ctx.params.FILTER, undefined, schema);
	const page = paginate(rows, readStart(ctx.params));
	const result = page.rows.map((section) => selectKeys(views.get(section.id) as Dict, ctx.params.SELECT));
	return { result, total: page.total, next: page.next };
}

function update(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	const section = findByIdOrCode(ctx, list.sections, 'SECTION', listsErrors.sectionNotFound);
	applyFields(section, requiredFields(ctx), ctx);
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	const section = findByIdOrCode(ctx, list.sections, 'SECTION', listsErrors.sectionNotFound);
	list.sections.delete(section.id);
	// as in an information block, the section's elements go with it
	for (const element of [...list.elements.values()]) if (element.sectionId === section.id) list.elements.delete(element.id);
	return { result: true };
}

export const sectionMethods: MethodSpec[] = [
	{ name: 'lists.section.add', scopes: ['lists'], handler: add },
	{ name: 'lists.section.get', scopes: ['lists'], handler: get },
	{ name: 'lists.section.update', scopes: ['lists'], handler: update },
	{ name: 'lists.section.delete', scopes: ['lists'], handler: remove },
];
