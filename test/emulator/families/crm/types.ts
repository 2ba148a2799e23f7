/** crm.type.add / get / getByEntityTypeId / list / update / delete / fields (smart-process types). */
import { RestError } from '../../errors';
import { ListSchema, selectRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { Dict, isDict, isYes, phpEmpty, phpValues, toInt, toPhpString, toYN } from '../../php';
import { LINKED_USER_FIELDS, SPA_FLAGS, SpaFlag, SpaType, TypeRelation } from '../../state/crmStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { fieldView } from './itemView';
import { crmErrors, requireParam } from './items';
import { newSpaCategoryId } from './stages';
import { BUILT_IN_TYPES, upperNameOf } from './typeRegistry';
import { TYPE_FIELDS } from './typeFields';

/** crm.type.* errors without a string code carry the number 0. */
const typeError = (description: string) => new RestError(0, description);

const FLAG_DEFAULTS: Record<SpaFlag, 'Y' | 'N'> = Object.fromEntries(
	SPA_FLAGS.map((flag) => [flag, flag === 'isSetOpenPermissions' ? 'Y' : 'N']),
) as Record<SpaFlag, 'Y' | 'N'>;

export function isAllowedEntityTypeId(id: number): boolean {
	return (id >= 128 && id <= 192) || (id >= 1030 && id % 2 === 0);
}

function nextFreeEntityTypeId(ctx: CallContext): number {
	let candidate = 1030;
	while (ctx.state.crm.typeByEntityTypeId(candidate)) candidate += 2;
	return candidate;
}

function readRelations(value: unknown): TypeRelation[] {
	return phpValues(value)
		.filter(isDict)
		.map((relation) => ({
			entityTypeId: toInt(relation.entityTypeId),
			isChildrenListEnabled: toYN(relation.isChildrenListEnabled),
			isPredefined: 'N' as const,
		}))
		.filter((relation) => relation.entityTypeId > 0);
}

/** With the client field on, contacts and companies are predefined parents. */
function withPredefinedParents(parents: TypeRelation[], clientEnabled: boolean): TypeRelation[] {
	const custom = parents.filter((relation) => relation.isPredefined === 'N' && !(clientEnabled && (relation.entityTypeId === 3 || relation.entityTypeId === 4)));
	if (!clientEnabled) return custom;
	const predefined: TypeRelation[] = [3, 4].map((entityTypeId) => ({ entityTypeId, isChildrenListEnabled: 'Y', isPredefined: 'Y' }));
	return [...predefined, ...custom];
}

function readLinkedUserFields(value: unknown, enabled: boolean, base?: Record<string, 'Y' | 'N'>): Record<string, 'Y' | 'N'> {
	const out: Record<string, 'Y' | 'N'> = {};
	for (const key of LINKED_USER_FIELDS) out[key] = base?.[key] ?? 'N';
	if (enabled && isDict(value)) for (const key of LINKED_USER_FIELDS) if (value[key] !== undefined) out[key] = toYN(value[key]);
	return out;
}

function listView(type: SpaType, ctx: CallContext): Dict {
	return {
		id: type.id,
		title: type.title,
		code: type.code,
		createdBy: type.createdBy,
		entityTypeId: type.entityTypeId,
		customSectionId: type.customSectionId,
		...type.flags,
		createdTime: ctx.formatDate(type.createdMs),
		updatedTime: ctx.formatDate(type.updatedMs),
		updatedBy: type.updatedBy,
	};
}

function fullView(type: SpaType, ctx: CallContext): Dict {
	return {
		...listView(type, ctx),
		relations: { parent: type.relations.parent.map((r) => ({ ...r })), child: type.relations.child.map((r) => ({ ...r })) },
		linkedUserFields: { ...type.linkedUserFields },
		customSections: [],
	};
}

function applyFields(type: SpaType, fields: Dict): void {
	if (fields.title !== undefined && toPhpString(fields.title) !== '') type.title = toPhpString(fields.title);
	if (fields.code !== undefined) type.code = toPhpString(fields.code);
	for (const flag of SPA_FLAGS) if (fields[flag] !== undefined) type.flags[flag] = toYN(fields[flag]);
	if (fields.customSectionId !== undefined) type.customSectionId = phpEmpty(fields.customSectionId) ? null : toInt(fields.customSectionId);
	const clientEnabled = type.flags.isClientEnabled === 'Y';
	if (isDict(fields.relations)) {
		if (fields.relations.parent !== undefined) type.relations.parent = readRelations(fields.relations.parent);
		if (fields.relations.child !== undefined) type.relations.child = readRelations(fields.relations.child);
	}
	type.relations.parent = withPredefinedParents(type.relations.parent, clientEnabled);
	type.linkedUserFields = readLinkedUserFields(fields.linkedUserFields, type.flags.isUseInUserfieldEnabled === 'Y', type.linkedUserFields);
}

function fieldsParam(ctx: CallContext): Dict {
	const fields = requireParam(ctx, 'fields');
	if (!isDict(fields)) throw crmErrors.missingParameter('fields');
	return fields;
}

function add(ctx: CallContext): MethodResult {
	const fields = fieldsParam(ctx);
	if (toPhpString(fields.title).trim() === '') throw typeError('The "Title" field is required');
	let entityTypeId: number;
	if (phpEmpty(fields.entityTypeId)) {
		entityTypeId = nextFreeEntityTypeId(ctx);
	} else {
		entityTypeId = toInt(fields.entityTypeId);
		if (!isAllowedEntityTypeId(entityTypeId)) throw new RestError('INVALID_ARG_VALUE', 'entityTypeId is out of allowed range');
		if (ctx.state.crm.typeByEntityTypeId(entityTypeId) || BUILT_IN_TYPES[entityTypeId]) {
			throw typeError('A smart process with this entityTypeId already exists');
		}
	}
	if (isYes(fields.isExternal) && phpEmpty(fields.customSectionId)) throw typeError('Select a workplace where the SPA will be located');
	const type: SpaType = {
		id: ctx.state.crm.typeIds.next(),
		entityTypeId,
		title: '',
		code: '',
		createdBy: ctx.auth.userId,
		updatedBy: ctx.auth.userId,
		createdMs: ctx.nowMs,
		updatedMs: ctx.nowMs,
		customSectionId: null,
		flags: { ...FLAG_DEFAULTS },
		relations: { parent: [], child: [] },
		linkedUserFields: readLinkedUserFields(undefined, false),
		defaultCategoryId: newSpaCategoryId(ctx.state),
	};
	applyFields(type, fields);
	ctx.state.crm.types.set(type.id, type);
	const view = fullView(type, ctx);
	// The docs' crm.type.add answer has no `code` key unless one was set.
	if (type.code === '') delete view.code;
	return { result: { type: view } };
}

function byId(ctx: CallContext, notFound: string): SpaType {
	const type = ctx.state.crm.types.get(toInt(ctx.params.id));
	if (!type) throw typeError(notFound);
	return type;
}

function update(ctx: CallContext): MethodResult {
	const type = byId(ctx, 'SPA not found');
	const fields = isDict(ctx.params.fields) ? ctx.params.fields : {};
	applyFields(type, fields);
	type.updatedBy = ctx.auth.userId;
	type.updatedMs = ctx.nowMs;
	return { result: { type: fullView(type, ctx) } };
}

function remove(ctx: CallContext): MethodResult {
	// The docs: a null result means the id was not passed and nothing was deleted.
	if (phpEmpty(ctx.params.id)) return { result: null };
	const type = byId(ctx, 'Smart process not found');
	if (ctx.state.crm.itemsOf(type.entityTypeId).size > 0) throw new RestError('BX_ERROR', 'You cannot delete an entity type that has elements');
	ctx.state.crm.types.delete(type.id);
	return { result: [] };
}

function getByEntityTypeId(ctx: CallContext): MethodResult {
	const type = ctx.state.crm.typeByEntityTypeId(toInt(ctx.params.entityTypeId));
	if (!type) throw typeError('Smart process not found');
	return { result: { type: fullView(type, ctx) } };
}

const typeListSchema = (views: Map<number, Dict>): ListSchema<SpaType> => ({
	resolve: (name) => TYPE_FIELDS.find((def) => def.name === name || upperNameOf(def.name) === name.toUpperCase())?.name,
	get: (row, field) => views.get(row.id)?.[field],
	unknownField: (name, where) => {
		throw new RestError('INVALID_ARG_VALUE', `Invalid ${where}: field '${name}' is not allowed in ${where}`);
	},
	badDirection: (field, direction) => {
		throw new RestError('INVALID_ARG_VALUE', `Invalid order: allowed sort directions are ASC, DESC. But got '${direction}' for field '${field}'`);
	},
});

function list(ctx: CallContext): MethodResult {
	const types = [...ctx.state.crm.types.values()].sort((a, b) => a.id - b.id);
	const views = new Map(types.map((type) => [type.id, listView(type, ctx)]));
	const rows = selectRows(types, ctx.params.filter, ctx.params.order, typeListSchema(views));
	const page = paginate(rows, readStart(ctx.params));
	return { result: { types: page.rows.map((row) => views.get(row.id)) }, total: page.total, next: page.next };
}

function fields(): MethodResult {
	const out: Dict = {};
	for (const def of TYPE_FIELDS) out[def.name] = fieldView(def);
	return { result: { fields: out } };
}

export const typeMethods: MethodSpec[] = [
	{ name: 'crm.type.add', scopes: ['crm'], handler: add },
	{ name: 'crm.type.get', scopes: ['crm'], handler: (ctx) => ({ result: { type: fullView(byId(ctx, 'SPA not found'), ctx) } }) },
	{ name: 'crm.type.getByEntityTypeId', scopes: ['crm'], handler: getByEntityTypeId },
	{ name: 'crm.type.list', scopes: ['crm'], handler: list },
	{ name: 'crm.type.update', scopes: ['crm'], handler: update },
	{ name: 'crm.type.delete', scopes: ['crm'], handler: remove },
	{ name: 'crm.type.fields', scopes: ['crm'], handler: fields },
];
