/** crm.item.add / get / list / update / delete / fields */
import { narrowByIdBounds } from '../../idRange';
import { RestError } from '../../errors';
import { ListSchema, selectRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { Dict, isDict, isYes, phpValues, toInt, toPhpString } from '../../php';
import type { CrmItemRecord } from '../../state/crmStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import type { CrmFieldDef } from './fieldCatalog';
import { itemFileView } from './fileValues';
import { createItemValues, resolveFieldName, updateItemValues } from './itemValues';
import { fieldView, itemView } from './itemView';
import { CrmTypeInfo, fieldsOfType, resolveCrmType, upperNameOf } from './typeRegistry';

export const crmErrors = {
	missingParameter: (name: string) => new RestError('100', `Could not find value for parameter {${name}}`),
	typeNotFound: (description: string) => new RestError('NOT_FOUND', description),
};

export function requireParam(ctx: CallContext, name: string): unknown {
	const value = ctx.params[name];
	if (value === undefined || value === null || value === '') throw crmErrors.missingParameter(name);
	return value;
}

/** The docs word the unknown-type error differently per page; each method uses its page's text. */
const TYPE_NOT_FOUND: Record<string, string> = {
	'crm.item.add': 'Smart process not found',
	'crm.item.update': 'Smart process not found',
	'crm.item.fields': 'Smart process not found',
};

function typeOf(ctx: CallContext): CrmTypeInfo {
	const info = resolveCrmType(ctx.state, toInt(requireParam(ctx, 'entityTypeId')));
	if (!info) throw crmErrors.typeNotFound(TYPE_NOT_FOUND[ctx.method] ?? 'SPA not found');
	return info;
}

function fieldsParam(ctx: CallContext): Dict {
	const fields = requireParam(ctx, 'fields');
	if (!isDict(fields)) throw crmErrors.missingParameter('fields');
	return fields;
}

function findItem(ctx: CallContext, info: CrmTypeInfo, notFound: string): CrmItemRecord {
	const record = ctx.state.crm.itemsOf(info.entityTypeId).get(toInt(requireParam(ctx, 'id')));
	if (!record) throw new RestError('NOT_FOUND', notFound);
	return record;
}

function fileView(ctx: CallContext) {
	return (record: CrmItemRecord, fieldName: string, value: unknown) =>
		itemFileView(ctx, { entityTypeId: record.entityTypeId, itemId: record.id, fieldName }, value);
}

function fullView(ctx: CallContext, record: CrmItemRecord, fields: CrmFieldDef[]): Dict {
	return itemView(record, fields, { withMultifields: true, originalUfNames: isYes(ctx.params.useOriginalUfNames), fileView: fileView(ctx) });
}

/** Adds an item directly (used by the emulator's seeding helpers too). */
export function addItem(ctx: CallContext, info: CrmTypeInfo, input: Dict): CrmItemRecord {
	const fields = fieldsOfType(ctx.state, info);
	const id = ctx.state.crm.nextItemId(info.entityTypeId);
	const record: CrmItemRecord = { id, entityTypeId: info.entityTypeId, values: createItemValues(info, fields, input, ctx, id) };
	ctx.state.crm.itemsOf(info.entityTypeId).set(id, record);
	ctx.state.crm.noteFields(info.entityTypeId, record.values);
	return record;
}

function add(ctx: CallContext): MethodResult {
	const info = typeOf(ctx);
	const record = addItem(ctx, info, fieldsParam(ctx));
	return { result: { item: fullView(ctx, record, fieldsOfType(ctx.state, info)) } };
}

function get(ctx: CallContext): MethodResult {
	const info = typeOf(ctx);
	const record = findItem(ctx, info, 'Element not found');
	return { result: { item: fullView(ctx, record, fieldsOfType(ctx.state, info)) } };
}

function update(ctx: CallContext): MethodResult {
	const info = typeOf(ctx);
	const record = findItem(ctx, info, 'Item not found');
	const fields = fieldsOfType(ctx.state, info);
	updateItemValues(record, info, fields, fieldsParam(ctx), ctx);
	ctx.state.crm.noteFields(info.entityTypeId, record.values);
	return { result: { item: fullView(ctx, record, fieldsOfType(ctx.state, info)) } };
}

function remove(ctx: CallContext): MethodResult {
	const info = typeOf(ctx);
	const record = findItem(ctx, info, 'Item not found');
	ctx.state.crm.itemsOf(info.entityTypeId).delete(record.id);
	return { result: [] };
}

function listSchema(fields: CrmFieldDef[]): ListSchema<CrmItemRecord> {
	return {
		resolve: (name) => {
			const target = resolveFieldName(fields, name);
			return typeof target === 'string' ? target : target?.name;
		},
		get: (row, field) => row.values[field],
		unknownField: (name, where) => {
			throw new RestError('INVALID_ARG_VALUE', `Invalid ${where}: field '${name}' is not allowed in ${where}`);
		},
		badDirection: (field, direction) => {
			throw new RestError('INVALID_ARG_VALUE', `Invalid order: allowed sort directions are ASC, DESC. But got '${direction}' for field '${field}'`);
		},
	};
}

function selection(fields: CrmFieldDef[], select: unknown): { names?: Set<string>; withMultifields: boolean } {
	const requested = phpValues(select).map(toPhpString).filter((name) => name !== '');
	if (requested.length === 0) return { withMultifields: false };
	if (requested.includes('*')) return { withMultifields: true };
	const names = new Set<string>();
	for (const name of requested) {
		const target = resolveFieldName(fields, name);
		const resolved = typeof target === 'string' ? target : target?.name;
		if (resolved && resolved !== 'fm') names.add(resolved);
	}
	return { names, withMultifields: false };
}

function list(ctx: CallContext): MethodResult {
	const info = typeOf(ctx);
	const fields = fieldsOfType(ctx.state, info);
	const items = [...ctx.state.crm.itemsOf(info.entityTypeId).values()].sort((a, b) => a.id - b.id);
	const candidates = narrowByIdBounds(items, ctx.params.filter, (item) => item.id);
	const rows = selectRows(candidates, ctx.params.filter, ctx.params.order, listSchema(fields));
	const page = paginate(rows, readStart(ctx.params));
	const { names, withMultifields } = selection(fields, ctx.params.select);
	const options = { select: names, withMultifields, originalUfNames: isYes(ctx.params.useOriginalUfNames), fileView: fileView(ctx) };
	return { result: { items: page.rows.map((row) => itemView(row, fields, options)) }, total: page.total, next: page.next };
}

function statusTypeOf(def: CrmFieldDef, info: CrmTypeInfo): string | undefined {
	if (def.name === 'sourceId') return 'SOURCE';
	if (def.name !== 'stageId' && def.name !== 'previousStageId') return undefined;
	if (info.entityTypeId === 1) return 'STATUS';
	if (info.entityTypeId === 2) return 'DEAL_STAGE';
	if (info.entityTypeId === 7) return 'QUOTE_STATUS';
	const category = info.spa ? info.spa.defaultCategoryId : 2;
	return `DYNAMIC_${info.entityTypeId}_STAGE_${category}`;
}

function fields(ctx: CallContext): MethodResult {
	const info = typeOf(ctx);
	const original = isYes(ctx.params.useOriginalUfNames);
	const out: Dict = {};
	for (const def of fieldsOfType(ctx.state, info)) {
		const statusType = statusTypeOf(def, info);
		const key = original && def.name.startsWith('ufCrm') ? upperNameOf(def.name) : def.name;
		out[key] = fieldView(statusType ? { ...def, statusType } : def);
	}
	return { result: { fields: out } };
}

export const itemMethods: MethodSpec[] = [
	{ name: 'crm.item.add', scopes: ['crm'], handler: add },
	{ name: 'crm.item.get', scopes: ['crm'], handler: get },
	{ name: 'crm.item.list', scopes: ['crm'], handler: list },
	{ name: 'crm.item.update', scopes: ['crm'], handler: update },
	{ name: 'crm.item.delete', scopes: ['crm'], handler: remove },
	{ name: 'crm.item.fields', scopes: ['crm'], handler: fields },
];
