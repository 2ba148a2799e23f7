/**
 * documentgenerator.template.add / update / get / list / delete / getfields
 * (api-reference/document-generator/templates/*.md). The .docx itself is not read: `fileId` or `file` is
 * only checked for presence, and the placeholders are those a test seeded.
 */
import type { Dict } from '../../php';
import { isDict, phpEmpty, phpValues, toInt, toPhpString, toYN } from '../../php';
import type { DocgenTemplate } from '../../state/docgenStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { nextNumber } from './numerators';
import { docgenDate, docgenErrors, fieldsParam, listPage, requiredId, requireFields } from './shared';

const PROVIDER = 'bitrix\\documentgenerator\\dataprovider\\rest';
const LIST_FIELDS = ['id', 'active', 'name', 'code', 'region', 'sort', 'createTime', 'updateTime', 'numeratorId', 'withStamps', 'users', 'providers'];

const asSet = (values: string[]) => Object.fromEntries(values.map((value) => [value, value]));

function downloadUrl(template: DocgenTemplate): string {
	return `/bitrix/services/main/ajax.php?action=documentgenerator.api.template.download&SITE_ID=s1&id=${template.id}`;
}

/** get/add/update print users and providers as maps; the list prints them as lists. */
export function templateView(ctx: CallContext, template: DocgenTemplate): Dict {
	return {
		id: String(template.id),
		name: template.name,
		region: template.region,
		code: template.code,
		download: `${downloadUrl(template)}&ts=0`,
		active: template.active,
		moduleId: 'rest',
		numeratorId: String(template.numeratorId),
		withStamps: template.withStamps,
		providers: asSet([PROVIDER]),
		users: asSet(template.users),
		isDeleted: template.isDeleted ? 'Y' : 'N',
		sort: String(template.sort),
		createTime: docgenDate(ctx, template.createdMs),
		updateTime: docgenDate(ctx, template.updatedMs),
	};
}

function listRow(ctx: CallContext, template: DocgenTemplate): Dict {
	return {
		id: String(template.id),
		active: template.active,
		name: template.name,
		code: template.code,
		region: template.region,
		sort: String(template.sort),
		createTime: docgenDate(ctx, template.createdMs),
		updateTime: docgenDate(ctx, template.updatedMs),
		createdBy: String(template.createdBy),
		updatedBy: String(template.updatedBy),
		moduleId: 'rest',
		fileId: String(template.fileId),
		bodyType: 'Bitrix\\DocumentGenerator\\Body\\Docx',
		numeratorId: String(template.numeratorId),
		withStamps: template.withStamps,
		productsTableVariant: '',
		isDeleted: 'N',
		isDefault: 'N',
		download: downloadUrl(template),
		providers: [PROVIDER],
		users: [...template.users],
	};
}

export function findTemplate(ctx: CallContext, id: number): DocgenTemplate {
	const template = ctx.state.docgen.templates.get(id);
	if (!template) throw docgenErrors.failure('Template not found');
	return template;
}

function applyFields(template: DocgenTemplate, fields: Dict): void {
	if (fields.name !== undefined) template.name = toPhpString(fields.name);
	if (fields.code !== undefined) template.code = toPhpString(fields.code);
	if (fields.region !== undefined) template.region = toPhpString(fields.region);
	if (fields.numeratorId !== undefined) template.numeratorId = toInt(fields.numeratorId);
	if (fields.users !== undefined) template.users = phpValues(fields.users).map(toPhpString);
	if (fields.active !== undefined) template.active = toYN(fields.active);
	if (fields.withStamps !== undefined) template.withStamps = toYN(fields.withStamps);
	if (fields.sort !== undefined) template.sort = toInt(fields.sort);
	if (!phpEmpty(fields.fileId)) template.fileId = toInt(fields.fileId);
}

function add(ctx: CallContext): MethodResult {
	const fields = fieldsParam(ctx);
	requireFields(fields, ['name', 'numeratorId', 'region']);
	if (phpEmpty(fields.fileId) && phpEmpty(fields.file)) throw docgenErrors.failure('Missing file content');
	const template = ctx.state.docgen.seedTemplate({ name: toPhpString(fields.name), users: [`U${ctx.auth.userId}`], createdBy: ctx.auth.userId, updatedBy: ctx.auth.userId }, ctx.nowMs);
	applyFields(template, fields);
	return { result: { template: templateView(ctx, template) } };
}

function update(ctx: CallContext): MethodResult {
	const template = findTemplate(ctx, requiredId(ctx, 'Bitrix\\DocumentGenerator\\Template constructor must be public'));
	applyFields(template, fieldsParam(ctx));
	template.updatedBy = ctx.auth.userId;
	template.updatedMs = ctx.nowMs;
	return { result: { template: templateView(ctx, template) } };
}

function get(ctx: CallContext): MethodResult {
	const template = findTemplate(ctx, requiredId(ctx, 'Bitrix\\DocumentGenerator\\Template constructor must be public'));
	return { result: { template: templateView(ctx, template) } };
}

function list(ctx: CallContext): MethodResult {
	const rows = [...ctx.state.docgen.templates.values()].filter((template) => !template.isDeleted).map((template) => listRow(ctx, template));
	const page = listPage(rows, ctx.params, [...LIST_FIELDS, 'createdBy', 'updatedBy', 'moduleId', 'fileId']);
	return { result: { templates: Object.fromEntries(page.rows.map((row) => [String(row.id), row])) }, total: page.total, next: page.next };
}

/** Deleting marks the template: documents can no longer be made from it. */
function remove(ctx: CallContext): MethodResult {
	const template = findTemplate(ctx, requiredId(ctx, 'Bitrix\\DocumentGenerator\\Template constructor must be public'));
	if (template.isDeleted) throw docgenErrors.failure('Template not found');
	template.isDeleted = true;
	return { result: null };
}

/** The placeholders of a template (or a document) with their values, between the number and the title. */
export function fieldMap(template: DocgenTemplate, number: string, title: string, values: Dict): Dict {
	const fields: Dict = {
		DocumentNumber: { title: 'Number', value: number, required: 'Y', group: ['Document'], chain: 'this.DOCUMENT.DOCUMENT_NUMBER', default: number },
	};
	for (const name of template.placeholders) fields[name] = { value: toPhpString(values[name] ?? ''), default: '' };
	fields.DocumentTitle = { title: 'Document Title', value: title, group: ['Document'], chain: 'this.DOCUMENT.DOCUMENT_TITLE', default: title };
	return fields;
}

function getFields(ctx: CallContext): MethodResult {
	const template = findTemplate(ctx, requiredId(ctx, 'Bitrix\\DocumentGenerator\\Template constructor must be public'));
	if (template.isDeleted) throw docgenErrors.failure('Cannot get fields from deleted template');
	const number = nextNumber(ctx, template.numeratorId, false);
	const values = isDict(ctx.params.values) ? ctx.params.values : {};
	return { result: { templateFields: fieldMap(template, number, `${template.name} ${number}`, values) } };
}

export const templateMethods: MethodSpec[] = [
	{ name: 'documentgenerator.template.add', scopes: ['documentgenerator'], handler: add },
	{ name: 'documentgenerator.template.update', scopes: ['documentgenerator'], handler: update },
	{ name: 'documentgenerator.template.get', scopes: ['documentgenerator'], handler: get },
	{ name: 'documentgenerator.template.list', scopes: ['documentgenerator'], handler: list },
	{ name: 'documentgenerator.template.delete', scopes: ['documentgenerator'], handler: remove },
	{ name: 'documentgenerator.template.getfields', scopes: ['documentgenerator'], handler: getFields },
];
