/** crm.category.add/get/list/update/delete/fields: pipelines of deals, contacts, companies, smart invoices and SPAs. */
import { RestError } from '../../errors';
import { Dict, isDict, isYes, toInt, toPhpString } from '../../php';
import type { PortalState } from '../../state';
import type { Table } from '../../state/tableStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { crmErrors, requireParam } from '../crm/items';
import { defaultCategoryId } from '../crm/stages';
import { CrmTypeInfo, resolveCrmType } from '../crm/typeRegistry';
import { addPipelineStages, removePipelineStages } from './stageSeeds';

const TYPE_NAMES: Record<number, string> = { 1: 'LEAD', 2: 'DEAL', 3: 'CONTACT', 4: 'COMPANY', 7: 'QUOTE', 31: 'SMART_INVOICE' };

/** The docs word the unknown-type error differently per page; each method uses its page's text. */
const TYPE_NOT_FOUND: Record<string, string> = {
	'crm.category.list': 'Smart process not found',
	'crm.category.update': 'Smart process not found',
};

const DEFAULT_NAMES: Record<number, string> = { 2: 'General', 3: 'Contacts', 4: 'Companies', 31: 'Invoices' };

const errors = {
	notFound: () => new RestError('NOT_FOUND', 'Element not found'),
	notSupported: (entityTypeId: number) =>
		new RestError('ENTITY_TYPE_NOT_SUPPORTED', `Entity type ${TYPE_NAMES[entityTypeId] ?? `DYNAMIC_${entityTypeId}`} is not supported`),
	nameRequired: () => new RestError(0, "Field 'NAME' is required"),
	clientDefault: () => new RestError(0, 'Default client category does not support updating default state'),
};

interface Pipelines {
	info: CrmTypeInfo;
	table: Table;
	defaultId: number;
}

const seeded = new WeakSet<Table>();

function isDeal(info: CrmTypeInfo): boolean {
	return info.entityTypeId === 2;
}

function pipelinesOf(state: PortalState, entityTypeId: number, method: string): Pipelines {
	const info = resolveCrmType(state, entityTypeId);
	if (!info) throw crmErrors.typeNotFound(TYPE_NOT_FOUND[method] ?? 'SPA not found');
	const defaultId = defaultCategoryId(info);
	if (defaultId === null) throw errors.notSupported(entityTypeId);
	const table = state.tables.of(`crm.category.${entityTypeId}`);
	if (!seeded.has(table)) {
		seeded.add(table);
		const name = DEFAULT_NAMES[entityTypeId] ?? 'General';
		table.rows.set(defaultId, { id: defaultId, name, sort: isDeal(info) ? 300 : 500, isDefault: 'Y' });
		table.ids.bump(defaultId);
		addPipelineStages(state, entityTypeId, defaultId);
	}
	return { info, table, defaultId };
}

function pipelines(ctx: CallContext): Pipelines {
	return pipelinesOf(ctx.state, toInt(requireParam(ctx, 'entityTypeId')), ctx.method);
}

function view(pipelines: Pipelines, row: Dict): Dict {
	const out: Dict = { id: row.id, name: row.name, sort: row.sort, entityTypeId: pipelines.info.entityTypeId, isDefault: row.isDefault };
	if (isDeal(pipelines.info) && row.id !== 0) Object.assign(out, { originId: row.originId ?? '', originatorId: row.originatorId ?? '' });
	if (pipelines.info.spa) Object.assign(out, { isSystem: 'N', code: null });
	return out;
}

function find(ctx: CallContext, pipelines: Pipelines): Dict {
	const row = pipelines.table.rows.get(toInt(requireParam(ctx, 'id')));
	if (!row) throw errors.notFound();
	return row;
}

function fieldsParam(ctx: CallContext): Dict {
	const fields = requireParam(ctx, 'fields');
	if (!isDict(fields)) throw crmErrors.missingParameter('fields');
	return fields;
}

/** Writes name, sort and the default flag (deals keep their default; contacts and companies refuse a change). */
function write(pipelines: Pipelines, row: Dict, fields: Dict): void {
	if (fields.name !== undefined) row.name = toPhpString(fields.name);
	if (fields.sort !== undefined) row.sort = Math.max(0, toInt(fields.sort));
	for (const key of ['originId', 'originatorId']) if (fields[key] !== undefined && isDeal(pipelines.info)) row[key] = toPhpString(fields[key]);
	if (fields.isDefault === undefined || isDeal(pipelines.info)) return;
	if (!pipelines.info.spa && pipelines.info.entityTypeId !== 31) throw errors.clientDefault();
	if (!isYes(fields.isDefault)) return;
	for (const other of pipelines.table.rows.values()) other.isDefault = 'N';
	row.isDefault = 'Y';
}

function add(ctx: CallContext): MethodResult {
	const target = pipelines(ctx);
	const fields = fieldsParam(ctx);
	if (toPhpString(fields.name ?? '').trim() === '') throw errors.nameRequired();
	const id = ctx.state.crm.categoryIds.next();
	target.table.ids.bump(id);
	const row: Dict = { id, name: '', sort: 500, isDefault: 'N' };
	write(target, row, fields);
	target.table.rows.set(id, row);
	addPipelineStages(ctx.state, target.info.entityTypeId, id);
	return { result: { category: view(target, row) } };
}

function get(ctx: CallContext): MethodResult {
	const target = pipelines(ctx);
	return { result: { category: view(target, find(ctx, target)) } };
}

function list(ctx: CallContext): MethodResult {
	const target = pipelines(ctx);
	const rows = [...target.table.rows.values()].sort((a, b) => toInt(a.sort) - toInt(b.sort) || toInt(a.id) - toInt(b.id));
	return { result: { categories: rows.map((row) => view(target, row)) }, total: rows.length };
}

function update(ctx: CallContext): MethodResult {
	const target = pipelines(ctx);
	const row = find(ctx, target);
	write(target, row, fieldsParam(ctx));
	return { result: { category: view(target, row) } };
}

function remove(ctx: CallContext): MethodResult {
	const target = pipelines(ctx);
	const row = find(ctx, target);
	const id = toInt(row.id);
	const used = [...ctx.state.crm.itemsOf(target.info.entityTypeId).values()].some((item) => item.values.categoryId === id);
	if (isDeal(target.info)) {
		if (id === target.defaultId) throw new RestError(0, 'Default deal category cannot be deleted');
		if (used) throw new RestError(0, `Deals related to the funnel ${toPhpString(row.name)} found`);
	} else {
		if (row.isDefault === 'Y') throw new RestError('BX_ERROR', 'This funnel is the default funnel');
		if (used) throw new RestError('BX_ERROR', 'Elements related to the funnel found');
	}
	target.table.rows.delete(id);
	removePipelineStages(ctx.state, target.info.entityTypeId, id);
	return { result: null };
}

function fieldView(type: string, upperName: string, flags: { required?: boolean; readOnly?: boolean } = {}): Dict {
	return {
		type,
		isRequired: flags.required ?? false,
		isReadOnly: flags.readOnly ?? false,
		isImmutable: false,
		isMultiple: false,
		isDynamic: false,
		title: upperName,
		upperName,
	};
}

function fields(ctx: CallContext): MethodResult {
	pipelines(ctx);
	return {
		result: {
			fields: {
				id: fieldView('integer', 'ID', { readOnly: true }),
				name: fieldView('string', 'NAME'),
				sort: fieldView('integer', 'SORT'),
				entityTypeId: fieldView('integer', 'ENTITY_TYPE_ID', { required: true, readOnly: true }),
				isDefault: fieldView('boolean', 'IS_DEFAULT', { readOnly: true }),
				originId: fieldView('string', 'ORIGIN_ID'),
				originatorId: fieldView('string', 'ORIGINATOR_ID'),
			},
		},
	};
}

/** Every pipeline of a type, for crm.status.entity.types. */
export function pipelineIds(state: PortalState, entityTypeId: number): number[] {
	const { table } = pipelinesOf(state, entityTypeId, 'crm.category.list');
	return [...table.rows.keys()].sort((a, b) => a - b);
}

export const categoryMethods: MethodSpec[] = [
	{ name: 'crm.category.add', scopes: ['crm'], handler: add },
	{ name: 'crm.category.get', scopes: ['crm'], handler: get },
	{ name: 'crm.category.list', scopes: ['crm'], handler: list },
	{ name: 'crm.category.update', scopes: ['crm'], handler: update },
	{ name: 'crm.category.delete', scopes: ['crm'], handler: remove },
	{ name: 'crm.category.fields', scopes: ['crm'], handler: fields },
];
