import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const docgen = (emulator: Emulator) => emulator.state.docgen;

function template(emulator: Emulator, name = 'Supply contract'): IDataObject {
	const seeded = docgen(emulator).seedTemplate({ name, placeholders: ['ClientName', 'Total'] }, Date.now());
	return { templateId: seeded.id };
}

function numerator(emulator: Emulator): IDataObject {
	const { result } = emulator.seed.call('documentgenerator.numerator.add', { fields: { name: 'Invoices', template: 'INV-{NUMBER}' } });
	return { numeratorId: ((result as IDataObject).numerator as IDataObject).id };
}

function document(emulator: Emulator, value = 'ORDER_1024'): IDataObject {
	const prepared = template(emulator);
	const { result } = emulator.seed.call('documentgenerator.document.add', { templateId: prepared.templateId, value, values: { ClientName: 'ABC Corp' } });
	return { ...prepared, documentId: ((result as IDataObject).document as IDataObject).id };
}

function region(emulator: Emulator): IDataObject {
	const { result } = emulator.seed.call('documentgenerator.region.add', { fields: { title: 'Germany (Custom)', languageId: 'de' } });
	return { regionId: Number(((result as IDataObject).region as IDataObject).id) };
}

export const documentGeneratorCases: CaseTable = {
	'documentTemplate.create': {
		parameters: () => ({ fileId: '5641', name: 'Supply contract', numeratorId: 1, region: 'de', additionalFields: { code: 'SUPPLY', users: 'UA, U5' } }),
		sent: () => ({ fields: { fileId: 5641, name: 'Supply contract', numeratorId: 1, region: 'de', code: 'SUPPLY', users: ['UA', 'U5'] } }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([expect.objectContaining({ id: '1', name: 'Supply contract', code: 'SUPPLY', users: { UA: 'UA', U5: 'U5' } })]);
			expect(docgen(emulator).templates.get(1)).toMatchObject({ fileId: 5641, numeratorId: 1 });
		},
	},
	'documentTemplate.get': {
		setup: (emulator) => template(emulator),
		parameters: (prepared) => ({ templateId: String(prepared.templateId) }),
		sent: (prepared) => ({ id: prepared.templateId }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ id: '1', name: 'Supply contract', region: 'de', isDeleted: 'N' })]),
	},
	'documentTemplate.getAll': {
		setup: (emulator) => {
			template(emulator, 'Supply contract');
			template(emulator, 'Invoice');
			return {};
		},
		parameters: () => ({ filter: '{"name": "Invoice"}', select: 'id, name', returnAll: true }),
		sent: () => ({ filter: { name: 'Invoice' }, select: ['id', 'name'] }),
		output: (items) => expect(json(items)).toEqual([{ id: '2', name: 'Invoice' }]),
	},
	'documentTemplate.update': {
		setup: (emulator) => template(emulator),
		parameters: (prepared) => ({ templateId: String(prepared.templateId), updateFields: { name: 'Supply contract 2026', active: false } }),
		sent: (prepared) => ({ id: prepared.templateId, fields: { name: 'Supply contract 2026', active: 'N' } }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ name: 'Supply contract 2026', active: 'N' })]),
	},
	'documentTemplate.delete': {
		setup: (emulator) => template(emulator),
		parameters: (prepared) => ({ templateId: String(prepared.templateId) }),
		sent: (prepared) => ({ id: prepared.templateId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(docgen(emulator).templates.get(prepared.templateId as number)?.isDeleted).toBe(true);
		},
	},
	'documentTemplate.getFields': {
		setup: (emulator) => template(emulator),
		parameters: (prepared) => ({ templateId: String(prepared.templateId) }),
		sent: (prepared) => ({ id: prepared.templateId }),
		output: (items) => {
			expect(json(items).map((row) => row.code)).toEqual(['DocumentNumber', 'ClientName', 'Total', 'DocumentTitle']);
			expect(json(items)[0]).toMatchObject({ title: 'Number', value: '1', required: 'Y' });
		},
	},
	'generatedDocument.create': {
		setup: (emulator) => template(emulator),
		parameters: (prepared) => ({
			templateId: String(prepared.templateId),
			value: 'ORDER_1024',
			values: '{"ClientName": "ABC Corp", "Total": "125000"}',
			additionalFields: { stampsEnabled: true },
		}),
		sent: (prepared) => ({ templateId: prepared.templateId, value: 'ORDER_1024', values: { ClientName: 'ABC Corp', Total: '125000' }, stampsEnabled: true }),
		output: (items) =>
			expect(json(items)).toEqual([
				expect.objectContaining({ id: 1, number: '1', title: 'Supply contract 1', value: 'ORDER_1024', stampsEnabled: true, templateId: '1' }),
			]),
	},
	'generatedDocument.get': {
		setup: (emulator) => document(emulator),
		parameters: (prepared) => ({ documentId: String(prepared.documentId) }),
		sent: (prepared) => ({ id: prepared.documentId }),
		output: (items) => {
			expect(json(items)).toEqual([expect.objectContaining({ id: '1', value: 'ORDER_1024', publicUrl: null })]);
			expect(json(items)[0].values).toMatchObject({ ClientName: 'ABC Corp' });
		},
	},
	'generatedDocument.getAll': {
		setup: (emulator) => {
			document(emulator, 'ORDER_1');
			emulator.seed.call('documentgenerator.document.add', { templateId: 1, value: 'ORDER_2' });
			return {};
		},
		parameters: () => ({ filter: '{"value": "ORDER_2"}', select: 'id, value, number', returnAll: true }),
		sent: () => ({ filter: { value: 'ORDER_2' }, select: ['id', 'value', 'number'] }),
		output: (items) => expect(json(items)).toEqual([{ id: '2', value: 'ORDER_2', number: '2' }]),
	},
	'generatedDocument.update': {
		setup: (emulator) => document(emulator),
		parameters: (prepared) => ({ documentId: String(prepared.documentId), values: '{"Total": "130000"}' }),
		sent: (prepared) => ({ id: prepared.documentId, values: { Total: '130000' } }),
		output: (items) => expect(json(items)[0].values).toMatchObject({ ClientName: 'ABC Corp', Total: '130000' }),
	},
	'generatedDocument.delete': {
		setup: (emulator) => document(emulator),
		parameters: (prepared) => ({ documentId: String(prepared.documentId) }),
		sent: (prepared) => ({ id: prepared.documentId }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(docgen(emulator).documents.size).toBe(0);
		},
	},
	'generatedDocument.getFields': {
		setup: (emulator) => document(emulator),
		parameters: (prepared) => ({ documentId: String(prepared.documentId), values: '{"Total": "51000"}' }),
		sent: (prepared) => ({ id: prepared.documentId, values: { Total: '51000' } }),
		output: (items) =>
			expect(json(items).filter((row) => ['ClientName', 'Total'].includes(row.code as string))).toEqual([
				{ code: 'ClientName', value: 'ABC Corp', default: '' },
				{ code: 'Total', value: '51000', default: '' },
			]),
	},
	'generatedDocument.enablePublicUrl': {
		setup: (emulator) => document(emulator),
		parameters: (prepared) => ({ documentId: String(prepared.documentId), status: '1' }),
		sent: (prepared) => ({ id: prepared.documentId, status: '1' }),
		output: (items, prepared, emulator) => {
			const [{ publicUrl }] = json(items);
			expect(publicUrl).toMatch(/^https:\/\//);
			expect(docgen(emulator).documents.get(prepared.documentId as number)?.publicUrl).toBe(publicUrl);
		},
	},
	'documentNumerator.create': {
		parameters: () => ({
			name: 'Invoices',
			template: 'INV-{NUMBER}',
			additionalFields: { settings: '{"Bitrix_Main_Numerator_Generator_SequentNumberGenerator": {"length": 4}}' },
		}),
		sent: () => ({ fields: { name: 'Invoices', template: 'INV-{NUMBER}', settings: { Bitrix_Main_Numerator_Generator_SequentNumberGenerator: { length: 4 } } } }),
		output: (items) => {
			expect(json(items)).toEqual([expect.objectContaining({ id: 2, name: 'Invoices', template: 'INV-{NUMBER}', code: null })]);
			expect(json(items)[0].settings).toMatchObject({ Bitrix_Main_Numerator_Generator_SequentNumberGenerator: { length: 4 } });
		},
	},
	'documentNumerator.get': {
		setup: (emulator) => numerator(emulator),
		parameters: (prepared) => ({ numeratorId: String(prepared.numeratorId) }),
		sent: (prepared) => ({ id: prepared.numeratorId }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ id: '2', name: 'Invoices' })]),
	},
	'documentNumerator.getAll': {
		setup: (emulator) => numerator(emulator),
		parameters: () => ({ returnAll: true }),
		sent: () => ({}),
		output: (items) => expect(json(items).map((row) => row.name)).toEqual(['General Number', 'Invoices']),
	},
	'documentNumerator.update': {
		setup: (emulator) => numerator(emulator),
		parameters: (prepared) => ({ numeratorId: String(prepared.numeratorId), updateFields: { template: 'INV-UPD-{NUMBER}' } }),
		sent: (prepared) => ({ id: prepared.numeratorId, fields: { template: 'INV-UPD-{NUMBER}' } }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ id: '2', name: 'Invoices', template: 'INV-UPD-{NUMBER}' })]),
	},
	'documentNumerator.delete': {
		setup: (emulator) => numerator(emulator),
		parameters: (prepared) => ({ numeratorId: String(prepared.numeratorId) }),
		sent: (prepared) => ({ id: prepared.numeratorId }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect([...docgen(emulator).numerators.keys()]).toEqual([1]);
		},
	},
	'documentRegion.create': {
		parameters: () => ({ title: 'Germany (Custom)', additionalFields: { languageId: 'de', formatDate: 'DD.MM.YYYY' } }),
		sent: () => ({ fields: { title: 'Germany (Custom)', languageId: 'de', formatDate: 'DD.MM.YYYY' } }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ id: '1', title: 'Germany (Custom)', languageId: 'de', formatDate: 'DD.MM.YYYY' })]),
	},
	'documentRegion.get': {
		setup: (emulator) => region(emulator),
		parameters: (prepared) => ({ regionId: String(prepared.regionId) }),
		sent: (prepared) => ({ id: prepared.regionId }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ id: '1', title: 'Germany (Custom)' })]),
	},
	'documentRegion.getAll': {
		setup: (emulator) => region(emulator),
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => {
			expect(json(items)).toContainEqual({ code: 'de', title: 'Germany', languageId: 'de' });
			expect(json(items)).toContainEqual(expect.objectContaining({ id: '1', title: 'Germany (Custom)' }));
			expect(items).toHaveLength(6);
		},
	},
	'documentRegion.update': {
		setup: (emulator) => region(emulator),
		parameters: (prepared) => ({ regionId: String(prepared.regionId), updateFields: { title: 'Germany (User-defined)' } }),
		sent: (prepared) => ({ id: prepared.regionId, fields: { title: 'Germany (User-defined)' } }),
		output: (items) => expect(json(items)).toEqual([expect.objectContaining({ id: '1', title: 'Germany (User-defined)', languageId: 'de' })]),
	},
	'documentRegion.delete': {
		setup: (emulator) => region(emulator),
		parameters: (prepared) => ({ regionId: String(prepared.regionId) }),
		sent: (prepared) => ({ id: prepared.regionId }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(docgen(emulator).regions.size).toBe(0);
		},
	},
};
