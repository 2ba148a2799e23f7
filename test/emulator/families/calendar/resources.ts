/** calendar.resource.add / list / update / delete */
import { phpEmpty, toInt, toPhpString } from '../../php';
import type { CalendarResource } from '../../state/calendarStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { calendarError, notSet } from './shared';

function add(ctx: CallContext): MethodResult {
	if (phpEmpty(ctx.params.name)) throw notSet(ctx, 'name');
	const resource: CalendarResource = { id: ctx.state.calendar.resourceIds.next(), name: toPhpString(ctx.params.name), createdBy: ctx.auth.userId };
	ctx.state.calendar.resources.set(resource.id, resource);
	return { result: resource.id };
}

function list(ctx: CallContext): MethodResult {
	const resources = [...ctx.state.calendar.resources.values()];
	return { result: resources.map((resource) => ({ ID: String(resource.id), NAME: resource.name, CREATED_BY: String(resource.createdBy) })) };
}

function update(ctx: CallContext): MethodResult {
	if (phpEmpty(ctx.params.resourceId)) throw notSet(ctx, 'resourceId');
	if (phpEmpty(ctx.params.name)) throw notSet(ctx, 'name');
	const resource = ctx.state.calendar.resources.get(toInt(ctx.params.resourceId));
	if (!resource) throw calendarError('An error occurred while updating the resource');
	resource.name = toPhpString(ctx.params.name);
	return { result: resource.id };
}

function remove(ctx: CallContext): MethodResult {
	if (phpEmpty(ctx.params.resourceId)) throw notSet(ctx, 'resourceId');
	if (!ctx.state.calendar.resources.delete(toInt(ctx.params.resourceId))) throw calendarError('An error occurred while deleting the resource');
	return { result: true };
}

export const resourceMethods: MethodSpec[] = [
	{ name: 'calendar.resource.add', scopes: ['calendar'], handler: add },
	{ name: 'calendar.resource.list', scopes: ['calendar'], handler: list },
	{ name: 'calendar.resource.update', scopes: ['calendar'], handler: update },
	{ name: 'calendar.resource.delete', scopes: ['calendar'], handler: remove },
];
