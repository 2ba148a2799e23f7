/**
 * Record kinds whose create and update fields come from the portal's own field descriptions
 * (`fieldMapper(...)`): each key has a resourceMapping method, named by `mapperMethodOf`.
 */
export const FIELD_MAPS = {
	deal: { describe: 'crm.deal.fields', api: 'legacy' },
	lead: { describe: 'crm.lead.fields', api: 'legacy' },
	contact: { describe: 'crm.contact.fields', api: 'legacy' },
	company: { describe: 'crm.company.fields', api: 'legacy' },
	/** Reads the entity type from the node's `entityTypeId` parameter. */
	crmItem: { describe: 'crm.item.fields', api: 'item' },
} as const;

export type FieldMapKey = keyof typeof FIELD_MAPS;

export function mapperMethodOf(key: string): string {
	return `getFieldsOf${key.charAt(0).toUpperCase()}${key.slice(1)}`;
}

/** Multi-field entries in the mapper are named `PHONE:WORK`: the field, then its VALUE_TYPE. */
export const MULTI_FIELD_SEPARATOR = ':';

/** VALUE_TYPE choices per multi-field, as the docs' crm_multifield type lists them. */
export const VALUE_TYPES: Record<'PHONE' | 'EMAIL' | 'WEB' | 'IM', string[]> = {
	PHONE: ['WORK', 'MOBILE', 'FAX', 'HOME', 'PAGER', 'MAILING', 'OTHER'],
	EMAIL: ['WORK', 'HOME', 'MAILING', 'OTHER'],
	WEB: ['WORK', 'HOME', 'VK', 'LIVEJOURNAL', 'TWITTER', 'OTHER'],
	IM: ['TELEGRAM', 'VK', 'SKYPE', 'VIBER', 'BITRIX24', 'OPENLINE', 'IMOL', 'ICQ', 'MSN', 'JABBER', 'OTHER'],
};
