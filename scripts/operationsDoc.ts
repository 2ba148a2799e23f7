import { CATALOG } from '../nodes/Bitrix24/catalog';
import type { CatalogField, CatalogOperation } from '../nodes/Bitrix24/catalog';

function requiredFields(fields: CatalogField[]): string[] {
	return fields
		.filter((field) => field.kind !== 'collection' && field.property.required)
		.map((field) => {
			if (field.property.type === 'hidden') return `\`${field.to}\` = ${String(field.property.default)} (fixed)`;
			return field.to ? `${field.property.displayName} (\`${field.to}\`)` : field.property.displayName;
		});
}

function notes(operation: CatalogOperation): string {
	const parts: string[] = [];
	if (operation.list) parts.push('Return All / Limit');
	if (operation.routine?.kind === 'upsert') {
		const find = operation.routine.api === 'item' ? '`crm.item.list`' : `\`crm.${operation.routine.entity}.list\``;
		const byContact = operation.fields.some((field) => field.property.options?.some((option) => 'value' in option && option.value === 'email'));
		const update = operation.method.replace(/\.add$/, '.update');
		parts.push(`finds by ${find}${byContact ? ' or `crm.duplicate.findbycomm`' : ''}, then \`${update}\` or creates`);
	}
	if (operation.pagesOnRequest) parts.push('Return All');
	if (operation.batchable !== false && !operation.list) parts.push('batched');
	if (operation.needsApplication) parts.push('OAuth2 or API key only');
	if (operation.webhookRequires) parts.push(`webhook needs ${operation.webhookRequires.field}`);
	return parts.join(', ');
}

function methodsOf(operation: CatalogOperation): string {
	const methodField = operation.fields.find((field) => field.kind === 'method');
	if (methodField && !methodField.property.options) return `any, from the ${methodField.property.displayName} field`;
	const choices = methodField?.property.options ?? [];
	const methods = choices.length ? choices.map((option) => String((option as { value: string }).value)) : [operation.method];
	return methods.map((method) => `\`${method}\``).join(', ');
}

/** The operations reference in docs/operations.md, generated from the catalog. */
export function renderOperationsDoc(): string {
	const count = CATALOG.reduce((sum, resource) => sum + resource.operations.length, 0);
	const lines = [
		'# Operations',
		'',
		`Generated from the node's catalog by \`npm run docs\`; do not edit by hand. ${count} operations in ${CATALOG.length} resources.`,
		'',
		'| Resource | Operation | Bitrix24 method | Required fields | Notes |',
		'| --- | --- | --- | --- | --- |',
	];
	for (const resource of CATALOG) {
		for (const operation of resource.operations) {
			lines.push(
				`| ${resource.name} | ${operation.name} | ${methodsOf(operation)} | ${requiredFields(operation.fields).join(', ') || '—'} | ${notes(operation) || '—'} |`,
			);
		}
	}
	return `${lines.join('\n')}\n`;
}
