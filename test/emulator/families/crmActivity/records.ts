/**
 * crm.activity.add/get/list/update/delete/fields (the classic table) and
 * crm.activity.communication.fields. Every activity is bound to its owner; further bindings live
 * in the `crm.activity.binding` table (see bindings.ts).
 */
import { RestError } from '../../errors';
import { Dict, phpEmpty, toInt } from '../../php';
import type { CallContext, MethodSpec } from '../../types';
import { ClassicFieldDef, classicTableMethods } from '../classicTable';
import { addBinding } from './bindings';

const field = (type: string, title: string, extra: Partial<ClassicFieldDef> = {}): ClassicFieldDef => ({ type, title, ...extra });
const readOnly = { isReadOnly: true };
const immutable = { isImmutable: true };

export const ACTIVITY_FIELDS: Record<string, ClassicFieldDef> = {
	ID: field('integer', 'ID', readOnly),
	OWNER_ID: field('integer', 'Owner ID', immutable),
	OWNER_TYPE_ID: field('crm_enum_ownertype', 'Owner Type', immutable),
	TYPE_ID: field('crm_enum_activitytype', 'Type', { isRequired: true, ...immutable }),
	PROVIDER_ID: field('string', 'Provider ID'),
	PROVIDER_TYPE_ID: field('string', 'Provider Type'),
	PROVIDER_GROUP_ID: field('string', 'Connector Type'),
	ASSOCIATED_ENTITY_ID: field('integer', 'Associated Entity ID', readOnly),
	SUBJECT: field('string', 'Subject', { isRequired: true }),
	START_TIME: field('datetime', 'Start'),
	END_TIME: field('datetime', 'Deadline'),
	DEADLINE: field('datetime', 'Execution Deadline'),
	COMPLETED: field('char', 'Completed'),
	STATUS: field('crm_enum_activitystatus', 'Status'),
	RESPONSIBLE_ID: field('user', 'Responsible', { isRequired: true }),
	PRIORITY: field('crm_enum_activitypriority', 'Priority'),
	NOTIFY_TYPE: field('crm_enum_activitynotifytype', 'Notification Type'),
	NOTIFY_VALUE: field('integer', 'Notification Parameter'),
	DESCRIPTION: field('string', 'Description'),
	DESCRIPTION_TYPE: field('crm_enum_contenttype', 'Description Type'),
	DIRECTION: field('crm_enum_activitydirection', 'Direction'),
	LOCATION: field('string', 'Location'),
	CREATED: field('datetime', 'Creation Date', readOnly),
	AUTHOR_ID: field('user', 'Created By', readOnly),
	LAST_UPDATED: field('datetime', 'Last Updated Date', readOnly),
	EDITOR_ID: field('user', 'Edited By', readOnly),
	SETTINGS: field('object', 'Settings'),
	ORIGIN_ID: field('string', 'External Code'),
	ORIGINATOR_ID: field('string', 'External Source'),
	RESULT_STATUS: field('integer', 'RESULT_STATUS'),
	RESULT_STREAM: field('integer', 'RESULT_STREAM'),
	RESULT_SOURCE_ID: field('string', 'RESULT_SOURCE_ID'),
	PROVIDER_PARAMS: field('object', 'Provider Parameters'),
	PROVIDER_DATA: field('string', 'Provider Data'),
	RESULT_MARK: field('integer', 'RESULT_MARK'),
	RESULT_VALUE: field('double', 'RESULT_VALUE'),
	RESULT_SUM: field('double', 'RESULT_SUM'),
	RESULT_CURRENCY_ID: field('string', 'RESULT_CURRENCY_ID'),
	AUTOCOMPLETE_RULE: field('integer', 'Autocomplete'),
	BINDINGS: field('crm_activity_binding', 'Bindings', { isReadOnly: true, isMultiple: true }),
	COMMUNICATIONS: field('crm_activity_communication', 'Communication Channel', { isRequired: true, isMultiple: true }),
	FILES: field('diskfile', 'Files', { isMultiple: true }),
	WEBDAV_ELEMENTS: field('diskfile', 'Added Files', { isMultiple: true }),
	IS_INCOMING_CHANNEL: field('char', 'IS_INCOMING_CHANNEL', readOnly),
};

/** The documented messages of crm.activity.add, in the order the portal checks. */
const REQUIRED_ON_ADD: Array<[string, string]> = [
	['SUBJECT', 'The field SUBJECT is not defined or empty'],
	['RESPONSIBLE_ID', 'The field RESPONSIBLE_ID is not defined or invalid'],
	['TYPE_ID', 'The field TYPE_ID is not defined or invalid'],
	['COMMUNICATIONS', 'The field COMMUNICATIONS is not defined or invalid'],
];

function validate(fields: Dict, _ctx: CallContext, existing?: Dict): void {
	if (existing) return;
	const upper = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key.toUpperCase(), value]));
	for (const [name, message] of REQUIRED_ON_ADD) if (phpEmpty(upper[name])) throw new RestError('', message);
}

/** What the portal fills in on a new activity (author, dates, defaults). */
export function stampNewActivity(row: Dict, ctx: CallContext): void {
	const user = String(ctx.auth.userId);
	row.CREATED = ctx.nowIso;
	row.LAST_UPDATED = ctx.nowIso;
	row.AUTHOR_ID = user;
	row.EDITOR_ID = user;
	row.COMPLETED ??= 'N';
	row.PRIORITY ??= '2';
	row.STATUS ??= row.COMPLETED === 'Y' ? '2' : '1';
	row.DESCRIPTION ??= '';
	row.DEADLINE ??= row.END_TIME ?? row.START_TIME ?? null;
	addBinding(ctx, toInt(row.ID), toInt(row.OWNER_TYPE_ID), toInt(row.OWNER_ID));
}

export function touchActivity(row: Dict, ctx: CallContext): void {
	row.LAST_UPDATED = ctx.nowIso;
	row.EDITOR_ID = String(ctx.auth.userId);
}

const describe = (type: string, title: string, isReadOnly = false): Dict => ({
	type,
	isRequired: false,
	isReadOnly,
	isImmutable: false,
	isMultiple: false,
	isDynamic: false,
	title,
});

const communicationFields: MethodSpec = {
	name: 'crm.activity.communication.fields',
	scopes: ['crm'],
	handler: () => ({
		result: {
			ID: describe('integer', 'ID', true),
			ACTIVITY_ID: describe('integer', 'Case', true),
			ENTITY_ID: describe('integer', 'Entity element ID'),
			ENTITY_TYPE_ID: describe('integer', 'Entity type'),
			TYPE: describe('string', 'Type'),
			VALUE: describe('string', 'Value'),
		},
	}),
};

export const activityRecordMethods: MethodSpec[] = [
	...classicTableMethods({
		prefix: 'crm.activity',
		scope: 'crm',
		fields: ACTIVITY_FIELDS,
		validate,
		onAdd: stampNewActivity,
		onUpdate: touchActivity,
	}),
	communicationFields,
];
