/** crm.requisite.bankdetail.*: bank accounts of a requisite. */
import { Dict, toInt } from '../../php';
import type { CallContext, MethodSpec } from '../../types';
import { classicTableMethods, ClassicFieldDef } from '../classicTable';
import { positiveId, requisiteErrors, STAMP_FIELDS, stampNew, stampUpdate, stringFields } from './common';
import { presetTable } from './presets';

export const BANK_DETAIL_TABLE = 'crm.requisite.bankdetail';

const RQ_FIELDS = [
	'BANK_NAME', 'BANK_ADDR', 'BANK_CODE', 'BANK_ROUTE_NUM', 'BIK', 'CODEB', 'CODEG', 'RIB', 'MFO', 'ACC_NAME', 'ACC_NUM',
	'ACC_TYPE', 'AGENCY_NAME', 'IIK', 'ACC_CURRENCY', 'COR_ACC_NUM', 'IBAN', 'SWIFT', 'BIC',
].map((name) => `RQ_${name}`);

const FIELDS: Record<string, ClassicFieldDef> = {
	ID: { type: 'integer', title: 'ID', isReadOnly: true },
	ENTITY_ID: { type: 'integer', title: 'Requisite', isRequired: true, isImmutable: true },
	COUNTRY_ID: { type: 'integer', title: 'Country' },
	...STAMP_FIELDS,
	NAME: { type: 'string', title: 'Name', isRequired: true },
	CODE: { type: 'string', title: 'Code' },
	XML_ID: { type: 'string', title: 'External ID' },
	ORIGINATOR_ID: { type: 'string', title: 'Originator' },
	ACTIVE: { type: 'char', title: 'Active' },
	SORT: { type: 'integer', title: 'Sort' },
	...stringFields(RQ_FIELDS),
	COMMENTS: { type: 'string', title: 'Comment' },
};

/** A bank detail belongs to an existing requisite. */
function validate(fields: Dict, ctx: CallContext, existing?: Dict): void {
	if (existing) return;
	if (!ctx.state.tables.of('crm.requisite').rows.has(positiveId(fields, 'ENTITY_ID'))) throw requisiteErrors.invalid('ENTITY_ID');
}

const stamp = stampNew(FIELDS, { ACTIVE: 'Y', SORT: '500' });

/** Without a country of its own, a bank detail takes the one of its requisite's preset. */
function onAdd(row: Dict, ctx: CallContext): void {
	stamp(row, ctx);
	const requisite = ctx.state.tables.of('crm.requisite').rows.get(toInt(row.ENTITY_ID));
	row.ENTITY_ID = String(toInt(row.ENTITY_ID));
	if (row.COUNTRY_ID === null) row.COUNTRY_ID = presetTable(ctx.state).rows.get(toInt(requisite?.PRESET_ID))?.COUNTRY_ID ?? '1';
}

export const bankDetailMethods: MethodSpec[] = classicTableMethods({
	prefix: BANK_DETAIL_TABLE,
	scope: 'crm',
	fields: FIELDS,
	onAdd,
	onUpdate: stampUpdate,
	validate,
	notFound: requisiteErrors.notFound('RequisiteBankDetail'),
});
