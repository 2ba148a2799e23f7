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
	completedColor: () => new RestError('CAN_NOT_UPDATE_COLOR_COMPLETED_TODO', 'Cannot change the color of a completed activity'),
	completedResponsible: () =>
		new RestError('CAN_NOT_UPDATE_RESPONSIBLE_USER_COMPLETED_TODO', 'Cannot change the responsible user of a completed activity'),
	wrongColor: () => new RestError('CAN_NOT_UPDATE_WRONG_COLOR_TODO', 'Invalid color value'),
	badResponsible: () => new RestError('INVALID_ARG_VALUE', 'Parameter "responsibleId" must be greater than 0'),
	sameTypeOnly: () => new RestError('SOURCE_AND_TARGET_ENTITY_TYPES_ARE_NOT_EQUAL_ERROR', 'Cannot move the activity to another CRM object type'),
	sameItem: () => new RestError('SOURCE_AND_TARGET_ENTITY_ID_ARE_EQUAL_ERROR', 'Cannot move the activity to the same item'),
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
