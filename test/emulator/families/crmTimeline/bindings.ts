/** crm.timeline.bindings.list/bind/unbind/fields: the CRM items a timeline record shows on. */
import { RestError } from '../../errors';
import { Dict, isDict, toInt } from '../../php';
import { paginate, readStart } from '../../pagination';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { bind, bindingsOf, BINDING_TABLE, entityTypeIdOf, timelineErrors, timelineRecordExists } from './shared';

const BINDABLE = ['lead', 'deal', 'contact', 'company', 'order'];

function readLink(ctx: CallContext): { ownerId: number; entityId: number; entityType: string } {
	const fields: Dict = isDict(ctx.params.fields) ? ctx.params.fields : {};
	const ownerId = toInt(fields.OWNER_ID);
	if (!(ownerId > 0) || !timelineRecordExists(ctx, ownerId)) throw timelineErrors.invalid('OWNER_ID');
	const entityId = toInt(fields.ENTITY_ID);
	if (!(entityId > 0)) throw timelineErrors.invalid('ENTITY_ID');
	const entityType = String(fields.ENTITY_TYPE ?? '').toLowerCase();
	if (!BINDABLE.includes(entityType)) throw timelineErrors.invalid('ENTITY_TYPE');
	return { ownerId, entityId, entityType };
}

function matching(ctx: CallContext, link: { ownerId: number; entityId: number; entityType: string }): [number, Dict] | undefined {
	return bindingsOf(ctx, link.ownerId).find(
		([, row]) => toInt(row.ENTITY_ID) === link.entityId && entityTypeIdOf(row.ENTITY_TYPE) === entityTypeIdOf(link.entityType),
	);
}

function list(ctx: CallContext): MethodResult {
	const filter: Dict = isDict(ctx.params.filter) ? ctx.params.filter : {};
	const ownerId = toInt(filter.OWNER_ID);
	if (!(ownerId > 0)) throw timelineErrors.invalid('OWNER_ID');
	const rows = bindingsOf(ctx, ownerId).map(([, { OWNER_ID, ENTITY_ID, ENTITY_TYPE }]) => ({ OWNER_ID, ENTITY_ID, ENTITY_TYPE }));
	const page = paginate(rows, readStart(ctx.params));
	return { result: page.rows, total: page.total, next: page.next };
}

function bindLink(ctx: CallContext): MethodResult {
	const link = readLink(ctx);
	if (matching(ctx, link)) return { result: false };
	bind(ctx, link.ownerId, link.entityType, link.entityId);
	return { result: true };
}

function unbind(ctx: CallContext): MethodResult {
	const link = readLink(ctx);
	const found = matching(ctx, link);
	if (!found) throw new RestError('', 'Not found.');
	ctx.state.tables.of(BINDING_TABLE).rows.delete(found[0]);
	return { result: true };
}

const describe = (type: string, title: string): Dict => ({
	type,
	isRequired: true,
	isReadOnly: false,
	isImmutable: true,
	isMultiple: false,
	isDynamic: false,
	title,
});

const fields = (): MethodResult => ({
	result: {
		OWNER_ID: describe('integer', 'Timeline record ID'),
		ENTITY_ID: describe('integer', 'Element ID'),
		ENTITY_TYPE: describe('string', 'Element type'),
	},
});

export const timelineBindingMethods: MethodSpec[] = [
	{ name: 'crm.timeline.bindings.list', scopes: ['crm'], handler: list },
	{ name: 'crm.timeline.bindings.bind', scopes: ['crm'], handler: bindLink },
	{ name: 'crm.timeline.bindings.unbind', scopes: ['crm'], handler: unbind },
	{ name: 'crm.timeline.bindings.fields', scopes: ['crm'], handler: fields },
];
