/** catalog.priceType.*: price types (retail, wholesale, ...); every portal has the base type BASE. */
import { RestError } from '../../errors';
import { toInt } from '../../php';
import type { CallContext } from '../../types';
import { CatalogFieldDef, catalogTable, catalogTableMethods } from './table';

const f = (type: CatalogFieldDef['type'], name: string, extra: Partial<CatalogFieldDef> = {}): CatalogFieldDef => ({ type, name, ...extra });
const readOnly = { isReadOnly: true };

const PRICE_TYPES = {
	prefix: 'catalog.priceType',
	seed: [{ id: 1, name: 'BASE', base: 'Y', sort: 100, xmlId: 'BASE', createdBy: 1, modifiedBy: 1, dateCreate: null, timestampX: null }],
};

export function priceTypeExists(ctx: CallContext, id: unknown): boolean {
	return catalogTable(ctx, PRICE_TYPES).rows.has(toInt(id));
}

export const priceTypeMethods = catalogTableMethods({
	...PRICE_TYPES,
	single: 'priceType',
	plural: 'priceTypes',
	fields: {
		id: f('integer', 'ID', readOnly),
		name: f('string', 'Name', { isRequired: true }),
		base: f('char', 'Base price type'),
		sort: f('integer', 'Sort'),
		xmlId: f('string', 'External code'),
		createdBy: f('integer', 'Created by', readOnly),
		modifiedBy: f('integer', 'Modified by', readOnly),
		dateCreate: f('datetime', 'Created', readOnly),
		timestampX: f('datetime', 'Modified', readOnly),
	},
	notFound: () => new RestError(201000000000, 'Price type with the specified identifier does not exist'),
	onAdd: (row, ctx) => {
		Object.assign(row, { base: row.base ?? 'N', sort: row.sort ?? 100, createdBy: ctx.auth.userId, modifiedBy: ctx.auth.userId, dateCreate: ctx.nowIso, timestampX: ctx.nowIso });
	},
	onUpdate: (row, ctx) => {
		row.modifiedBy = ctx.auth.userId;
		row.timestampX = ctx.nowIso;
	},
});
