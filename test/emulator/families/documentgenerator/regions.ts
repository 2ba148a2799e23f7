/** documentgenerator.region.add / update / get / list / delete (api-reference/document-generator/region/*.md). */
import { RestError } from '../../errors';
import type { Dict } from '../../php';
import { isDict, phpEmpty, toInt, toPhpString } from '../../php';
import type { DocgenRegion } from '../../state/docgenStore';
import { BUILT_IN_REGIONS } from '../../state/docgenStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { docgenErrors, fieldsParam } from './shared';

const TEXT_FIELDS = ['title', 'languageId', 'formatDate', 'formatDatetime', 'formatName'] as const;

function view(region: DocgenRegion): Dict {
	return { id: String(region.id), ...Object.fromEntries(TEXT_FIELDS.map((name) => [name, region[name]])), phrases: region.phrases };
}

function find(ctx: CallContext): DocgenRegion {
	if (phpEmpty(ctx.params.id)) throw docgenErrors.argument('Could not find value for parameter {id}');
	const region = ctx.state.docgen.regions.get(toInt(ctx.params.id));
	if (!region) throw docgenErrors.failure('Region not found');
	return region;
}

function apply(region: DocgenRegion, fields: Dict): void {
	for (const name of TEXT_FIELDS) if (fields[name] !== undefined) region[name] = toPhpString(fields[name]);
	if (isDict(fields.phrases)) region.phrases = { ...region.phrases, ...fields.phrases };
}

function nonEmptyFields(ctx: CallContext): Dict {
	const fields = fieldsParam(ctx);
	if (Object.keys(fields).length === 0) throw docgenErrors.argument('Could not find value for parameter {fields}');
	return fields;
}

function add(ctx: CallContext): MethodResult {
	const fields = nonEmptyFields(ctx);
	if (phpEmpty(fields.title)) throw new RestError('BX_EMPTY_REQUIRED', 'Required field "TITLE" is not filled');
	const region: DocgenRegion = { id: ctx.state.docgen.regionIds.next(), title: '', languageId: '', formatDate: '', formatDatetime: '', formatName: '', phrases: {} };
	apply(region, fields);
	ctx.state.docgen.regions.set(region.id, region);
	return { result: { region: view(region) } };
}

function update(ctx: CallContext): MethodResult {
	const region = find(ctx);
	apply(region, nonEmptyFields(ctx));
	return { result: { region: view(region) } };
}

/** Pre-installed regions by their code, then the portal's own by id. */
function list(ctx: CallContext): MethodResult {
	const custom = [...ctx.state.docgen.regions.values()].map((region) => [String(region.id), view(region)]);
	return { result: { regions: Object.fromEntries([...BUILT_IN_REGIONS.map((region) => [region.code, region]), ...custom]) } };
}

function remove(ctx: CallContext): MethodResult {
	const region = find(ctx);
	const linked = [...ctx.state.docgen.templates.values()].some((template) => !template.isDeleted && template.region === String(region.id));
	if (linked) throw new RestError('BX_ERROR', 'There are templates linked to this region');
	ctx.state.docgen.regions.delete(region.id);
	return { result: null };
}

export const regionMethods: MethodSpec[] = [
	{ name: 'documentgenerator.region.add', scopes: ['documentgenerator'], handler: add },
	{ name: 'documentgenerator.region.update', scopes: ['documentgenerator'], handler: update },
	{ name: 'documentgenerator.region.get', scopes: ['documentgenerator'], handler: (ctx) => ({ result: { region: view(find(ctx)) } }) },
	{ name: 'documentgenerator.region.list', scopes: ['documentgenerator'], handler: list },
	{ name: 'documentgenerator.region.delete', scopes: ['documentgenerator'], handler: remove },
];
