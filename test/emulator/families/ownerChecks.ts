/**
 * Checks shared by the methods through which applications register handlers (bizproc robots and
 * actions, SMS providers, ...): administrators only, an application context, UPPER_CASE parameters.
 */
import { RestError } from '../errors';
import type { Dict } from '../php';
import type { CallContext } from '../types';

export const ownerErrors = {
	accessDenied: () => new RestError('ACCESS_DENIED', 'Access denied!', 403),
	applicationRequired: () => new RestError('ACCESS_DENIED', 'Application context required'),
};

export function requireAdmin(ctx: CallContext): void {
	if (!ctx.state.users.get(ctx.auth.userId)?.isAdmin) throw ownerErrors.accessDenied();
}

export function requireApplication(ctx: CallContext): string {
	if (!ctx.auth.clientId) throw ownerErrors.applicationRequired();
	return ctx.auth.clientId;
}

/** The parameter in upper case as documented, or in lower case as some clients send it. */
export function param(params: Dict, name: string): unknown {
	return params[name] ?? params[name.toLowerCase()];
}
