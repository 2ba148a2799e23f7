/**
 * documentgenerator.document.add / update / get / list / delete / getfields / enablepublicurl
 * (api-reference/document-generator/document-generator-document-*.md).
 */
import type { Dict } from '../../php';
import { isDict, phpEmpty, toInt, toPhpString } from '../../php';
import type { DocgenDocument } from '../../state/docgenStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { nextNumber } from './numerators';
import { docgenDate, docgenErrors, listPage, requiredId } from './shared';
import { fieldMap, findTemplate } from './templates';

const PROVIDER = 'Bitrix\\DocumentGenerator\\DataProvider\\Rest';
const LIST_FIELDS = ['id', 'title', 'number', 'templateId', 'provider', 'value', 'fileId', 'imageId', 'pdfId', 'createTime', 'updateTime', 'createdBy', 'updatedBy'];

const fileUrl = (action: string, document: DocgenDocument) =>
	`/bitrix/services/main/ajax.php?action=documentgenerator.api.document.${action}&SITE_ID=s1&id=${document.id}`;

function storedValues(document: DocgenDocument): Dict {
	return { productsTableVariant: '', _creationMethod: 'rest', stampsEnabled: document.stampsEnabled, DocumentNumber: document.number, ...document.values };
}

/** add prints ids as numbers; get and update as strings and add the PDF, image and print links. */
function documentView(ctx: CallContext, document: DocgenDocument, full: boolean): Dict {
	const ts = `&ts=${Math.floor(document.updatedMs / 1000)}`;
	const base: Dict = {
		downloadUrl: `${fileUrl('getfile', document)}${ts}`,
		publicUrl: document.publicUrl,
		title: document.title,
		number: document.number,
		id: full ? String(document.id) : document.id,
		createTime: docgenDate(ctx, document.createdMs),
		createdBy: full ? String(document.createdBy) : document.createdBy,
		updateTime: docgenDate(ctx, document.updatedMs),
		updatedBy: document.updatedBy === null ? null : full ? String(document.updatedBy) : document.updatedBy,
		stampsEnabled: document.stampsEnabled,
		isTransformationError: false,
		value: document.value,
		values: storedValues(document),
		templateId: String(document.templateId),
		provider: PROVIDER,
		pullTag: `TRANSFORMDOCUMENT${document.id}`,
	};
	if (!full) return base;
	return {
		...base,
		publicUrlView: {},
		imageUrl: `${fileUrl('getimage', document)}${ts}`,
		pdfUrl: `${fileUrl('getpdf', document)}${ts}`,
		printUrl: `${fileUrl('showpdf', document)}&print=y${ts}`,
	};
}

function listRow(ctx: CallContext, document: DocgenDocument): Dict {
	return {
		id: String(document.id),
		title: document.title,
		number: document.number,
		templateId: String(document.templateId),
		provider: PROVIDER.toLowerCase(),
		value: document.value,
		fileId: String(document.id * 2 + 1),
		imageId: null,
		pdfId: null,
		createTime: docgenDate(ctx, document.createdMs),
		updateTime: docgenDate(ctx, document.updatedMs),
		createdBy: String(document.createdBy),
		updatedBy: document.updatedBy === null ? null : String(document.updatedBy),
		downloadUrl: fileUrl('getfile', document),
		pdfUrl: fileUrl('getpdf', document),
		imageUrl: fileUrl('getimage', document),
		values: null,
		stampsEnabled: document.stampsEnabled,
	};
}

function find(ctx: CallContext): DocgenDocument {
	const document = ctx.state.docgen.documents.get(requiredId(ctx, 'Bitrix\\DocumentGenerator\\Document constructor must be public'));
	if (!document) throw docgenErrors.failure('Document not found');
	return document;
}

function valuesParam(ctx: CallContext): Dict {
	return isDict(ctx.params.values) ? ctx.params.values : {};
}

function add(ctx: CallContext): MethodResult {
	if (phpEmpty(ctx.params.templateId)) throw docgenErrors.argument('Bitrix\\DocumentGenerator\\Template constructor must be is public');
	const template = findTemplate(ctx, toInt(ctx.params.templateId));
	if (template.isDeleted) throw docgenErrors.failure('Cannot create document on deleted template');
	const value = toPhpString(ctx.params.value).trim();
	if (value === '') throw docgenErrors.failure('Empty required parameter "value"');
	const values = valuesParam(ctx);
	const number = phpEmpty(values.DocumentNumber) ? nextNumber(ctx, template.numeratorId, true) : toPhpString(values.DocumentNumber);
	const document: DocgenDocument = {
		id: ctx.state.docgen.documentIds.next(),
		templateId: template.id,
		value,
		values,
		number,
		title: `${template.name} ${number}`,
		stampsEnabled: ctx.params.stampsEnabled === undefined ? template.withStamps === 'Y' : toInt(ctx.params.stampsEnabled) === 1,
		createdBy: ctx.auth.userId,
		updatedBy: null,
		createdMs: ctx.nowMs,
		updatedMs: ctx.nowMs,
		publicUrl: null,
	};
	ctx.state.docgen.documents.set(document.id, document);
	return { result: { document: documentView(ctx, document, false) } };
}

function update(ctx: CallContext): MethodResult {
	const document = find(ctx);
	document.values = { ...document.values, ...valuesParam(ctx) };
	if (ctx.params.stampsEnabled !== undefined) document.stampsEnabled = toInt(ctx.params.stampsEnabled) === 1;
	document.updatedBy = ctx.auth.userId;
	document.updatedMs = ctx.nowMs;
	return { result: { document: documentView(ctx, document, true) } };
}

function list(ctx: CallContext): MethodResult {
	const rows = [...ctx.state.docgen.documents.values()].map((document) => listRow(ctx, document));
	const page = listPage(rows, ctx.params, LIST_FIELDS);
	return { result: { documents: page.rows }, total: page.total, next: page.next };
}

function remove(ctx: CallContext): MethodResult {
	ctx.state.docgen.documents.delete(find(ctx).id);
	return { result: null };
}

function enablePublicUrl(ctx: CallContext): MethodResult {
	const document = find(ctx);
	const enable = ctx.params.status === undefined || toInt(ctx.params.status) === 1;
	document.publicUrl = enable ? `https://emulated.bitrix24.test/~doc${document.id}` : null;
	return { result: { publicUrl: document.publicUrl } };
}

function getFields(ctx: CallContext): MethodResult {
	const document = find(ctx);
	const template = findTemplate(ctx, document.templateId);
	const values = { ...document.values, ...valuesParam(ctx) };
	return { result: { documentFields: fieldMap(template, document.number, document.title, values) } };
}

export const documentMethods: MethodSpec[] = [
	{ name: 'documentgenerator.document.add', scopes: ['documentgenerator'], handler: add },
	{ name: 'documentgenerator.document.update', scopes: ['documentgenerator'], handler: update },
	{ name: 'documentgenerator.document.get', scopes: ['documentgenerator'], handler: (ctx) => ({ result: { document: documentView(ctx, find(ctx), true) } }) },
	{ name: 'documentgenerator.document.list', scopes: ['documentgenerator'], handler: list },
	{ name: 'documentgenerator.document.delete', scopes: ['documentgenerator'], handler: remove },
	{ name: 'documentgenerator.document.getfields', scopes: ['documentgenerator'], handler: getFields },
	{ name: 'documentgenerator.document.enablepublicurl', scopes: ['documentgenerator'], handler: enablePublicUrl },
];
