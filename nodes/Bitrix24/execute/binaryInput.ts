import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { CatalogOperation } from '../catalog';
import { InputError } from './inputError';
import { place } from './readParams';

function valueAt(params: IDataObject, path: string): unknown {
	return path.split('.').reduce<unknown>((node, key) => (node as IDataObject | undefined)?.[key], params);
}

/**
 * Puts the files of an item's binary properties into its request as `[fileName, base64]`, the
 * way Bitrix24 takes file content (`fileContent`, `fileData`, ...).
 */
async function attachBinaryInput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	operation: CatalogOperation,
	params: IDataObject,
): Promise<void> {
	for (const field of operation.fields) {
		if (field.kind !== 'binaryProperty' || !field.to) continue;
		const label = field.property.displayName;
		const raw = String(ctx.getNodeParameter(field.property.name, itemIndex, field.property.default) ?? '');
		const propertyNames = (field.severalFiles ? raw.split(',') : [raw]).map((name) => name.trim()).filter(Boolean);
		if (propertyNames.length === 0) throw new InputError(`"${label}" is required`);
		const files: Array<[string, string]> = [];
		for (const propertyName of propertyNames) {
			if (!ctx.getInputData()[itemIndex]?.binary?.[propertyName]) {
				throw new InputError(`"${label}": the input item has no binary property "${propertyName}"`);
			}
			const binary = ctx.helpers.assertBinaryData(itemIndex, propertyName);
			const named = field.fileNameTo ? valueAt(params, field.fileNameTo) : undefined;
			const fileName = typeof named === 'string' && named !== '' ? named : binary.fileName;
			if (!fileName) {
				throw new InputError(`The file in binary property "${propertyName}" has no name: set "File Name"`);
			}
			const content = await ctx.helpers.getBinaryDataBuffer(itemIndex, propertyName);
			if (field.fileNameTo) place(params, field.fileNameTo, fileName);
			files.push([fileName, content.toString('base64')]);
		}
		place(params, field.to, field.severalFiles ? files : files[0]);
	}
}

/** Files from the items' binary data go into their calls; an item whose file is missing fails alone. */
export async function withBinaryInput<Call extends { params: IDataObject }>(
	ctx: IExecuteFunctions,
	operation: CatalogOperation,
	calls: Array<Call | Error>,
): Promise<Array<Call | Error>> {
	if (!operation.fields.some((field) => field.kind === 'binaryProperty' && field.to)) return calls;
	const prepared: Array<Call | Error> = [];
	for (const [itemIndex, call] of calls.entries()) {
		if (call instanceof Error) {
			prepared.push(call);
			continue;
		}
		try {
			await attachBinaryInput(ctx, itemIndex, operation, call.params);
			prepared.push(call);
		} catch (error) {
			prepared.push(error as Error);
		}
	}
	return prepared;
}
