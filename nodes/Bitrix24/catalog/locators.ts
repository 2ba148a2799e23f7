import type { IDataObject } from 'n8n-workflow';

/**
 * Record pickers. A record id field built with `recordLocator(..., key)` offers "From List",
 * "By ID" and "By URL" from the entry `LOCATORS[key]`; a resource adopts a picker by adding one
 * entry here and using that builder for its id field.
 *
 * An entry gives:
 * - `noun`: what the picker picks, shown in its hints ("deal", "storage item");
 * - `links`: the portal pages that show one record, as patterns over a link's path and query
 *   (`<id>` stands for the record id, `<type>` for an entity type id that must match the node's
 *   `entityTypeId` parameter, any other `<name>` for a number the link holds but the call does
 *   not need, such as the user whose task list a task is opened from); no links, no "By URL" mode;
 * - `search`: how "From List" finds records; no search, no list mode. `nodeParams` names request
 *   parameters copied from other node parameters (the entity type, the storage code);
 *   `searchKey` is the filter key that receives the typed text (`%` keys match a substring;
 *   `searchPattern` wraps the text in `%` for methods whose plain key takes a LIKE pattern), or
 *   the request parameter itself when there is no `filterParam`; `minLength` is the shortest text
 *   the method searches for (nothing is listed before). `nameKeys` are joined to name a row.
 *   Rows come newest first (`orderParam` by `idKey` descending) unless `params` gives what the
 *   method is sent instead (its own sort, a type); `select` names the fields to ask for when the
 *   request spells them differently from the rows.
 */

export interface LocatorLink {
	pattern: string;
	/** An example path shown in placeholders and errors. */
	example: string;
	/** The entity type this link names, when the pattern itself has no `<type>`. */
	entityTypeId?: number;
}

export interface LocatorSearch {
	method: string;
	nodeParams?: Record<string, string>;
	rowsPath?: string;
	idKey: string;
	nameKeys: string[];
	searchKey: string;
	searchPattern?: boolean;
	minLength?: number;
	filterParam?: string;
	orderParam?: string;
	params?: IDataObject;
	selectParam?: string;
	select?: string[];
}

export interface RecordLocator {
	noun: string;
	links?: LocatorLink[];
	search?: LocatorSearch;
}

const legacySearch = (entity: string, nameKeys: string[], searchKey: string): LocatorSearch => ({
	method: `crm.${entity}.list`,
	idKey: 'ID',
	nameKeys,
	searchKey,
	filterParam: 'filter',
	orderParam: 'order',
	selectParam: 'select',
});

const detailsLink = (entity: string, entityTypeId: number): LocatorLink => ({
	pattern: `/crm/${entity}/details/<id>/`,
	example: `/crm/${entity}/details/42/`,
	entityTypeId,
});

/** Drive pages name objects by path, not id, so Drive pickers have no links. */
const driveSearch = (type: 'file' | 'folder'): LocatorSearch => ({
	method: 'disk.file.search',
	params: { TYPE: type },
	idKey: 'ID',
	nameKeys: ['NAME'],
	searchKey: 'QUERY',
	minLength: 3,
});

/** Links to every CRM record the universal crm.item methods reach. */
const CRM_ITEM_LINKS: LocatorLink[] = [
	{ pattern: '/crm/type/<type>/details/<id>/', example: '/crm/type/128/details/42/' },
	detailsLink('lead', 1),
	detailsLink('deal', 2),
	detailsLink('contact', 3),
	detailsLink('company', 4),
	{ pattern: '/crm/quote/show/<id>/', example: '/crm/quote/show/42/', entityTypeId: 7 },
	{ pattern: '/crm/invoice/show/<id>/', example: '/crm/invoice/show/42/', entityTypeId: 31 },
];

export const LOCATORS = {
	deal: {
		noun: 'deal',
		links: [detailsLink('deal', 2)],
		search: legacySearch('deal', ['TITLE'], '%TITLE'),
	},
	lead: {
		noun: 'lead',
		links: [detailsLink('lead', 1)],
		search: legacySearch('lead', ['TITLE'], '%TITLE'),
	},
	contact: {
		noun: 'contact',
		links: [detailsLink('contact', 3)],
		search: legacySearch('contact', ['NAME', 'LAST_NAME'], '%LAST_NAME'),
	},
	company: {
		noun: 'company',
		links: [detailsLink('company', 4)],
		search: legacySearch('company', ['TITLE'], '%TITLE'),
	},
	quote: {
		noun: 'quote',
		links: [
			{ pattern: '/crm/quote/show/<id>/', example: '/crm/quote/show/42/' },
			{ pattern: '/crm/type/7/details/<id>/', example: '/crm/type/7/details/42/' },
		],
		search: legacySearch('quote', ['TITLE'], '%TITLE'),
	},
	crmItem: {
		noun: 'item',
		links: CRM_ITEM_LINKS,
		search: {
			method: 'crm.item.list',
			nodeParams: { entityTypeId: 'entityTypeId' },
			rowsPath: 'items',
			idKey: 'id',
			nameKeys: ['title'],
			searchKey: '%title',
			filterParam: 'filter',
			orderParam: 'order',
			selectParam: 'select',
		},
	},
	storageItem: {
		noun: 'storage item',
		search: {
			method: 'entity.item.get',
			nodeParams: { ENTITY: 'entity' },
			idKey: 'ID',
			nameKeys: ['NAME'],
			searchKey: '%NAME',
			filterParam: 'FILTER',
			orderParam: 'SORT',
		},
	},
	task: {
		noun: 'task',
		links: [
			{ pattern: '/company/personal/user/<user>/tasks/task/view/<id>/', example: '/company/personal/user/1/tasks/task/view/42/' },
			{ pattern: '/workgroups/group/<group>/tasks/task/view/<id>/', example: '/workgroups/group/3/tasks/task/view/42/' },
		],
		search: {
			method: 'tasks.task.list',
			rowsPath: 'tasks',
			idKey: 'id',
			nameKeys: ['title'],
			searchKey: 'TITLE',
			searchPattern: true,
			filterParam: 'filter',
			params: { order: { ID: 'DESC' } },
			selectParam: 'select',
			select: ['ID', 'TITLE'],
		},
	},
	user: {
		noun: 'user',
		links: [{ pattern: '/company/personal/user/<id>/', example: '/company/personal/user/15/' }],
		search: {
			method: 'user.get',
			idKey: 'ID',
			nameKeys: ['NAME', 'LAST_NAME'],
			searchKey: 'NAME_SEARCH',
			filterParam: 'FILTER',
			params: { sort: 'LAST_NAME', order: 'ASC' },
		},
	},
	driveFile: { noun: 'file', search: driveSearch('file') },
	driveFolder: { noun: 'folder', search: driveSearch('folder') },
	chat: {
		noun: 'chat',
		links: [{ pattern: '/online/?IM_DIALOG=chat<id>', example: '/online/?IM_DIALOG=chat2725' }],
	},
} satisfies Record<string, RecordLocator>;

export type LocatorKey = keyof typeof LOCATORS;

/** The listSearch method name of a picker. */
export function searchMethodOf(key: string): string {
	return `search${key.charAt(0).toUpperCase()}${key.slice(1)}`;
}
