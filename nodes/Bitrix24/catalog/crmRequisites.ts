import { classicCrudResource } from './classicCrud';
import { choice, collection, id, integer, json, text, textList, yesNo } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

const active = yesNo('active', 'Active', 'fields.ACTIVE', { description: 'Whether the entry is in use' });
const sort = integer('sort', 'Sort', 'fields.SORT', { description: 'Position among the entries; default 500' });
const xmlId = text('xmlId', 'External ID', 'fields.XML_ID');

export const crmRequisite = classicCrudResource({
	value: 'crmRequisite',
	name: 'CRM Requisite',
	plural: 'CRM requisites',
	prefix: 'crm.requisite',
	description: 'Legal and tax details of companies and contacts',
	createOnly: [
		choice('entityTypeId', 'Belongs To', 'fields.ENTITY_TYPE_ID', [
			{ name: 'Company', value: '4' },
			{ name: 'Contact', value: '3' },
		]),
		id('entityId', 'Company or Contact ID', 'fields.ENTITY_ID', { description: 'ID of the company or contact the details belong to' }),
	],
	required: [
		id('presetId', 'Template ID', 'fields.PRESET_ID', { description: 'ID of the requisite template (preset), e.g. 1 for an organization' }),
		text('name', 'Name', 'fields.NAME', { required: true, placeholder: 'e.g. Head office' }),
	],
	optional: [
		text('companyName', 'Company Name', 'fields.RQ_COMPANY_NAME'),
		text('companyFullName', 'Full Company Name', 'fields.RQ_COMPANY_FULL_NAME'),
		text('firstName', 'First Name', 'fields.RQ_FIRST_NAME'),
		text('lastName', 'Last Name', 'fields.RQ_LAST_NAME'),
		text('director', 'Director', 'fields.RQ_DIRECTOR'),
		text('vatId', 'VAT ID', 'fields.RQ_VAT_ID'),
		text('inn', 'INN (Tax ID)', 'fields.RQ_INN'),
		text('email', 'Email', 'fields.RQ_EMAIL'),
		text('phone', 'Phone', 'fields.RQ_PHONE'),
		active,
		sort,
		xmlId,
	],
	fieldsExample: '{"RQ_KPP": "770501001", "UF_CRM_1694526604": "x"}',
	filterExample: '{"ENTITY_TYPE_ID": 4, "ENTITY_ID": 12}',
});

export const crmRequisitePreset = classicCrudResource({
	value: 'crmRequisitePreset',
	name: 'CRM Requisite Template',
	plural: 'CRM requisite templates',
	prefix: 'crm.requisite.preset',
	description: 'Templates (presets) that decide which fields a requisite has',
	createOnly: [
		id('countryId', 'Country ID', 'fields.COUNTRY_ID', { description: 'Country whose requisite fields the template uses, e.g. 1' }),
		id('presetEntityTypeId', 'Entity Type ID', 'fields.ENTITY_TYPE_ID', { type: 'hidden', default: '8' }),
	],
	required: [text('name', 'Name', 'fields.NAME', { required: true, placeholder: 'e.g. Partner company' })],
	optional: [active, sort, xmlId],
	fieldsExample: '{"SORT": 600}',
	filterExample: '{"COUNTRY_ID": 1}',
});

export const crmBankDetail = classicCrudResource({
	value: 'crmBankDetail',
	name: 'CRM Bank Detail',
	plural: 'CRM bank details',
	prefix: 'crm.requisite.bankdetail',
	description: 'Bank accounts of a requisite',
	createOnly: [id('requisiteId', 'Requisite ID', 'fields.ENTITY_ID', { description: 'ID of the requisite the account belongs to' })],
	required: [text('name', 'Name', 'fields.NAME', { required: true, placeholder: 'e.g. Main account' })],
	optional: [
		text('bankName', 'Bank Name', 'fields.RQ_BANK_NAME'),
		text('accountNumber', 'Account Number', 'fields.RQ_ACC_NUM'),
		text('iban', 'IBAN', 'fields.RQ_IBAN'),
		text('swift', 'SWIFT', 'fields.RQ_SWIFT'),
		text('bik', 'BIK', 'fields.RQ_BIK'),
		text('currency', 'Account Currency', 'fields.RQ_ACC_CURRENCY', { placeholder: 'e.g. USD' }),
		text('comments', 'Comments', 'fields.COMMENTS'),
		active,
		sort,
	],
	fieldsExample: '{"RQ_COR_ACC_NUM": "30101810400000000225"}',
	filterExample: '{"ENTITY_ID": 27}',
});

/** TYPE_ID, ENTITY_TYPE_ID and ENTITY_ID together name an address; it has no ID of its own. */
const addressKey: CatalogField[] = [
	choice('addressType', 'Address Type', 'fields.TYPE_ID', [
		{ name: 'Actual', value: '1' },
		{ name: 'Legal', value: '6' },
		{ name: 'Registration', value: '4' },
		{ name: 'Beneficiary', value: '9' },
		{ name: 'Delivery', value: '11' },
	]),
	choice('addressOwnerType', 'Belongs To', 'fields.ENTITY_TYPE_ID', [
		{ name: 'Requisite', value: '8' },
		{ name: 'Lead', value: '1' },
	]),
	id('addressOwnerId', 'Requisite or Lead ID', 'fields.ENTITY_ID', { description: 'ID of the requisite (or lead) the address belongs to' }),
];

const addressFields: CatalogField[] = [
	collection('addressFields', 'Fields', [
		text('address1', 'Street Address', 'fields.ADDRESS_1'),
		text('address2', 'Address Line 2', 'fields.ADDRESS_2', { description: 'Apartment, office, floor' }),
		text('city', 'City', 'fields.CITY'),
		text('postalCode', 'Postal Code', 'fields.POSTAL_CODE'),
		text('region', 'Region', 'fields.REGION'),
		text('province', 'State or Province', 'fields.PROVINCE'),
		text('country', 'Country', 'fields.COUNTRY'),
		text('countryCode', 'Country Code', 'fields.COUNTRY_CODE'),
	]),
	json('fieldsJson', 'Fields (JSON)', 'fields', { description: 'Any further address fields as JSON, e.g. {"LOC_ADDR_ID": 479}; merged last' }),
];

const listFields = (filterExample: string): CatalogField[] => [
	json('filter', 'Filter (JSON)', 'filter', { description: `Bitrix24 filter, e.g. ${filterExample}` }),
	json('order', 'Order (JSON)', 'order', { description: 'Sort order, e.g. {"ENTITY_ID": "DESC"}' }),
	textList('select', 'Select', 'select', { description: 'Comma-separated fields to return. Empty returns all fields.' }),
];

const getFields = (method: string, what: string): CatalogOperation => ({
	value: 'getFields',
	name: 'Get Fields',
	action: `Get the fields of ${what}`,
	description: `List the fields of ${what} with their types`,
	method,
	fields: [],
	output: { kind: 'entries', keyName: 'name' },
	retrySafe: true,
});

export const crmAddress: CatalogResource = {
	value: 'crmAddress',
	name: 'CRM Address',
	description: 'Addresses of requisites and leads, one per address type',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create an address',
			description: 'Add an address of a type the owner does not have yet',
			method: 'crm.address.add',
			fields: [...addressKey, ...addressFields],
			output: { kind: 'success' },
			retrySafe: false,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many addresses',
			description: 'List addresses, filtered and ordered',
			method: 'crm.address.list',
			fields: listFields('{"ENTITY_TYPE_ID": 8, "ENTITY_ID": 27}'),
			output: { kind: 'rows' },
			list: { idKey: 'ENTITY_ID', filterParam: 'filter', orderParam: 'order', selectParam: 'select', fast: false },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an address',
			description: 'Change the address of the given type and owner',
			method: 'crm.address.update',
			fields: [...addressKey, ...addressFields],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete an address',
			description: 'Delete the address of the given type and owner',
			method: 'crm.address.delete',
			fields: addressKey,
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		getFields('crm.address.fields', 'addresses'),
	],
};

const linkedRecord: CatalogField[] = [
	id('linkEntityTypeId', 'Entity Type ID', 'entityTypeId', {
		default: '2',
		description: 'Type of the record: 2 deal, 7 quote, 31 smart invoice, 128 and up smart processes',
	}),
	id('linkEntityId', 'Record ID', 'entityId', { description: 'ID of the deal, quote, invoice or smart-process item' }),
];

const linkIds = (name: string, displayName: string, to: string, description: string) =>
	integer(name, displayName, `fields.${to}`, { required: true, description: `${description}; 0 for none` });

export const crmRequisiteLink: CatalogResource = {
	value: 'crmRequisiteLink',
	name: 'CRM Requisite Link',
	description: "Which requisites and bank details (the client's and your company's) a deal, quote or invoice uses",
	operations: [
		{
			value: 'register',
			name: 'Link',
			action: 'Link requisites to a record',
			description: "Set the client's and your company's requisites and bank details of a deal, quote or invoice",
			method: 'crm.requisite.link.register',
			fields: [
				id('linkEntityTypeId', 'Entity Type ID', 'fields.ENTITY_TYPE_ID', {
					default: '2',
					description: 'Type of the record: 2 deal, 7 quote, 31 smart invoice, 128 and up smart processes',
				}),
				id('linkEntityId', 'Record ID', 'fields.ENTITY_ID', { description: 'ID of the deal, quote, invoice or smart-process item' }),
				linkIds('requisiteId', 'Client Requisite ID', 'REQUISITE_ID', "Requisite of the record's client"),
				linkIds('bankDetailId', 'Client Bank Detail ID', 'BANK_DETAIL_ID', 'Bank detail of that requisite'),
				linkIds('myRequisiteId', 'Your Company Requisite ID', 'MC_REQUISITE_ID', "Requisite of your company"),
				linkIds('myBankDetailId', 'Your Company Bank Detail ID', 'MC_BANK_DETAIL_ID', 'Bank detail of that requisite'),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get the requisites linked to a record',
			description: 'Get the requisite link of a deal, quote or invoice',
			method: 'crm.requisite.link.get',
			fields: linkedRecord,
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many requisite links',
			description: 'List requisite links, filtered and ordered',
			method: 'crm.requisite.link.list',
			fields: listFields('{"ENTITY_TYPE_ID": 2, "REQUISITE_ID": 27}'),
			output: { kind: 'rows' },
			list: { idKey: 'ENTITY_ID', filterParam: 'filter', orderParam: 'order', selectParam: 'select', fast: false },
			retrySafe: true,
		},
		{
			value: 'unregister',
			name: 'Unlink',
			action: 'Unlink the requisites from a record',
			description: 'Remove the requisite link of a deal, quote or invoice',
			method: 'crm.requisite.link.unregister',
			fields: linkedRecord,
			output: { kind: 'success' },
			retrySafe: true,
		},
		getFields('crm.requisite.link.fields', 'requisite links'),
	],
};
