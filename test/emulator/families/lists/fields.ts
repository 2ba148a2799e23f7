/** lists.field.add / get / update / delete / type.get */
import { Dict, isDict, phpEmpty, toInt, toPhpString } from '../../php';
import type { ListField, UniversalList } from '../../state/listsStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { findList, listsErrors, requiredFields, requiredText, yn } from './shared';

/** The field types of the docs' lists.field.type.get example, system fields first. */
const SYSTEM_TYPES: Record<string, string> = {
	SORT: 'Sorting',
	ACTIVE_FROM: 'Start of activity',
	ACTIVE_TO: 'End of activity',
	PREVIEW_PICTURE: 'Preview image',
	PREVIEW_TEXT: 'Preview text',
	DETAIL_PICTURE: 'Detail image',
	DETAIL_TEXT: 'Detail text',
	CREATED_BY: 'Created by',
	TIMESTAMP_X: 'Modification date',
	MODIFIED_BY: 'Modified by',
};
const CUSTOM_TYPES: Record<string, string> = {
	S: 'String',
	N: 'Number',
	L: 'List',
	F: 'File',
	G: 'Binding to sections',
	E: 'Binding to elements',
	'S:Date': 'Date',
	'S:DateTime': 'Date/Time',
	'S:HTML': 'HTML/text',
	'E:EList': 'Binding to elements as a list',
	'N:Sequence': 'Counter',
	'S:ECrm': 'Binding to CRM elements',
	'S:Money': 'Money',
	'S:DiskFile': 'File (Disk)',
	'S:employee': 'Binding to employee',
};
/** System fields the add docs name that the type list leaves out. */
const OTHER_SYSTEM_FIELDS = ['DATE_CREATE'];

const DEFAULT_SETTINGS = { SHOW_ADD_FORM: 'Y', SHOW_EDIT_FORM: 'Y', ADD_READ_ONLY_FIELD: 'N', EDIT_READ_ONLY_FIELD: 'N', SHOW_FIELD_PREVIEW: 'N' };

function isSystem(type: string): boolean {
	return type in SYSTEM_TYPES || OTHER_SYSTEM_FIELDS.includes(type);
}

function fieldView(field: ListField): Dict {
	const [propertyType, userType] = field.type.split(':');
	const view: Dict = {
		FIELD_ID: field.fieldId,
		SORT: field.sort,
		NAME: field.name,
		IS_REQUIRED: field.isRequired,
		MULTIPLE: field.multiple,
		DEFAULT_VALUE: field.defaultValue,
		TYPE: field.type,
		SETTINGS: { ...field.settings },
	};
	if (field.propertyId === null) return view;
	Object.assign(view, {
		PROPERTY_TYPE: propertyType,
		PROPERTY_USER_TYPE: userType ?? false,
		CODE: field.code,
		ID: String(field.propertyId),
		LINK_IBLOCK_ID: field.linkIblockId === null ? null : String(field.linkIblockId),
		ROW_COUNT: String(field.rowCount),
		COL_COUNT: String(field.colCount),
		USER_TYPE_SETTINGS: field.userTypeSettings,
	});
	if (field.type === 'L') view.DISPLAY_VALUES_FORM = Object.fromEntries([...field.listValues].map(([id, value]) => [String(id), value]));
	return view;
}

function listValuesOf(ctx: CallContext, fields: Dict, into: Map<number, string>): void {
	if (isDict(fields.LIST)) {
		for (const [key, entry] of Object.entries(fields.LIST)) {
			if (!isDict(entry) || phpEmpty(entry.VALUE)) continue;
			const existing = toInt(key);
			into.set(into.has(existing) ? existing : ctx.state.lists.valueIds.next(), toPhpString(entry.VALUE));
		}
	}
	if (!phpEmpty(fields.LIST_TEXT_VALUES)) {
		for (const line of toPhpString(fields.LIST_TEXT_VALUES).split('\n')) {
			if (line.trim() !== '') into.set(ctx.state.lists.valueIds.next(), line.trim());
		}
	}
}

function applyFields(field: ListField, fields: Dict, ctx: CallContext): void {
	field.name = toPhpString(fields.NAME);
	field.isRequired = yn(fields.IS_REQUIRED, field.isRequired);
	if (field.propertyId !== null) field.multiple = yn(fields.MULTIPLE, field.multiple);
	if (fields.SORT !== undefined) field.sort = toInt(fields.SORT);
	if (fields.DEFAULT_VALUE !== undefined) field.defaultValue = fields.DEFAULT_VALUE;
	if (isDict(fields.SETTINGS)) {
		for (const key of Object.keys(DEFAULT_SETTINGS)) if (fields.SETTINGS[key] !== undefined) field.settings[key] = yn(fields.SETTINGS[key], 'N');
	}
	if (fields.USER_TYPE_SETTINGS !== undefined) field.userTypeSettings = fields.USER_TYPE_SETTINGS;
	if (fields.ROW_COUNT !== undefined) field.rowCount = toInt(fields.ROW_COUNT);
	if (fields.COL_COUNT !== undefined) field.colCount = toInt(fields.COL_COUNT);
	if (fields.LINK_IBLOCK_ID !== undefined) field.linkIblockId = toInt(fields.LINK_IBLOCK_ID) || null;
	if (field.type === 'L') listValuesOf(ctx, fields, field.listValues);
	if (field.settings.ADD_READ_ONLY_FIELD === 'Y' && phpEmpty(field.defaultValue)) {
		throw listsErrors.saveField(`The default value of the field '${field.name}' is required`);
	}
}

function add(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	const fields = requiredFields(ctx);
	const type = requiredText(fields, 'TYPE');
	const system = isSystem(type);
	if (!system && !(type in CUSTOM_TYPES)) throw listsErrors.saveField('Error saving the field');
	const code = phpEmpty(fields.CODE) ? null : toPhpString(fields.CODE);
	if (!system && code === null) throw listsErrors.saveField('Please fill the code fields');
	const taken = [...list.fields.values()].some((field) => (system ? field.fieldId === type : field.code === code));
	if (taken) throw listsErrors.saveField('Property already exists');
	const propertyId = system ? null : ctx.state.lists.propertyIds.next();
	const field: ListField = {
		fieldId: propertyId === null ? type : `PROPERTY_${propertyId}`,
		propertyId,
		name: '',
		type,
		code: system ? null : code,
		sort: 500,
		isRequired: 'N',
		multiple: 'N',
		defaultValue: '',
		settings: { ...DEFAULT_SETTINGS },
		userTypeSettings: null,
		rowCount: 1,
		colCount: 30,
		linkIblockId: null,
		listValues: new Map(),
	};
	applyFields(field, fields, ctx);
	list.fields.set(field.fieldId, field);
	return { result: field.fieldId };
}

function fieldOf(list: UniversalList, ctx: CallContext): ListField | undefined {
	return list.fields.get(toPhpString(ctx.params.FIELD_ID).toUpperCase());
}

function get(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	if (!phpEmpty(ctx.params.FIELD_ID)) {
		const field = fieldOf(list, ctx);
		return { result: field ? { [field.fieldId]: fieldView(field) } : [] };
	}
	const sorted = [...list.fields.values()].sort((a, b) => a.sort - b.sort);
	return { result: sorted.length ? Object.fromEntries(sorted.map((field) => [field.fieldId, fieldView(field)])) : [] };
}

function update(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	requiredText(ctx.params, 'FIELD_ID');
	const fields = requiredFields(ctx);
	requiredText(fields, 'TYPE');
	const field = fieldOf(list, ctx);
	if (!field) throw listsErrors.updateField();
	if (!phpEmpty(fields.CODE) && field.propertyId !== null) field.code = toPhpString(fields.CODE);
	applyFields(field, fields, ctx);
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	requiredText(ctx.params, 'FIELD_ID');
	const field = fieldOf(list, ctx);
	if (field) {
		list.fields.delete(field.fieldId);
		if (field.propertyId !== null) for (const element of list.elements.values()) element.properties.delete(field.propertyId);
	}
	return { result: true };
}

/** Types that can still be added: every custom type, and system fields the list does not have yet. */
function typeGet(ctx: CallContext): MethodResult {
	const list = findList(ctx);
	const asked = phpEmpty(ctx.params.FIELD_ID) ? undefined : fieldOf(list, ctx);
	const result: Record<string, string> = {};
	for (const [type, name] of Object.entries(SYSTEM_TYPES)) {
		if (!list.fields.has(type) || asked?.fieldId === type) result[type] = name;
	}
	return { result: Object.assign(result, CUSTOM_TYPES) };
}

export const fieldMethods: MethodSpec[] = [
	{ name: 'lists.field.add', scopes: ['lists'], handler: add },
	{ name: 'lists.field.get', scopes: ['lists'], handler: get },
	{ name: 'lists.field.update', scopes: ['lists'], handler: update },
	{ name: 'lists.field.delete', scopes: ['lists'], handler: remove },
	{ name: 'lists.field.type.get', scopes: ['lists'], handler: typeGet },
];
