import { readFileSync } from 'fs';
import { join } from 'path';
import type { INodeProperties, INodeType } from 'n8n-workflow';

import { CATALOG } from '../../nodes/Bitrix24/catalog';
import { renderOperationsDoc } from '../../scripts/operationsDoc';
import { loadPackage } from '../harness/loadPackage';

async function description() {
	const loader = await loadPackage();
	return (loader.getNode('bitrix24').type as INodeType).description;
}

const selector = (properties: INodeProperties[], name: string, resource?: string) =>
	properties.find(
		(property) =>
			property.name === name && (resource === undefined || property.displayOptions?.show?.resource?.[0] === resource),
	);

describe('node description', () => {
	it('offers every catalog resource, and for each the operations of the catalog', async () => {
		const { properties } = await description();
		const resources = selector(properties, 'resource')!;

		expect((resources.options as Array<{ value: string }>).map((option) => option.value).sort()).toEqual(
			CATALOG.map((resource) => resource.value).sort(),
		);
		for (const resource of CATALOG) {
			const operations = selector(properties, 'operation', resource.value)!;
			expect((operations.options as Array<{ value: string }>).map((option) => option.value).sort()).toEqual(
				resource.operations.map((operation) => operation.value).sort(),
			);
			expect(resource.operations.map((operation) => operation.value)).toContain(operations.default);
		}
	});

	it('shows each field only for the operations that use it', async () => {
		const { properties } = await description();
		const itemId = properties.filter((property) => property.name === 'itemId');
		const crmItemId = itemId.find((property) => property.displayOptions?.show?.resource?.[0] === 'crmItem');

		expect(crmItemId?.displayOptions?.show?.operation).toEqual(['get', 'update', 'delete', 'uploadFile', 'downloadFile']);
	});

	it('is usable as an AI tool and names its three credentials', async () => {
		const node = await description();

		expect(node.usableAsTool).toBe(true);
		expect(node.credentials?.map((credential) => credential.name)).toEqual([
			'bitrix24OAuth2Api',
			'bitrix24WebhookApi',
			'bitrix24Api',
		]);
	});
});

describe('docs/operations.md', () => {
	it('matches the catalog (run `npm run docs` after changing an operation)', () => {
		const committed = readFileSync(join(__dirname, '..', '..', 'docs', 'operations.md'), 'utf8');
		expect(committed).toBe(renderOperationsDoc());
	});
});

describe('README', () => {
	it('states how many operations and resources the catalog has', () => {
		const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
		const operations = CATALOG.reduce((count, resource) => count + resource.operations.length, 0);
		expect(readme).toContain(`${operations} operations in ${CATALOG.length} resources`);
	});
});
