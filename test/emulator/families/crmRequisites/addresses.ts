/**
 * crm.address.*: addresses of requisites (entity type 8) and leads (1). An address has no id of its
 * own: TYPE_ID, ENTITY_TYPE_ID and ENTITY_ID name it, one address per type and owner.
 */
import { RestError } from '../../errors';
import { Dict, isDict, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { legacyErrors } from '../crmLegacy/records';
import { listRows, positiveId, requisiteErrors } from './common';

export const ADDRESS_TABLE = 'crm.address';

/** Address types (crm.enum.addresstype): actual, legal, registration, beneficiary, delivery. */
const ADDRESS_TYPES = [1, 4, 6, 9, 11];

const TEXT_FIELDS = ['ADDRESS_1', 'ADDRESS_2', 'CITY', 'POSTAL_CODE', 'REGION', 'PROVINCE', 'COUNTRY', 'COUNTRY_CODE', 'LOC_ADDR_ID'];
const ALL_FIELDS = ['TYPE_ID', 'ENTITY_TYPE_ID', 'ENTITY_ID', ...TEXT_FIELDS, 'ANCHOR_TYPE_ID', 'ANCHOR_ID'];

interface AddressKey {
	TYPE_ID: string;
	ENTITY_TYPE_ID: string;
	ENTITY_ID: string;
}

function readFields(ctx: CallContext): Dict {
	const fields = ctx.params.fields ?? ctx.params.FIELDS;
	if (!isDict(fields)) throw legacyErrors.fieldsNotArray();
	return fields;
}

/** Reads and checks the key; the owner must exist (a requisite or a lead). */
function readKey(ctx: CallContext, fields: Dict): AddressKey & { owner: Dict | undefined } {
	if (!ADDRESS_TYPES.includes(toInt(fields.TYPE_ID))) throw requisiteErrors.invalid('TYPE_ID');
	const entityTypeId = toInt(fields.ENTITY_TYPE_ID);
	if (![1, 3, 4, 8].includes(entityTypeId)) throw requisiteErrors.invalid('ENTITY_TYPE_ID');
	const entityId = positiveId(fields, 'ENTITY_ID');
	const owner =
		entityTypeId === 8 ? ctx.state.tables.of('crm.requisite').rows.get(entityId) : ctx.state.crm.itemsOf(entityTypeId).get(entityId)?.values;
	if (!owner) throw requisiteErrors.invalid('ENTITY_ID');
	return { TYPE_ID: String(toInt(fields.TYPE_ID)), ENTITY_TYPE_ID: String(entityTypeId), ENTITY_ID: String(entityId), owner: entityTypeId === 8 ? owner : undefined };
}

function findKey(ctx: CallContext, key: AddressKey): number | undefined {
	for (const [rowKey, row] of ctx.state.tables.of(ADDRESS_TABLE).rows) {
		if (row.TYPE_ID === key.TYPE_ID && row.ENTITY_TYPE_ID === key.ENTITY_TYPE_ID && row.ENTITY_ID === key.ENTITY_ID) return rowKey;
	}
	return undefined;
}

function writeText(row: Dict, fields: Dict): void {
	for (const name of TEXT_FIELDS) if (fields[name] !== undefined) row[name] = fields[name] === null ? null : toPhpString(fields[name]);
}

const notFound = () => new RestError('', 'TypeAddress not found.');

function add(ctx: CallContext): MethodResult {
	const fields = readFields(ctx);
	const { owner, ...key } = readKey(ctx, fields);
	if (findKey(ctx, key) !== undefined) throw new RestError('', 'TypeAddress exists.');
	const row: Dict = { ...key, ...Object.fromEntries(TEXT_FIELDS.map((name) => [name, null])) };
	writeText(row, fields);
	// A requisite's address is anchored to the contact or company the requisite belongs to.
	row.ANCHOR_TYPE_ID = owner ? owner.ENTITY_TYPE_ID : key.ENTITY_TYPE_ID;
	row.ANCHOR_ID = owner ? owner.ENTITY_ID : key.ENTITY_ID;
	const table = ctx.state.tables.of(ADDRESS_TABLE);
	table.rows.set(table.ids.next(), row);
	return { result: true };
}

function update(ctx: CallContext): MethodResult {
	const fields = readFields(ctx);
	const rowKey = findKey(ctx, readKey(ctx, fields));
	if (rowKey === undefined) throw notFound();
	writeText(ctx.state.tables.of(ADDRESS_TABLE).rows.get(rowKey) as Dict, fields);
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const rowKey = findKey(ctx, readKey(ctx, readFields(ctx)));
	if (rowKey === undefined) throw notFound();
	ctx.state.tables.of(ADDRESS_TABLE).rows.delete(rowKey);
	return { result: true };
}

function list(ctx: CallContext): MethodResult {
	const rows = [...ctx.state.tables.of(ADDRESS_TABLE).rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
	return listRows(rows, ctx, ALL_FIELDS);
}

function fieldDef(type: string, title: string, required = false, readOnly = false): Dict {
	return { type, isRequired: required, isReadOnly: readOnly, isImmutable: required, isMultiple: false, isDynamic: false, title };
}

const FIELDS: Dict = {
	TYPE_ID: fieldDef('integer', 'Address type', true),
	ENTITY_TYPE_ID: fieldDef('integer', 'Parent entity type', true),
	ENTITY_ID: fieldDef('integer', 'Parent entity', true),
	...Object.fromEntries(TEXT_FIELDS.map((name) => [name, fieldDef(name === 'LOC_ADDR_ID' ? 'integer' : 'string', name)])),
	ANCHOR_TYPE_ID: fieldDef('integer', 'Main parent entity type', false, true),
	ANCHOR_ID: fieldDef('integer', 'Main parent entity', false, true),
};

export const addressMethods: MethodSpec[] = [
	{ name: 'crm.address.add', scopes: ['crm'], handler: add },
	{ name: 'crm.address.update', scopes: ['crm'], handler: update },
	{ name: 'crm.address.list', scopes: ['crm'], handler: list },
	{ name: 'crm.address.delete', scopes: ['crm'], handler: remove },
	{ name: 'crm.address.fields', scopes: ['crm'], handler: () => ({ result: FIELDS }) },
];
