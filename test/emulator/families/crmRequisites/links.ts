/** crm.requisite.link.*: which requisites and bank details (the client's and your company's) a deal, quote, invoice or SPA item uses. */
import { RestError } from '../../errors';
import { Dict, isDict, toInt, toPhpString } from '../../php';
import type { PortalState } from '../../state';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { legacyErrors } from '../crmLegacy/records';
import { BANK_DETAIL_TABLE } from './bankDetails';
import { listRows, requisiteErrors } from './common';
import { REQUISITE_TABLE } from './requisites';

const LINK_TABLE = 'crm.requisite.link';
const ID_FIELDS = ['REQUISITE_ID', 'BANK_DETAIL_ID', 'MC_REQUISITE_ID', 'MC_BANK_DETAIL_ID'];
const ALL_FIELDS = ['ENTITY_TYPE_ID', 'ENTITY_ID', ...ID_FIELDS];

function linkable(state: PortalState, entityTypeId: number): boolean {
	return [2, 5, 7, 31].includes(entityTypeId) || state.crm.typeByEntityTypeId(entityTypeId) !== undefined;
}

/** `name` as a whole number of 0 or more, or the documented "<name> is not defined or invalid." */
function readId(source: Dict, name: string, minimum: number): number {
	const raw = toPhpString(source[name] ?? '').trim();
	if (!/^\d+$/.test(raw) || Number(raw) < minimum) throw requisiteErrors.invalid(name);
	return Number(raw);
}

/** The entity named by `entityTypeId`/`entityId` (camelCase on get and unregister). */
function readEntity(ctx: CallContext, typeKey: string, idKey: string, source: Dict): { entityTypeId: number; entityId: number } {
	const entityTypeId = readId(source, typeKey, 1);
	if (!linkable(ctx.state, entityTypeId)) throw requisiteErrors.invalid(typeKey);
	return { entityTypeId, entityId: readId(source, idKey, 1) };
}

function keyOf(entityTypeId: number, entityId: number): string {
	return `${entityTypeId}:${entityId}`;
}

function findLink(ctx: CallContext, entityTypeId: number, entityId: number): [number, Dict] | undefined {
	for (const entry of ctx.state.tables.of(LINK_TABLE).rows) if (keyOf(toInt(entry[1].ENTITY_TYPE_ID), toInt(entry[1].ENTITY_ID)) === keyOf(entityTypeId, entityId)) return entry;
	return undefined;
}

/** Requisites and bank details must exist, and each bank detail must belong to its requisite. */
function checkIds(ctx: CallContext, ids: Record<string, number>): void {
	const requisites = ctx.state.tables.of(REQUISITE_TABLE).rows;
	const bankDetails = ctx.state.tables.of(BANK_DETAIL_TABLE).rows;
	const pairs: Array<[string, string, string]> = [
		['REQUISITE_ID', 'BANK_DETAIL_ID', ''],
		['MC_REQUISITE_ID', 'MC_BANK_DETAIL_ID', ' of your company'],
	];
	for (const [requisiteKey, bankKey, whose] of pairs) {
		const requisiteId = ids[requisiteKey];
		const bankId = ids[bankKey];
		if (requisiteId > 0 && !requisites.has(requisiteId)) throw new RestError('', `The Requisite${whose} with ID '${requisiteId}' is not found`);
		if (bankId === 0) continue;
		const detail = bankDetails.get(bankId);
		if (!detail) throw new RestError('', `The BankDetail${whose} with ID '${bankId}' is not found`);
		if (toInt(detail.ENTITY_ID) !== requisiteId) {
			throw new RestError('', `The BankDetail${whose} with ID '${bankId}' is not assigned to Requisite${whose} with ID '${requisiteId}'`);
		}
	}
}

function register(ctx: CallContext): MethodResult {
	const fields = ctx.params.fields ?? ctx.params.FIELDS;
	if (!isDict(fields)) throw legacyErrors.fieldsNotArray();
	const { entityTypeId, entityId } = readEntity(ctx, 'ENTITY_TYPE_ID', 'ENTITY_ID', fields);
	if (!ctx.state.crm.itemsOf(entityTypeId).has(entityId)) throw new RestError('', 'Entity is not found');
	const ids = Object.fromEntries(ID_FIELDS.map((name) => [name, readId(fields, name, 0)]));
	checkIds(ctx, ids);
	const row: Dict = { ENTITY_TYPE_ID: String(entityTypeId), ENTITY_ID: String(entityId), ...Object.fromEntries(ID_FIELDS.map((name) => [name, String(ids[name])])) };
	const table = ctx.state.tables.of(LINK_TABLE);
	table.rows.set(findLink(ctx, entityTypeId, entityId)?.[0] ?? table.ids.next(), row);
	return { result: true };
}

function get(ctx: CallContext): MethodResult {
	const { entityTypeId, entityId } = readEntity(ctx, 'entityTypeId', 'entityId', ctx.params);
	const found = findLink(ctx, entityTypeId, entityId);
	if (!found) throw new RestError('', 'Not found');
	return { result: { ...found[1], ENTITY_TYPE_ID: entityTypeId, ENTITY_ID: entityId } };
}

function unregister(ctx: CallContext): MethodResult {
	const { entityTypeId, entityId } = readEntity(ctx, 'entityTypeId', 'entityId', ctx.params);
	const found = findLink(ctx, entityTypeId, entityId);
	if (found) ctx.state.tables.of(LINK_TABLE).rows.delete(found[0]);
	return { result: true };
}

function list(ctx: CallContext): MethodResult {
	const rows = [...ctx.state.tables.of(LINK_TABLE).rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
	return listRows(rows, ctx, ALL_FIELDS);
}

const FIELDS: Dict = Object.fromEntries(
	ALL_FIELDS.map((name) => [
		name,
		{ type: 'integer', isRequired: true, isReadOnly: false, isImmutable: name.startsWith('ENTITY'), isMultiple: false, isDynamic: false, title: name },
	]),
);

export const linkMethods: MethodSpec[] = [
	{ name: 'crm.requisite.link.register', scopes: ['crm'], handler: register },
	{ name: 'crm.requisite.link.get', scopes: ['crm'], handler: get },
	{ name: 'crm.requisite.link.list', scopes: ['crm'], handler: list },
	{ name: 'crm.requisite.link.unregister', scopes: ['crm'], handler: unregister },
	{ name: 'crm.requisite.link.fields', scopes: ['crm'], handler: () => ({ result: FIELDS }) },
];
