import type { IBinaryData, IBinaryKeyData, IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { CatalogOperation } from '../catalog';
import type { Bitrix24Client } from '../transport/client';
import { InputError } from './inputError';

/** The output binary property an operation's `binaryField` names for this item. */
export function outputPropertyName(ctx: IExecuteFunctions, itemIndex: number, operation: CatalogOperation, binaryField: string): string {
	const field = operation.fields.find((entry) => entry.property.name === binaryField);
	const label = field?.property.displayName ?? binaryField;
	const propertyName = String(ctx.getNodeParameter(binaryField, itemIndex, 'data') ?? '').trim();
	if (propertyName === '') throw new InputError(`"${label}" is required`);
	return propertyName;
}

/**
 * Downloads a file link into n8n binary data. The body streams into n8n's binary data store, so a
 * large file is not held twice; the name is the record's, else the one the download answer gives.
 */
export async function binaryFromLink(
	ctx: IExecuteFunctions,
	client: Bitrix24Client,
	url: unknown,
	label: string,
	fileName?: string,
): Promise<IBinaryData> {
	const file = await client.download(typeof url === 'string' ? url : '', label);
	return await ctx.helpers.prepareBinaryData(file.data, fileName ?? file.fileName, file.mimeType);
}

/** Downloads the file a record links to and returns it as the item's binary data. */
export async function downloadToBinary(
	ctx: IExecuteFunctions,
	client: Bitrix24Client,
	itemIndex: number,
	operation: CatalogOperation,
	record: IDataObject,
): Promise<IBinaryKeyData | undefined> {
	const spec = operation.output;
	if (spec.kind !== 'download') return undefined;
	const propertyName = outputPropertyName(ctx, itemIndex, operation, spec.binaryField);
	const name = typeof record[spec.nameKey] === 'string' ? (record[spec.nameKey] as string) : undefined;
	const label = `${operation.method} ${spec.urlKey}`;
	return { [propertyName]: await binaryFromLink(ctx, client, record[spec.urlKey], label, name) };
}
