/** Checks the bizproc.* pages share: administrators only, application context, document triples. */
import { RestError } from '../../errors';
import type { Dict } from '../../php';
import { phpValues, toPhpString } from '../../php';
import type { CallContext } from '../../types';

export const bizprocErrors = {
	accessDenied: () => new RestError('ACCESS_DENIED', 'Access denied!', 403),
	applicationRequired: () => new RestError('ACCESS_DENIED', 'Application context required'),
};

export function requireAdmin(ctx: CallContext): void {
	if (!ctx.state.users.get(ctx.auth.userId)?.isAdmin) throw bizprocErrors.accessDenied();
}

export function requireApplication(ctx: CallContext): string {
	if (!ctx.auth.clientId) throw bizprocErrors.applicationRequired();
	return ctx.auth.clientId;
}

/** A `[module, entity, id]` triple, or undefined when the value is not one. */
export function documentTriple(value: unknown): [string, string, string] | undefined {
	const parts = phpValues(value).map((part) => toPhpString(part).trim());
	return parts.length === 3 && parts.every((part) => part !== '') ? [parts[0], parts[1], parts[2]] : undefined;
}

export function param(params: Dict, name: string): unknown {
	return params[name] ?? params[name.toLowerCase()];
}
