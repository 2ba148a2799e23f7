import type { INodeProperties } from 'n8n-workflow';

import type { CatalogOperation, CatalogResource } from './catalog';

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

const authentication: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'API Key (Local Application Token)', value: 'apiKey' },
		{ name: 'OAuth2', value: 'oAuth2' },
		{ name: 'Webhook URL', value: 'webhook' },
	],
	default: 'webhook',
};

function listProperties(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** Shown from node version 2 on, so workflows made with version 1 keep the raw output. */
const simplify: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
	displayOptions: { show: { '@version': [2] } },
};

/** A resource or operation dropdown; its default is its first option in catalog order. */
function selector(
	displayName: string,
	name: string,
	entries: Array<{ name: string; value: string; description: string; action?: string }>,
	show?: { resource: string[] },
): INodeProperties {
	const options = entries
		.map(({ name, value, action, description }) => ({ name, value, action, description }))
		.sort(byName);
	const first = entries[0].value;
	return {
		displayName,
		name,
		type: 'options',
		noDataExpression: true,
		...(show ? { displayOptions: { show } } : {}),
		options,
		default: first,
	};
}

/**
 * One property per distinct definition within a resource: a field that several operations
 * share (the same entity type, the same record id) is shown once for all of them.
 */
function fieldProperties(resource: CatalogResource): INodeProperties[] {
	const merged = new Map<string, { property: INodeProperties; operations: string[] }>();
	const add = (property: Omit<INodeProperties, 'displayOptions'>, operation: CatalogOperation) => {
		const key = JSON.stringify(property);
		const entry = merged.get(key) ?? { property: property as INodeProperties, operations: [] };
		entry.operations.push(operation.value);
		merged.set(key, entry);
	};
	for (const operation of resource.operations) {
		for (const field of operation.fields) add(field.property, operation);
		if (operation.list) for (const property of listProperties()) add(property, operation);
		if (operation.simplify) add(simplify, operation);
	}
	return [...merged.values()].map(({ property, operations }) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...property.displayOptions?.show, resource: [resource.value], operation: operations },
		},
	}));
}

export function describeCatalog(catalog: CatalogResource[]): INodeProperties[] {
	return [
		authentication,
		selector('Resource', 'resource', catalog),
		...catalog.map((resource) =>
			selector('Operation', 'operation', resource.operations, { resource: [resource.value] }),
		),
		...catalog.flatMap(fieldProperties),
	];
}
