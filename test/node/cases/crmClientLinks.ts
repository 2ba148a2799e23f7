import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

interface LinkFamily {
	resource: string;
	prefix: string;
	ownerTypeId: number;
	linkedTypeId: number;
	linkedKey: string;
	/** The owner's field (crm.item name) listing the linked ids, and the classic method showing the primary one. */
	listField: string;
	classic?: { method: string; key: string };
}

const FAMILIES: LinkFamily[] = [
	{ resource: 'crmDealContact', prefix: 'crm.deal.contact', ownerTypeId: 2, linkedTypeId: 3, linkedKey: 'CONTACT_ID', listField: 'contactIds', classic: { method: 'crm.deal.get', key: 'CONTACT_ID' } },
	{ resource: 'crmLeadContact', prefix: 'crm.lead.contact', ownerTypeId: 1, linkedTypeId: 3, linkedKey: 'CONTACT_ID', listField: 'contactIds', classic: { method: 'crm.lead.get', key: 'CONTACT_ID' } },
	{ resource: 'crmQuoteContact', prefix: 'crm.quote.contact', ownerTypeId: 7, linkedTypeId: 3, linkedKey: 'CONTACT_ID', listField: 'contactIds' },
	{ resource: 'crmContactCompany', prefix: 'crm.contact.company', ownerTypeId: 3, linkedTypeId: 4, linkedKey: 'COMPANY_ID', listField: 'companyIds', classic: { method: 'crm.contact.get', key: 'COMPANY_ID' } },
	{ resource: 'crmCompanyContact', prefix: 'crm.company.contact', ownerTypeId: 4, linkedTypeId: 3, linkedKey: 'CONTACT_ID', listField: 'contactIds' },
];

const item = (emulator: Emulator, entityTypeId: number, id: number): IDataObject =>
	(emulator.seed.call('crm.item.get', { entityTypeId, id }).result as IDataObject).item as IDataObject;

function familyCases(family: LinkFamily): CaseTable {
	const { resource, prefix, ownerTypeId, linkedTypeId, linkedKey, listField } = family;
	const seedOwner = (emulator: Emulator) => emulator.seed.crmItem(ownerTypeId, { title: 'Owner', name: 'Owner' });
	const seedLinked = (emulator: Emulator, count: number) =>
		Array.from({ length: count }, (_, index) => emulator.seed.crmItem(linkedTypeId, { title: `Linked ${index}`, name: `Linked ${index}` }));
	const link = (emulator: Emulator, ownerId: number, ids: number[]) =>
		emulator.seed.call(`${prefix}.items.set`, { id: ownerId, items: ids.map((id) => ({ [linkedKey]: id })) });
	const linkedOf = (emulator: Emulator, ownerId: number) => emulator.seed.call(`${prefix}.items.get`, { id: ownerId }).result as IDataObject[];
	return {
		[`${resource}.add`]: {
			setup: (emulator) => {
				const ownerId = seedOwner(emulator);
				const [first, second] = seedLinked(emulator, 2);
				link(emulator, ownerId, [first]);
				return { ownerId, first, second };
			},
			parameters: ({ ownerId, second }) => ({ ownerId: String(ownerId), linkedId: String(second), linkOptions: { isPrimary: true } }),
			sent: ({ ownerId, second }) => ({ id: ownerId, fields: { [linkedKey]: second, IS_PRIMARY: 'Y' } }),
			output: (items, { ownerId, first, second }, emulator) => {
				expect(json(items)).toEqual([{ linked: true }]);
				expect(linkedOf(emulator, ownerId as number)).toEqual([
					{ [linkedKey]: first, SORT: 10, ROLE_ID: 0, IS_PRIMARY: 'N' },
					{ [linkedKey]: second, SORT: 20, ROLE_ID: 0, IS_PRIMARY: 'Y' },
				]);
				expect(item(emulator, ownerTypeId, ownerId as number)[listField]).toEqual([second, first]);
				if (family.classic) {
					const record = emulator.seed.call(family.classic.method, { id: ownerId }).result as IDataObject;
					expect(record[family.classic.key]).toBe(String(second));
				}
			},
		},
		[`${resource}.remove`]: {
			setup: (emulator) => {
				const ownerId = seedOwner(emulator);
				const ids = seedLinked(emulator, 2);
				link(emulator, ownerId, ids);
				return { ownerId, ids };
			},
			parameters: ({ ownerId, ids }) => ({ ownerId: String(ownerId), linkedId: String((ids as number[])[0]) }),
			sent: ({ ownerId, ids }) => ({ id: ownerId, fields: { [linkedKey]: (ids as number[])[0] } }),
			output: (items, { ownerId, ids }, emulator) => {
				expect(json(items)).toEqual([{ unlinked: true }]);
				expect(linkedOf(emulator, ownerId as number)).toEqual([expect.objectContaining({ [linkedKey]: (ids as number[])[1], IS_PRIMARY: 'Y' })]);
			},
		},
		[`${resource}.getAll`]: {
			setup: (emulator) => {
				const ownerId = seedOwner(emulator);
				const ids = seedLinked(emulator, 3);
				link(emulator, ownerId, ids);
				return { ownerId, ids };
			},
			parameters: ({ ownerId }) => ({ ownerId: String(ownerId) }),
			sent: ({ ownerId }) => ({ id: ownerId }),
			output: (items, { ids }) =>
				expect(json(items)).toEqual(
					(ids as number[]).map((id, index) => ({ [linkedKey]: id, SORT: (index + 1) * 10, ROLE_ID: 0, IS_PRIMARY: index === 0 ? 'Y' : 'N' })),
				),
		},
		[`${resource}.set`]: {
			setup: (emulator) => {
				const ownerId = seedOwner(emulator);
				const ids = seedLinked(emulator, 3);
				link(emulator, ownerId, [ids[0]]);
				return { ownerId, ids };
			},
			parameters: ({ ownerId, ids }) => {
				const [, second, third] = ids as number[];
				return { ownerId: String(ownerId), items: JSON.stringify([{ [linkedKey]: second }, { [linkedKey]: third, IS_PRIMARY: 'Y', SORT: 5 }]) };
			},
			sent: ({ ownerId, ids }) => {
				const [, second, third] = ids as number[];
				return { id: ownerId, items: [{ [linkedKey]: second }, { [linkedKey]: third, IS_PRIMARY: 'Y', SORT: 5 }] };
			},
			output: (items, { ownerId, ids }, emulator) => {
				const [first, second, third] = ids as number[];
				expect(json(items)).toEqual([{ success: true }]);
				expect(linkedOf(emulator, ownerId as number).map((row) => [row[linkedKey], row.SORT, row.IS_PRIMARY])).toEqual([
					[third, 5, 'Y'],
					[second, 10, 'N'],
				]);
				expect(item(emulator, ownerTypeId, ownerId as number)[listField]).toEqual([third, second]);
				if (ownerTypeId === 3 || ownerTypeId === 4) {
					const mirror = ownerTypeId === 3 ? 'contactIds' : 'companyIds';
					expect(item(emulator, linkedTypeId, third)[mirror]).toEqual([ownerId]);
					expect(item(emulator, linkedTypeId, first)[mirror]).toEqual([]);
				}
			},
		},
		[`${resource}.removeAll`]: {
			setup: (emulator) => {
				const ownerId = seedOwner(emulator);
				link(emulator, ownerId, seedLinked(emulator, 2));
				return { ownerId };
			},
			parameters: ({ ownerId }) => ({ ownerId: String(ownerId) }),
			sent: ({ ownerId }) => ({ id: ownerId }),
			output: (items, { ownerId }, emulator) => {
				expect(json(items)).toEqual([{ success: true }]);
				expect(linkedOf(emulator, ownerId as number)).toEqual([]);
				expect(item(emulator, ownerTypeId, ownerId as number)[listField]).toEqual([]);
			},
		},
		[`${resource}.getFields`]: {
			parameters: () => ({}),
			sent: () => ({}),
			output: (items) =>
				expect(json(items)).toEqual([
					expect.objectContaining({ name: 'SORT', type: 'integer' }),
					expect.objectContaining({ name: 'IS_PRIMARY', type: 'char' }),
					expect.objectContaining({ name: linkedKey, isRequired: true }),
				]),
		},
	};
}

export const crmClientLinkCases: CaseTable = Object.assign({}, ...FAMILIES.map(familyCases));
