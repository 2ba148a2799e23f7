import { collection, integer, json, recordLocator, yesNo } from './fields';
import type { CatalogResource } from './types';

/** A family of client links: `<prefix>.add/delete/items.get/items.set/items.delete/fields`. */
interface ClientLinkFamily {
	value: string;
	name: string;
	/** Method prefix, e.g. `crm.deal.contact`. */
	prefix: string;
	/** The record that holds the links, e.g. `deal`. */
	owner: 'deal' | 'lead' | 'quote' | 'contact' | 'company';
	/** What is linked, singular, e.g. `contact`. */
	linked: 'contact' | 'company';
	/** Key of the linked id in Bitrix24's bindings, e.g. `CONTACT_ID`. */
	linkedKey: string;
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function clientLinkResource(family: ClientLinkFamily): CatalogResource {
	const { owner, linked, linkedKey, prefix } = family;
	const ownerId = recordLocator('ownerId', capital(owner), 'id', owner);
	const linkedId = recordLocator('linkedId', capital(linked), `fields.${linkedKey}`, linked);
	return {
		value: family.value,
		name: family.name,
		description: `The ${linked === 'company' ? 'companies' : `${linked}s`} linked to a ${owner}`,
		operations: [
			{
				value: 'add',
				name: 'Add',
				action: `Link a ${linked} to a ${owner}`,
				description: `Link a ${linked} to a ${owner}; linked is false when it was already linked`,
				method: `${prefix}.add`,
				fields: [
					ownerId,
					linkedId,
					collection('linkOptions', 'Options', [
						yesNo('isPrimary', 'Primary', 'fields.IS_PRIMARY', { description: `Whether this becomes the ${owner}'s main ${linked}` }),
						integer('sort', 'Sort', 'fields.SORT', { description: 'Position among the links' }),
					]),
				],
				output: { kind: 'value', key: 'linked' },
				retrySafe: true,
			},
			{
				value: 'remove',
				name: 'Remove',
				action: `Unlink a ${linked} from a ${owner}`,
				description: `Unlink a ${linked} from a ${owner}; unlinked is false when it was not linked`,
				method: `${prefix}.delete`,
				fields: [ownerId, linkedId],
				output: { kind: 'value', key: 'unlinked' },
				retrySafe: true,
			},
			{
				value: 'getAll',
				name: 'Get Many',
				action: `Get the ${linked} links of a ${owner}`,
				description: `List the ${linked} links of a ${owner} with their sort order and primary flag`,
				method: `${prefix}.items.get`,
				fields: [ownerId],
				output: { kind: 'rows' },
				retrySafe: true,
			},
			{
				value: 'set',
				name: 'Replace All',
				action: `Replace the ${linked} links of a ${owner}`,
				description: `Replace every ${linked} link of a ${owner}`,
				method: `${prefix}.items.set`,
				fields: [
					ownerId,
					json('items', 'Links (JSON)', 'items', {
						required: true,
						default: '[]',
						description: `The new links, e.g. [{"${linkedKey}": 12, "IS_PRIMARY": "Y"}, {"${linkedKey}": 15}]`,
					}),
				],
				output: { kind: 'success' },
				retrySafe: true,
			},
			{
				value: 'removeAll',
				name: 'Remove All',
				action: `Unlink every ${linked} from a ${owner}`,
				description: `Unlink every ${linked} from a ${owner}`,
				method: `${prefix}.items.delete`,
				fields: [ownerId],
				output: { kind: 'success' },
				retrySafe: true,
			},
			{
				value: 'getFields',
				name: 'Get Fields',
				action: `Get the fields of ${linked} links`,
				description: `List the fields of a ${owner}'s ${linked} link`,
				method: `${prefix}.fields`,
				fields: [],
				output: { kind: 'entries', keyName: 'name' },
				retrySafe: true,
			},
		],
	};
}

export const crmClientLinkResources: CatalogResource[] = [
	clientLinkResource({ value: 'crmDealContact', name: 'CRM Deal Contact', prefix: 'crm.deal.contact', owner: 'deal', linked: 'contact', linkedKey: 'CONTACT_ID' }),
	clientLinkResource({ value: 'crmLeadContact', name: 'CRM Lead Contact', prefix: 'crm.lead.contact', owner: 'lead', linked: 'contact', linkedKey: 'CONTACT_ID' }),
	clientLinkResource({ value: 'crmQuoteContact', name: 'CRM Quote Contact', prefix: 'crm.quote.contact', owner: 'quote', linked: 'contact', linkedKey: 'CONTACT_ID' }),
	clientLinkResource({ value: 'crmContactCompany', name: 'CRM Contact Company', prefix: 'crm.contact.company', owner: 'contact', linked: 'company', linkedKey: 'COMPANY_ID' }),
	clientLinkResource({ value: 'crmCompanyContact', name: 'CRM Company Contact', prefix: 'crm.company.contact', owner: 'company', linked: 'contact', linkedKey: 'CONTACT_ID' }),
];
