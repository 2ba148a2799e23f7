/** crm.status.*: the CRM dictionaries (sources, types, ...) and the stages of every pipeline. */
import { RestError } from '../../errors';
import { Dict, isYes, toInt, toPhpString } from '../../php';
import type { PortalState } from '../../state';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { classicTableMethods } from '../classicTable';
import { resolveCrmType } from '../crm/typeRegistry';
import { pipelineIds } from './categories';
import { dictionaryName, stageDictionary, statusTable } from './stageSeeds';

const statusErrors = {
	empty: (description: string) => new RestError('', description),
	notFound: () => new RestError('', 'Status is not found.'),
};

interface EntityType {
	ID: string;
	NAME: string;
	[key: string]: unknown;
}

function semanticInfo(prefix: string, success: string, failure: string): Dict {
	return { START_FIELD: `${prefix}NEW`, FINAL_SUCCESS_FIELD: `${prefix}${success}`, FINAL_UNSUCCESS_FIELD: `${prefix}${failure}`, FINAL_SORT: 0 };
}

/** The dictionaries of the portal as crm.status.entity.types lists them. */
function entityTypes(state: PortalState): EntityType[] {
	const types: EntityType[] = [
		{ ID: 'STATUS', NAME: 'Lead stages', SEMANTIC_INFO: semanticInfo('', 'CONVERTED', 'JUNK'), ENTITY_TYPE_ID: 1 },
		...['SOURCE', 'CONTACT_TYPE', 'COMPANY_TYPE', 'EMPLOYEES', 'INDUSTRY', 'DEAL_TYPE'].map((id) => ({ ID: id, NAME: dictionaryName(id) as string })),
	];
	for (const categoryId of pipelineIds(state, 2)) {
		const { entityId, prefix } = stageDictionary(2, categoryId) as { entityId: string; prefix: string };
		const stages: EntityType =
			categoryId === 0
				? { ID: entityId, NAME: 'General deal stages', SEMANTIC_INFO: semanticInfo('', 'WON', 'LOSE'), ENTITY_TYPE_ID: 2 }
				: {
						ID: entityId,
						NAME: `Deal stages ${categoryId}`,
						PARENT_ID: 'DEAL_STAGE',
						SEMANTIC_INFO: semanticInfo(prefix, 'WON', 'LOSE'),
						PREFIX: prefix.slice(0, -1),
						FIELD_ATTRIBUTE_SCOPE: `category_${categoryId}`,
						ENTITY_TYPE_ID: 2,
						CATEGORY_ID: String(categoryId),
					};
		types.push(stages);
	}
	types.push({ ID: 'QUOTE_STATUS', NAME: 'Estimate stages', SEMANTIC_INFO: semanticInfo('', 'APPROVED', 'DECLAINED'), ENTITY_TYPE_ID: 7 });
	const dynamic = [31, ...[...state.crm.types.values()].map((spa) => spa.entityTypeId)];
	for (const entityTypeId of dynamic) {
		const title = entityTypeId === 31 ? 'Invoice' : (resolveCrmType(state, entityTypeId)?.title ?? '');
		for (const categoryId of pipelineIds(state, entityTypeId)) {
			const { entityId, prefix } = stageDictionary(entityTypeId, categoryId) as { entityId: string; prefix: string };
			types.push({
				ID: entityId,
				NAME: `${title} stages`,
				SEMANTIC_INFO: [],
				PREFIX: prefix.slice(0, -1),
				FIELD_ATTRIBUTE_SCOPE: `category_${categoryId}`,
				ENTITY_TYPE_ID: entityTypeId,
				IS_ENABLED: true,
				CATEGORY_ID: categoryId,
			});
		}
	}
	return types;
}

function categoryOf(entityId: string): string | null {
	const match = /_(\d+)$/.exec(entityId);
	return match && entityId !== 'DEAL_STAGE' ? match[1] : null;
}

function isStageDictionary(entityId: string): boolean {
	return /^(STATUS|QUOTE_STATUS|DEAL_STAGE(_\d+)?|SMART_INVOICE_STAGE_\d+|DYNAMIC_\d+_STAGE_\d+)$/.test(entityId);
}

function validate(fields: Dict, ctx: CallContext, existing?: Dict): void {
	if (existing) return;
	const entityId = toPhpString(fields.ENTITY_ID ?? '');
	const statusId = toPhpString(fields.STATUS_ID ?? '');
	const missing = [entityId === '' ? 'The field ENTITY_ID is required.' : '', statusId === '' ? 'The field STATUS_ID is required.' : ''].filter(Boolean);
	if (missing.length > 0) throw statusErrors.empty(missing.join('<br>'));
	if (!entityTypes(ctx.state).some((type) => type.ID === entityId)) throw statusErrors.empty('Specified entity type is not supported.');
	if (toPhpString(fields.NAME ?? '') === '') throw statusErrors.empty('The field Title is required.');
	const rows = [...statusTable(ctx.state).rows.values()].filter((row) => row.ENTITY_ID === entityId);
	if (rows.some((row) => row.STATUS_ID === statusId)) throw new RestError('ERROR_CORE', 'The specified status ID already exists.');
	const won = rows.find((row) => row.SEMANTICS === 'S');
	if (/^DEAL_STAGE/.test(entityId) && won && toInt(fields.SORT ?? 10) > toInt(won.SORT)) {
		throw statusErrors.empty(
			'Cannot create more stages after the final stage because the final successful stage already exists. Try using sort order values less than that of the final stage.',
		);
	}
}

function onAdd(row: Dict): void {
	const entityId = toPhpString(row.ENTITY_ID);
	const stages = isStageDictionary(entityId);
	const semantics = toPhpString(row.SEMANTICS ?? '');
	Object.assign(row, {
		NAME_INIT: '',
		SORT: row.SORT ?? '10',
		SYSTEM: 'N',
		CATEGORY_ID: categoryOf(entityId),
		COLOR: row.COLOR ?? null,
		SEMANTICS: semantics === 'S' || semantics === 'F' ? semantics : null,
	});
	if (stages) row.EXTRA = { SEMANTICS: semantics === 'S' ? 'success' : semantics === 'F' ? 'failure' : 'process', COLOR: row.COLOR };
}

/** Stages still used by CRM records cannot go, and system entries only with FORCED = Y. */
function beforeDelete(row: Dict, ctx: CallContext): void {
	const params = ctx.params.params;
	const forced = typeof params === 'object' && params !== null && isYes((params as Dict).FORCED);
	if (row.SYSTEM === 'Y' && !forced) {
		throw statusErrors.empty('CRM System Status can be deleted only if parameter FORCED is specified and equal to "Y".');
	}
	for (const items of ctx.state.crm.items.values()) {
		for (const item of items.values()) {
			if (item.values.stageId === row.STATUS_ID && isStageDictionary(toPhpString(row.ENTITY_ID))) {
				throw statusErrors.empty('There are active items in this status.');
			}
		}
	}
}

const tableMethods = classicTableMethods({
	prefix: 'crm.status',
	scope: 'crm',
	fields: {
		ID: { type: 'integer', title: 'ID', isReadOnly: true },
		ENTITY_ID: { type: 'string', title: 'Entity ID', isRequired: true, isImmutable: true },
		STATUS_ID: { type: 'string', title: 'Status ID', isRequired: true, isImmutable: true },
		NAME: { type: 'string', title: 'Name', isRequired: true },
		NAME_INIT: { type: 'string', title: 'Default name', isReadOnly: true },
		SORT: { type: 'integer', title: 'Sort', isRequired: true },
		SYSTEM: { type: 'char', title: 'System', isReadOnly: true },
		CATEGORY_ID: { type: 'integer', title: 'Pipeline', isReadOnly: true },
		COLOR: { type: 'string', title: 'Color' },
		SEMANTICS: { type: 'string', title: 'Semantics', isImmutable: true },
		EXTRA: { type: 'object', title: 'Extra', isReadOnly: true },
	},
	onAdd,
	validate,
	beforeDelete,
	notFound: statusErrors.notFound,
});

function entityItems(ctx: CallContext): MethodResult {
	const entityId = toPhpString(ctx.params.entityId ?? '');
	if (entityId === '' || !entityTypes(ctx.state).some((type) => type.ID === entityId)) {
		throw statusErrors.empty('The parameter entityId is not defined or invalid.');
	}
	const rows = [...statusTable(ctx.state).rows.values()].filter((row) => row.ENTITY_ID === entityId);
	rows.sort((a, b) => toInt(a.SORT) - toInt(b.SORT) || toInt(a.ID) - toInt(b.ID));
	return { result: rows.map((row) => ({ NAME: row.NAME, SORT: toInt(row.SORT), STATUS_ID: row.STATUS_ID })) };
}

/** Every call sees the seeded dictionaries and the stages of every pipeline. */
function withPipelines(spec: MethodSpec): MethodSpec {
	return {
		...spec,
		handler: (ctx) => {
			for (const entityTypeId of [2, 31, ...[...ctx.state.crm.types.values()].map((spa) => spa.entityTypeId)]) pipelineIds(ctx.state, entityTypeId);
			statusTable(ctx.state);
			return spec.handler(ctx);
		},
	};
}

const entityTypesMethod = (ctx: CallContext): MethodResult => ({ result: entityTypes(ctx.state) });

export const statusMethods: MethodSpec[] = [
	...tableMethods,
	{ name: 'crm.status.entity.types', scopes: ['crm'], handler: entityTypesMethod },
	{ name: 'crm.status.entity.items', scopes: ['crm'], handler: entityItems },
].map(withPipelines);
