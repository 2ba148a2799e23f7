import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { detailsOf, toNodeError } from './execute/failures';
import { instantTriggerProperties, TRIGGER_CREDENTIALS } from './trigger/descriptions';
import { parseEvent } from './trigger/eventItem';
import { rebuildFormBody } from './trigger/formBody';
import type { CrmFormat } from './trigger/records';
import { fetchRecord, recordRequest } from './trigger/records';
import type { RegistrationState } from './trigger/registration';
import {
	bindAll,
	eventsToBind,
	isRegistered,
	listBindings,
	staleBindings,
	unbind,
} from './trigger/registration';
import { handlerUrl, newHandlerKey, verifyCall } from './trigger/verify';
import { createClient } from './transport/client';
import type { AuthKind } from './transport/connection';
import { connectionFromCredentials, CREDENTIAL_TYPE } from './transport/connection';

type Registration = 'automatic' | 'manual';

async function clientOf(ctx: IHookFunctions | IWebhookFunctions) {
	const authKind = ctx.getNodeParameter('authentication', 'oAuth2') as AuthKind;
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE[authKind]);
	return createClient(ctx, connectionFromCredentials(authKind, credentials));
}

function registrationOf(ctx: IHookFunctions | IWebhookFunctions): Registration {
	if (ctx.getNodeParameter('authentication', 'oAuth2') === 'webhook') return 'manual';
	return ctx.getNodeParameter('registration', 'automatic') as Registration;
}

function wantedEvents(ctx: IHookFunctions | IWebhookFunctions): string[] {
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	return eventsToBind(ctx.getNodeParameter('events', []) as string[], Number(options.smartProcessTypeId) || 0);
}

function stateOf(ctx: IHookFunctions | IWebhookFunctions): RegistrationState {
	return ctx.getWorkflowStaticData('node') as RegistrationState;
}

function forget(state: RegistrationState): void {
	delete state.webhookUrl;
	delete state.handler;
	delete state.handlerKey;
	delete state.events;
	delete state.applicationToken;
}

/** Whether an event passes the chosen events (and, for smart-process items, the chosen type). */
function isWanted(event: string, entityTypeId: unknown, chosen: string[], smartProcessTypeId: number): boolean {
	const family = event.replace(/_\d+$/, '');
	if (chosen.length > 0 && !chosen.includes(event) && !chosen.includes(family)) return false;
	if (smartProcessTypeId > 0 && family.startsWith('ONCRMDYNAMICITEM')) return Number(entityTypeId) === smartProcessTypeId;
	return true;
}

export class Bitrix24Trigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bitrix24 Trigger',
		name: 'bitrix24Trigger',
		icon: { light: 'file:bitrix24.svg', dark: 'file:bitrix24.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Bitrix24 reports an event: a deal, task, message and more',
		defaults: {
			name: 'Bitrix24 Trigger',
		},
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: TRIGGER_CREDENTIALS,
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: instantTriggerProperties,
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				if (registrationOf(this) === 'manual') return true;
				const state = stateOf(this);
				const events = wantedEvents(this);
				const webhookUrl = this.getNodeWebhookUrl('default') as string;
				if (!state.handler || state.webhookUrl !== webhookUrl) return false;
				if (JSON.stringify(state.events ?? []) !== JSON.stringify(events)) return false;
				try {
					return isRegistered(await listBindings(await clientOf(this)), events, state.handler);
				} catch (error) {
					throw toNodeError(this.getNode(), error as Error);
				}
			},

			async create(this: IHookFunctions): Promise<boolean> {
				if (registrationOf(this) === 'manual') return true;
				const events = wantedEvents(this);
				if (events.length === 0) {
					throw toNodeError(this.getNode(), new Error('Choose at least one event to bind'));
				}
				const state = stateOf(this);
				const webhookUrl = this.getNodeWebhookUrl('default') as string;
				const handlerKey = newHandlerKey();
				const handler = handlerUrl(webhookUrl, handlerKey);
				try {
					const client = await clientOf(this);
					await unbind(client, staleBindings(await listBindings(client), webhookUrl, handler));
					await bindAll(client, events, handler);
				} catch (error) {
					throw toNodeError(this.getNode(), error as Error);
				}
				forget(state);
				Object.assign(state, { webhookUrl, handler, handlerKey, events });
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				if (registrationOf(this) === 'manual') return true;
				const state = stateOf(this);
				const { handler, events } = state;
				forget(state);
				if (!handler || !events?.length) return true;
				try {
					await unbind(await clientOf(this), events.map((event) => ({ event, handler })));
				} catch (error) {
					// The registration is forgotten either way: the next activation removes what is left.
					throw toNodeError(this.getNode(), error as Error);
				}
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const body = rebuildFormBody(this.getBodyData());
		const registration = registrationOf(this);
		const state = stateOf(this);
		const verdict = verifyCall(body, this.getQueryData() as IDataObject, {
			applicationToken: this.getNodeParameter('applicationToken', '') as string,
			pinnedToken: state.applicationToken,
			handlerKey: registration === 'automatic' ? (state.handlerKey ?? '') : undefined,
		});
		if (!verdict.ok) {
			this.getResponseObject()
				.status(verdict.status ?? 403)
				.json({ error: verdict.status === 401 ? 'unauthorized' : 'forbidden', error_description: verdict.reason });
			return { noWebhookResponse: true };
		}
		if (verdict.learnedToken) state.applicationToken = verdict.learnedToken;

		const parsed = parseEvent(body);
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const chosen = (this.getNodeParameter('events', []) as string[]).map((event) => event.toUpperCase());
		if (!isWanted(parsed.event, parsed.json.entityTypeId, chosen, Number(options.smartProcessTypeId) || 0)) {
			return { webhookResponse: { ignored: parsed.event } };
		}

		const json = parsed.json;
		const request =
			this.getNodeParameter('fetchRecord', false) && parsed.spec?.record
				? recordRequest(parsed.spec.record, json, this.getNodeParameter('crmFormat', 'item') as CrmFormat)
				: undefined;
		if (request) {
			try {
				json.record = await fetchRecord(await clientOf(this), request);
				delete json.data;
			} catch (error) {
				// Bitrix24 never resends an event, so the run starts anyway and says what went wrong.
				const { message, code } = detailsOf(error as Error);
				json.fetchError = { message, code };
			}
		}
		return { workflowData: [[{ json }]] };
	}
}
