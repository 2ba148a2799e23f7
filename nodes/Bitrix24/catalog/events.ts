import { choice, integer, text } from './fields';
import type { CatalogResource } from './types';

const eventName = text('event', 'Event', 'event', {
	required: true,
	placeholder: 'e.g. ONCRMDEALADD',
	description: 'Code of the event, e.g. ONCRMDEALADD, ONCRMLEADUPDATE, ONTASKADD (the REST method "events" lists them).',
});

const handler = text('handler', 'Handler URL', 'handler', {
	required: true,
	placeholder: 'e.g. https://example.com/bitrix/events',
	description: 'URL that receives the event as a form POST, e.g. the production URL of an n8n Webhook node.',
});

const authType = integer('authType', 'Authorize As User ID', 'auth_type', {
	description: 'User whose token the handler receives; 0 means the user whose action raised the event.',
});

const eventType = choice(
	'eventType',
	'Delivery',
	'event_type',
	[
		{ name: 'Online (Posted to the Handler)', value: 'online' },
		{ name: 'Offline (Kept in a Queue)', value: 'offline' },
	],
	{ description: 'Online events are posted at once; offline events wait in a queue the application reads.' },
);

export const events: CatalogResource = {
	value: 'event',
	name: 'Event',
	description: 'Event handlers of the application (event.bind, event.unbind, event.get)',
	operations: [
		{
			value: 'bind',
			name: 'Bind',
			action: 'Bind an event handler',
			description: 'Have Bitrix24 post an event to a URL',
			method: 'event.bind',
			fields: [eventName, handler, authType, eventType],
			output: { kind: 'success' },
			retrySafe: false,
			needsApplication: true,
		},
		{
			value: 'unbind',
			name: 'Unbind',
			action: 'Unbind an event handler',
			description: 'Stop posting an event to a URL',
			method: 'event.unbind',
			fields: [eventName, handler, authType, eventType],
			output: { kind: 'record' },
			retrySafe: true,
			needsApplication: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many event handlers',
			description: 'List the event handlers of the application',
			method: 'event.get',
			fields: [],
			output: { kind: 'rows' },
			retrySafe: true,
			needsApplication: true,
		},
	],
};
