/** crm.requisite.preset.*: requisite templates; a portal starts with the four of the docs' example. */
import { RestError } from '../../errors';
import { Dict, toInt } from '../../php';
import type { PortalState } from '../../state';
import type { Table } from '../../state/tableStore';
import type { CallContext, MethodSpec } from '../../types';
import { classicTableMethods, ClassicFieldDef } from '../classicTable';
import { positiveId, requisiteErrors, STAMP_FIELDS, stampNew, stampUpdate } from './common';

export const PRESET_TABLE = 'crm.requisite.preset';

const FIELDS: Record<string, ClassicFieldDef> = {
	ID: { type: 'integer', title: 'ID', isReadOnly: true },
	ENTITY_TYPE_ID: { type: 'integer', title: 'Entity type', isRequired: true, isImmutable: true },
	COUNTRY_ID: { type: 'integer', title: 'Country', isRequired: true, isImmutable: true },
	NAME: { type: 'string', title: 'Name', isRequired: true },
	...STAMP_FIELDS,
	ACTIVE: { type: 'char', title: 'Active' },
	SORT: { type: 'integer', title: 'Sort' },
	XML_ID: { type: 'string', title: 'External ID' },
};

const SEEDS = ['Organization', 'Sole Proprietorship', 'Individual', 'Organization (additional)'];

const seeded = new WeakSet<Table>();

export function presetTable(state: PortalState): Table {
	const table = state.tables.of(PRESET_TABLE);
	if (!seeded.has(table)) {
		seeded.add(table);
		SEEDS.forEach((name, index) => {
			const id = table.ids.next();
			table.rows.set(id, {
				ID: String(id), ENTITY_TYPE_ID: '8', COUNTRY_ID: '1', DATE_CREATE: '', DATE_MODIFY: '', CREATED_BY_ID: '1',
				MODIFY_BY_ID: null, NAME: name, XML_ID: null, ACTIVE: 'Y', SORT: String((index + 1) * 500),
			});
		});
	}
	return table;
}

/** Requisite templates belong to requisites (entity type 8). */
function validate(fields: Dict, _ctx: CallContext, existing?: Dict): void {
	if (existing) return;
	if (toInt(fields.ENTITY_TYPE_ID) !== 8) throw new RestError('', 'ENTITY_TYPE_ID is not defined or invalid');
	positiveId(fields, 'COUNTRY_ID');
}

export const presetMethods: MethodSpec[] = classicTableMethods({
	prefix: PRESET_TABLE,
	scope: 'crm',
	fields: FIELDS,
	onAdd: stampNew(FIELDS, { ACTIVE: 'Y', SORT: '500' }),
	onUpdate: stampUpdate,
	validate,
	notFound: requisiteErrors.notFound('Preset'),
}).map((spec) => ({
	...spec,
	handler: (ctx: CallContext) => {
		presetTable(ctx.state);
		return spec.handler(ctx);
	},
}));
