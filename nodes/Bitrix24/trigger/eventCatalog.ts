/**
 * The events the trigger offers, as data. Each entry comes from an event page of the official
 * REST docs (bitrix24/b24restdocs, api-reference/.../events/on-*.md): the code, what starts it,
 * where the ids sit in the posted `data`, and which record "Fetch Full Record" loads.
 */

/** What "Fetch Full Record" reads for an event; events without one pass through as they came. */
export type RecordSource =
	/** A CRM record: a fixed entity type, or the one the event names (`data.FIELDS.ENTITY_TYPE_ID`). */
	| { kind: 'crm'; entityTypeId?: number }
	| { kind: 'activity' }
	| { kind: 'timelineComment' }
	| { kind: 'task' }
	| { kind: 'calendarEntry' };

export interface EventSpec {
	/** The event code as `event.bind` takes it and Bitrix24 posts it (upper case). */
	value: string;
	name: string;
	description: string;
	/** Heading in the generated list of events. */
	group: string;
	/** Output key -> dot path inside the posted `data` (e.g. `FIELDS.ID`). */
	ids: Record<string, string>;
	/** Values that are the same for every event of this kind, e.g. the CRM entity type. */
	constants?: Record<string, number>;
	record?: RecordSource;
	/** Bitrix24 sends it only to applications (not to outgoing webhooks set up in the portal). */
	applicationOnly?: boolean;
	/** Scope the application or webhook needs. */
	scope: string;
}

/** Ids tried, in order, for events the catalog does not know (e.g. from an outgoing webhook). */
export const FALLBACK_ID_PATHS = ['FIELDS.ID', 'FIELDS_AFTER.ID', 'FIELDS_BEFORE.ID', 'ID', 'id'];

type Verb = 'Created' | 'Updated' | 'Deleted';

const SUFFIX: Record<Verb, string> = { Created: 'ADD', Updated: 'UPDATE', Deleted: 'DELETE' };

interface Family {
	prefix: string;
	noun: string;
	group: string;
	scope: string;
	/** One sentence per verb, completing "... when". */
	when: Record<Verb, string>;
	ids: (verb: Verb) => Record<string, string>;
	constants?: Record<string, number>;
	record?: RecordSource;
	applicationOnly?: boolean;
}

function family(spec: Family): EventSpec[] {
	return (['Created', 'Updated', 'Deleted'] as Verb[]).map((verb) => ({
		value: `${spec.prefix}${SUFFIX[verb]}`,
		name: `${spec.noun} ${verb}`,
		description: `${spec.prefix}${SUFFIX[verb]}: ${spec.when[verb]}`,
		group: spec.group,
		ids: spec.ids(verb),
		...(spec.constants ? { constants: spec.constants } : {}),
		...(spec.record && verb !== 'Deleted' ? { record: spec.record } : {}),
		...(spec.applicationOnly ? { applicationOnly: true } : {}),
		scope: spec.scope,
	}));
}

const fieldsId = () => ({ id: 'FIELDS.ID' });

function crmFamily(prefix: string, noun: string, plural: string, entityTypeId: number): EventSpec[] {
	const lower = noun.toLowerCase();
	return family({
		prefix,
		noun,
		group: `CRM ${plural}`,
		scope: 'crm',
		when: {
			Created: `a ${lower} is created`,
			Updated: `a ${lower} is changed, including a move to another stage`,
			Deleted: `a ${lower} is deleted`,
		},
		ids: fieldsId,
		constants: { entityTypeId },
		record: { kind: 'crm', entityTypeId },
	});
}

/** Task events carry the task before and after the change; a deleted task only before. */
const taskIds = (verb: Verb) => ({ id: verb === 'Deleted' ? 'FIELDS_BEFORE.ID' : 'FIELDS_AFTER.ID' });

const taskCommentIds = (verb: Verb) => {
	const side = verb === 'Deleted' ? 'FIELDS_BEFORE' : 'FIELDS_AFTER';
	return { id: `${side}.ID`, taskId: `${side}.TASK_ID` };
};

const botMessageIds = { messageId: 'PARAMS.MESSAGE_ID', dialogId: 'PARAMS.DIALOG_ID', fromUserId: 'PARAMS.FROM_USER_ID' };

const openLineIds = { chatId: 'DATA.0.chat.id', lineId: 'DATA.0.connector.line_id' };

const connectorIds = { chatId: 'MESSAGES.0.im.chat_id', messageId: 'MESSAGES.0.im.message_id', lineId: 'LINE' };

export const EVENTS: EventSpec[] = [
	...crmFamily('ONCRMLEAD', 'Lead', 'Leads', 1),
	...crmFamily('ONCRMDEAL', 'Deal', 'Deals', 2),
	{
		value: 'ONCRMDEALMOVETOCATEGORY',
		name: 'Deal Moved to Another Pipeline',
		description:
			'ONCRMDEALMOVETOCATEGORY: a deal moves to another sales pipeline (category); the new pipeline and stage come with it',
		group: 'CRM Deals',
		ids: { id: 'FIELDS.ID', categoryId: 'FIELDS.CATEGORY_ID' },
		constants: { entityTypeId: 2 },
		record: { kind: 'crm', entityTypeId: 2 },
		applicationOnly: true,
		scope: 'crm',
	},
	...crmFamily('ONCRMCONTACT', 'Contact', 'Contacts', 3),
	...crmFamily('ONCRMCOMPANY', 'Company', 'Companies', 4),
	...crmFamily('ONCRMQUOTE', 'Quote', 'Quotes', 7),
	...family({
		prefix: 'ONCRMDYNAMICITEM',
		noun: 'Smart Process Item',
		group: 'CRM Smart Processes',
		scope: 'crm',
		when: {
			Created: 'an item of any smart process (or a new-style invoice) is created',
			Updated: 'an item of any smart process (or a new-style invoice) is changed, including stage moves',
			Deleted: 'an item of any smart process (or a new-style invoice) is deleted',
		},
		ids: () => ({ id: 'FIELDS.ID', entityTypeId: 'FIELDS.ENTITY_TYPE_ID' }),
		record: { kind: 'crm' },
	}),
	...family({
		prefix: 'ONCRMTYPE',
		noun: 'Smart Process Type',
		group: 'CRM Smart Processes',
		scope: 'crm',
		when: {
			Created: 'a smart process (custom CRM type) is created',
			Updated: 'the settings of a smart process are changed',
			Deleted: 'a smart process is deleted',
		},
		ids: fieldsId,
	}),
	...family({
		prefix: 'ONCRMACTIVITY',
		noun: 'Activity',
		group: 'CRM Activities and Timeline',
		scope: 'crm',
		when: {
			Created: 'an activity (call, meeting, e-mail, to-do) is added to a CRM timeline',
			Updated: 'an activity is changed or completed',
			Deleted: 'an activity is deleted',
		},
		ids: fieldsId,
		record: { kind: 'activity' },
	}),
	...family({
		prefix: 'ONCRMTIMELINECOMMENT',
		noun: 'Timeline Comment',
		group: 'CRM Activities and Timeline',
		scope: 'crm',
		when: {
			Created: 'a comment is added to the timeline of a CRM record',
			Updated: 'a timeline comment is edited',
			Deleted: 'a timeline comment is deleted',
		},
		ids: () => ({ id: 'ID' }),
		record: { kind: 'timelineComment' },
	}),
	...family({
		prefix: 'ONTASK',
		noun: 'Task',
		group: 'Tasks',
		scope: 'task',
		when: {
			Created: 'a task is created',
			Updated: 'a task is changed, including its status (started, completed, deferred)',
			Deleted: 'a task is deleted',
		},
		ids: taskIds,
		record: { kind: 'task' },
	}),
	...family({
		prefix: 'ONTASKCOMMENT',
		noun: 'Task Comment',
		group: 'Tasks',
		scope: 'task',
		when: {
			Created: 'a comment is added to a task',
			Updated: 'a task comment is edited',
			Deleted: 'a task comment is deleted',
		},
		ids: taskCommentIds,
	}),
	{
		value: 'ONIMBOTMESSAGEADD',
		name: 'Chat Bot Message Received',
		description:
			'ONIMBOTMESSAGEADD: someone writes to a chat bot of this application (in a group chat: mentions it)',
		group: 'Chat Bots',
		ids: botMessageIds,
		applicationOnly: true,
		scope: 'imbot',
	},
	{
		value: 'ONIMBOTMESSAGEUPDATE',
		name: 'Chat Bot Message Edited',
		description: 'ONIMBOTMESSAGEUPDATE: a message in a chat with a bot of this application is edited',
		group: 'Chat Bots',
		ids: botMessageIds,
		applicationOnly: true,
		scope: 'imbot',
	},
	{
		value: 'ONIMBOTMESSAGEDELETE',
		name: 'Chat Bot Message Deleted',
		description: 'ONIMBOTMESSAGEDELETE: a message in a chat with a bot of this application is deleted',
		group: 'Chat Bots',
		ids: botMessageIds,
		applicationOnly: true,
		scope: 'imbot',
	},
	{
		value: 'ONIMBOTJOINCHAT',
		name: 'Chat Bot Added to Chat',
		description: 'ONIMBOTJOINCHAT: a bot of this application is added to a chat or a user opens a dialog with it',
		group: 'Chat Bots',
		ids: { dialogId: 'PARAMS.DIALOG_ID', userId: 'PARAMS.USER_ID' },
		applicationOnly: true,
		scope: 'imbot',
	},
	{
		value: 'ONIMCOMMANDADD',
		name: 'Chat Bot Command Used',
		description: 'ONIMCOMMANDADD: someone uses a slash command registered by a bot of this application',
		group: 'Chat Bots',
		ids: botMessageIds,
		applicationOnly: true,
		scope: 'imbot',
	},
	{
		value: 'ONIMBOTDELETE',
		name: 'Chat Bot Deleted',
		description: 'ONIMBOTDELETE: a bot of this application is deleted',
		group: 'Chat Bots',
		ids: { botId: 'BOT_ID' },
		applicationOnly: true,
		scope: 'imbot',
	},
	{
		value: 'ONOPENLINEMESSAGEADD',
		name: 'Open Line Message Received',
		description: 'ONOPENLINEMESSAGEADD: a message is added to an open line chat of a connector of this application',
		group: 'Open Lines',
		ids: { ...openLineIds, messageId: 'DATA.0.message.id' },
		applicationOnly: true,
		scope: 'imopenlines',
	},
	{
		value: 'ONOPENLINEMESSAGEUPDATE',
		name: 'Open Line Message Edited',
		description: 'ONOPENLINEMESSAGEUPDATE: a message in an open line chat is edited',
		group: 'Open Lines',
		ids: { chatId: 'DATA.0.chat.id', messageId: 'DATA.0.message.id', lineId: 'LINE' },
		applicationOnly: true,
		scope: 'imopenlines',
	},
	{
		value: 'ONOPENLINEMESSAGEDELETE',
		name: 'Open Line Message Deleted',
		description: 'ONOPENLINEMESSAGEDELETE: a message in an open line chat is deleted',
		group: 'Open Lines',
		ids: { chatId: 'DATA.0.chat.id', messageId: 'DATA.0.message.id', lineId: 'LINE' },
		applicationOnly: true,
		scope: 'imopenlines',
	},
	{
		value: 'ONSESSIONSTART',
		name: 'Open Line Session Started',
		description: 'ONSESSIONSTART: a new open line session (conversation) starts',
		group: 'Open Lines',
		ids: { ...openLineIds, sessionId: 'DATA.0.session.id' },
		applicationOnly: true,
		scope: 'imopenlines',
	},
	{
		value: 'ONSESSIONFINISH',
		name: 'Open Line Session Closed',
		description: 'ONSESSIONFINISH: an open line session is closed',
		group: 'Open Lines',
		ids: { ...openLineIds, sessionId: 'DATA.0.session.id' },
		applicationOnly: true,
		scope: 'imopenlines',
	},
	{
		value: 'ONIMCONNECTORMESSAGEADD',
		name: 'Connector Message Sent by Operator',
		description:
			'ONIMCONNECTORMESSAGEADD: an operator writes in an open line served by a connector of this application',
		group: 'Open Lines',
		ids: connectorIds,
		applicationOnly: true,
		scope: 'imopenlines',
	},
	{
		value: 'ONIMCONNECTORMESSAGEUPDATE',
		name: 'Connector Message Edited by Operator',
		description: 'ONIMCONNECTORMESSAGEUPDATE: an operator edits a message sent through a connector of this application',
		group: 'Open Lines',
		ids: connectorIds,
		applicationOnly: true,
		scope: 'imopenlines',
	},
	{
		value: 'ONIMCONNECTORMESSAGEDELETE',
		name: 'Connector Message Deleted by Operator',
		description:
			'ONIMCONNECTORMESSAGEDELETE: an operator deletes a message sent through a connector of this application',
		group: 'Open Lines',
		ids: connectorIds,
		applicationOnly: true,
		scope: 'imopenlines',
	},
	{
		value: 'ONIMCONNECTORDIALOGSTART',
		name: 'Connector Dialog Started',
		description: 'ONIMCONNECTORDIALOGSTART: a dialog starts in an open line served by a connector of this application',
		group: 'Open Lines',
		ids: { sessionId: 'DATA.0.session.id', chatId: 'DATA.0.connector.chat_id', lineId: 'LINE' },
		applicationOnly: true,
		scope: 'imopenlines',
	},
	{
		value: 'ONIMCONNECTORDIALOGFINISH',
		name: 'Connector Dialog Finished',
		description: 'ONIMCONNECTORDIALOGFINISH: a dialog in an open line served by a connector of this application ends',
		group: 'Open Lines',
		ids: { sessionId: 'DATA.0.session.id', chatId: 'DATA.0.connector.chat_id', lineId: 'LINE' },
		applicationOnly: true,
		scope: 'imopenlines',
	},
	{
		value: 'ONIMCONNECTORLINEDELETE',
		name: 'Open Line Deleted',
		description: 'ONIMCONNECTORLINEDELETE: an open line that a connector of this application serves is deleted',
		group: 'Open Lines',
		ids: {},
		applicationOnly: true,
		scope: 'imopenlines',
	},
	{
		value: 'ONIMCONNECTORSTATUSDELETE',
		name: 'Connector Disconnected',
		description: 'ONIMCONNECTORSTATUSDELETE: a connector of this application is switched off for an open line',
		group: 'Open Lines',
		ids: { lineId: 'line' },
		applicationOnly: true,
		scope: 'imopenlines',
	},
	{
		value: 'ONUSERADD',
		name: 'User Added',
		description: 'ONUSERADD: a new employee completes registration (after accepting the invitation); the user comes with it',
		group: 'Users',
		ids: { id: 'ID' },
		scope: 'user',
	},
	...family({
		prefix: 'ONCALENDARENTRY',
		noun: 'Calendar Event',
		group: 'Calendar',
		scope: 'calendar',
		when: {
			Created: 'an event is added to a calendar',
			Updated: 'a calendar event is changed',
			Deleted: 'a calendar event is deleted',
		},
		ids: () => ({ id: 'id' }),
		record: { kind: 'calendarEntry' },
	}),
	...family({
		prefix: 'ONCALENDARSECTION',
		noun: 'Calendar',
		group: 'Calendar',
		scope: 'calendar',
		when: {
			Created: 'a calendar (section) or resource is created',
			Updated: 'a calendar (section) or resource is changed',
			Deleted: 'a calendar (section) or resource is deleted',
		},
		ids: () => ({ id: 'id' }),
	}),
	...family({
		prefix: 'ONLIVEFEEDPOST',
		noun: 'Feed Post',
		group: 'Feed and Workgroups',
		scope: 'log',
		when: {
			Created: 'a message is posted to the news feed',
			Updated: 'a news feed message is edited',
			Deleted: 'a news feed message is deleted',
		},
		ids: () => ({ id: 'FIELDS.POST_ID' }),
	}),
	...family({
		prefix: 'ONSONETGROUP',
		noun: 'Workgroup',
		group: 'Feed and Workgroups',
		scope: 'sonet',
		when: {
			Created: 'a workgroup or project is created',
			Updated: 'a workgroup or project is changed',
			Deleted: 'a workgroup or project is deleted',
		},
		ids: fieldsId,
	}),
	{
		value: 'ONEXTERNALCALLSTART',
		name: 'Outgoing Call Started',
		description: 'ONEXTERNALCALLSTART: a user starts a call through the telephony of this application (click to call)',
		group: 'Telephony',
		ids: { callId: 'CALL_ID', userId: 'USER_ID' },
		applicationOnly: true,
		scope: 'telephony',
	},
	{
		value: 'ONEXTERNALCALLBACKSTART',
		name: 'Callback Requested',
		description: 'ONEXTERNALCALLBACKSTART: a visitor orders a callback through a website form or widget',
		group: 'Telephony',
		ids: { crmEntityId: 'CRM_ENTITY_ID' },
		applicationOnly: true,
		scope: 'telephony',
	},
	{
		value: 'ONVOXIMPLANTCALLINIT',
		name: 'Call Initialized',
		description: 'ONVOXIMPLANTCALLINIT: an incoming or outgoing call is set up, before anyone answers',
		group: 'Telephony',
		ids: { callId: 'CALL_ID' },
		scope: 'telephony',
	},
	{
		value: 'ONVOXIMPLANTCALLSTART',
		name: 'Call Answered',
		description: 'ONVOXIMPLANTCALLSTART: a call is answered and the conversation begins',
		group: 'Telephony',
		ids: { callId: 'CALL_ID', userId: 'USER_ID' },
		scope: 'telephony',
	},
	{
		value: 'ONVOXIMPLANTCALLEND',
		name: 'Call Ended',
		description: 'ONVOXIMPLANTCALLEND: a call ends; its duration, cost and CRM links come with it',
		group: 'Telephony',
		ids: { callId: 'CALL_ID', userId: 'PORTAL_USER_ID' },
		scope: 'telephony',
	},
];

const BY_VALUE = new Map(EVENTS.map((spec) => [spec.value, spec]));

/**
 * The catalog entry of a posted event. Codes arrive upper case, but the docs show some in
 * camel case; a smart-process-specific code (`ONCRMDYNAMICITEMADD_147`) maps to its family.
 */
export function findEvent(code: string): EventSpec | undefined {
	const upper = code.toUpperCase();
	return BY_VALUE.get(upper) ?? BY_VALUE.get(upper.replace(/_\d+$/, ''));
}

/** Events that concern smart-process items, where one type can be picked (`_<entityTypeId>`). */
export function isSmartProcessItemEvent(code: string): boolean {
	return /^ONCRMDYNAMICITEM(ADD|UPDATE|DELETE)$/.test(code.toUpperCase());
}
