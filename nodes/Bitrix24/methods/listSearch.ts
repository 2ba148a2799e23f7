import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { LocatorKey, LocatorSearch } from '../catalog/locators';
import { LOCATORS, searchMethodOf } from '../catalog/locators';
import { rowsOf } from '../transport/pagination';
import { clientFor } from './clientFor';

type SearchMethod = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

/** A picker's value may itself be a picked value or a plain one. */
function plainValue(value: unknown): unknown {
	return typeof value === 'object' && value !== null && 'value' in value ? (value as IDataObject).value : value;
}

function nameOf(row: IDataObject, search: LocatorSearch): string {
	const name = search.nameKeys
		.map((key) => String(row[key] ?? '').trim())
		.filter((part) => part !== '')
		.join(' ');
	return name ? `${name} (${String(row[search.idKey])})` : `#${String(row[search.idKey])}`;
}

function requestOf(ctx: ILoadOptionsFunctions, search: LocatorSearch, filter?: string, token?: string): IDataObject {
	const newestFirst = search.orderParam ? { [search.orderParam]: { [search.idKey]: 'DESC' } } : {};
	const params: IDataObject = { ...(search.params ?? newestFirst) };
	for (const [param, nodeParam] of Object.entries(search.nodeParams ?? {})) {
		const value = plainValue(ctx.getNodeParameter(nodeParam, ''));
		if (value === undefined || value === null || String(value).trim() === '') {
			throw new Error(`Fill in "${nodeParam}" first: the list depends on it`);
		}
		params[param] = value as IDataObject[string];
	}
	const text = filter?.trim();
	if (text) {
		const value = search.searchPattern ? `%${text}%` : text;
		if (search.filterParam) params[search.filterParam] = { [search.searchKey]: value };
		else params[search.searchKey] = value;
	}
	if (search.selectParam) params[search.selectParam] = search.select ?? [search.idKey, ...search.nameKeys];
	if (token) params.start = Number(token);
	return params;
}

function searchFor(key: LocatorKey, search: LocatorSearch): SearchMethod {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		if ((filter?.trim().length ?? 0) < (search.minLength ?? 0)) return { results: [] };
		try {
			const client = await clientFor(this);
			const answer = await client.call(search.method, requestOf(this, search, filter, paginationToken), {
				retrySafe: true,
			});
			const results = rowsOf(answer.result, search.rowsPath).map((row) => ({
				name: nameOf(row, search),
				value: String(row[search.idKey]),
			}));
			return { results, paginationToken: answer.next === undefined ? undefined : String(answer.next) };
		} catch (error) {
			throw new NodeOperationError(this.getNode(), `Could not list the ${LOCATORS[key].noun}s: ${(error as Error).message}`);
		}
	};
}

/** One search method per picker with a list mode, named as `recordLocator` refers to it. */
export const listSearch: Record<string, SearchMethod> = Object.fromEntries(
	(Object.entries(LOCATORS) as Array<[LocatorKey, { search?: LocatorSearch }]>)
		.filter(([, locator]) => locator.search)
		.map(([key, locator]) => [searchMethodOf(key), searchFor(key, locator.search as LocatorSearch)]),
);
