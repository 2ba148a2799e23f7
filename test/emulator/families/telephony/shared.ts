/** Errors the telephony pages share. */
import { RestError } from '../../errors';
import type { CallContext } from '../../types';

export const coreError = (description: string) => new RestError('ERROR_CORE', description);

/** External calls and lines belong to the PBX application that registered them. */
export function requireApplication(ctx: CallContext): string {
	if (!ctx.auth.clientId) throw new RestError('WRONG_AUTH_TYPE', 'Current authorization type is denied for this method', 403);
	return ctx.auth.clientId;
}
