/** entity.item.property.add / get / update / delete */
import { RestError } from '../../errors';
import { toInt, toPhpString } from '../../php';
import type { EntityProperty, EntityStorage } from '../../state/entityStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { cleanCode, entityErrors, findStorage } from './shared';

type PropertyType = EntityProperty['type'];

function propertyView(property: EntityProperty): Record<string, unknown> {
	return { PROPERTY: property.code, NAME: property.name, TYPE: property.type, SORT: String(property.sort) };
}

function propertyCode(ctx: CallContext, name: string): string {
	const code = cleanCode(ctx.params[name]);
	if (code === '') throw entityErrors.argumentEmpty(name);
	if (/^\d/.test(code)) throw entityErrors.core('Property code cannot start with a digit');
	return code;
}

function propertyType(value: unknown, fallback: PropertyType): PropertyType {
	if (value === undefined || toPhpString(value) === '') return fallback;
	const type = toPhpString(value).toUpperCase();
	if (type === 'L') throw new RestError('ERROR_UNSUPPORTED_PROPERTY_TYPE', 'Invalid property type');
	if (type !== 'S' && type !== 'N' && type !== 'F') throw new RestError('ERROR_ARGUMENT', 'Wrong entity item property type');
	return type;
}

function findProperty(storage: EntityStorage, ctx: CallContext): EntityProperty {
	const property = storage.properties.get(cleanCode(ctx.params.PROPERTY));
	if (!property) throw entityErrors.propertyNotFound();
	return property;
}

function add(ctx: CallContext): MethodResult {
	const storage = findStorage(ctx);
	const code = propertyCode(ctx, 'PROPERTY');
	const type = propertyType(ctx.params.TYPE, 'S');
	if (storage.properties.has(code)) throw new RestError('ERROR_PROPERTY_ALREADY_EXISTS', 'Property already exists');
	storage.properties.set(code, {
		code,
		name: toPhpString(ctx.params.NAME) || code,
		type,
		sort: ctx.params.SORT === undefined ? 500 : toInt(ctx.params.SORT),
	});
	return { result: true };
}

function get(ctx: CallContext): MethodResult {
	const storage = findStorage(ctx);
	if (ctx.params.PROPERTY !== undefined && cleanCode(ctx.params.PROPERTY) !== '') {
		return { result: propertyView(findProperty(storage, ctx)) };
	}
	const properties = [...storage.properties.values()].sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code));
	return { result: properties.map(propertyView) };
}

function update(ctx: CallContext): MethodResult {
	const storage = findStorage(ctx);
	propertyCode(ctx, 'PROPERTY');
	const property = findProperty(storage, ctx);
	const type = propertyType(ctx.params.TYPE, property.type);
	if (type === 'F' && property.type !== 'F') throw new RestError('ERROR_ARGUMENT', 'Cannot change property type to File');
	if (ctx.params.PROPERTY_NEW !== undefined && cleanCode(ctx.params.PROPERTY_NEW) !== '') {
		const newCode = propertyCode(ctx, 'PROPERTY_NEW');
		if (newCode !== property.code) {
			if (storage.properties.has(newCode)) throw new RestError('ERROR_PROPERTY_ALREADY_EXISTS', `Property ${newCode} already exists`);
			storage.properties.delete(property.code);
			for (const item of storage.items.values()) {
				if (item.propertyValues.has(property.code)) {
					item.propertyValues.set(newCode, item.propertyValues.get(property.code));
					item.propertyValues.delete(property.code);
				}
			}
			property.code = newCode;
			storage.properties.set(newCode, property);
		}
	}
	property.type = type;
	if (ctx.params.NAME !== undefined && toPhpString(ctx.params.NAME) !== '') property.name = toPhpString(ctx.params.NAME);
	if (ctx.params.SORT !== undefined) property.sort = toInt(ctx.params.SORT);
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const storage = findStorage(ctx);
	propertyCode(ctx, 'PROPERTY');
	const property = findProperty(storage, ctx);
	storage.properties.delete(property.code);
	for (const item of storage.items.values()) item.propertyValues.delete(property.code);
	return { result: true };
}

export const propertyMethods: MethodSpec[] = [
	{ name: 'entity.item.property.add', scopes: ['entity'], handler: add },
	{ name: 'entity.item.property.get', scopes: ['entity'], handler: get },
	{ name: 'entity.item.property.update', scopes: ['entity'], handler: update },
	{ name: 'entity.item.property.delete', scopes: ['entity'], handler: remove },
];
