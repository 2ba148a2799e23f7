/**
 * The old task.*item.* methods read their parameters by position, whatever the keys are called
 * (`{"TASKID": 1, "FIELDS": {...}}` and `{"0": 1, "1": {...}}` are the same call). A value of
 * the wrong type, or a missing one, gives the portal's WRONG_ARGUMENTS error naming its position.
 */
import { Dict, isDict, isNumeric, toInt } from '../../php';
import type { CallContext } from '../../types';
import { splitFilterKey } from '../../filter';
import { taskErrors } from './shared';

export type ArgKind = 'integer' | 'array';

export interface ArgSpec {
	/** The name the portal's messages use: `taskId`, `itemId`, `arFields`, `arOrder`, ... */
	name: string;
	kind: ArgKind;
	required: boolean;
}

/** A method of one of the old item classes, e.g. `ctaskcommentitem::add()`. */
export interface ItemMethod {
	className: string;
	verb: string;
}

function wrongArguments(text: string) {
	return taskErrors.core(`TASKS_ERROR_EXCEPTION_#256; ${text}; 256/TE/WRONG_ARGUMENTS`);
}

function where(method: ItemMethod): string {
	return `${method.className}::${method.verb}()`;
}

/** The call's values in the order they were sent. */
export function positionalValues(params: Dict): unknown[] {
	return Object.values(params);
}

/** Reads the positional arguments against a signature; absent optional ones are undefined. */
export function readArgs(ctx: CallContext, method: ItemMethod, signature: ArgSpec[]): unknown[] {
	const values = positionalValues(ctx.params);
	return signature.map((spec, index) => {
		const value = values[index];
		const label = `Param #${index} (${spec.name})`;
		if (value === undefined || value === '' || (spec.kind === 'array' && isDict(value) && Object.keys(value).length === 0)) {
			if (spec.required) throw wrongArguments(`${label} expected by method ${where(method)}, but not given.`);
			return undefined;
		}
		const fits = spec.kind === 'integer' ? isNumeric(value) : isDict(value) || Array.isArray(value);
		if (!fits) throw wrongArguments(`${label} for method ${where(method)} expected to be of type "${spec.kind}", but given something else.`);
		return spec.kind === 'integer' ? toInt(value) : value;
	});
}

/** Rejects keys a list or fields argument may not carry (a filter landing in the order slot, say). */
export function checkKeys(
	method: ItemMethod,
	index: number,
	spec: ArgSpec,
	value: unknown,
	allowed: Set<string>,
	operators?: Set<string>,
): void {
	for (const key of Object.keys(isDict(value) ? value : {})) {
		const { op, field } = operators ? splitFilterKey(key) : { op: '', field: key };
		const fine = allowed.has(field.toUpperCase()) && (!operators || operators.has(op));
		if (!fine) {
			throw wrongArguments(`Param #${index} (${spec.name}) for method ${where(method)} must not contain key "${key}".`);
		}
	}
}

/** The operators the old list methods accept in a filter (`=` is the bare key). */
export const COMPARISONS = new Set(['=', '!', '<', '<=', '>', '>=']);
