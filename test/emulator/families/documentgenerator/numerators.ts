/** documentgenerator.numerator.add / update / get / list / delete (api-reference/document-generator/numerators/*.md). */
import { paginate, readStart } from '../../pagination';
import type { Dict } from '../../php';
import { isDict, toInt, toPhpString } from '../../php';
import type { DocgenNumerator } from '../../state/docgenStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { docgenErrors, fieldsParam, requiredId, requireFields } from './shared';

const GENERATOR = 'Bitrix_Main_Numerator_Generator_SequentNumberGenerator';

const DEFAULT_SETTINGS: Dict = { step: 1, length: 0, padString: '0', periodicBy: null, timezone: null, isDirectNumeration: false };

function settingsOf(given: unknown, current: Dict = {}): Dict {
	const generator = isDict(given) && isDict(given[GENERATOR]) ? (given[GENERATOR] as Dict) : {};
	const previous = isDict(current[GENERATOR]) ? (current[GENERATOR] as Dict) : DEFAULT_SETTINGS;
	const merged: Dict = { ...previous };
	for (const name of ['start', 'step', 'length']) if (generator[name] !== undefined) merged[name] = toInt(generator[name]);
	for (const name of ['padString', 'periodicBy', 'timezone']) if (generator[name] !== undefined) merged[name] = toPhpString(generator[name]);
	if (generator.isDirectNumeration !== undefined) merged.isDirectNumeration = Boolean(generator.isDirectNumeration);
	return { [GENERATOR]: merged };
}

/** The number a numerator gives next ("INV-00000005"); `issue` consumes it. */
export function nextNumber(ctx: CallContext, numeratorId: number, issue: boolean): string {
	const numerator = ctx.state.docgen.numerators.get(numeratorId);
	if (!numerator) return '';
	const settings = (numerator.settings[GENERATOR] ?? DEFAULT_SETTINGS) as Dict;
	const value = toInt(settings.start ?? 1) + numerator.issued * Math.max(1, toInt(settings.step));
	if (issue) numerator.issued += 1;
	const padded = String(value).padStart(toInt(settings.length), toPhpString(settings.padString) || '0');
	return numerator.template.replace('{NUMBER}', padded);
}

function view(numerator: DocgenNumerator, idAsNumber = false): Dict {
	return { name: numerator.name, template: numerator.template, id: idAsNumber ? numerator.id : String(numerator.id), code: null, settings: numerator.settings };
}

function find(ctx: CallContext): DocgenNumerator {
	const numerator = ctx.state.docgen.numerators.get(requiredId(ctx, 'Bitrix\\Main\\Numerator\\Numerator constructor must be public'));
	if (!numerator) throw docgenErrors.argument('Could not construct parameter {numerator}');
	return numerator;
}

function changeable(ctx: CallContext): DocgenNumerator {
	const numerator = find(ctx);
	if (!numerator.viaRest) throw docgenErrors.accessDenied();
	return numerator;
}

function add(ctx: CallContext): MethodResult {
	const fields = fieldsParam(ctx);
	requireFields(fields, ['name', 'template']);
	const numerator: DocgenNumerator = {
		id: ctx.state.docgen.numeratorIds.next(),
		name: toPhpString(fields.name),
		template: toPhpString(fields.template),
		settings: settingsOf(fields.settings),
		viaRest: true,
		issued: 0,
	};
	ctx.state.docgen.numerators.set(numerator.id, numerator);
	return { result: { numerator: view(numerator, true) } };
}

function update(ctx: CallContext): MethodResult {
	const numerator = changeable(ctx);
	const fields = fieldsParam(ctx);
	if (fields.name !== undefined) numerator.name = toPhpString(fields.name);
	if (fields.template !== undefined) numerator.template = toPhpString(fields.template);
	if (fields.settings !== undefined) numerator.settings = settingsOf(fields.settings, numerator.settings);
	return { result: view(numerator) };
}

function list(ctx: CallContext): MethodResult {
	const page = paginate([...ctx.state.docgen.numerators.values()], readStart(ctx.params));
	return {
		result: { numerators: page.rows.map((numerator) => ({ id: String(numerator.id), name: numerator.name, template: numerator.template, settings: numerator.settings })) },
		total: page.total,
		next: page.next,
	};
}

function remove(ctx: CallContext): MethodResult {
	ctx.state.docgen.numerators.delete(changeable(ctx).id);
	return { result: null };
}

export const numeratorMethods: MethodSpec[] = [
	{ name: 'documentgenerator.numerator.add', scopes: ['documentgenerator'], handler: add },
	{ name: 'documentgenerator.numerator.update', scopes: ['documentgenerator'], handler: update },
	{ name: 'documentgenerator.numerator.get', scopes: ['documentgenerator'], handler: (ctx) => ({ result: { numerator: view(find(ctx)) } }) },
	{ name: 'documentgenerator.numerator.list', scopes: ['documentgenerator'], handler: list },
	{ name: 'documentgenerator.numerator.delete', scopes: ['documentgenerator'], handler: remove },
];
