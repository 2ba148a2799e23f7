import type { IExecuteFunctions, IDataObject } from 'n8n-workflow';

import type { CatalogOperation } from '../catalog';
import type { Bitrix24Client } from '../transport/client';
import type { RoutineItems } from './fileRoutines';
import { downloadFileField, downloadTaskFile, uploadTaskFile, uploadToFileField } from './fileRoutines';
import { upsert } from './upsert';

/** Runs the routine of an operation that takes more than one call (CatalogOperation.routine). */
export async function runRoutine(
	ctx: IExecuteFunctions,
	client: Bitrix24Client,
	operation: CatalogOperation,
	params: IDataObject,
	itemIndex: number,
): Promise<RoutineItems> {
	const routine = operation.routine;
	switch (routine?.kind) {
		case 'upsert':
			return { json: await upsert(client, routine, params) };
		case 'uploadToFileField':
			return await uploadToFileField(client, params);
		case 'downloadFileField':
			return await downloadFileField(ctx, client, operation, params, itemIndex);
		case 'uploadTaskFile':
			return await uploadTaskFile(client, params);
		case 'downloadTaskFile':
			return await downloadTaskFile(ctx, client, operation, params, itemIndex);
		default:
			throw new Error(`${operation.value} has no routine`);
	}
}
