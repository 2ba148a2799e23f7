/** task.item.userfield.*: custom task fields (named parameters, unlike the other task.* methods). */
import { RestError } from '../../errors';
import { selectRows } from '../../filter';
import { Dict, isDict, isNumeric, toInt, toPhpString, toYN } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { UPPER_CASE_ROWS } from './shared';

const SUPPORTED_TYPES = new Set(['string', 'double', 'datetime', 'boolean']);

const TYPES: Array<[string, string]> = [
	['string', 'String'],
	['integer', 'Integer'],
	['double', 'Number'],
	['boolean', 'Yes/No'],
	['enumeration', 'Enumeration'],
	['datetime', 'Date/Time'],
	['date', 'Date'],
	['money', 'Money'],
	['url', 'URL'],
	['address', 'Google Map Address'],
	['file', 'File'],
	['employee', 'Employee'],
	['crm_status', 'CRM Status'],
	['iblock_section', 'Information Block Sections'],
	['iblock_element', 'Information Block Elements'],
	['crm', 'CRM Entity Binding'],
];

const DESCRIPTION: Array<[string, string, string, Dict?]> = [
	['ID', 'int', 'ID', { isReadOnly: true }],
	['ENTITY_ID', 'string', 'Entity', { isImmutable: true }],
	['FIELD_NAME', 'string', 'Code', { isImmutable: true }],
	['USER_TYPE_ID', 'string', 'Data Type', { isImmutable: true }],
	['XML_ID', 'string', 'External ID (XML ID)'],
	['SORT', 'int', 'Sort Order'],
	['MULTIPLE', 'char', 'Multiple'],
	['MANDATORY', 'char', 'Mandatory'],
	['SHOW_FILTER', 'char', 'Show in List Filter'],
	['SHOW_IN_LIST', 'char', 'Show in List'],
	['EDIT_IN_LIST', 'char', 'Allow User Editing'],
	['IS_SEARCHABLE', 'char', 'Field Values are Searchable'],
	['EDIT_FORM_LABEL', 'string', 'Edit Form Label'],
	['LIST_COLUMN_LABEL', 'string', 'List Column Header'],
	['LIST_FILTER_LABEL', 'string', 'List Filter Label'],
	['ERROR_MESSAGE', 'string', 'Error Message'],
	['HELP_MESSAGE', 'string', 'Help'],
	['LIST', 'uf_enum_element', 'List Elements', { isMultiple: true }],
	['SETTINGS', 'object', 'Additional Settings (depends on type)'],
];

const LABELS = ['EDIT_FORM_LABEL', 'LIST_COLUMN_LABEL', 'LIST_FILTER_LABEL', 'ERROR_MESSAGE', 'HELP_MESSAGE'];

const core = (text: string) => new RestError('ERROR_CORE', text);
const invalidArguments = (verb: string) =>
	core(`TASKS_ERROR_EXCEPTION_#0; Invalid arguments for Bitrix\\Tasks\\Integration\\Rest\\Task\\UserField::${verb}; 0/TE`);

function param(ctx: CallContext, name: string): unknown {
	return ctx.params[name] ?? ctx.params[name.toLowerCase()];
}

function fieldById(ctx: CallContext, missing: () => RestError): Dict {
	const raw = param(ctx, 'ID');
	if (raw === undefined || raw === '') throw missing();
	if (!isNumeric(raw) || toInt(raw) <= 0) throw core('ID is not defined or invalid');
	const field = ctx.state.tasks.userFields.get(toInt(raw));
	if (!field) throw new RestError('ERROR_NOT_FOUND', `The entity with ID '${toInt(raw)}' is not found`);
	return field;
}

/** Labels per language; LABEL fills every label's English text unless that label is given itself. */
function labels(field: Dict, data: Dict): void {
	const label = data.LABEL === undefined ? undefined : { en: toPhpString(data.LABEL) };
	for (const key of LABELS) {
		const value = isDict(data[key]) ? data[key] : label;
		if (value !== undefined) field[key] = { ...(isDict(field[key]) ? field[key] : { de: '', en: '' }), ...value };
	}
}

function applyData(field: Dict, data: Dict): void {
	if (data.XML_ID !== undefined) field.XML_ID = toPhpString(data.XML_ID);
	if (data.SORT !== undefined) field.SORT = String(toInt(data.SORT));
	if (data.MULTIPLE !== undefined) field.MULTIPLE = field.USER_TYPE_ID === 'boolean' ? 'N' : toYN(data.MULTIPLE);
	if (data.MANDATORY !== undefined) field.MANDATORY = toYN(data.MANDATORY);
	if (isDict(data.SETTINGS)) field.SETTINGS = { ...(isDict(field.SETTINGS) ? field.SETTINGS : {}), ...data.SETTINGS };
	labels(field, data);
}

function add(ctx: CallContext): MethodResult {
	const params = param(ctx, 'PARAMS');
	const data = isDict(params) ? params : {};
	const type = toPhpString(data.USER_TYPE_ID).trim();
	if (type === '') throw core("The 'USER_TYPE_ID' field is not found");
	if (!SUPPORTED_TYPES.has(type)) throw core('Invalid user type specified.');
	const name = toPhpString(data.FIELD_NAME).trim().toUpperCase();
	if (name === '') throw core("The 'FIELD_NAME' field is not found");
	const { userFields, userFieldIds } = ctx.state.tasks;
	if ([...userFields.values()].some((field) => field.FIELD_NAME === name)) {
		throw core(`The field ${name} for the object TASKS_TASK already exists.`);
	}
	const id = userFieldIds.next();
	const field: Dict = {
		ID: String(id),
		ENTITY_ID: 'TASKS_TASK',
		FIELD_NAME: name,
		USER_TYPE_ID: type,
		XML_ID: '',
		SORT: '100',
		MULTIPLE: 'N',
		MANDATORY: 'N',
		SHOW_FILTER: 'N',
		SHOW_IN_LIST: 'Y',
		EDIT_IN_LIST: 'Y',
		IS_SEARCHABLE: 'N',
		SETTINGS: {},
	};
	applyData(field, data);
	userFields.set(id, field);
	return { result: id };
}

/** The list leaves out the labels; get prints them. */
function listView(field: Dict): Dict {
	return Object.fromEntries(Object.entries(field).filter(([key]) => !LABELS.includes(key)));
}

function getList(ctx: CallContext): MethodResult {
	const order = param(ctx, 'ORDER');
	const filter = param(ctx, 'FILTER');
	const rows = selectRows([...ctx.state.tasks.userFields.values()], filter, isDict(order) ? order : { ID: 'ASC' }, UPPER_CASE_ROWS);
	return { result: rows.map(listView), total: rows.length };
}

function update(ctx: CallContext): MethodResult {
	const data = param(ctx, 'DATA');
	if (param(ctx, 'ID') === undefined || !isDict(data)) throw invalidArguments('update');
	applyData(fieldById(ctx, () => invalidArguments('update')), data);
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const field = fieldById(ctx, () => invalidArguments('delete'));
	ctx.state.tasks.userFields.delete(toInt(field.ID));
	return { result: true };
}

const HANDLERS: Record<string, (ctx: CallContext) => MethodResult> = {
	add,
	get: (ctx) => ({ result: fieldById(ctx, () => core('No parameters found')), total: 0 }),
	getlist: getList,
	update,
	delete: remove,
	getfields: () => ({
		result: Object.fromEntries(DESCRIPTION.map(([name, type, title, extra]) => [name, { type, title, ...(extra ?? {}) }])),
	}),
	gettypes: () => ({ result: TYPES.map(([id, title]) => ({ ID: id, title })) }),
};

export const taskUserFieldMethods: MethodSpec[] = Object.entries(HANDLERS).map(([verb, handler]) => ({
	name: `task.item.userfield.${verb}`,
	scopes: ['task'],
	handler,
}));
