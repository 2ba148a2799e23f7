/** Reads `fields` for crm.item.add/update: PHP-style coercion per field type, defaults and derived fields. */
import { normalizeDate } from '../../clock';
import { RestError } from '../../errors';
import { Dict, isDict, isNumeric, phpEmpty, phpValues, toFloat, toInt, toPhpString, toYN } from '../../php';
import type { CrmItemRecord } from '../../state/crmStore';
import type { CallContext } from '../../types';
import type { CrmFieldDef } from './fieldCatalog';
import { isFileField, writeFileValue } from './fileValues';
import { defaultCategoryId, defaultStageId, hasField, stageSemantic } from './stages';
import { camelUfName, CrmTypeInfo, isDynamicFieldName, upperNameOf } from './typeRegistry';

const INT_TYPES = new Set(['integer', 'user', 'crm_lead', 'crm_deal', 'crm_company', 'crm_contact', 'crm_quote', 'crm_category', 'crm_entity', 'location']);
/** Single client links default to 0 rather than null, as in the docs' examples. */
const ZERO_DEFAULT = new Set(['companyId', 'contactId', 'webformId']);

function phpTypeName(value: unknown): string {
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'double';
	if (typeof value === 'boolean') return 'boolean';
	return 'string';
}

function invalidValue(def: CrmFieldDef): RestError {
	return new RestError('CRM_FIELD_ERROR_VALUE_NOT_VALID', `Invalid value for field "${def.title}"`);
}

function scalarValue(def: CrmFieldDef, value: unknown, offsetMinutes: number): unknown {
	if (INT_TYPES.has(def.type)) {
		if (phpEmpty(value)) return ZERO_DEFAULT.has(def.name) ? 0 : null;
		if (!isNumeric(value)) throw invalidValue(def);
		return toInt(value);
	}
	if (def.type === 'double') {
		if (value === null || value === '') return null;
		if (!isNumeric(value)) throw invalidValue(def);
		return toFloat(value);
	}
	if (def.type === 'boolean') return toYN(value);
	if (def.type === 'date' || def.type === 'datetime') {
		return phpEmpty(value) ? null : normalizeDate(toPhpString(value), offsetMinutes);
	}
	if (def.type === 'file') return value;
	return value === null ? null : toPhpString(value);
}

interface MultifieldInput {
	id?: number;
	typeId: string;
	valueType: string;
	value: string;
}

function readMultifields(value: unknown, nextId: () => number): MultifieldInput[] {
	return phpValues(value)
		.filter(isDict)
		.map((entry) => ({
			id: toInt(entry.id ?? entry.ID) || nextId(),
			typeId: toPhpString(entry.typeId ?? entry.TYPE_ID).toUpperCase(),
			valueType: toPhpString(entry.valueType ?? entry.VALUE_TYPE ?? 'WORK').toUpperCase(),
			value: toPhpString(entry.value ?? entry.VALUE),
		}))
		.filter((entry) => entry.typeId !== '' && entry.value !== '');
}

export function normalizeFieldValue(def: CrmFieldDef, value: unknown, ctx: CallContext): unknown {
	const offset = ctx.state.settings.offsetMinutes;
	if (def.type === 'crm_multifield') return readMultifields(value, () => ctx.state.crm.multifieldIds.next());
	if (def.isMultiple) {
		if (value === null || value === '' || value === undefined) return [];
		if (!Array.isArray(value) && !isDict(value)) {
			throw new RestError('100', `Expected iterable value for multiple field, but got ${phpTypeName(value)} instead`);
		}
		return phpValues(value).map((item) => scalarValue(def, item, offset)).filter((item) => item !== null);
	}
	return scalarValue(def, value, offset);
}

/** Maps a client key (camelCase, UPPER_CASE or original UF name) to a field definition or dynamic name. */
export function resolveFieldName(fields: CrmFieldDef[], key: string): CrmFieldDef | string | undefined {
	const camel = camelUfName(key);
	const exact = fields.find((field) => field.name === camel);
	if (exact) return exact;
	const upper = key.toUpperCase();
	const byUpper = fields.find((field) => upperNameOf(field.name) === upper);
	if (byUpper) return byUpper;
	return isDynamicFieldName(camel) ? camel : undefined;
}

function writeFields(values: Dict, fields: CrmFieldDef[], input: Dict, ctx: CallContext): void {
	for (const [key, value] of Object.entries(input)) {
		const target = resolveFieldName(fields, key);
		if (target === undefined) continue;
		if (typeof target === 'string') {
			values[target] = value;
			continue;
		}
		if (target.isReadOnly) continue;
		if (isFileField(target)) {
			values[target.name] = writeFileValue(target, values[target.name], value, ctx);
			continue;
		}
		// User fields keep the client's value as sent (their real types live in the portal's settings).
		values[target.name] = target.isDynamic ? value : normalizeFieldValue(target, value, ctx);
	}
}

function firstOf(multifields: MultifieldInput[], typeId: string, valueType?: string): string | undefined {
	return multifields.find((entry) => entry.typeId === typeId && (!valueType || entry.valueType === valueType))?.value;
}

/** Fields the portal computes: stage semantics, contact links and the phone/e-mail summary of `fm`. */
function deriveFields(values: Dict, info: CrmTypeInfo): void {
	if (hasField(info, 'stageSemanticId')) values.stageSemanticId = stageSemantic(values.stageId);
	if (info.entityTypeId === 2) {
		const semantic = stageSemantic(values.stageId);
		values.closed = semantic === 'P' ? 'N' : 'Y';
	}
	if (hasField(info, 'contactIds') && hasField(info, 'contactId')) {
		const ids = Array.isArray(values.contactIds) ? (values.contactIds as number[]) : [];
		if (ids.length > 0) values.contactId = ids[0];
		else if (values.contactId) values.contactIds = [values.contactId];
	}
	if (hasField(info, 'searchContent')) values.searchContent = searchContent(values);
	if (!hasField(info, 'fm')) return;
	const multifields = (Array.isArray(values.fm) ? values.fm : []) as MultifieldInput[];
	values.hasPhone = toYN(multifields.some((entry) => entry.typeId === 'PHONE'));
	values.hasEmail = toYN(multifields.some((entry) => entry.typeId === 'EMAIL'));
	values.hasImol = toYN(multifields.some((entry) => entry.typeId === 'IM' && entry.valueType === 'IMOL'));
	const summary: Array<[string, string, string | undefined]> = [
		['phoneMobile', 'PHONE', 'MOBILE'],
		['phoneWork', 'PHONE', 'WORK'],
		['phoneMailing', 'PHONE', 'MAILING'],
		['emailHome', 'EMAIL', 'HOME'],
		['emailWork', 'EMAIL', 'WORK'],
		['emailMailing', 'EMAIL', 'MAILING'],
		['imol', 'IM', 'IMOL'],
		['email', 'EMAIL', undefined],
		['phone', 'PHONE', undefined],
	];
	for (const [name, typeId, valueType] of summary) {
		if (hasField(info, name)) values[name] = firstOf(multifields, typeId, valueType) ?? '';
	}
}

const SEARCH_FIELDS = ['id', 'title', 'name', 'secondName', 'lastName', 'companyTitle', 'opportunity', 'currencyId', 'phone', 'email', 'comments'];

/** The portal keeps a full-text summary of the main fields. */
function searchContent(values: Dict): string {
	return SEARCH_FIELDS.map((name) => values[name])
		.filter((value) => value !== null && value !== undefined && value !== '')
		.map((value) => String(value))
		.join(' ');
}

function initialValue(def: CrmFieldDef): unknown {
	if (def.isMultiple) return [];
	if (def.type === 'boolean') return 'N';
	if (ZERO_DEFAULT.has(def.name)) return 0;
	return null;
}

export function createItemValues(info: CrmTypeInfo, fields: CrmFieldDef[], input: Dict, ctx: CallContext, id: number): Dict {
	const userId = ctx.auth.userId;
	const values: Dict = {};
	for (const def of fields) values[def.name] = initialValue(def);
	const defaults: Dict = {
		id,
		createdTime: ctx.nowIso,
		updatedTime: ctx.nowIso,
		createdBy: userId,
		updatedBy: userId,
		assignedById: userId,
		opened: 'Y',
		movedBy: userId,
		movedTime: ctx.nowIso,
		lastActivityBy: userId,
		lastActivityTime: ctx.nowIso,
		currencyId: 'USD',
		opportunity: 0,
		taxValue: 0,
		isManualOpportunity: 'N',
	};
	if (info.entityTypeId === 2) {
		defaults.begindate = ctx.formatDate(ctx.nowMs);
		defaults.closedate = ctx.formatDate(ctx.nowMs + 7 * 86_400_000);
	}
	for (const [name, value] of Object.entries(defaults)) if (name in values) values[name] = value;
	writeFields(values, fields, input, ctx);
	if (hasField(info, 'categoryId') && (values.categoryId === null || values.categoryId === undefined)) values.categoryId = defaultCategoryId(info);
	if (hasField(info, 'stageId') && phpEmpty(values.stageId)) values.stageId = defaultStageId(info, values.categoryId as number | null);
	deriveFields(values, info);
	return values;
}

export function updateItemValues(record: CrmItemRecord, info: CrmTypeInfo, fields: CrmFieldDef[], input: Dict, ctx: CallContext): void {
	const values = record.values;
	const previousStage = values.stageId;
	writeFields(values, fields, input, ctx);
	values.updatedTime = ctx.nowIso;
	values.updatedBy = ctx.auth.userId;
	if (hasField(info, 'stageId') && values.stageId !== previousStage) {
		if ('previousStageId' in values) values.previousStageId = previousStage;
		if ('movedBy' in values) values.movedBy = ctx.auth.userId;
		if ('movedTime' in values) values.movedTime = ctx.nowIso;
	}
	deriveFields(values, info);
}
