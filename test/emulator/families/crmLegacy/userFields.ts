/** crm.deal/lead/contact/company.userfield.add/get/list/update/delete, after the docs' deal pages. */
import { RestError } from '../../errors';
import { ListSchema, selectRows } from '../../filter';
import { Dict, isDict, phpValues, toInt, toPhpString, toYN } from '../../php';
import type { CrmUserFieldRecord } from '../../state/crmUserFieldStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { LEGACY_TYPES, legacyErrors } from './records';

const USER_TYPES = new Set([
	'string', 'integer', 'double', 'boolean', 'datetime', 'date', 'money', 'url', 'address',
	'enumeration', 'file', 'employee', 'crm_status', 'iblock_section', 'iblock_element', 'crm',
]);

/** The portal's interface languages: label maps carry every one of them, unset ones empty. */
const LANGUAGES = ['ar', 'br', 'de', 'en', 'fr', 'hi', 'id', 'in', 'it', 'ja', 'kz', 'la', 'ms', 'pl', 'ru', 'sc', 'tc', 'th', 'tr', 'ua', 'vn'];
const LABELS = ['EDIT_FORM_LABEL', 'LIST_COLUMN_LABEL', 'LIST_FILTER_LABEL', 'ERROR_MESSAGE', 'HELP_MESSAGE'];
const FLAGS: Array<[string, 'Y' | 'N']> = [
	['MULTIPLE', 'N'],
	['MANDATORY', 'N'],
	['SHOW_FILTER', 'N'],
	['SHOW_IN_LIST', 'N'],
	['EDIT_IN_LIST', 'Y'],
	['IS_SEARCHABLE', 'N'],
];

const notFound = (id: unknown) => new RestError('ERROR_NOT_FOUND', `The entity with ID '${toPhpString(id)}' is not found`);

function entityIdOf(ctx: CallContext): string {
	return `CRM_${ctx.method.split('.')[1].toUpperCase()}`;
}

function readFields(ctx: CallContext): Dict {
	const fields = ctx.params.fields ?? ctx.params.FIELDS;
	if (!isDict(fields)) throw legacyErrors.fieldsNotArray();
	return fields;
}

function readId(ctx: CallContext): number {
	const id = toInt(ctx.params.id ?? ctx.params.ID);
	if (!(id > 0)) throw legacyErrors.badId();
	return id;
}

function find(ctx: CallContext): CrmUserFieldRecord {
	const id = readId(ctx);
	const record = ctx.state.crm.userFields.fields.get(id);
	if (!record || record.entityId !== entityIdOf(ctx)) throw notFound(id);
	return record;
}

function labelMap(value: unknown, fallback: string): Dict {
	const map: Dict = {};
	for (const lang of LANGUAGES) {
		if (isDict(value)) map[lang] = toPhpString(value[lang] ?? fallback);
		else map[lang] = value === undefined || value === null ? fallback : toPhpString(value);
	}
	return map;
}

function enumList(ctx: CallContext, input: unknown): Dict[] {
	return phpValues(input)
		.filter(isDict)
		.filter((entry) => toPhpString(entry.VALUE ?? '') !== '')
		.map((entry) => ({
			ID: String(ctx.state.crm.userFields.enumIds.next()),
			SORT: String(toInt(entry.SORT ?? 0)),
			VALUE: toPhpString(entry.VALUE),
			DEF: toYN(entry.DEF ?? 'N'),
			XML_ID: toPhpString(entry.XML_ID ?? ''),
		}));
}

function writeProperties(ctx: CallContext, values: Dict, input: Dict): void {
	if ('XML_ID' in input) values.XML_ID = input.XML_ID === null ? null : toPhpString(input.XML_ID);
	if ('SORT' in input) values.SORT = String(toInt(input.SORT));
	for (const [flag] of FLAGS) if (flag in input) values[flag] = toYN(input[flag]);
	if (isDict(input.SETTINGS)) values.SETTINGS = { ...(values.SETTINGS as Dict), ...input.SETTINGS };
	const label = input.LABEL === undefined ? undefined : toPhpString(input.LABEL);
	for (const name of LABELS) {
		if (name in input) values[name] = labelMap(input[name], label ?? '');
		else if (label !== undefined) values[name] = labelMap(label, label);
	}
	if ('LIST' in input && values.USER_TYPE_ID === 'enumeration') values.LIST = enumList(ctx, input.LIST);
}

function add(ctx: CallContext): MethodResult {
	const input = readFields(ctx);
	const code = toPhpString(input.FIELD_NAME ?? '').trim().toUpperCase();
	if (code === '') throw new RestError('', "The 'FIELD_NAME' field is not found.");
	const fieldName = code.startsWith('UF_CRM_') ? code : `UF_CRM_${code}`;
	if (fieldName.length > 50) throw new RestError('', 'Field name is too long (more than 50 characters).');
	if (!/^[A-Z0-9_]+$/.test(fieldName)) {
		throw new RestError('', 'Field name contains invalid characters. Allowed characters are: A-Z, 0-9, and _.');
	}
	const userType = toPhpString(input.USER_TYPE_ID ?? '');
	if (userType === '') throw new RestError('', "The 'USER_TYPE_ID' field is not found.");
	if (!USER_TYPES.has(userType)) throw new RestError('', 'Invalid custom type specified');
	const store = ctx.state.crm.userFields;
	const id = store.ids.next();
	const values: Dict = { ID: String(id), ENTITY_ID: entityIdOf(ctx), FIELD_NAME: fieldName, USER_TYPE_ID: userType, XML_ID: null, SORT: '100' };
	for (const [flag, initial] of FLAGS) values[flag] = initial;
	values.SETTINGS = {};
	for (const name of LABELS) values[name] = labelMap('', '');
	if (userType === 'enumeration') values.LIST = [];
	writeProperties(ctx, values, input);
	store.fields.set(id, { id, entityId: entityIdOf(ctx), values });
	return { result: id };
}

function get(ctx: CallContext): MethodResult {
	return { result: structuredClone(find(ctx).values) };
}

/** The list prints labels in the portal's language rather than as maps. */
function listView(values: Dict): Dict {
	const view = structuredClone(values);
	for (const name of LABELS) {
		const label = isDict(view[name]) ? toPhpString((view[name] as Dict).en) : '';
		view[name] = label === '' && (name === 'ERROR_MESSAGE' || name === 'HELP_MESSAGE') ? null : label;
	}
	return view;
}

const schema: ListSchema<CrmUserFieldRecord> = {
	resolve: (name) => name.toUpperCase(),
	get: (row, field) => row.values[field],
	unknownField: () => undefined,
	badDirection: () => undefined,
};

function list(ctx: CallContext): MethodResult {
	const entityId = entityIdOf(ctx);
	const rows = [...ctx.state.crm.userFields.fields.values()].filter((row) => row.entityId === entityId);
	const selected = selectRows(rows, ctx.params.filter, ctx.params.order, schema);
	return { result: selected.map((row) => listView(row.values)) };
}

function update(ctx: CallContext): MethodResult {
	const input = readFields(ctx);
	const record = find(ctx);
	writeProperties(ctx, record.values, input);
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const record = find(ctx);
	ctx.state.crm.userFields.fields.delete(record.id);
	return { result: true };
}

export const legacyUserFieldMethods: MethodSpec[] = Object.keys(LEGACY_TYPES).flatMap((entity) => [
	{ name: `crm.${entity}.userfield.add`, scopes: ['crm'], handler: add },
	{ name: `crm.${entity}.userfield.get`, scopes: ['crm'], handler: get },
	{ name: `crm.${entity}.userfield.list`, scopes: ['crm'], handler: list },
	{ name: `crm.${entity}.userfield.update`, scopes: ['crm'], handler: update },
	{ name: `crm.${entity}.userfield.delete`, scopes: ['crm'], handler: remove },
]);
