import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const LIST = { IBLOCK_TYPE_ID: 'lists' };

function call(emulator: Emulator, method: string, params: IDataObject): unknown {
	return emulator.seed.call(method, params).result;
}

/** Adds a record and returns its id (a number; `PROPERTY_<id>` for a field). */
function add<T extends number | string = number>(emulator: Emulator, method: string, params: IDataObject): T {
	return call(emulator, method, params) as T;
}

function list(emulator: Emulator, code = 'requests', name = 'Requests'): IDataObject {
	const listId = add(emulator, 'lists.add', { ...LIST, IBLOCK_CODE: code, FIELDS: { NAME: name } }) as number;
	return { listId };
}

const listParameters = (prepared: IDataObject) => ({ iblockTypeId: 'lists', listId: String(prepared.listId) });
const listSent = (prepared: IDataObject) => ({ ...LIST, IBLOCK_ID: Number(prepared.listId) });

function listWithSection(emulator: Emulator): IDataObject {
	const prepared = list(emulator);
	const sectionId = add(emulator, 'lists.section.add', { ...LIST, IBLOCK_ID: prepared.listId, SECTION_CODE: 'urgent', FIELDS: { NAME: 'Urgent' } });
	return { ...prepared, sectionId };
}

function listWithField(emulator: Emulator): IDataObject {
	const prepared = list(emulator);
	const fieldId = add<string>(emulator, 'lists.field.add', { ...LIST, IBLOCK_ID: prepared.listId, FIELDS: { NAME: 'Amount', TYPE: 'N', CODE: 'AMOUNT' } });
	return { ...prepared, fieldId };
}

function listWithElement(emulator: Emulator): IDataObject {
	const prepared = listWithField(emulator);
	const elementId = add(emulator, 'lists.element.add', {
		...LIST,
		IBLOCK_ID: prepared.listId,
		ELEMENT_CODE: 'request_1',
		FIELDS: { NAME: 'Laptop', [prepared.fieldId as string]: '1200' },
	});
	return { ...prepared, elementId };
}

function elementsOf(emulator: Emulator, prepared: IDataObject): IDataObject[] {
	return call(emulator, 'lists.element.get', { ...LIST, IBLOCK_ID: prepared.listId }) as IDataObject[];
}

export const listsCases: CaseTable = {
	'universalList.create': {
		parameters: () => ({
			iblockTypeId: 'lists',
			code: 'vacations',
			name: 'Vacations',
			additionalFields: { description: 'Leave requests', bizproc: true, messages: '{"ELEMENT_NAME": "Request"}' },
		}),
		sent: () => ({ ...LIST, IBLOCK_CODE: 'vacations', FIELDS: { NAME: 'Vacations', DESCRIPTION: 'Leave requests', BIZPROC: 'Y' }, MESSAGES: { ELEMENT_NAME: 'Request' } }),
		output: (items, _prepared, emulator) => {
			const [{ ID }] = json(items);
			expect(ID).toEqual(expect.any(Number));
			const [created] = call(emulator, 'lists.get', { ...LIST, IBLOCK_ID: ID }) as IDataObject[];
			expect(created).toMatchObject({ ID: String(ID), CODE: 'vacations', NAME: 'Vacations', DESCRIPTION: 'Leave requests', BIZPROC: 'Y', ELEMENT_NAME: 'Request' });
		},
	},
	'universalList.get': {
		setup: (emulator) => {
			list(emulator, 'other', 'Other');
			return list(emulator);
		},
		parameters: listParameters,
		sent: listSent,
		output: (items, prepared) => expect(json(items)).toEqual([expect.objectContaining({ ID: String(prepared.listId), CODE: 'requests', NAME: 'Requests', IBLOCK_TYPE_ID: 'lists' })]),
	},
	'universalList.getAll': {
		setup: (emulator) => {
			list(emulator, 'b_list', 'Beta');
			list(emulator, 'a_list', 'Alpha');
			call(emulator, 'lists.add', { IBLOCK_TYPE_ID: 'bitrix_processes', IBLOCK_CODE: 'flow', FIELDS: { NAME: 'Flow' } });
			return {};
		},
		parameters: () => ({ iblockTypeId: 'lists', returnAll: true, options: { order: '{"NAME": "asc"}' } }),
		sent: () => ({ ...LIST, IBLOCK_ORDER: { NAME: 'asc' } }),
		output: (items) => expect(json(items).map((row) => row.NAME)).toEqual(['Alpha', 'Beta']),
	},
	'universalList.update': {
		setup: (emulator) => list(emulator),
		parameters: (prepared) => ({ ...listParameters(prepared), name: 'Purchase requests', updateFields: { sort: 100 } }),
		sent: (prepared) => ({ ...listSent(prepared), FIELDS: { NAME: 'Purchase requests', SORT: 100 } }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(call(emulator, 'lists.get', { ...LIST, IBLOCK_ID: prepared.listId })).toEqual([
				expect.objectContaining({ NAME: 'Purchase requests', SORT: '100' }),
			]);
		},
	},
	'universalList.delete': {
		setup: (emulator) => list(emulator),
		parameters: listParameters,
		sent: listSent,
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(call(emulator, 'lists.get', LIST)).toEqual([]);
		},
	},

	'listSection.create': {
		setup: (emulator) => listWithSection(emulator),
		parameters: (prepared) => ({
			...listParameters(prepared),
			code: 'docs',
			name: 'Documents',
			additionalFields: { parentSectionId: Number(prepared.sectionId), sort: 600, xmlId: 'ext_docs' },
		}),
		sent: (prepared) => ({ ...listSent(prepared), SECTION_CODE: 'docs', IBLOCK_SECTION_ID: prepared.sectionId, FIELDS: { NAME: 'Documents', SORT: 600, XML_ID: 'ext_docs' } }),
		output: (items, prepared, emulator) => {
			const [{ ID }] = json(items);
			expect(ID).toEqual(expect.any(Number));
			const [section] = call(emulator, 'lists.section.get', { ...LIST, IBLOCK_ID: prepared.listId, FILTER: { ID } }) as IDataObject[];
			expect(section).toMatchObject({ CODE: 'docs', NAME: 'Documents', SORT: '600', XML_ID: 'ext_docs', IBLOCK_SECTION_ID: String(prepared.sectionId), DEPTH_LEVEL: '2' });
		},
	},
	'listSection.getAll': {
		setup: (emulator) => {
			const prepared = listWithSection(emulator);
			call(emulator, 'lists.section.add', { ...LIST, IBLOCK_ID: prepared.listId, SECTION_CODE: 'later', FIELDS: { NAME: 'Later' } });
			return prepared;
		},
		parameters: (prepared) => ({ ...listParameters(prepared), returnAll: true, filter: '{"%NAME": "Urg"}', select: 'ID, NAME' }),
		sent: (prepared) => ({ ...listSent(prepared), FILTER: { '%NAME': 'Urg' }, SELECT: ['ID', 'NAME'] }),
		output: (items, prepared) => expect(json(items)).toEqual([{ ID: String(prepared.sectionId), NAME: 'Urgent' }]),
	},
	'listSection.update': {
		setup: (emulator) => listWithSection(emulator),
		parameters: (prepared) => ({ ...listParameters(prepared), sectionId: String(prepared.sectionId), name: 'Very urgent', updateFields: { active: false } }),
		sent: (prepared) => ({ ...listSent(prepared), SECTION_ID: prepared.sectionId, FIELDS: { NAME: 'Very urgent', ACTIVE: 'N' } }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(call(emulator, 'lists.section.get', { ...LIST, IBLOCK_ID: prepared.listId })).toEqual([
				expect.objectContaining({ NAME: 'Very urgent', ACTIVE: 'N' }),
			]);
		},
	},
	'listSection.delete': {
		setup: (emulator) => listWithSection(emulator),
		parameters: (prepared) => ({ ...listParameters(prepared), sectionId: String(prepared.sectionId) }),
		sent: (prepared) => ({ ...listSent(prepared), SECTION_ID: prepared.sectionId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(call(emulator, 'lists.section.get', { ...LIST, IBLOCK_ID: prepared.listId })).toEqual([]);
		},
	},

	'listField.create': {
		setup: (emulator) => list(emulator),
		parameters: (prepared) => ({
			...listParameters(prepared),
			name: 'Status',
			type: 'L',
			code: 'STATUS',
			additionalFields: { isRequired: true, listValues: 'Open\nClosed' },
		}),
		sent: (prepared) => ({ ...listSent(prepared), FIELDS: { NAME: 'Status', TYPE: 'L', CODE: 'STATUS', IS_REQUIRED: 'Y', LIST_TEXT_VALUES: 'Open\nClosed' } }),
		output: (items, prepared, emulator) => {
			const [{ FIELD_ID }] = json(items);
			expect(FIELD_ID).toMatch(/^PROPERTY_\d+$/);
			const fields = call(emulator, 'lists.field.get', { ...LIST, IBLOCK_ID: prepared.listId, FIELD_ID }) as IDataObject;
			expect(Object.values(fields)).toEqual([expect.objectContaining({ NAME: 'Status', TYPE: 'L', CODE: 'STATUS', IS_REQUIRED: 'Y' })]);
			expect(Object.values((Object.values(fields)[0] as IDataObject).DISPLAY_VALUES_FORM as IDataObject)).toEqual(['Open', 'Closed']);
		},
	},
	'listField.get': {
		setup: (emulator) => {
			const prepared = listWithField(emulator);
			call(emulator, 'lists.field.add', { ...LIST, IBLOCK_ID: prepared.listId, FIELDS: { NAME: 'Notes', TYPE: 'DETAIL_TEXT' } });
			return prepared;
		},
		parameters: (prepared) => ({ ...listParameters(prepared), fieldId: String(prepared.fieldId) }),
		sent: (prepared) => ({ ...listSent(prepared), FIELD_ID: prepared.fieldId }),
		output: (items, prepared) =>
			expect(json(items)).toEqual([expect.objectContaining({ FIELD_ID: prepared.fieldId, NAME: 'Amount', TYPE: 'N', CODE: 'AMOUNT', PROPERTY_TYPE: 'N' })]),
	},
	'listField.getAll': {
		setup: (emulator) => {
			const prepared = listWithField(emulator);
			call(emulator, 'lists.field.add', { ...LIST, IBLOCK_ID: prepared.listId, FIELDS: { NAME: 'Notes', TYPE: 'DETAIL_TEXT', SORT: 10 } });
			return prepared;
		},
		parameters: listParameters,
		sent: listSent,
		output: (items, prepared) => expect(json(items).map((row) => [row.FIELD_ID, row.NAME])).toEqual([['DETAIL_TEXT', 'Notes'], [prepared.fieldId, 'Amount']]),
	},
	'listField.update': {
		setup: (emulator) => listWithField(emulator),
		parameters: (prepared) => ({ ...listParameters(prepared), fieldId: String(prepared.fieldId), name: 'Amount, USD', type: 'N', updateFields: { multiple: true } }),
		sent: (prepared) => ({ ...listSent(prepared), FIELD_ID: prepared.fieldId, FIELDS: { NAME: 'Amount, USD', TYPE: 'N', MULTIPLE: 'Y' } }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			const fields = call(emulator, 'lists.field.get', { ...LIST, IBLOCK_ID: prepared.listId, FIELD_ID: prepared.fieldId }) as IDataObject;
			expect(fields[prepared.fieldId as string]).toMatchObject({ NAME: 'Amount, USD', MULTIPLE: 'Y' });
		},
	},
	'listField.delete': {
		setup: (emulator) => listWithField(emulator),
		parameters: (prepared) => ({ ...listParameters(prepared), fieldId: String(prepared.fieldId) }),
		sent: (prepared) => ({ ...listSent(prepared), FIELD_ID: prepared.fieldId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(call(emulator, 'lists.field.get', { ...LIST, IBLOCK_ID: prepared.listId })).toEqual([]);
		},
	},
	'listField.getTypes': {
		setup: (emulator) => {
			const prepared = list(emulator);
			call(emulator, 'lists.field.add', { ...LIST, IBLOCK_ID: prepared.listId, FIELDS: { NAME: 'Notes', TYPE: 'DETAIL_TEXT' } });
			return prepared;
		},
		parameters: listParameters,
		sent: listSent,
		output: (items) => {
			const types = json(items);
			expect(types).toContainEqual({ type: 'S:Date', value: 'Date' });
			expect(types).toContainEqual({ type: 'SORT', value: 'Sorting' });
			// a system field the list already has cannot be added again
			expect(types.map((row) => row.type)).not.toContain('DETAIL_TEXT');
		},
	},

	'listElement.create': {
		setup: (emulator) => {
			const prepared = listWithField(emulator);
			const sectionId = add(emulator, 'lists.section.add', { ...LIST, IBLOCK_ID: prepared.listId, SECTION_CODE: 'it', FIELDS: { NAME: 'IT' } });
			return { ...prepared, sectionId };
		},
		parameters: (prepared) => ({
			...listParameters(prepared),
			code: 'request_7',
			name: 'Monitor',
			values: JSON.stringify({ [prepared.fieldId as string]: '300' }),
			additionalFields: { sectionId: Number(prepared.sectionId) },
		}),
		sent: (prepared) => ({ ...listSent(prepared), ELEMENT_CODE: 'request_7', IBLOCK_SECTION_ID: prepared.sectionId, FIELDS: { NAME: 'Monitor', [prepared.fieldId as string]: '300' } }),
		output: (items, prepared, emulator) => {
			const [{ ID }] = json(items);
			expect(ID).toEqual(expect.any(Number));
			const [element] = elementsOf(emulator, prepared);
			expect(element).toMatchObject({ ID: String(ID), CODE: 'request_7', NAME: 'Monitor', IBLOCK_SECTION_ID: String(prepared.sectionId) });
			expect(Object.values(element[prepared.fieldId as string] as IDataObject)).toEqual(['300']);
		},
	},
	'listElement.get': {
		setup: (emulator) => {
			const prepared = listWithElement(emulator);
			call(emulator, 'lists.element.add', { ...LIST, IBLOCK_ID: prepared.listId, ELEMENT_CODE: 'request_2', FIELDS: { NAME: 'Chair' } });
			return prepared;
		},
		parameters: (prepared) => ({ ...listParameters(prepared), elementId: String(prepared.elementId) }),
		sent: (prepared) => ({ ...listSent(prepared), ELEMENT_ID: prepared.elementId }),
		output: (items, prepared) => {
			expect(json(items)).toEqual([expect.objectContaining({ ID: String(prepared.elementId), NAME: 'Laptop', CODE: 'request_1' })]);
			expect(Object.values(json(items)[0][prepared.fieldId as string] as IDataObject)).toEqual(['1200']);
		},
	},
	'listElement.getAll': {
		setup: (emulator) => {
			const prepared = listWithElement(emulator);
			for (const [code, name, amount] of [['request_2', 'Chair', '90'], ['request_3', 'Desk', '400']]) {
				call(emulator, 'lists.element.add', { ...LIST, IBLOCK_ID: prepared.listId, ELEMENT_CODE: code, FIELDS: { NAME: name, [prepared.fieldId as string]: amount } });
			}
			return prepared;
		},
		parameters: (prepared) => ({
			...listParameters(prepared),
			returnAll: true,
			filter: JSON.stringify({ [`>=${prepared.fieldId}`]: 300 }),
			order: '{"NAME": "asc"}',
			select: 'ID, NAME',
		}),
		sent: (prepared) => ({ ...listSent(prepared), FILTER: { [`>=${prepared.fieldId}`]: 300 }, ELEMENT_ORDER: { NAME: 'asc' }, SELECT: ['ID', 'NAME'] }),
		output: (items) => expect(json(items).map((row) => row.NAME)).toEqual(['Desk', 'Laptop']),
	},
	'listElement.update': {
		setup: (emulator) => listWithElement(emulator),
		parameters: (prepared) => ({ ...listParameters(prepared), elementId: String(prepared.elementId), name: 'Laptop Pro', values: '{}' }),
		sent: (prepared) => ({ ...listSent(prepared), ELEMENT_ID: prepared.elementId, FIELDS: { NAME: 'Laptop Pro' } }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			const [element] = elementsOf(emulator, prepared);
			expect(element.NAME).toBe('Laptop Pro');
			// an update replaces the element: the amount that was not sent is gone
			expect(element).not.toHaveProperty(prepared.fieldId as string);
		},
	},
	'listElement.delete': {
		setup: (emulator) => listWithElement(emulator),
		parameters: (prepared) => ({ ...listParameters(prepared), elementId: String(prepared.elementId) }),
		sent: (prepared) => ({ ...listSent(prepared), ELEMENT_ID: prepared.elementId }),
		output: (items, prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(elementsOf(emulator, prepared)).toEqual([]);
		},
	},
	'listElement.getFileUrls': {
		setup: (emulator) => {
			const prepared = list(emulator);
			const fieldId = add<string>(emulator, 'lists.field.add', { ...LIST, IBLOCK_ID: prepared.listId, FIELDS: { NAME: 'Scan', TYPE: 'F', CODE: 'SCAN', MULTIPLE: 'Y' } });
			const elementId = add(emulator, 'lists.element.add', {
				...LIST,
				IBLOCK_ID: prepared.listId,
				ELEMENT_CODE: 'invoice',
				FIELDS: { NAME: 'Invoice', [fieldId]: [['a.pdf', 'JVBERi0='], ['b.pdf', 'JVBERi0=']] },
			});
			return { ...prepared, elementId, fileFieldId: fieldId.replace('PROPERTY_', '') };
		},
		parameters: (prepared) => ({ ...listParameters(prepared), elementId: String(prepared.elementId), fileFieldId: String(prepared.fileFieldId) }),
		sent: (prepared) => ({ ...listSent(prepared), ELEMENT_ID: prepared.elementId, FIELD_ID: Number(prepared.fileFieldId) }),
		output: (items, prepared) => {
			const urls = json(items).map((row) => row.url);
			expect(urls).toHaveLength(2);
			for (const url of urls) {
				expect(url).toMatch(new RegExp(`^/company/lists/${prepared.listId}/file/0/${prepared.elementId}/PROPERTY_${prepared.fileFieldId}/\\d+/\\?ncc=y&download=y$`));
			}
		},
	},
};
