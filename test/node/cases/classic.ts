import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

/** What a classic family's six cases need: how to create a record through the node and on the portal. */
export interface ClassicCaseSpec {
	resource: string;
	prefix: string;
	/** Node parameters of a create, and the `fields` Bitrix24 must receive for them. */
	create: { parameters: INodeParameters; fields: IDataObject };
	/** Fields of a valid record, for seeding; `label` is one of them that differs per record. */
	seed: IDataObject;
	label: string;
	/** An update through the node: parameters and the `fields` sent. */
	update: { parameters: INodeParameters; fields: IDataObject };
	/** A field `.fields` must describe, with what it must say about it. */
	describedField: [string, IDataObject];
	/** Whether Get Many sends `select` (default true). */
	selectable?: boolean;
	/** The message of the portal's error for a deleted record. */
	notFound?: string;
}

export function seedClassic(emulator: Emulator, prefix: string, fields: IDataObject): number {
	return emulator.seed.call(`${prefix}.add`, { fields }).result as number;
}

export function classicCases(spec: ClassicCaseSpec): CaseTable {
	const { resource, prefix, label } = spec;
	const seed = (emulator: Emulator, value: string) => seedClassic(emulator, prefix, { ...spec.seed, [label]: value });
	const read = (emulator: Emulator, id: unknown) => emulator.seed.call(`${prefix}.get`, { id }).result as IDataObject;
	const selectable = spec.selectable ?? true;
	return {
		[`${resource}.create`]: {
			parameters: () => spec.create.parameters,
			sent: () => ({ fields: spec.create.fields }),
			output: (items, _prepared, emulator) => {
				expect(json(items)).toEqual([{ id: expect.any(Number) }]);
				const stored = read(emulator, items[0].json.id);
				for (const [key, value] of Object.entries(spec.create.fields)) {
					if (typeof value !== 'object') expect([key, stored[key]]).toEqual([key, typeof value === 'boolean' ? (value ? 'Y' : 'N') : String(value)]);
				}
			},
		},
		[`${resource}.get`]: {
			setup: (emulator) => ({ id: seed(emulator, 'One') }),
			parameters: ({ id }) => ({ recordId: String(id) }),
			sent: ({ id }) => ({ id }),
			output: (items, { id }) => expect(json(items)).toEqual([expect.objectContaining({ ID: String(id), [label]: 'One' })]),
		},
		[`${resource}.getAll`]: {
			setup: (emulator) => {
				seed(emulator, 'Other');
				return { ids: ['Alpha', 'Beta', 'Gamma'].map((value) => seed(emulator, `${value} match`)) };
			},
			parameters: () => ({ returnAll: true, filter: `{"%${label}": "match"}`, ...(selectable ? { select: `ID, ${label}` } : {}) }),
			sent: () => ({
				filter: { [`%${label}`]: 'match', '>ID': 0 },
				order: { ID: 'ASC' },
				start: -1,
				...(selectable ? { select: ['ID', label] } : {}),
			}),
			output: (items, { ids }) => {
				const rows = json(items);
				expect(rows.map((row) => [row.ID, row[label]])).toEqual(
					['Alpha', 'Beta', 'Gamma'].map((value, index) => [String((ids as number[])[index]), `${value} match`]),
				);
				if (selectable) expect(Object.keys(rows[0]).sort()).toEqual(['ID', label].sort());
			},
		},
		[`${resource}.update`]: {
			setup: (emulator) => ({ id: seed(emulator, 'Before') }),
			parameters: ({ id }) => ({ recordId: String(id), ...spec.update.parameters }),
			sent: ({ id }) => ({ id, fields: spec.update.fields }),
			output: (items, { id }, emulator) => {
				expect(json(items)).toEqual([{ success: true }]);
				const stored = read(emulator, id);
				for (const [key, value] of Object.entries(spec.update.fields)) {
					expect([key, stored[key]]).toEqual([key, typeof value === 'boolean' ? (value ? 'Y' : 'N') : String(value)]);
				}
			},
		},
		[`${resource}.delete`]: {
			setup: (emulator) => ({ id: seed(emulator, 'Old') }),
			parameters: ({ id }) => ({ recordId: String(id) }),
			sent: ({ id }) => ({ id }),
			output: (items, { id }, emulator) => {
				expect(json(items)).toEqual([{ deleted: true }]);
				expect(() => read(emulator, id)).toThrow(spec.notFound ?? 'Not found');
			},
		},
		[`${resource}.getFields`]: {
			parameters: () => ({}),
			sent: () => ({}),
			output: (items) => {
				const byName = new Map(json(items).map((field) => [field.name, field]));
				expect(byName.get('ID')).toMatchObject({ type: 'integer', isReadOnly: true });
				expect(byName.get(spec.describedField[0])).toMatchObject(spec.describedField[1]);
			},
		},
	};
}
