/** crm.activity.type.add/list/delete: custom activity types, each owned by the application that added it. */
import { requireApplication } from '../../auth';
import { Dict, isDict, isYes, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { legacyErrors } from '../crmLegacy/records';
import { activityErrors } from './shared';

const TABLE = 'crm.activity.type';

function typesOf(ctx: CallContext, clientId: string): Array<[number, Dict]> {
	return [...ctx.state.tables.of(TABLE).rows.entries()].filter(([, row]) => row.clientId === clientId);
}

function add(ctx: CallContext): MethodResult {
	const clientId = requireApplication(ctx.auth);
	const fields = ctx.params.fields ?? ctx.params.FIELDS;
	if (!isDict(fields)) throw legacyErrors.fieldsNotArray();
	const typeId = toPhpString(fields.TYPE_ID).trim();
	if (typeId === '') throw activityErrors.typeMissing();
	if (typesOf(ctx, clientId).some(([, row]) => row.TYPE_ID === typeId)) throw activityErrors.typeExists();
	const table = ctx.state.tables.of(TABLE);
	table.rows.set(table.ids.next(), {
		clientId,
		TYPE_ID: typeId,
		NAME: toPhpString(fields.NAME),
		IS_CONFIGURABLE_TYPE: isYes(fields.IS_CONFIGURABLE_TYPE) ? 'Y' : 'N',
		ICON_ID: '0',
	});
	return { result: true };
}

function list(ctx: CallContext): MethodResult {
	const clientId = requireApplication(ctx.auth);
	return { result: typesOf(ctx, clientId).map(([, { clientId: _owner, ...row }]) => row) };
}

function remove(ctx: CallContext): MethodResult {
	const clientId = requireApplication(ctx.auth);
	const typeId = toPhpString(ctx.params.TYPE_ID ?? ctx.params.typeId).trim();
	const match = typesOf(ctx, clientId).find(([, row]) => row.TYPE_ID === typeId);
	if (!match) throw activityErrors.typeNotFound();
	ctx.state.tables.of(TABLE).rows.delete(match[0]);
	return { result: true };
}

export const activityTypeMethods: MethodSpec[] = [
	{ name: 'crm.activity.type.add', scopes: ['crm'], handler: add },
	{ name: 'crm.activity.type.list', scopes: ['crm'], handler: list },
	{ name: 'crm.activity.type.delete', scopes: ['crm'], handler: remove },
];
