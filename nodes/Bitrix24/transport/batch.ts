import type { IDataObject } from 'n8n-workflow';

import { encodeQuery } from './encodeQuery';
import { Bitrix24Error, errorFromEnvelope } from './errors';

export const MAX_BATCH_COMMANDS = 50;

export interface RestCall {
	method: string;
	params: IDataObject;
}

export type CommandOutcome =
	| { ok: true; result: unknown; total?: number; next?: number }
	| { ok: false; error: Bitrix24Error };

export function batchParams(calls: RestCall[], halt: boolean): IDataObject {
	return {
		halt: halt ? 1 : 0,
		cmd: calls.map(({ method, params }) => `${method}?${encodeQuery(params)}`),
	};
}

/** A section of a batch answer is a JSON array or, when PHP saw gaps in the keys, an object. */
function entryOf(section: unknown, key: string): { found: boolean; value?: unknown } {
	if (typeof section !== 'object' || section === null) return { found: false };
	const found = Object.prototype.hasOwnProperty.call(section, key);
	return { found, value: found ? (section as IDataObject)[key] : undefined };
}

function numberOf(section: unknown, key: string): number | undefined {
	const { found, value } = entryOf(section, key);
	return found && value !== null && value !== '' ? Number(value) : undefined;
}

export function splitBatchResult(result: unknown, calls: RestCall[]): CommandOutcome[] {
	const sections = (result ?? {}) as IDataObject;
	return calls.map(({ method }, index) => {
		const key = String(index);
		const failed = entryOf(sections.result_error, key);
		if (failed.found) {
			return { ok: false, error: errorFromEnvelope(failed.value as IDataObject, undefined, method) };
		}
		const succeeded = entryOf(sections.result, key);
		if (!succeeded.found) {
			return {
				ok: false,
				error: new Bitrix24Error(
					'NOT_EXECUTED',
					'Bitrix24 did not run this command because an earlier one in the same batch failed',
					undefined,
					method,
				),
			};
		}
		return {
			ok: true,
			result: succeeded.value,
			total: numberOf(sections.result_total, key),
			next: numberOf(sections.result_next, key),
		};
	});
}
