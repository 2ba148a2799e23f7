import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const seed = (emulator: Emulator, entity: string, fields: IDataObject): number =>
	emulator.seed.call(`crm.${entity}.add`, { fields }).result as number;

/** What differs between the four entities in their cases. */
const ENTITIES: Array<{ key: string; entityTypeId: number; create: IDataObject; sent: IDataObject; label: string }> = [
	{
		key: 'deal',
		entityTypeId: 2,
		create: { recordFields: { title: 'Big deal', stageId: 'PREPARATION', opportunity: 1500.5, currencyId: 'EUR', opened: true } },
		sent: { TITLE: 'Big deal', STAGE_ID: 'PREPARATION', OPPORTUNITY: 1500.5, CURRENCY_ID: 'EUR', OPENED: 'Y' },
		label: 'TITLE',
	},
	{
		key: 'lead',
		entityTypeId: 1,
		create: {
			recordFields: {
				title: 'Web lead',
				name: 'Ann',
				phone: { entries: [{ value: '+1 555 0100', valueType: 'MOBILE' }, { value: '+1 555 0101', valueType: 'WORK' }] },
			},
		},
		sent: {
			TITLE: 'Web lead',
			NAME: 'Ann',
			PHONE: [
				{ VALUE: '+1 555 0100', VALUE_TYPE: 'MOBILE' },
				{ VALUE: '+1 555 0101', VALUE_TYPE: 'WORK' },
			],
		},
		label: 'TITLE',
	},
	{
		key: 'contact',
		entityTypeId: 3,
		create: {
			recordFields: {
				name: 'Bob',
				lastName: 'Lee',
				email: { entries: [{ value: 'bob@example.com', valueType: 'HOME' }] },
				im: { entries: [{ value: '@bob', valueType: 'TELEGRAM' }] },
			},
		},
		sent: {
			NAME: 'Bob',
			LAST_NAME: 'Lee',
			EMAIL: [{ VALUE: 'bob@example.com', VALUE_TYPE: 'HOME' }],
			IM: [{ VALUE: '@bob', VALUE_TYPE: 'TELEGRAM' }],
		},
		label: 'NAME',
	},
	{
		key: 'company',
		entityTypeId: 4,
		create: {
			recordFields: { title: 'Acme', web: { entries: [{ value: 'https://acme.test', valueType: 'WORK' }] } },
		},
		sent: { TITLE: 'Acme', WEB: [{ VALUE: 'https://acme.test', VALUE_TYPE: 'WORK' }] },
		label: 'TITLE',
	},
];

function entityCases({ key, entityTypeId, create, sent, label }: (typeof ENTITIES)[number]): CaseTable {
	return {
		[`${key}.create`]: {
			parameters: () => ({
				...create,
				fieldsJson: '{"UF_CRM_1721244482250": "Hello world!", "COMMENTS": "from n8n"}',
				options: { registerSonetEvent: true },
			}),
			sent: () => ({
				fields: { ...sent, UF_CRM_1721244482250: 'Hello world!', COMMENTS: 'from n8n' },
				params: { REGISTER_SONET_EVENT: 'Y' },
			}),
			output: (items, _prepared, emulator) => {
				expect(json(items)).toEqual([{ id: expect.any(Number) }]);
				const stored = emulator.seed.call('crm.item.get', { entityTypeId, id: items[0].json.id }).result as IDataObject;
				expect((stored.item as IDataObject).comments).toBe('from n8n');
			},
		},
		[`${key}.get`]: {
			setup: (emulator) => ({ id: seed(emulator, key, { [label]: 'One', PHONE: [{ VALUE: '+1 555 0199', VALUE_TYPE: 'WORK' }] }) }),
			parameters: ({ id }) => ({ recordId: String(id) }),
			sent: ({ id }) => ({ id }),
			output: (items, { id }) => {
				expect(items).toHaveLength(1);
				expect(items[0].json).toMatchObject({ ID: String(id), [label]: 'One' });
				if (key !== 'deal') {
					expect(items[0].json.PHONE).toEqual([
						{ ID: expect.stringMatching(/^\d+$/), VALUE_TYPE: 'WORK', VALUE: '+1 555 0199', TYPE_ID: 'PHONE' },
					]);
				}
			},
		},
		[`${key}.getAll`]: {
			setup: (emulator) => ({
				ids: ['Alpha', 'Beta', 'Gamma'].map((value) => seed(emulator, key, { [label]: value, ASSIGNED_BY_ID: 1 })),
			}),
			parameters: () => ({ returnAll: true, filter: '{"ASSIGNED_BY_ID": 1}', select: `ID, ${label}` }),
			sent: () => ({
				filter: { ASSIGNED_BY_ID: 1, '>ID': 0 },
				order: { ID: 'ASC' },
				select: ['ID', label],
				start: -1,
			}),
			output: (items, { ids }) =>
				expect(json(items)).toEqual(
					['Alpha', 'Beta', 'Gamma'].map((value, index) => ({ ID: String((ids as number[])[index]), [label]: value })),
				),
		},
		[`${key}.update`]: {
			setup: (emulator) => ({ id: seed(emulator, key, { [label]: 'Before' }) }),
			parameters: ({ id }) => ({
				recordId: String(id),
				recordFields: { assignedById: 3, comments: 'changed' },
				fieldsJson: `{"${label}": "After"}`,
				options: { registerHistoryEvent: false },
			}),
			sent: ({ id }) => ({
				id,
				fields: { ASSIGNED_BY_ID: 3, COMMENTS: 'changed', [label]: 'After' },
				params: { REGISTER_HISTORY_EVENT: 'N' },
			}),
			output: (items, { id }, emulator) => {
				expect(json(items)).toEqual([{ success: true }]);
				const stored = emulator.seed.call(`crm.${key}.get`, { id }).result as IDataObject;
				expect(stored).toMatchObject({ [label]: 'After', ASSIGNED_BY_ID: '3', COMMENTS: 'changed' });
			},
		},
		[`${key}.delete`]: {
			setup: (emulator) => ({ id: seed(emulator, key, { [label]: 'Old' }) }),
			parameters: ({ id }) => ({ recordId: String(id) }),
			sent: ({ id }) => ({ id }),
			output: (items, { id }, emulator) => {
				expect(json(items)).toEqual([{ deleted: true }]);
				expect(() => emulator.seed.call(`crm.${key}.get`, { id })).toThrow('Not found');
			},
		},
		[`${key}.getFields`]: {
			parameters: () => ({}),
			sent: () => ({}),
			output: (items) => {
				const byName = new Map(json(items).map((field) => [field.name, field]));
				expect(byName.get('ID')).toMatchObject({ type: 'integer', isReadOnly: true });
				expect(byName.get('ASSIGNED_BY_ID')).toMatchObject({ type: 'user' });
				if (key !== 'deal') expect(byName.get('PHONE')).toMatchObject({ type: 'crm_multifield', isMultiple: true });
			},
		},
	};
}

function userFieldCases(key: string): CaseTable {
	const resource = `${key}UserField`;
	const entityId = `CRM_${key.toUpperCase()}`;
	const addField = (emulator: Emulator, name: string) =>
		emulator.seed.call(`crm.${key}.userfield.add`, { fields: { FIELD_NAME: name, USER_TYPE_ID: 'string', LABEL: name } })
			.result as number;
	return {
		[`${resource}.create`]: {
			parameters: () => ({
				fieldName: 'HELLO_WORLD',
				userTypeId: 'enumeration',
				userFieldProperties: { label: 'Hello', multiple: true, sort: 1000 },
				fieldsJson: '{"LIST": [{"VALUE": "One", "DEF": "Y"}, {"VALUE": "Two"}]}',
			}),
			sent: () => ({
				fields: {
					FIELD_NAME: 'HELLO_WORLD',
					USER_TYPE_ID: 'enumeration',
					LABEL: 'Hello',
					MULTIPLE: 'Y',
					SORT: 1000,
					LIST: [{ VALUE: 'One', DEF: 'Y' }, { VALUE: 'Two' }],
				},
			}),
			output: (items, _prepared, emulator) => {
				expect(json(items)).toEqual([{ id: expect.any(Number) }]);
				const stored = emulator.seed.call(`crm.${key}.userfield.get`, { id: items[0].json.id }).result as IDataObject;
				expect(stored).toMatchObject({ ENTITY_ID: entityId, FIELD_NAME: 'UF_CRM_HELLO_WORLD', MULTIPLE: 'Y', SORT: '1000' });
				expect((stored.LIST as IDataObject[]).map((entry) => [entry.VALUE, entry.DEF])).toEqual([
					['One', 'Y'],
					['Two', 'N'],
				]);
			},
		},
		[`${resource}.get`]: {
			setup: (emulator) => ({ id: addField(emulator, 'COLOR') }),
			parameters: ({ id }) => ({ userFieldId: String(id) }),
			sent: ({ id }) => ({ id }),
			output: (items, { id }) =>
				expect(json(items)).toEqual([
					expect.objectContaining({ ID: String(id), ENTITY_ID: entityId, FIELD_NAME: 'UF_CRM_COLOR', USER_TYPE_ID: 'string' }),
				]),
		},
		[`${resource}.getAll`]: {
			setup: (emulator) => ({ ids: [addField(emulator, 'A1'), addField(emulator, 'B2')] }),
			parameters: () => ({ filter: '{"USER_TYPE_ID": "string"}', order: '{"ID": "DESC"}' }),
			sent: () => ({ filter: { USER_TYPE_ID: 'string' }, order: { ID: 'DESC' } }),
			output: (items) =>
				expect(json(items).map((row) => [row.FIELD_NAME, row.EDIT_FORM_LABEL])).toEqual([
					['UF_CRM_B2', 'B2'],
					['UF_CRM_A1', 'A1'],
				]),
		},
		[`${resource}.update`]: {
			setup: (emulator) => ({ id: addField(emulator, 'SIZE') }),
			parameters: ({ id }) => ({ userFieldId: String(id), userFieldProperties: { mandatory: true, label: 'Size' } }),
			sent: ({ id }) => ({ id, fields: { MANDATORY: 'Y', LABEL: 'Size' } }),
			output: (items, { id }, emulator) => {
				expect(json(items)).toEqual([{ success: true }]);
				const stored = emulator.seed.call(`crm.${key}.userfield.get`, { id }).result as IDataObject;
				expect(stored).toMatchObject({ MANDATORY: 'Y', EDIT_FORM_LABEL: expect.objectContaining({ en: 'Size' }) });
			},
		},
		[`${resource}.delete`]: {
			setup: (emulator) => ({ id: addField(emulator, 'GONE') }),
			parameters: ({ id }) => ({ userFieldId: String(id) }),
			sent: ({ id }) => ({ id }),
			output: (items, { id }, emulator) => {
				expect(json(items)).toEqual([{ deleted: true }]);
				expect(() => emulator.seed.call(`crm.${key}.userfield.get`, { id })).toThrow(`The entity with ID '${String(id)}' is not found`);
			},
		},
	};
}

export const crmLegacyCases: CaseTable = Object.assign(
	{},
	...ENTITIES.map((entity) => ({ ...entityCases(entity), ...userFieldCases(entity.key) })),
);
