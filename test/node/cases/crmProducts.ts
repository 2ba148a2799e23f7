import type { IDataObject } from 'n8n-workflow';

import { classicCases } from './classic';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const currencyCases: CaseTable = {
	'currency.create': {
		parameters: () => ({ currencyCode: 'CNY', amountCnt: 10, amount: 1.38, fieldsJson: '{"SORT": 400, "LANG": {"en": {"FULL_NAME": "Yuan", "FORMAT_STRING": "#¥", "DECIMALS": 2}}}' }),
		sent: () => ({ fields: { CURRENCY: 'CNY', AMOUNT_CNT: 10, AMOUNT: 1.38, SORT: 400, LANG: { en: { FULL_NAME: 'Yuan' } } } }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ currency: 'CNY' }]);
			expect(emulator.seed.call('crm.currency.get', { id: 'CNY' }).result).toMatchObject({
				CURRENCY: 'CNY',
				AMOUNT_CNT: '10',
				AMOUNT: '1.3800',
				SORT: '400',
				BASE: 'N',
				FULL_NAME: 'Yuan',
			});
		},
	},
	'currency.get': {
		parameters: () => ({ currencyCode: 'EUR' }),
		sent: () => ({ id: 'EUR' }),
		output: (items) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ CURRENCY: 'EUR', BASE: 'N', FULL_NAME: 'Euro', LANG: { en: expect.objectContaining({ FULL_NAME: 'Euro' }) } }),
			]),
	},
	'currency.getAll': {
		parameters: () => ({ order: '{"SORT": "DESC"}' }),
		sent: () => ({ order: { SORT: 'DESC' } }),
		output: (items) => expect(json(items).map((row) => row.CURRENCY)).toEqual(['GBP', 'EUR', 'USD']),
	},
	'currency.update': {
		parameters: () => ({ currencyCode: 'EUR', currencyFields: { amount: 0.95, sort: 150 } }),
		sent: () => ({ id: 'EUR', fields: { AMOUNT: 0.95, SORT: 150 } }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.seed.call('crm.currency.get', { id: 'EUR' }).result).toMatchObject({ AMOUNT: '0.9500', SORT: '150', AMOUNT_CNT: '1' });
		},
	},
	'currency.delete': {
		parameters: () => ({ currencyCode: 'GBP' }),
		sent: () => ({ id: 'GBP' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(() => emulator.seed.call('crm.currency.get', { id: 'GBP' })).toThrow('Not found');
		},
	},
	'currency.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => {
			const byName = new Map(json(items).map((field) => [field.name, field]));
			expect(byName.get('AMOUNT')).toMatchObject({ type: 'double', title: 'Exchange rate' });
			expect(byName.get('BASE')).toMatchObject({ type: 'char', isReadOnly: true });
		},
	},
	'currency.getBase': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toEqual([{ currency: 'USD' }]),
	},
	'currency.setBase': {
		parameters: () => ({ currencyCode: 'EUR' }),
		sent: () => ({ id: 'EUR' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.seed.call('crm.currency.base.get').result).toBe('EUR');
			expect(emulator.seed.call('crm.currency.get', { id: 'USD' }).result).toMatchObject({ BASE: 'N' });
		},
	},
};

export const crmProductCases: CaseTable = {
	...classicCases({
		resource: 'crmProduct',
		prefix: 'crm.product',
		create: {
			parameters: { name: 'Plastic Chair', recordFields: { price: 4900, currencyId: 'USD', vatIncluded: true, sort: 500 }, fieldsJson: '{"XML_ID": "chair-1"}' },
			fields: { NAME: 'Plastic Chair', PRICE: 4900, CURRENCY_ID: 'USD', VAT_INCLUDED: 'Y', SORT: 500, XML_ID: 'chair-1' },
		},
		seed: { PRICE: 10, CURRENCY_ID: 'USD' },
		label: 'NAME',
		update: { parameters: { recordFields: { price: 55.5, active: false } }, fields: { PRICE: 55.5, ACTIVE: 'N' } },
		describedField: ['NAME', { type: 'string', isRequired: true }],
	}),
	...classicCases({
		resource: 'crmProductSection',
		prefix: 'crm.productsection',
		create: { parameters: { name: 'Chairs', recordFields: { sectionId: 3 }, fieldsJson: '{"CODE": "chairs"}' }, fields: { NAME: 'Chairs', SECTION_ID: 3, CODE: 'chairs' } },
		seed: {},
		label: 'NAME',
		update: { parameters: { recordFields: { xmlId: 'ext-7' } }, fields: { XML_ID: 'ext-7' } },
		describedField: ['CATALOG_ID', { type: 'integer', isImmutable: true }],
	}),
	...classicCases({
		resource: 'crmProductProperty',
		prefix: 'crm.product.property',
		create: {
			parameters: { name: 'Colour', propertyType: 'L', recordFields: { multiple: true }, fieldsJson: '{"VALUES": {"n0": {"VALUE": "Red"}}}' },
			fields: { NAME: 'Colour', PROPERTY_TYPE: 'L', MULTIPLE: 'Y', VALUES: { n0: { VALUE: 'Red' } } },
		},
		seed: { PROPERTY_TYPE: 'S' },
		label: 'NAME',
		update: { parameters: { recordFields: { sort: 10, isRequired: true } }, fields: { SORT: 10, IS_REQUIRED: 'Y' } },
		describedField: ['PROPERTY_TYPE', { type: 'char', isRequired: true }],
		selectable: false,
	}),
	'crmProductProperty.getTypes': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => {
			expect(json(items)).toContainEqual({ PROPERTY_TYPE: 'S', USER_TYPE: 'HTML', DESCRIPTION: 'HTML/text' });
			expect(json(items)).toContainEqual({ PROPERTY_TYPE: 'L', USER_TYPE: '', DESCRIPTION: 'List' });
		},
	},
	...classicCases({
		resource: 'measureUnit',
		prefix: 'crm.measure',
		create: {
			parameters: { code: 796, measureTitle: 'Piece', recordFields: { symbolIntl: 'pc.', isDefault: true } },
			fields: { CODE: 796, MEASURE_TITLE: 'Piece', SYMBOL_INTL: 'pc.', IS_DEFAULT: 'Y' },
		},
		seed: { CODE: 166 },
		label: 'MEASURE_TITLE',
		update: { parameters: { recordFields: { symbolLetterIntl: 'KGM' } }, fields: { SYMBOL_LETTER_INTL: 'KGM' } },
		describedField: ['CODE', { type: 'integer', isRequired: true }],
	}),
	...classicCases({
		resource: 'vatRate',
		prefix: 'crm.vat',
		create: { parameters: { name: 'VAT 20%', rate: 20, recordFields: { sort: 100 } }, fields: { NAME: 'VAT 20%', RATE: 20, C_SORT: 100 } },
		seed: { RATE: 10 },
		label: 'NAME',
		update: { parameters: { recordFields: { rate: 21, active: false } }, fields: { RATE: 21, ACTIVE: 'N' } },
		describedField: ['RATE', { type: 'double' }],
		notFound: 'VAT rate not found.',
	}),
	...currencyCases,
};
