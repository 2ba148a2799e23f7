/**
 * Outbound events: handlers bound with `event.bind` (per application) and outgoing webhooks
 * (set up "in the portal's UI"), the changes that raise events, and the delivery queue that
 * posts them like Bitrix24's queue server: one form-encoded POST per handler, in order, no retries.
 */
import { randomBytes } from 'crypto';
import { request as httpRequest } from 'http';
import { request as httpsRequest } from 'https';
import { RestError } from '../errors';
import type { Dict } from '../php';
import { isDict, toInt } from '../php';
import { positionalValues } from '../families/tasks/positional';
import type { PortalState } from '../state';
import type { AuthContext, CallOutcome } from '../types';
import { httpBuildQuery } from './encode';

export interface EventBinding {
	id: number;
	/** The application that bound it. */
	clientId: string;
	event: string;
	handler: string;
	/** User the event's token is issued for; 0 = the user whose action raised the event. */
	authType: number;
	offline: boolean;
}

export interface OutgoingWebhook {
	id: number;
	handler: string;
	events: string[];
	applicationToken: string;
}

export interface Delivery {
	id: number;
	event: string;
	handler: string;
	/** Whom it was for: an application's binding or an outgoing webhook. */
	target: 'application' | 'outgoingWebhook';
	/** The form body as posted. */
	form: string;
	/** HTTP status the handler answered with; undefined when it could not be reached. */
	status?: number;
	error?: string;
}

export interface PortalEventInfo {
	domain: string;
	clientEndpoint: string;
	serverEndpoint: string;
	memberId: string;
	status: string;
}

export interface EventHubDeps {
	portal(): PortalEventInfo;
	/** A fresh access token of an application for a user, as events carry. */
	issueToken(clientId: string, userId: number): { accessToken: string; expiresIn: number; scope: string };
}

/** A change that raised an event: its code(s) and `data`. */
export interface RaisedEvent {
	events: string[];
	data: Dict;
}

const CRM_TYPE_EVENTS: Record<number, string> = { 1: 'ONCRMLEAD', 2: 'ONCRMDEAL', 3: 'ONCRMCONTACT', 4: 'ONCRMCOMPANY', 7: 'ONCRMQUOTE' };
/** What a comment event's FIELDS_AFTER.ACTION says for an edit or a deletion. */
const COMMENT_ACTIONS: Record<string, string | undefined> = { UPDATE: 'EDIT', DELETE: 'DEL' };
const VERBS: Record<string, string> = { add: 'ADD', update: 'UPDATE', delete: 'DELETE' };
const LEGACY_PREFIX: Record<string, string> = {
	lead: 'ONCRMLEAD',
	deal: 'ONCRMDEAL',
	contact: 'ONCRMCONTACT',
	company: 'ONCRMCOMPANY',
	quote: 'ONCRMQUOTE',
	activity: 'ONCRMACTIVITY',
};

function idParam(params: Dict, ...names: string[]): number {
	for (const name of names) {
		const value = toInt(params[name]);
		if (value > 0) return value;
	}
	return 0;
}

function nested(result: unknown, key: string): Dict {
	return isDict(result) && isDict(result[key]) ? (result[key] as Dict) : {};
}

/**
 * Which events a successful call raises. Covers the methods the emulator has (crm.item.*,
 * crm.type.*, tasks.task.*, task.commentitem.*) and, for families added later, the legacy CRM and activity methods.
 */
export function eventsOfCall(method: string, params: Dict, result: unknown): RaisedEvent | undefined {
	const name = method.toLowerCase();
	let match = /^crm\.item\.(add|update|delete)$/.exec(name);
	if (match) {
		const verb = VERBS[match[1]];
		const entityTypeId = idParam(params, 'entityTypeId', 'ENTITY_TYPE_ID');
		const id = verb === 'DELETE' ? idParam(params, 'id', 'ID') : toInt(nested(result, 'item').id);
		if (!entityTypeId || !id) return undefined;
		const prefix = CRM_TYPE_EVENTS[entityTypeId];
		if (prefix) return { events: [`${prefix}${verb}`], data: { FIELDS: { ID: id } } };
		return {
			events: [`ONCRMDYNAMICITEM${verb}`, `ONCRMDYNAMICITEM${verb}_${entityTypeId}`],
			data: { FIELDS: { ID: id, ENTITY_TYPE_ID: entityTypeId } },
		};
	}
	match = /^crm\.type\.(add|update|delete)$/.exec(name);
	if (match) {
		const verb = VERBS[match[1]];
		const id = verb === 'DELETE' ? idParam(params, 'id') : toInt(nested(result, 'type').id);
		return id ? { events: [`ONCRMTYPE${verb}`], data: { FIELDS: { ID: id } } } : undefined;
	}
	match = /^crm\.(lead|deal|contact|company|quote|activity)\.(add|update|delete)$/.exec(name);
	if (match) {
		const verb = VERBS[match[2]];
		const id = verb === 'ADD' ? toInt(result) : idParam(params, 'id', 'ID');
		return id ? { events: [`${LEGACY_PREFIX[match[1]]}${verb}`], data: { FIELDS: { ID: id } } } : undefined;
	}
	match = /^tasks\.task\.(add|update|delete)$/.exec(name);
	if (match) {
		const verb = VERBS[match[1]];
		const id = verb === 'ADD' ? toInt(nested(result, 'task').id) : idParam(params, 'taskId', 'TASKID');
		if (!id) return undefined;
		const before = verb === 'ADD' ? 'undefined' : { ID: id };
		const after = verb === 'DELETE' ? 'undefined' : { ID: id };
		return {
			events: [`ONTASK${verb}`],
			data: { FIELDS_BEFORE: before, FIELDS_AFTER: after, IS_ACCESSIBLE_BEFORE: 'undefined', IS_ACCESSIBLE_AFTER: 'undefined' },
		};
	}
	match = /^task\.commentitem\.(add|update|delete)$/.exec(name);
	if (match) {
		const verb = VERBS[match[1]];
		const [taskArg, itemArg] = positionalValues(params);
		const ids = { ID: verb === 'ADD' ? toInt(result) : toInt(itemArg), TASK_ID: toInt(taskArg) };
		const action = COMMENT_ACTIONS[verb];
		return {
			events: [`ONTASKCOMMENT${verb}`],
			data: {
				FIELDS_BEFORE: verb === 'ADD' ? 'undefined' : ids,
				FIELDS_AFTER: action ? { ...ids, ACTION: action } : ids,
				IS_ACCESSIBLE_BEFORE: 'undefined',
				IS_ACCESSIBLE_AFTER: 'undefined',
			},
		};
	}
	return undefined;
}

function post(url: string, form: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const target = new URL(url);
		const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
		const req = send(
			target,
			{
				method: 'POST',
				headers: {
					'Content-Type': 'application/x-www-form-urlencoded',
					'Content-Length': Buffer.byteLength(form),
					'User-Agent': 'Bitrix24 Webhook Engine',
				},
				timeout: 10_000,
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode ?? 0));
				res.on('error', reject);
			},
		);
		req.on('timeout', () => req.destroy(new Error('The handler did not answer in time')));
		req.on('error', reject);
		req.end(form);
	});
}

export class EventHub {
	readonly bindings: EventBinding[] = [];
	readonly outgoingWebhooks: OutgoingWebhook[] = [];
	readonly deliveries: Delivery[] = [];
	private readonly appTokens = new Map<string, string>();
	private nextHandlerId = 1;
	private nextDeliveryId = 1;
	private readonly pending: Array<{ delivery: Delivery; url: string }> = [];
	private pumping?: Promise<void>;

	constructor(private readonly deps: EventHubDeps) {}

	/** The application_token Bitrix24 gives an application at installation. */
	applicationToken(clientId: string): string {
		let token = this.appTokens.get(clientId);
		if (!token) {
			token = randomBytes(16).toString('hex');
			this.appTokens.set(clientId, token);
		}
		return token;
	}

	bind(binding: Omit<EventBinding, 'id'>): EventBinding {
		const duplicate = this.bindings.some(
			(other) =>
				other.clientId === binding.clientId &&
				other.event === binding.event &&
				other.handler === binding.handler &&
				other.authType === binding.authType &&
				other.offline === binding.offline,
		);
		if (duplicate) throw new RestError('ERROR_CORE', 'Handler already binded');
		const created = { ...binding, id: this.nextHandlerId++ };
		this.bindings.push(created);
		return created;
	}

	/** Removes an application's bindings matching the given fields; returns how many. */
	unbind(clientId: string, match: { event?: string; handler?: string; authType?: number; offline: boolean }): number {
		let count = 0;
		for (let index = this.bindings.length - 1; index >= 0; index--) {
			const binding = this.bindings[index];
			const matches =
				binding.clientId === clientId &&
				binding.offline === match.offline &&
				(match.event === undefined || binding.event === match.event) &&
				(match.handler === undefined || binding.handler === match.handler) &&
				(match.authType === undefined || binding.authType === match.authType);
			if (matches) {
				this.bindings.splice(index, 1);
				count++;
			}
		}
		return count;
	}

	bindingsOf(clientId: string): EventBinding[] {
		return this.bindings.filter((binding) => binding.clientId === clientId);
	}

	addOutgoingWebhook(options: { handler: string; events: string[] }): OutgoingWebhook {
		const hook: OutgoingWebhook = {
			id: this.nextHandlerId++,
			handler: options.handler,
			events: options.events.map((event) => event.toUpperCase()),
			applicationToken: randomBytes(16).toString('hex'),
		};
		this.outgoingWebhooks.push(hook);
		return hook;
	}

	/** Called after every executed method (direct or inside batch). */
	observe(method: string, params: Dict, outcome: CallOutcome, auth: AuthContext): void {
		if (!outcome.ok) return;
		const raised = eventsOfCall(method, params, outcome.value.result);
		if (raised) this.raise(raised.events, raised.data, auth.userId);
	}

	/** Posts events to every handler bound for them, as the queue server would. */
	raise(events: string[], data: Dict, actingUserId = 1): void {
		const portal = this.deps.portal();
		const ts = String(Math.floor(Date.now() / 1000));
		for (const event of events.map((code) => code.toUpperCase())) {
			for (const binding of this.bindings) {
				if (binding.event !== event || binding.offline) continue;
				const token = this.deps.issueToken(binding.clientId, binding.authType || actingUserId);
				const auth = {
					access_token: token.accessToken,
					expires_in: token.expiresIn,
					scope: token.scope,
					domain: portal.domain,
					server_endpoint: portal.serverEndpoint,
					status: portal.status,
					client_endpoint: portal.clientEndpoint,
					member_id: portal.memberId,
					application_token: this.applicationToken(binding.clientId),
				};
				const form = httpBuildQuery({ event, event_handler_id: binding.id, data, ts, auth });
				this.enqueue(binding.handler, event, 'application', form);
			}
			for (const hook of this.outgoingWebhooks) {
				if (!hook.events.includes(event)) continue;
				const auth = {
					domain: portal.domain,
					client_endpoint: portal.clientEndpoint,
					server_endpoint: portal.serverEndpoint,
					member_id: portal.memberId,
					application_token: hook.applicationToken,
				};
				const form = httpBuildQuery({ event, event_handler_id: hook.id, data, ts, auth });
				this.enqueue(hook.handler, event, 'outgoingWebhook', form);
			}
		}
	}

	/** Resolves once every queued event has been posted (or has failed). */
	async settled(): Promise<void> {
		while (this.pumping) await this.pumping;
	}

	clear(): void {
		this.bindings.length = 0;
		this.outgoingWebhooks.length = 0;
		this.deliveries.length = 0;
		this.pending.length = 0;
	}

	private enqueue(url: string, event: string, target: Delivery['target'], form: string): void {
		const delivery: Delivery = { id: this.nextDeliveryId++, event, handler: url, target, form };
		this.deliveries.push(delivery);
		this.pending.push({ delivery, url });
		if (!this.pumping) this.pumping = this.pump();
	}

	private async pump(): Promise<void> {
		for (;;) {
			const next = this.pending.shift();
			if (!next) {
				this.pumping = undefined;
				return;
			}
			try {
				next.delivery.status = await post(next.url, next.delivery.form);
			} catch (error) {
				// No retries: the queue server logs the failure and moves on.
				next.delivery.error = (error as Error).message;
			}
		}
	}
}

const hubs = new WeakMap<PortalState, EventHub>();

export function attachEventHub(state: PortalState, hub: EventHub): EventHub {
	hubs.set(state, hub);
	return hub;
}

export function eventHubOf(state: PortalState): EventHub {
	const hub = hubs.get(state);
	if (!hub) throw new Error('No event hub is attached to this portal');
	return hub;
}
