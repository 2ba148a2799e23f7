/** Errors the telephony pages share. */
import { RestError } from '../../errors';
import type { Dict } from '../../php';
import { toPhpString } from '../../php';
import type { CallContext } from '../../types';
import { param } from '../ownerChecks';

export const coreError = (description: string) => new RestError('ERROR_CORE', description);

/** External calls and lines belong to the PBX application that registered them. */
export function requireApplication(ctx: CallContext): string {
	if (!ctx.auth.clientId) throw new RestError('WRONG_AUTH_TYPE', 'Current authorization type is denied for this method', 403);
	return ctx.auth.clientId;
}

/** The voximplant lists take SORT (one field) and ORDER (its direction) as strings: made into an ORDER object. */
export function withFieldOrder(params: Dict): Dict {
	const sort = toPhpString(param(params, 'SORT')).trim();
	const direction = toPhpString(param(params, 'ORDER')).trim() || 'ASC';
	const converted: Dict = { ...params, ORDER: sort === '' ? undefined : { [sort]: direction } };
	delete converted.order;
	return converted;
}
