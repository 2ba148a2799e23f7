/**
 * crm.timeline.comment.*: the classic table, with the comment's own answers: `.update` returns the
 * id, `.delete` returns null, `.get` of an unknown id says `Not found.`. A comment is bound to the
 * CRM item it was added to (crm.timeline.bindings.*).
 */
import { RestError } from '../../errors';
import { Dict, isDict, phpEmpty, toInt, toPhpString } from '../../php';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { ClassicFieldDef, classicTableMethods } from '../classicTable';
import { bind, bindingsOf, BINDING_TABLE, crmRecordExists, entityTypeIdOf, TIMELINE_TABLE, timelineErrors } from './shared';

const field = (type: string, title: string, extra: Partial<ClassicFieldDef> = {}): ClassicFieldDef => ({ type, title, ...extra });

export const COMMENT_FIELDS: Record<string, ClassicFieldDef> = {
	ID: field('integer', 'ID', { isReadOnly: true }),
	CREATED: field('datetime', 'Created on', { isReadOnly: true }),
	ENTITY_ID: field('integer', 'Entity ID', { isRequired: true, isImmutable: true }),
	ENTITY_TYPE: field('string', 'Entity type', { isRequired: true, isImmutable: true }),
	AUTHOR_ID: field('user', 'Created by', { isReadOnly: true }),
	COMMENT: field('string', 'Comment', { isRequired: true }),
	FILES: field('diskfile', 'Files', { isMultiple: true }),
};

function validate(fields: Dict, ctx: CallContext, existing?: Dict): void {
	if (!existing) {
		for (const name of ['ENTITY_ID', 'ENTITY_TYPE']) if (phpEmpty(fields[name])) throw timelineErrors.missing(name);
		const typeId = entityTypeIdOf(fields.ENTITY_TYPE);
		if (!crmRecordExists(ctx, typeId, toInt(fields.ENTITY_ID))) throw timelineErrors.ownerNotFound();
	}
	if ((!existing || 'COMMENT' in fields) && toPhpString(fields.COMMENT).trim() === '') throw timelineErrors.emptyComment();
}

const base = classicTableMethods({
	prefix: TIMELINE_TABLE,
	scope: 'crm',
	fields: COMMENT_FIELDS,
	validate,
	onAdd: (row, ctx) => {
		row.ENTITY_TYPE = toPhpString(row.ENTITY_TYPE).toLowerCase();
		row.CREATED = ctx.nowIso;
		row.AUTHOR_ID = String(ctx.auth.userId);
		row.FILES = {};
		bind(ctx, toInt(row.ID), row.ENTITY_TYPE as string, toInt(row.ENTITY_ID));
	},
	notFound: () => new RestError('', 'Not found.'),
});

function handlerOf(verb: string) {
	return base.find((spec) => spec.name === `${TIMELINE_TABLE}.${verb}`)?.handler as (ctx: CallContext) => MethodResult;
}

function existing(ctx: CallContext): number {
	const id = toInt(ctx.params.id);
	if (!(id > 0)) throw timelineErrors.missing('id');
	if (!ctx.state.tables.of(TIMELINE_TABLE).rows.has(id)) throw timelineErrors.notFound();
	return id;
}

/** `fields` must be written in lower case since crm 23.100.0. */
function lowerCaseFields(ctx: CallContext): void {
	if (!isDict(ctx.params.fields)) throw timelineErrors.missing('fields');
}

const overrides: Record<string, (ctx: CallContext) => MethodResult> = {
	add: (ctx) => {
		lowerCaseFields(ctx);
		return handlerOf('add')(ctx);
	},
	update: (ctx) => {
		const id = existing(ctx);
		lowerCaseFields(ctx);
		handlerOf('update')(ctx);
		return { result: id };
	},
	delete: (ctx) => {
		const id = existing(ctx);
		const ownerTypeId = toInt(ctx.params.ownerTypeId);
		const ownerId = toInt(ctx.params.ownerId);
		const links = bindingsOf(ctx, id);
		const named = links.find(([, row]) => entityTypeIdOf(row.ENTITY_TYPE) === ownerTypeId && toInt(row.ENTITY_ID) === ownerId);
		if (ownerTypeId > 0 && ownerId > 0 && links.length > 1) {
			if (!named) throw timelineErrors.ownerNotFound();
			ctx.state.tables.of(BINDING_TABLE).rows.delete(named[0]);
			return { result: null };
		}
		if (links.length > 1) throw new RestError('MULTIPLE_BINDINGS', 'The comment is bound to several entities; name the one to remove it from');
		handlerOf('delete')(ctx);
		for (const [key] of links) ctx.state.tables.of(BINDING_TABLE).rows.delete(key);
		return { result: null };
	},
};

export const timelineCommentMethods: MethodSpec[] = base.map((spec) => {
	const verb = spec.name.slice(TIMELINE_TABLE.length + 1);
	return overrides[verb] ? { ...spec, handler: overrides[verb] } : spec;
});
