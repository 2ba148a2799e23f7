/** event.bind / event.unbind / event.get / events (scope basic), per api-reference/events/*.md. */
import { RestError } from '../errors';
import { eventHubOf } from '../events/hub';
import { isKnownEvent, KNOWN_EVENTS } from '../events/names';
import type { Dict } from '../php';
import { toInt, toPhpString } from '../php';
import type { CallContext, MethodResult, MethodSpec } from '../types';

/** Application-only methods refuse inbound webhooks with 403 WRONG_AUTH_TYPE. */
function requireApplicationContext(ctx: CallContext): string {
	if (!ctx.auth.clientId) {
		throw new RestError('WRONG_AUTH_TYPE', 'Current authorization type is denied for this method Application context required', 403);
	}
	return ctx.auth.clientId;
}

/** The docs name the parameters in lower case; the CRest examples send them in upper case. */
function param(params: Dict, name: string): unknown {
	return params[name] ?? params[name.toUpperCase()];
}

function argumentEmpty(name: string): RestError {
	return new RestError('ERROR_ARGUMENT', `Argument '${name}' is null or empty`, 400, { argument: name });
}

function isOffline(params: Dict): boolean {
	return toPhpString(param(params, 'event_type')).toLowerCase() === 'offline';
}

function bind(ctx: CallContext): MethodResult {
	const clientId = requireApplicationContext(ctx);
	const event = toPhpString(param(ctx.params, 'event')).trim().toUpperCase();
	if (event === '' || !isKnownEvent(event)) throw new RestError('ERROR_EVENT_NOT_FOUND', 'Event not found');
	const handler = toPhpString(param(ctx.params, 'handler')).trim();
	if (handler === '') throw argumentEmpty('HANDLER');
	const authType = toInt(param(ctx.params, 'auth_type'));
	eventHubOf(ctx.state).bind({ clientId, event, handler, authType, offline: isOffline(ctx.params) });
	return { result: true };
}

function unbind(ctx: CallContext): MethodResult {
	const clientId = requireApplicationContext(ctx);
	const event = toPhpString(param(ctx.params, 'event')).trim().toUpperCase();
	const handler = toPhpString(param(ctx.params, 'handler')).trim();
	const authTypeParam = param(ctx.params, 'auth_type');
	const count = eventHubOf(ctx.state).unbind(clientId, {
		event: event === '' ? undefined : event,
		handler: handler === '' ? undefined : handler,
		authType: authTypeParam === undefined ? undefined : toInt(authTypeParam),
		offline: isOffline(ctx.params),
	});
	return { result: { count } };
}

function get(ctx: CallContext): MethodResult {
	const clientId = requireApplicationContext(ctx);
	const rows = eventHubOf(ctx.state)
		.bindingsOf(clientId)
		.map((binding) => ({
			event: binding.event,
			handler: binding.handler,
			auth_type: String(binding.authType),
			offline: binding.offline ? 1 : 0,
		}));
	return { result: rows };
}

export const eventMethods: MethodSpec[] = [
	{ name: 'event.bind', scopes: ['basic'], handler: bind },
	{ name: 'event.unbind', scopes: ['basic'], handler: unbind },
	{ name: 'event.get', scopes: ['basic'], handler: get },
	{ name: 'events', scopes: ['basic'], handler: () => ({ result: [...KNOWN_EVENTS] }) },
];
