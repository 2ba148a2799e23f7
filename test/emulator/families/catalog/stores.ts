/** catalog.store.*: warehouses (stores) of the inventory. */
import { RestError } from '../../errors';
import { CatalogFieldDef, catalogTableMethods } from './table';

const f = (type: CatalogFieldDef['type'], name: string, extra: Partial<CatalogFieldDef> = {}): CatalogFieldDef => ({ type, name, ...extra });
const readOnly = { isReadOnly: true };

export const storeMethods = catalogTableMethods({
	prefix: 'catalog.store',
	single: 'store',
	plural: 'stores',
	fields: {
		id: f('integer', 'ID', readOnly),
		address: f('string', 'Address', { isRequired: true }),
		title: f('string', 'Title'),
		active: f('char', 'Active'),
		description: f('string', 'Description'),
		gpsN: f('double', 'GPS latitude'),
		gpsS: f('double', 'GPS longitude'),
		imageId: f('object', 'Image'),
		dateModify: f('datetime', 'Modified', readOnly),
		dateCreate: f('datetime', 'Created', readOnly),
		userId: f('integer', 'Created by', readOnly),
		modifiedBy: f('integer', 'Modified by', readOnly),
		phone: f('string', 'Phone'),
		schedule: f('string', 'Working hours'),
		xmlId: f('string', 'External code'),
		sort: f('integer', 'Sort'),
		email: f('string', 'E-mail'),
		issuingCenter: f('char', 'Pick-up point'),
		code: f('string', 'Symbolic code'),
	},
	notFound: () => new RestError(201100000000, 'Store with the specified identifier not found'),
	onAdd: (row, ctx) => {
		Object.assign(row, {
			active: row.active ?? 'Y',
			issuingCenter: row.issuingCenter ?? 'N',
			sort: row.sort ?? 100,
			userId: ctx.auth.userId,
			modifiedBy: ctx.auth.userId,
			dateCreate: ctx.nowIso,
			dateModify: ctx.nowIso,
		});
	},
	onUpdate: (row, ctx) => {
		row.modifiedBy = ctx.auth.userId;
		row.dateModify = ctx.nowIso;
	},
});
