import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clientFor } from './clientFor';
import { portalOptions } from './portalOptions';

async function getSmartProcessTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	try {
		const client = await clientFor(this);
		const types = await client.list(
			'crm.type.list',
			{},
			{ rowsPath: 'types', idKey: 'id', filterParam: 'filter', orderParam: 'order', fast: false },
		);
		return types
			.map((type) => ({ name: `${String(type.title)} (${String(type.entityTypeId)})`, value: Number(type.entityTypeId) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	} catch (error) {
		throw new NodeOperationError(this.getNode(), (error as Error).message);
	}
}

export const loadOptions = { getSmartProcessTypes, ...portalOptions };
