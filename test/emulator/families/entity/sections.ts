/** entity.section.add / get / update / delete */
import { ListSchema, selectRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { Dict, toInt, toPhpString } from '../../php';
import type { EntitySection, EntityStorage } from '../../state/entityStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { activeFlag, entityErrors, fileUrl, findStorage, optionalText, requiredId, userFieldsOf } from './shared';

interface TreePosition {
	left: number;
	right: number;
	depth: number;
}

/** Nested-set margins as the iblock keeps them: children ordered by SORT, NAME, ID. */
function treePositions(storage: EntityStorage): Map<number, TreePosition> {
	const positions = new Map<number, TreePosition>();
	const children = (parentId: number | null) =>
		[...storage.sections.values()]
			.filter((section) => section.parentId === parentId)
			.sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name) || a.id - b.id);
	let counter = 0;
	const walk = (section: EntitySection, depth: number) => {
		const left = ++counter;
		for (const child of children(section.id)) walk(child, depth + 1);
		positions.set(section.id, { left, right: ++counter, depth });
	};
	for (const root of children(null)) walk(root, 1);
	return positions;
}

function sectionView(section: EntitySection, storage: EntityStorage, position: TreePosition | undefined, ctx: CallContext): Dict {
	return {
		ID: String(section.id),
		CODE: section.code,
		TIMESTAMP_X: ctx.formatDate(section.modifiedMs),
		DATE_CREATE: ctx.formatDate(section.createdMs),
		CREATED_BY: String(section.createdBy),
		MODIFIED_BY: String(section.modifiedBy),
		ACTIVE: section.active,
		SORT: String(section.sort),
		NAME: section.name,
		PICTURE: section.picture,
		DETAIL_PICTURE: section.detailPicture,
		DESCRIPTION: section.description,
		LEFT_MARGIN: String(position?.left ?? 0),
		RIGHT_MARGIN: String(position?.right ?? 0),
		DEPTH_LEVEL: String(position?.depth ?? 1),
		ENTITY: storage.code,
		SECTION: section.parentId === null ? null : String(section.parentId),
	};
}

function isDescendant(storage: EntityStorage, candidateId: number, ancestorId: number): boolean {
	let current = storage.sections.get(candidateId);
	while (current) {
		if (current.id === ancestorId) return true;
		current = current.parentId === null ? undefined : storage.sections.get(current.parentId);
	}
	return false;
}

function parentSection(ctx: CallContext, storage: EntityStorage): number | null | undefined {
	if (ctx.params.SECTION === undefined) return undefined;
	const parentId = toInt(ctx.params.SECTION);
	if (parentId === 0) return null;
	if (!storage.sections.has(parentId)) throw entityErrors.core('Invalid parent section!');
	return parentId;
}

function applyFields(section: EntitySection, ctx: CallContext): void {
	const params = ctx.params;
	if (params.NAME !== undefined && toPhpString(params.NAME) !== '') section.name = toPhpString(params.NAME);
	const active = activeFlag(params.ACTIVE);
	if (active) section.active = active;
	if (params.SORT !== undefined) section.sort = toInt(params.SORT);
	const code = optionalText(params.CODE);
	if (code !== undefined) section.code = code;
	const description = optionalText(params.DESCRIPTION);
	if (description !== undefined) section.description = description;
	const picture = fileUrl(params.PICTURE, 'entity');
	if (picture !== undefined) section.picture = picture;
	const detailPicture = fileUrl(params.DETAIL_PICTURE, 'entity');
	if (detailPicture !== undefined) section.detailPicture = detailPicture;
	Object.assign(section.userFields, userFieldsOf(params));
}

function add(ctx: CallContext): MethodResult {
	const storage = findStorage(ctx);
	if (toPhpString(ctx.params.NAME) === '') throw entityErrors.argumentEmpty('NAME');
	const parentId = parentSection(ctx, storage) ?? null;
	const section: EntitySection = {
		id: ctx.state.entity.sectionIds.next(),
		name: '',
		code: null,
		active: 'Y',
		sort: 500,
		description: null,
		picture: null,
		detailPicture: null,
		parentId,
		createdBy: ctx.auth.userId,
		modifiedBy: ctx.auth.userId,
		createdMs: ctx.nowMs,
		modifiedMs: ctx.nowMs,
		userFields: {},
	};
	applyFields(section, ctx);
	storage.sections.set(section.id, section);
	return { result: section.id };
}

const SECTION_FIELDS = ['ID', 'CODE', 'TIMESTAMP_X', 'DATE_CREATE', 'CREATED_BY', 'MODIFIED_BY', 'ACTIVE', 'SORT', 'NAME', 'DESCRIPTION', 'LEFT_MARGIN', 'RIGHT_MARGIN', 'DEPTH_LEVEL', 'SECTION', 'SECTION_ID'];

function get(ctx: CallContext): MethodResult {
	const storage = findStorage(ctx);
	const positions = treePositions(storage);
	const views = new Map([...storage.sections.values()].map((section) => [section.id, sectionView(section, storage, positions.get(section.id), ctx)]));
	const schema: ListSchema<EntitySection> = {
		resolve: (name) => {
			const upper = name.toUpperCase();
			if (upper === 'SECTION_ID') return 'SECTION';
			return SECTION_FIELDS.includes(upper) ? upper : undefined;
		},
		get: (row, field) => views.get(row.id)?.[field],
		unknownField: () => undefined,
		badDirection: () => undefined,
	};
	const rows = selectRows([...storage.sections.values()].sort((a, b) => a.id - b.id), ctx.params.FILTER, ctx.params.SORT, schema);
	const page = paginate(rows, readStart(ctx.params));
	return { result: page.rows.map((row) => views.get(row.id)), total: page.total, next: page.next };
}

function update(ctx: CallContext): MethodResult {
	const storage = findStorage(ctx);
	const id = requiredId(ctx);
	const section = storage.sections.get(id);
	if (!section) throw entityErrors.sectionNotFound();
	const parentId = parentSection(ctx, storage);
	if (parentId !== undefined) {
		if (parentId !== null && isDescendant(storage, parentId, section.id)) throw entityErrors.core('Invalid parent section!');
		section.parentId = parentId;
	}
	applyFields(section, ctx);
	section.modifiedBy = ctx.auth.userId;
	section.modifiedMs = ctx.nowMs;
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const storage = findStorage(ctx);
	const id = requiredId(ctx);
	if (!storage.sections.has(id)) throw entityErrors.sectionNotFound();
	// Deleting a section deletes its subsections and the items in them, as iblock sections do.
	const doomed = [...storage.sections.keys()].filter((sectionId) => isDescendant(storage, sectionId, id));
	for (const sectionId of doomed) storage.sections.delete(sectionId);
	for (const item of [...storage.items.values()]) if (item.sectionId !== null && doomed.includes(item.sectionId)) storage.items.delete(item.id);
	return { result: true };
}

export const sectionMethods: MethodSpec[] = [
	{ name: 'entity.section.add', scopes: ['entity'], handler: add },
	{ name: 'entity.section.get', scopes: ['entity'], handler: get },
	{ name: 'entity.section.update', scopes: ['entity'], handler: update },
	{ name: 'entity.section.delete', scopes: ['entity'], handler: remove },
];
