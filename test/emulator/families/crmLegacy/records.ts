/**
 * crm.deal/lead/contact/company.add/get/list/update/delete/fields: the classic methods over the
 * same records crm.item.* keeps (deals are entityTypeId 2 and so on), printed the classic way:
 * UPPER_CASE keys, values as strings, multi-fields as `PHONE: [{ID, VALUE_TYPE, VALUE, TYPE_ID}]`.
 */
import { RestError } from '../../errors';
import { ListSchema, selectRows } from '../../filter';
import { narrowByIdBounds } from '../../idRange';
import { paginate, readStart } from '../../pagination';
import { Dict, isDict, phpValues, toInt, toPhpString } from '../../php';
import type { CrmItemRecord } from '../../state/crmStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import type { CrmFieldDef } from '../crm/fieldCatalog';
import { addItem } from '../crm/items';
import { classicFileView, isFileField } from '../crm/fileValues';
import { resolveFieldName, updateItemValues } from '../crm/itemValues';
import { CrmTypeInfo, fieldsOfType, resolveCrmType, upperNameOf } from '../crm/typeRegistry';

export const LEGACY_TYPES: Record<string, number> = { lead: 1, deal: 2, contact: 3, company: 4 };

export const MULTIFIELD_TYPES = ['PHONE', 'EMAIL', 'WEB', 'IM', 'LINK'];

/** Classic names that are not the crm.item name in UPPER_CASE. */
const RENAMED: Record<string, string> = {
	DATE_CREATE: 'createdTime',
	DATE_MODIFY: 'updatedTime',
	CREATED_BY_ID: 'createdBy',
	MODIFY_BY_ID: 'updatedBy',
	MOVED_BY_ID: 'movedBy',
};

/** crm.item fields the classic methods do not print (the phone/e-mail summaries would clash with PHONE/EMAIL). */
const HIDDEN = new Set([
	'fm', 'entityTypeId', 'contactIds', 'contacts', 'companyIds', 'observers', 'searchContent',
	'phone', 'email', 'phoneMobile', 'phoneWork', 'phoneMailing', 'emailHome', 'emailWork', 'emailMailing', 'imol',
]);

export const legacyErrors = {
	fieldsNotArray: () => new RestError('', "Parameter 'fields' must be array."),
	badId: () => new RestError('', 'ID is not defined or invalid.'),
	notFound: () => new RestError('', 'Not found'),
	notArray: (name: string) => new RestError('', `Parameter '${name}' must be array.`),
};

function entityOf(ctx: CallContext): CrmTypeInfo {
	const key = ctx.method.split('.')[1];
	return resolveCrmType(ctx.state, LEGACY_TYPES[key]) as CrmTypeInfo;
}

/** The item field a classic name stands for (lead STATUS_ID is the item's stageId). */
function itemFieldName(info: CrmTypeInfo, fields: CrmFieldDef[], key: string): string | undefined {
	const upper = key.toUpperCase();
	if (RENAMED[upper]) return RENAMED[upper];
	if (upper === 'STATUS_ID' && info.entityTypeId === 1) return 'stageId';
	const target = resolveFieldName(fields, key);
	return typeof target === 'string' ? target : target?.name;
}

function classicName(info: CrmTypeInfo, name: string): string {
	const renamed = Object.entries(RENAMED).find(([, item]) => item === name);
	if (renamed) return renamed[0];
	if (name === 'stageId' && info.entityTypeId === 1) return 'STATUS_ID';
	return upperNameOf(name);
}

export function readId(ctx: CallContext): number {
	const raw = ctx.params.id ?? ctx.params.ID;
	const id = toInt(raw);
	if (!(id > 0) || !/^\d+$/.test(toPhpString(raw).trim())) throw legacyErrors.badId();
	return id;
}

export function readFields(ctx: CallContext): Dict {
	const fields = ctx.params.fields ?? ctx.params.FIELDS;
	if (!isDict(fields)) throw legacyErrors.fieldsNotArray();
	return fields;
}

function findRecord(ctx: CallContext, info: CrmTypeInfo, id = readId(ctx)): CrmItemRecord {
	const record = ctx.state.crm.itemsOf(info.entityTypeId).get(id);
	if (!record) throw legacyErrors.notFound();
	return record;
}

interface StoredMultifield {
	id: number;
	typeId: string;
	valueType: string;
	value: string;
}

function storedMultifields(record: { values: Dict }): StoredMultifield[] {
	return (Array.isArray(record.values.fm) ? record.values.fm : []) as StoredMultifield[];
}

/**
 * Classic multi-field writes: an entry with `ID` changes that value (an empty `VALUE` deletes it),
 * an entry without `ID` is added; values not mentioned stay.
 */
function mergeMultifields(existing: StoredMultifield[], input: Dict): Dict[] {
	const result: Dict[] = existing.map((entry) => ({ ...entry }));
	for (const typeId of MULTIFIELD_TYPES) {
		if (!(typeId in input)) continue;
		for (const raw of phpValues(input[typeId]).filter(isDict)) {
			const id = toInt(raw.ID ?? raw.id);
			const value = toPhpString(raw.VALUE ?? raw.value ?? '');
			const valueType = raw.VALUE_TYPE ?? raw.valueType;
			const index = id ? result.findIndex((entry) => entry.id === id) : -1;
			if (index >= 0) {
				if (value === '') result.splice(index, 1);
				else result[index] = { ...result[index], value, ...(valueType ? { valueType } : {}) };
			} else if (value !== '') {
				result.push({ typeId, value, valueType: valueType ?? 'WORK' });
			}
		}
	}
	return result;
}

/** Classic field names -> crm.item input, multi-fields folded into `fm`. */
function toItemInput(info: CrmTypeInfo, fields: CrmFieldDef[], input: Dict, existing: StoredMultifield[]): Dict {
	const out: Dict = {};
	for (const [key, value] of Object.entries(input)) {
		if (MULTIFIELD_TYPES.includes(key.toUpperCase())) continue;
		const name = itemFieldName(info, fields, key);
		if (name) out[name] = value;
	}
	if (fields.some((def) => def.name === 'fm') && MULTIFIELD_TYPES.some((type) => type in input)) {
		out.fm = mergeMultifields(existing, input);
	}
	return out;
}

function classicValue(def: CrmFieldDef | undefined, value: unknown): unknown {
	if (value === null || value === undefined) return null;
	if (Array.isArray(value)) return value.map((entry) => classicValue(def, entry));
	if (typeof value === 'number') return def?.type === 'double' ? value.toFixed(2) : String(value);
	if (typeof value === 'boolean') return value ? 'Y' : 'N';
	return value;
}

function multifieldView(entries: StoredMultifield[], typeId: string): Dict[] {
	return entries
		.filter((entry) => entry.typeId === typeId)
		.map((entry) => ({ ID: String(entry.id), VALUE_TYPE: entry.valueType, VALUE: entry.value, TYPE_ID: entry.typeId }));
}

interface ViewOptions {
	/** Classic names asked for; undefined means every standard and custom field. */
	select?: Set<string>;
	withMultifields: boolean;
}

function recordView(ctx: CallContext, info: CrmTypeInfo, fields: CrmFieldDef[], record: CrmItemRecord, options: ViewOptions): Dict {
	const view: Dict = {};
	const valueOf = (def: CrmFieldDef) =>
		isFileField(def)
			? classicFileView(ctx, { entityTypeId: info.entityTypeId, itemId: record.id, fieldName: def.name }, record.values[def.name])
			: classicValue(def, record.values[def.name]);
	const wanted = (name: string) => name === 'ID' || !options.select || options.select.has(name);
	for (const def of fields) {
		if (HIDDEN.has(def.name)) continue;
		const name = classicName(info, def.name);
		if (wanted(name)) view[name] = valueOf(def);
	}
	for (const [itemName, value] of Object.entries(record.values)) {
		const name = classicName(info, itemName);
		if (HIDDEN.has(itemName) || name in view || !wanted(name)) continue;
		view[name] = classicValue(undefined, value);
	}
	if (fields.some((def) => def.name === 'fm')) {
		for (const typeId of MULTIFIELD_TYPES) {
			const entries = multifieldView(storedMultifields(record), typeId);
			const asked = options.withMultifields || options.select?.has(typeId);
			if (asked && entries.length > 0) view[typeId] = entries;
		}
	}
	return view;
}

function add(ctx: CallContext): MethodResult {
	const info = entityOf(ctx);
	const fields = fieldsOfType(ctx.state, info);
	const record = addItem(ctx, info, toItemInput(info, fields, readFields(ctx), []));
	return { result: record.id };
}

function get(ctx: CallContext): MethodResult {
	const info = entityOf(ctx);
	const record = findRecord(ctx, info);
	return { result: recordView(ctx, info, fieldsOfType(ctx.state, info), record, { withMultifields: true }) };
}

function update(ctx: CallContext): MethodResult {
	const info = entityOf(ctx);
	const id = readId(ctx);
	const given = readFields(ctx);
	const record = findRecord(ctx, info, id);
	const fields = fieldsOfType(ctx.state, info);
	const input = toItemInput(info, fields, given, storedMultifields(record));
	updateItemValues(record, info, fields, input, ctx);
	ctx.state.crm.noteFields(info.entityTypeId, record.values);
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const info = entityOf(ctx);
	const record = findRecord(ctx, info);
	ctx.state.crm.itemsOf(info.entityTypeId).delete(record.id);
	return { result: true };
}

function listSchema(info: CrmTypeInfo, fields: CrmFieldDef[]): ListSchema<CrmItemRecord> {
	return {
		resolve: (name) => itemFieldName(info, fields, name),
		get: (row, field) => row.values[field],
		unknownField: () => undefined,
		badDirection: () => undefined,
	};
}

function selection(select: unknown): ViewOptions {
	const requested = phpValues(select).map((name) => toPhpString(name).toUpperCase()).filter((name) => name !== '');
	if (requested.length === 0 || (requested.includes('*') && requested.includes('UF_*'))) return { withMultifields: false };
	return { select: new Set(requested), withMultifields: false };
}

/** `*` selects the standard fields, `UF_*` the custom ones. */
function selectedView(view: Dict, select: Set<string> | undefined): Dict {
	if (!select) return view;
	const out: Dict = {};
	for (const [name, value] of Object.entries(view)) {
		const custom = name.startsWith('UF_');
		if (name === 'ID' || select.has(name) || (custom ? select.has('UF_*') : select.has('*'))) out[name] = value;
	}
	return out;
}

function list(ctx: CallContext): MethodResult {
	const info = entityOf(ctx);
	const fields = fieldsOfType(ctx.state, info);
	for (const name of ['filter', 'order']) {
		const value = ctx.params[name];
		if (value !== undefined && value !== '' && !isDict(value) && !Array.isArray(value)) throw legacyErrors.notArray(name);
	}
	const records = [...ctx.state.crm.itemsOf(info.entityTypeId).values()].sort((a, b) => a.id - b.id);
	const candidates = narrowByIdBounds(records, ctx.params.filter, (record) => record.id, 'ID');
	const rows = selectRows(candidates, ctx.params.filter, ctx.params.order, listSchema(info, fields));
	const page = paginate(rows, readStart(ctx.params));
	const options = selection(ctx.params.select);
	const result = page.rows.map((row) =>
		selectedView(recordView(ctx, info, fields, row, { withMultifields: false, select: undefined }), options.select),
	);
	if (options.select) {
		for (const [index, row] of page.rows.entries()) {
			for (const typeId of MULTIFIELD_TYPES) {
				const entries = multifieldView(storedMultifields(row), typeId);
				if (options.select.has(typeId) && entries.length > 0) result[index][typeId] = entries;
			}
		}
	}
	return { result, total: page.total, next: page.next };
}

/** Classic descriptions title a custom field by its UF_CRM_ name and give its labels apart. */
function fieldView(info: CrmTypeInfo, def: CrmFieldDef): Dict {
	const view: Dict = {
		type: def.type,
		isRequired: def.isRequired,
		isReadOnly: def.isReadOnly,
		isImmutable: def.isImmutable,
		isMultiple: def.isMultiple,
		isDynamic: def.isDynamic,
	};
	if (def.statusType) view.statusType = def.statusType;
	if (def.items) view.items = def.items;
	view.title = def.isDynamic ? classicName(info, def.name) : def.title;
	if (def.isDynamic) {
		view.listLabel = def.labels?.listLabel ?? def.title;
		view.formLabel = def.labels?.formLabel ?? def.title;
		view.filterLabel = def.labels?.filterLabel ?? def.title;
	}
	if (def.settings) view.settings = def.settings;
	return view;
}

function fields(ctx: CallContext): MethodResult {
	const info = entityOf(ctx);
	const out: Dict = {};
	for (const def of fieldsOfType(ctx.state, info)) {
		if (def.name === 'fm') {
			for (const typeId of ['PHONE', 'EMAIL', 'WEB', 'IM']) {
				out[typeId] = fieldView(info, { ...def, name: typeId, title: typeId, isMultiple: true, isReadOnly: false });
			}
			continue;
		}
		if (HIDDEN.has(def.name)) continue;
		const name = classicName(info, def.name);
		const statusType = CLASSIC_STATUS_TYPES[info.entityTypeId]?.[name];
		out[name] = fieldView(info, statusType ? { ...def, statusType } : def);
	}
	return { result: out };
}

/** The dictionaries of the classic `crm_status` fields, as the crm.deal.fields example names them. */
const CLASSIC_STATUS_TYPES: Record<number, Record<string, string>> = {
	1: { STATUS_ID: 'STATUS', SOURCE_ID: 'SOURCE', HONORIFIC: 'HONORIFIC' },
	2: { STAGE_ID: 'DEAL_STAGE', TYPE_ID: 'DEAL_TYPE', SOURCE_ID: 'SOURCE', EVENT_ID: 'EVENT_TYPE' },
	3: { TYPE_ID: 'CONTACT_TYPE', SOURCE_ID: 'SOURCE', HONORIFIC: 'HONORIFIC' },
	4: { COMPANY_TYPE: 'COMPANY_TYPE', INDUSTRY: 'INDUSTRY', EMPLOYEES: 'EMPLOYEES' },
};

export const legacyRecordMethods: MethodSpec[] = Object.keys(LEGACY_TYPES).flatMap((entity) => [
	{ name: `crm.${entity}.add`, scopes: ['crm'], handler: add },
	{ name: `crm.${entity}.get`, scopes: ['crm'], handler: get },
	{ name: `crm.${entity}.list`, scopes: ['crm'], handler: list },
	{ name: `crm.${entity}.update`, scopes: ['crm'], handler: update },
	{ name: `crm.${entity}.delete`, scopes: ['crm'], handler: remove },
	{ name: `crm.${entity}.fields`, scopes: ['crm'], handler: fields },
]);
