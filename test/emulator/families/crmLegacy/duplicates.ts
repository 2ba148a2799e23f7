/**
 * crm.duplicate.findbycomm: ids of leads, contacts and companies holding one of the given phones
 * or e-mails. Phones compare by their digits before any extension, e-mails case-insensitively.
 */
import { RestError } from '../../errors';
import { Dict, phpValues, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';

const SEARCHED: Record<string, number> = { LEAD: 1, CONTACT: 3, COMPANY: 4 };

/** When one type has this many matches the types after it are not searched. */
const TYPE_CAP = 20;

const MAX_VALUES = 20;

function phoneKey(value: string): string {
	const [number] = value.split(/\s*(?:ext\.?|доб\.?|#|,)\s*/i);
	return number.replace(/\D/g, '');
}

function emailKey(value: string): string {
	return value.trim().toLowerCase();
}

function findByComm(ctx: CallContext): MethodResult {
	const type = toPhpString(ctx.params.type ?? '').trim().toUpperCase();
	if (type === '') throw new RestError('Communication type is not defined', "Parameter 'type' is required.");
	if (type !== 'PHONE' && type !== 'EMAIL') {
		throw new RestError(`Communication type '${type}' is not supported in current context`, '');
	}
	const values = phpValues(ctx.params.values ?? []).map((value) => toPhpString(value)).filter((value) => value !== '');
	if (values.length === 0) throw new RestError('Communication values is not defined', "Parameter 'values' is required.");
	const keyOf = type === 'PHONE' ? phoneKey : emailKey;
	const wanted = new Set(values.slice(0, MAX_VALUES).map(keyOf).filter((key) => key !== ''));
	const entityType = toPhpString(ctx.params.entity_type ?? '').trim().toUpperCase();
	const types = entityType in SEARCHED ? [entityType] : Object.keys(SEARCHED);
	const result: Dict = {};
	for (const name of types) {
		const ids = [...ctx.state.crm.itemsOf(SEARCHED[name]).values()]
			.filter((record) => {
				const entries = (Array.isArray(record.values.fm) ? record.values.fm : []) as Dict[];
				return entries.some((entry) => entry.typeId === type && wanted.has(keyOf(toPhpString(entry.value))));
			})
			.map((record) => record.id)
			.sort((a, b) => a - b);
		if (ids.length > 0) result[name] = ids;
		if (ids.length >= TYPE_CAP) break;
	}
	return { result: Object.keys(result).length > 0 ? result : [] };
}

export const duplicateMethods: MethodSpec[] = [{ name: 'crm.duplicate.findbycomm', scopes: ['crm'], handler: findByComm }];
