import type { IDataObject, INodePropertyOptions, ResourceMapperField } from 'n8n-workflow';

import type { Bitrix24Client } from '../transport/client';
import { currencyOptions, stageOptions, statusOptions, userOptions } from './portalOptions';

/** crm.status dictionaries that hold the stages of a pipeline (or of leads and quotes). */
const STAGE_DICTIONARY = /^(STATUS|QUOTE_STATUS|DEAL_STAGE(_\d+)?|SMART_INVOICE_STAGE_\d+|DYNAMIC_\d+_STAGE_\d+)$/;

/** Where the mapper's fields come from: the record's entity type and, when the mapping sets it, its pipeline. */
export interface MapperScope {
	entityTypeId: number;
	categoryId?: number;
}

/** The portal list a described field takes its values from, as a key to load it once. */
function listKey(description: IDataObject): string | undefined {
	if (description.isMultiple) return undefined;
	const type = String(description.type);
	if (type === 'crm_currency') return 'currency';
	if (type === 'user' || type === 'employee') return 'user';
	const statusType = typeof description.statusType === 'string' ? description.statusType : '';
	if (type !== 'crm_status' || statusType === '') return undefined;
	return STAGE_DICTIONARY.test(statusType) ? 'stage' : `status:${statusType}`;
}

function load(client: Bitrix24Client, key: string, scope: MapperScope): Promise<INodePropertyOptions[]> {
	if (key === 'currency') return currencyOptions(client);
	if (key === 'user') return userOptions(client);
	if (key === 'stage') return stageOptions(client, scope.entityTypeId, scope.categoryId);
	return statusOptions(client, key.slice('status:'.length));
}

/**
 * Stages, sources and other dictionary values, currencies and users become dropdowns of what the
 * portal has; each list is read once however many fields use it.
 */
export async function withPortalOptions(
	client: Bitrix24Client,
	fields: ResourceMapperField[],
	described: Record<string, IDataObject>,
	scope: MapperScope,
): Promise<ResourceMapperField[]> {
	const lists = new Map<string, Promise<INodePropertyOptions[]>>();
	const result: ResourceMapperField[] = [];
	for (const field of fields) {
		const key = described[field.id] ? listKey(described[field.id]) : undefined;
		if (!key) {
			result.push(field);
			continue;
		}
		if (!lists.has(key)) lists.set(key, load(client, key, scope));
		const options = await (lists.get(key) as Promise<INodePropertyOptions[]>);
		result.push(options.length ? { ...field, type: 'options', options } : field);
	}
	return result;
}
