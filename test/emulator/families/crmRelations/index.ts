/**
 * The client links of CRM records (crm.deal.contact.*, crm.contact.company.*, ...): every family has
 * add/delete/items.get/items.set/items.delete/fields. The linked ids live in the records themselves
 * (`contactIds`/`companyIds`, the primary one in `contactId`/`companyId`), so crm.item and the classic
 * methods see them; sort and primary flags are kept beside them. Contact-company links are one set
 * seen from both sides.
 */
import { RestError } from '../../errors';
import { Dict, isDict, isYes, phpValues, toInt, toPhpString } from '../../php';
import type { PortalState } from '../../state';
import type { CrmItemRecord } from '../../state/crmStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';

interface Relation {
	/** Method prefix, e.g. `crm.deal.contact`. */
	prefix: string;
	ownerTypeId: number;
	boundTypeId: number;
	/** The bound id's key in bindings, e.g. `CONTACT_ID`. */
	boundKey: string;
	boundTitle: string;
}

interface Binding {
	id: number;
	sort: number;
	primary: boolean;
}

const RELATIONS: Relation[] = [
	{ prefix: 'crm.deal.contact', ownerTypeId: 2, boundTypeId: 3, boundKey: 'CONTACT_ID', boundTitle: 'Contact' },
	{ prefix: 'crm.lead.contact', ownerTypeId: 1, boundTypeId: 3, boundKey: 'CONTACT_ID', boundTitle: 'Contact' },
	{ prefix: 'crm.quote.contact', ownerTypeId: 7, boundTypeId: 3, boundKey: 'CONTACT_ID', boundTitle: 'Contact' },
	{ prefix: 'crm.contact.company', ownerTypeId: 3, boundTypeId: 4, boundKey: 'COMPANY_ID', boundTitle: 'Company' },
	{ prefix: 'crm.company.contact', ownerTypeId: 4, boundTypeId: 3, boundKey: 'CONTACT_ID', boundTitle: 'Contact' },
];

/** The record fields holding linked contacts or companies. */
const LIST_FIELD: Record<number, string> = { 3: 'contactIds', 4: 'companyIds' };
const PRIMARY_FIELD: Record<number, string> = { 3: 'contactId', 4: 'companyId' };

const relationErrors = {
	badOwner: (quoted: boolean) => new RestError('', `The parameter ${quoted ? "'ownerEntityID'" : 'ownerEntityID'} is invalid or not defined.`),
	notFound: () => new RestError('', 'Not found.'),
	fieldsNotArray: () => new RestError('', "The parameter 'fields' must be array."),
	fieldsInvalid: () => new RestError('', "The parameter 'fields' is not valid."),
	itemsNotArray: () => new RestError('', 'The parameter items must be array.'),
};

/** Sort and primary flags by owner id, per relation. */
function metaTable(state: PortalState, relation: Relation): Map<number, Dict> {
	return state.tables.of(`${relation.prefix}.bindings`).rows;
}

function owner(ctx: CallContext, relation: Relation, quoted: boolean): CrmItemRecord {
	const raw = ctx.params.id ?? ctx.params.ID;
	const id = toInt(raw);
	if (!(id > 0) || !/^\d+$/.test(toPhpString(raw ?? '').trim())) throw relationErrors.badOwner(quoted);
	const record = ctx.state.crm.itemsOf(relation.ownerTypeId).get(id);
	if (!record) throw relationErrors.notFound();
	return record;
}

function idsOf(record: CrmItemRecord, boundTypeId: number): number[] {
	const ids = record.values[LIST_FIELD[boundTypeId]];
	return Array.isArray(ids) ? ids.map(toInt).filter((id) => id > 0) : [];
}

/** The bindings of a record: its linked ids, with the sort and primary flags last written for them. */
function bindingsOf(state: PortalState, relation: Relation, record: CrmItemRecord): Binding[] {
	const ids = idsOf(record, relation.boundTypeId);
	const stored = (metaTable(state, relation).get(record.id)?.bindings ?? []) as Binding[];
	const bindings = ids.map((id, index) => stored.find((entry) => entry.id === id) ?? { id, sort: (index + 1) * 10, primary: false });
	const primary = bindings.find((entry) => entry.primary) ?? bindings.find((entry) => entry.id === record.values[PRIMARY_FIELD[relation.boundTypeId]]) ?? bindings[0];
	return bindings.map((entry) => ({ ...entry, primary: entry === primary })).sort((a, b) => a.sort - b.sort);
}

function setIds(record: CrmItemRecord, boundTypeId: number, ids: number[]): void {
	record.values[LIST_FIELD[boundTypeId]] = ids;
	if (PRIMARY_FIELD[boundTypeId] in record.values) record.values[PRIMARY_FIELD[boundTypeId]] = ids[0] ?? 0;
}

/** Stores bindings (exactly one primary, listed first in the record) and mirrors contact-company links on the other side. */
function writeBindings(state: PortalState, relation: Relation, record: CrmItemRecord, bindings: Binding[]): void {
	const before = idsOf(record, relation.boundTypeId);
	const sorted = [...bindings].sort((a, b) => a.sort - b.sort);
	const primary = sorted.find((entry) => entry.primary) ?? sorted[0];
	const normalized = sorted.map((entry) => ({ ...entry, primary: entry === primary }));
	metaTable(state, relation).set(record.id, { bindings: normalized });
	setIds(record, relation.boundTypeId, [...normalized.filter((entry) => entry.primary), ...normalized.filter((entry) => !entry.primary)].map((entry) => entry.id));
	if (LIST_FIELD[relation.ownerTypeId] === undefined) return;
	const after = normalized.map((entry) => entry.id);
	for (const id of new Set([...before, ...after])) {
		const other = state.crm.itemsOf(relation.boundTypeId).get(id);
		if (!other) continue;
		const theirs = idsOf(other, relation.ownerTypeId).filter((ownerId) => ownerId !== record.id);
		setIds(other, relation.ownerTypeId, after.includes(id) ? [...theirs, record.id] : theirs);
	}
}

function readBinding(relation: Relation, input: Dict, index: number): Binding {
	const id = toInt(input[relation.boundKey]);
	if (!(id > 0)) throw relationErrors.fieldsInvalid();
	const sort = input.SORT === undefined ? (index + 1) * 10 : toInt(input.SORT);
	return { id, sort, primary: isYes(input.IS_PRIMARY) };
}

function methods(relation: Relation): MethodSpec[] {
	const add = (ctx: CallContext): MethodResult => {
		const record = owner(ctx, relation, true);
		const fields = ctx.params.fields;
		if (!isDict(fields)) throw relationErrors.fieldsNotArray();
		const bindings = bindingsOf(ctx.state, relation, record);
		const binding = readBinding(relation, fields, bindings.length);
		if (bindings.some((entry) => entry.id === binding.id)) return { result: false };
		if (fields.SORT === undefined) binding.sort = Math.max(0, ...bindings.map((entry) => entry.sort)) + 10;
		// Without IS_PRIMARY the first link becomes primary; with Y it takes over from the current one.
		if (fields.IS_PRIMARY === undefined) binding.primary = bindings.length === 0;
		if (binding.primary) for (const entry of bindings) entry.primary = false;
		writeBindings(ctx.state, relation, record, [...bindings, binding]);
		return { result: true };
	};
	const remove = (ctx: CallContext): MethodResult => {
		const record = owner(ctx, relation, true);
		const fields = ctx.params.fields;
		if (!isDict(fields)) throw relationErrors.fieldsNotArray();
		const id = toInt(fields[relation.boundKey]);
		if (!(id > 0)) throw relationErrors.fieldsInvalid();
		const bindings = bindingsOf(ctx.state, relation, record);
		if (!bindings.some((entry) => entry.id === id)) return { result: false };
		writeBindings(ctx.state, relation, record, bindings.filter((entry) => entry.id !== id));
		return { result: true };
	};
	const itemsGet = (ctx: CallContext): MethodResult => {
		const record = owner(ctx, relation, false);
		return {
			result: bindingsOf(ctx.state, relation, record).map((entry) => ({
				[relation.boundKey]: entry.id,
				SORT: entry.sort,
				ROLE_ID: 0,
				IS_PRIMARY: entry.primary ? 'Y' : 'N',
			})),
		};
	};
	const itemsSet = (ctx: CallContext): MethodResult => {
		const record = owner(ctx, relation, false);
		const items = ctx.params.items;
		if (!Array.isArray(items) && !isDict(items)) throw relationErrors.itemsNotArray();
		const bindings = phpValues(items).map((item, index) => {
			if (!isDict(item)) throw relationErrors.fieldsInvalid();
			return readBinding(relation, item, index);
		});
		writeBindings(ctx.state, relation, record, bindings);
		return { result: true };
	};
	const itemsDelete = (ctx: CallContext): MethodResult => {
		writeBindings(ctx.state, relation, owner(ctx, relation, false), []);
		return { result: true };
	};
	const fieldDef = (type: string, title: string, required = false) => ({
		type, isRequired: required, isReadOnly: false, isImmutable: false, isMultiple: false, isDynamic: false, title,
	});
	const fields = (): MethodResult => ({
		result: { SORT: fieldDef('integer', 'Sorting'), IS_PRIMARY: fieldDef('char', 'Primary'), [relation.boundKey]: fieldDef('integer', relation.boundTitle, true) },
	});
	const handlers: Record<string, (ctx: CallContext) => MethodResult> = {
		add,
		delete: remove,
		'items.get': itemsGet,
		'items.set': itemsSet,
		'items.delete': itemsDelete,
		fields,
	};
	return Object.entries(handlers).map(([verb, handler]) => ({ name: `${relation.prefix}.${verb}`, scopes: ['crm'], handler }));
}

export const crmRelationMethods: MethodSpec[] = RELATIONS.flatMap(methods);
