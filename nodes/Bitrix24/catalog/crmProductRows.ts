import { choice, collection, decimal, id, integer, json, methodChoice, text, yesNo } from './fields';
import type { CatalogField, CatalogResource } from './types';

/** The record the rows belong to; the same two fields go to `fields`, `filter` or the top level depending on the method. */
const ownerType = (to: string) =>
	text('ownerType', 'Owner Type', to, {
		required: true,
		default: 'D',
		description:
			'Short code of the record type: D deal, L lead, Q quote, SI smart invoice, T plus the hex entity type ID for a smart process (T80 for 128)',
	});
const ownerId = (to: string) => id('ownerId', 'Owner ID', to, { description: 'ID of the deal, lead, quote, invoice or smart-process item' });

const ROW_FIELDS: CatalogField[] = [
	integer('productId', 'Product ID', 'fields.productId', { description: 'Catalog product; 0 for a free-text row' }),
	decimal('price', 'Price', 'fields.price', { description: 'Final unit price, after discount and with tax if tax is included' }),
	decimal('quantity', 'Quantity', 'fields.quantity', { description: 'Default 1' }),
	choice('discountTypeId', 'Discount Type', 'fields.discountTypeId', [
		{ name: 'Percentage', value: '2' },
		{ name: 'Amount', value: '1' },
	]),
	decimal('discountRate', 'Discount Rate', 'fields.discountRate', { description: 'Discount in percent (percentage discount)' }),
	decimal('discountSum', 'Discount Amount', 'fields.discountSum', { description: 'Discount per unit (amount discount)' }),
	decimal('taxRate', 'Tax Rate', 'fields.taxRate', { description: 'Tax in percent' }),
	yesNo('taxIncluded', 'Tax Included', 'fields.taxIncluded', { description: 'Whether the price includes the tax' }),
	integer('measureCode', 'Unit Code', 'fields.measureCode', { description: 'Unit of measure code, e.g. 796 for pieces' }),
	integer('sort', 'Sort', 'fields.sort'),
];

const rowFields = (withName: boolean): CatalogField[] => [
	...(withName ? [text('productName', 'Product Name', 'fields.productName', { placeholder: 'e.g. Consulting hour' })] : []),
	collection('rowFields', 'Fields', withName ? ROW_FIELDS : [text('productName', 'Product Name', 'fields.productName'), ...ROW_FIELDS]),
	json('fieldsJson', 'Fields (JSON)', 'fields', {
		description: 'Any further row fields as JSON, e.g. {"xmlId": "ext-1"}; merged last',
	}),
];

const rowId = id('rowId', 'Product Row ID', 'id', { placeholder: 'e.g. 17' });

const recordType = methodChoice('recordType', 'Record Type', [
	{ name: 'Deal', value: 'crm.deal.productrows.get' },
	{ name: 'Lead', value: 'crm.lead.productrows.get' },
	{ name: 'Quote', value: 'crm.quote.productrows.get' },
]);
const recordTypeForSet = methodChoice('recordTypeForSet', 'Record Type', [
	{ name: 'Deal', value: 'crm.deal.productrows.set' },
	{ name: 'Lead', value: 'crm.lead.productrows.set' },
	{ name: 'Quote', value: 'crm.quote.productrows.set' },
]);
const recordId = id('recordId', 'Record ID', 'id', { description: 'ID of the deal, lead or quote' });

export const crmProductRow: CatalogResource = {
	value: 'crmProductRow',
	name: 'CRM Product Row',
	description: 'Products on deals, leads, quotes, invoices and smart-process items',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Add a product row',
			description: 'Add one product row to a CRM record',
			method: 'crm.item.productrow.add',
			fields: [ownerType('fields.ownerType'), ownerId('fields.ownerId'), ...rowFields(true)],
			output: { kind: 'record', path: 'productRow' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a product row',
			description: 'Get a product row by ID',
			method: 'crm.item.productrow.get',
			fields: [rowId],
			output: { kind: 'record', path: 'productRow' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many product rows',
			description: 'List the product rows of a CRM record',
			method: 'crm.item.productrow.list',
			fields: [
				ownerType('filter.=ownerType'),
				ownerId('filter.=ownerId'),
				json('filter', 'Filter (JSON)', 'filter', { description: 'Further conditions, e.g. {">price": 100}' }),
				json('order', 'Order (JSON)', 'order', { description: 'Sort order, e.g. {"sort": "ASC"}. Leave empty for the fastest paging.' }),
			],
			output: { kind: 'rows' },
			list: { rowsPath: 'productRows', idKey: 'id', filterParam: 'filter', orderParam: 'order', fast: true },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a product row',
			description: 'Change the product, price, quantity, discount or tax of a row',
			method: 'crm.item.productrow.update',
			fields: [rowId, ...rowFields(false)],
			output: { kind: 'record', path: 'productRow' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a product row',
			description: 'Delete a product row',
			method: 'crm.item.productrow.delete',
			fields: [rowId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'set',
			name: 'Replace All',
			action: 'Replace the product rows of a record',
			description: 'Replace every product row of a CRM record with the given rows',
			method: 'crm.item.productrow.set',
			fields: [
				ownerType('ownerType'),
				ownerId('ownerId'),
				json('productRows', 'Product Rows (JSON)', 'productRows', {
					required: true,
					default: '[]',
					description: 'The new rows, e.g. [{"productName": "Setup", "price": 100, "quantity": 2}]',
				}),
			],
			output: { kind: 'rows', path: 'productRows' },
			retrySafe: true,
		},
		{
			value: 'getFields',
			name: 'Get Fields',
			action: 'Get the fields of product rows',
			description: 'List the fields a product row has',
			method: 'crm.item.productrow.fields',
			fields: [],
			output: { kind: 'entries', path: 'fields', keyName: 'name' },
			retrySafe: true,
		},
		{
			value: 'getClassic',
			name: 'Get Rows (Classic)',
			action: 'Get the product rows of a deal, lead or quote',
			description: 'Get the product rows of a deal, lead or quote with the classic methods (UPPER_CASE fields)',
			method: 'crm.deal.productrows.get',
			fields: [recordType, recordId],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'setClassic',
			name: 'Set Rows (Classic)',
			action: 'Replace the product rows of a deal, lead or quote',
			description: 'Replace the product rows of a deal, lead or quote with the classic methods',
			method: 'crm.deal.productrows.set',
			fields: [
				recordTypeForSet,
				recordId,
				json('rows', 'Rows (JSON)', 'rows', {
					required: true,
					default: '[]',
					description: 'The new rows in classic names, e.g. [{"PRODUCT_NAME": "Setup", "PRICE": 100, "QUANTITY": 2}]',
				}),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
	],
};
