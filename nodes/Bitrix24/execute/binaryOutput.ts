import type { IBinaryKeyData, IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { CatalogOperation } from '../catalog';
import type { Bitrix24Client } from '../transport/client';
import { InputError } from './inputError';

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
	const field = operation.fields.find((entry) => entry.property.name === spec.binaryField);
	const label = field?.property.displayName ?? spec.binaryField;
	const propertyName = String(ctx.getNodeParameter(spec.binaryField, itemIndex, 'data') ?? '').trim();
	if (propertyName === '') throw new InputError(`"${label}" is required`);
	const file = await client.download(String(record[spec.urlKey] ?? ''), `${operation.method} ${spec.urlKey}`);
	const fileName = typeof record[spec.nameKey] === 'string' ? (record[spec.nameKey] as string) : undefined;
	return { [propertyName]: await ctx.helpers.prepareBinaryData(file.data, fileName, file.mimeType) };
}
