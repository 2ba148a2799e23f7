/** crm.requisite.*: requisites of companies and contacts, made from a preset. */
import { Dict, toInt } from '../../php';
import type { CallContext, MethodSpec } from '../../types';
import { classicTableMethods, ClassicFieldDef } from '../classicTable';
import { ADDRESS_TABLE } from './addresses';
import { BANK_DETAIL_TABLE } from './bankDetails';
import { positiveId, requisiteErrors, STAMP_FIELDS, stampNew, stampUpdate, stringFields } from './common';
import { presetTable } from './presets';

export const REQUISITE_TABLE = 'crm.requisite';

const RQ_FIELDS = [
	'NAME', 'FIRST_NAME', 'LAST_NAME', 'SECOND_NAME', 'COMPANY_NAME', 'COMPANY_FULL_NAME', 'COMPANY_REG_DATE', 'DIRECTOR',
	'ACCOUNTANT', 'CEO_NAME', 'CEO_WORK_POS', 'CONTACT', 'EMAIL', 'PHONE', 'FAX', 'IDENT_TYPE', 'IDENT_DOC', 'IDENT_DOC_SER',
	'IDENT_DOC_NUM', 'IDENT_DOC_PERS_NUM', 'IDENT_DOC_DATE', 'IDENT_DOC_ISSUED_BY', 'IDENT_DOC_DEP_CODE', 'INN', 'KPP', 'USRLE',
	'IFNS', 'OGRN', 'OGRNIP', 'OKPO', 'OKTMO', 'OKVED', 'EDRPOU', 'DRFO', 'KBE', 'IIN', 'BIN', 'ST_CERT_SER', 'ST_CERT_NUM',
	'ST_CERT_DATE', 'VAT_PAYER', 'VAT_ID', 'VAT_CERT_SER', 'VAT_CERT_NUM', 'VAT_CERT_DATE', 'RESIDENCE_COUNTRY', 'BASE_DOC',
	'REGON', 'KRS', 'PESEL', 'LEGAL_FORM', 'SIRET', 'SIREN', 'CAPITAL', 'RCS', 'CNPJ', 'STATE_REG', 'MNPL_REG', 'CPF',
].map((name) => `RQ_${name}`);

const FIELDS: Record<string, ClassicFieldDef> = {
	ID: { type: 'integer', title: 'ID', isReadOnly: true },
	ENTITY_TYPE_ID: { type: 'integer', title: 'Entity type', isRequired: true, isImmutable: true },
	ENTITY_ID: { type: 'integer', title: 'Entity', isRequired: true, isImmutable: true },
	PRESET_ID: { type: 'integer', title: 'Template', isRequired: true },
	...STAMP_FIELDS,
	NAME: { type: 'string', title: 'Name', isRequired: true },
	CODE: { type: 'string', title: 'Code' },
	XML_ID: { type: 'string', title: 'External ID' },
	ORIGINATOR_ID: { type: 'string', title: 'Originator' },
	ACTIVE: { type: 'char', title: 'Active' },
	ADDRESS_ONLY: { type: 'char', title: 'Address only' },
	SORT: { type: 'integer', title: 'Sort' },
	RQ_COMPANY_ID: { type: 'string', title: 'Company ID' },
	...stringFields(RQ_FIELDS),
};

/** Requisites belong to an existing contact (3) or company (4) and use an existing preset. */
function validate(fields: Dict, ctx: CallContext, existing?: Dict): void {
	if (existing) {
		if (fields.PRESET_ID !== undefined && !presetTable(ctx.state).rows.has(toInt(fields.PRESET_ID))) throw requisiteErrors.invalid('PRESET_ID');
		return;
	}
	const entityTypeId = toInt(fields.ENTITY_TYPE_ID);
	if (entityTypeId !== 3 && entityTypeId !== 4) throw requisiteErrors.invalid('ENTITY_TYPE_ID');
	const entityId = positiveId(fields, 'ENTITY_ID');
	const presetId = positiveId(fields, 'PRESET_ID');
	if (!presetTable(ctx.state).rows.has(presetId)) throw requisiteErrors.invalid('PRESET_ID');
	if (!ctx.state.crm.itemsOf(entityTypeId).has(entityId)) throw requisiteErrors.entityNotFound();
}

/** A deleted requisite takes its bank details and addresses with it. */
function beforeDelete(row: Dict, ctx: CallContext): void {
	const bankDetails = ctx.state.tables.of(BANK_DETAIL_TABLE).rows;
	for (const [id, detail] of bankDetails) if (detail.ENTITY_ID === row.ID) bankDetails.delete(id);
	const addresses = ctx.state.tables.of(ADDRESS_TABLE).rows;
	for (const [key, address] of addresses) if (address.ENTITY_TYPE_ID === '8' && address.ENTITY_ID === row.ID) addresses.delete(key);
}

export const requisiteMethods: MethodSpec[] = classicTableMethods({
	prefix: REQUISITE_TABLE,
	scope: 'crm',
	fields: FIELDS,
	onAdd: stampNew(FIELDS, { ACTIVE: 'Y', ADDRESS_ONLY: 'N', SORT: '500', RQ_VAT_PAYER: 'N' }),
	onUpdate: stampUpdate,
	validate,
	beforeDelete,
	notFound: requisiteErrors.notFound('Requisite'),
});
