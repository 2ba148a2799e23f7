/** Errors and parameter reading of the newer activity methods (todo, binding, type): Bitrix24's controller style. */
import { RestError } from '../../errors';
import { Dict, toInt, toPhpString } from '../../php';
import type { CallContext } from '../../types';

export const activityErrors = {
	missing: (name: string) => new RestError('100', `Could not find value for parameter {${name}}`),
	notFound: (message = 'Not found.') => new RestError('NOT_FOUND', message),
	ownerNotFound: () => new RestError('OWNER_NOT_FOUND', 'Owner of the entity not found'),
	wrongDate: () => new RestError('WRONG_DATETIME_FORMAT', 'Incorrect date format'),
	completed: () => new RestError('CAN_NOT_UPDATE_COMPLETED_TODO', 'Completed activity cannot be modified'),
	alreadyBound: () => new RestError('ACTIVITY_IS_ALREADY_BOUND', 'The activity is already bound to this entity'),
	bindingNotFound: () => new RestError('BINDING_NOT_FOUND', 'The activity is not bound to this entity'),
	lastBinding: () => new RestError('LAST_BINDING_CANNOT_BE_DELETED', 'The only binding of the activity cannot be deleted'),
	typeMissing: () => new RestError('INVALID_ARG_VALUE', 'TYPE_ID is not defined'),
	typeExists: () => new RestError('INVALID_ARG_VALUE', 'Activity type with the same TYPE_ID already exists'),
	typeNotFound: () => new RestError('INVALID_ARG_VALUE', 'Activity type not found'),
};

/** A parameter the method requires, read in any letter case. */
export function required(ctx: CallContext, name: string): unknown {
	const key = Object.keys(ctx.params).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
	const value = key === undefined ? undefined : ctx.params[key];
	if (value === undefined || value === null || toPhpString(value) === '') throw activityErrors.missing(name);
	return value;
}

export function requiredInt(ctx: CallContext, name: string): number {
	return toInt(required(ctx, name));
}

/** A CRM record (deal, contact, ...) the portal knows. */
export function crmRecordExists(ctx: CallContext, entityTypeId: number, entityId: number): boolean {
	return ctx.state.crm.itemsOf(entityTypeId).has(entityId);
}

export function activityRow(ctx: CallContext, id: number): Dict | undefined {
	return ctx.state.tables.of('crm.activity').rows.get(id);
}
