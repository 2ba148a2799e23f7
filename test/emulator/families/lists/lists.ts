/** lists.add / get / update / delete */
import { formatSiteDate } from '../../clock';
import { ListSchema, selectRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { Dict, isDict, phpEmpty, toInt, toPhpString } from '../../php';
import type { UniversalList } from '../../state/listsStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { findList, iblockType, listsErrors, requiredFields, requiredText, yn } from './shared';

const MESSAGE_KEYS = [
	'ELEMENTS_NAME', 'ELEMENT_NAME', 'ELEMENT_ADD', 'ELEMENT_EDIT', 'ELEMENT_DELETE',
	'SECTIONS_NAME', 'SECTION_NAME', 'SECTION_ADD', 'SECTION_EDIT', 'SECTION_DELETE',
];
const DEFAULT_MESSAGES: Record<string, string> = { SECTIONS_NAME: 'Sections', SECTION_NAME: 'Section', ELEMENTS_NAME: 'Elements', ELEMENT_NAME: 'Element' };

function listView(list: UniversalList, ctx: CallContext): Dict {
	const text = (value: string) => (value === '' ? null : value);
	return {
		ID: String(list.id),
		TIMESTAMP_X: formatSiteDate(list.modifiedMs, ctx.state.settings.offsetMinutes),
		IBLOCK_TYPE_ID: list.typeId,
		LID: 's1',
		CODE: text(list.code),
		API_CODE: null,
		NAME: list.name,
		ACTIVE: 'Y',
		SORT: String(list.sort),
		LIST_PAGE_URL: null,
		DETAIL_PAGE_URL: null,
		SECTION_PAGE_URL: null,
		CANONICAL_PAGE_URL: null,
		PICTURE: null,
		DESCRIPTION: list.description,
		DESCRIPTION_TYPE: 'text',
		RSS_TTL: '24',
		RSS_ACTIVE: 'Y',
		RSS_FILE_ACTIVE: 'N',
		RSS_FILE_LIMIT: null,
		RSS_FILE_DAYS: null,
		RSS_YANDEX_ACTIVE: 'N',
		XML_ID: null,
		TMP_ID: null,
		INDEX_ELEMENT: 'Y',
		INDEX_SECTION: 'N',
		WORKFLOW: 'N',
		BIZPROC: list.bizproc,
		SECTION_CHOOSER: 'L',
		LIST_MODE: null,
		RIGHTS_MODE: 'E',
		SECTION_PROPERTY: null,
		PROPERTY_INDEX: null,
		VERSION: '1',
		LAST_CONV_ELEMENT: '0',
		SOCNET_GROUP_ID: list.socnetGroupId === null ? null : String(list.socnetGroupId),
		EDIT_FILE_BEFORE: null,
		EDIT_FILE_AFTER: null,
		SECTIONS_NAME: list.messages.SECTIONS_NAME,
		SECTION_NAME: list.messages.SECTION_NAME,
		ELEMENTS_NAME: list.messages.ELEMENTS_NAME,
		ELEMENT_NAME: list.messages.ELEMENT_NAME,
		REST_ON: 'N',
		FULLTEXT_INDEX: 'N',
		EXTERNAL_ID: null,
		LANG_DIR: '/',
		SERVER_NAME: null,
	};
}

function applyFields(list: UniversalList, ctx: CallContext, fields: Dict): void {
	list.name = toPhpString(fields.NAME);
	if (fields.DESCRIPTION !== undefined) list.description = toPhpString(fields.DESCRIPTION);
	if (fields.SORT !== undefined) list.sort = toInt(fields.SORT);
	if (fields.BIZPROC !== undefined) list.bizproc = yn(fields.BIZPROC, 'N');
	const messages = ctx.params.MESSAGES;
	if (isDict(messages)) {
		for (const key of MESSAGE_KEYS) if (messages[key] !== undefined) list.messages[key] = toPhpString(messages[key]);
	}
	const rights = ctx.params.RIGHTS;
	if (isDict(rights)) {
		// existing rights stay as they are; only new subjects are added
		for (const [subject, level] of Object.entries(rights)) list.rights[subject] ??= toPhpString(level).toUpperCase();
	}
	if (!phpEmpty(ctx.params.SOCNET_GROUP_ID)) list.socnetGroupId = toInt(ctx.params.SOCNET_GROUP_ID);
	list.modifiedMs = ctx.nowMs;
}

function add(ctx: CallContext): MethodResult {
	const typeId = iblockType(ctx);
	const code = requiredText(ctx.params, 'IBLOCK_CODE');
	const fields = requiredFields(ctx);
	const store = ctx.state.lists;
	if ([...store.lists.values()].some((list) => list.typeId === typeId && list.code === code)) throw listsErrors.iblockExists();
	const list: UniversalList = {
		id: store.listIds.next(),
		typeId,
		code,
		name: '',
		description: '',
		sort: 500,
		bizproc: 'N',
		socnetGroupId: null,
		messages: { ...DEFAULT_MESSAGES },
		rights: isDict(ctx.params.RIGHTS) ? {} : { [`U${ctx.auth.userId}`]: 'X' },
		modifiedMs: ctx.nowMs,
		fields: new Map(),
		sections: new Map(),
		elements: new Map(),
	};
	applyFields(list, ctx, fields);
	store.lists.set(list.id, list);
	return { result: list.id };
}

const ORDER_FIELDS = ['ID', 'IBLOCK_TYPE', 'NAME', 'CODE', 'SORT', 'TIMESTAMP_X'];

function get(ctx: CallContext): MethodResult {
	const typeId = iblockType(ctx);
	const id = toInt(ctx.params.IBLOCK_ID);
	const code = phpEmpty(ctx.params.IBLOCK_CODE) ? '' : toPhpString(ctx.params.IBLOCK_CODE);
	const socnetGroupId = toInt(ctx.params.SOCNET_GROUP_ID);
	const lists = [...ctx.state.lists.lists.values()].filter(
		(list) =>
			list.typeId === typeId &&
			(id <= 0 || list.id === id) &&
			(code === '' || list.code === code) &&
			(socnetGroupId <= 0 || list.socnetGroupId === socnetGroupId),
	);
	const schema: ListSchema<UniversalList> = {
		resolve: (name) => {
			const upper = name.toUpperCase();
			return ORDER_FIELDS.includes(upper) ? upper : undefined;
		},
		get: (list, field) => ({ ID: list.id, IBLOCK_TYPE: list.typeId, NAME: list.name, CODE: list.code, SORT: list.sort, TIMESTAMP_X: list.modifiedMs })[field],
		unknownField: () => undefined,
		badDirection: () => undefined,
	};
	const rows = selectRows(lists.sort((a, b) => a.id - b.id), undefined, ctx.params.IBLOCK_ORDER ?? { ID: 'DESC' }, schema);
	const page = paginate(rows, readStart(ctx.params));
	return { result: page.rows.map((list) => listView(list, ctx)), total: page.total, next: page.next };
}

function update(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	applyFields(list, ctx, requiredFields(ctx));
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	ctx.state.lists.lists.delete(list.id);
	return { result: true };
}

export const listMethods: MethodSpec[] = [
	{ name: 'lists.add', scopes: ['lists'], handler: add },
	{ name: 'lists.get', scopes: ['lists'], handler: get },
	{ name: 'lists.update', scopes: ['lists'], handler: update },
	{ name: 'lists.delete', scopes: ['lists'], handler: remove },
];
