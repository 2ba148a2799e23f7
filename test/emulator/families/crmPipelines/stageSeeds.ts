/**
 * The status dictionaries a new portal has (`crm.status.*`), and the stages each pipeline gets:
 * the same stage ids crm.item and crm.deal give new records (see crm/stages.ts).
 */
import type { Dict } from '../../php';
import type { PortalState } from '../../state';
import type { Table } from '../../state/tableStore';
import { SMART_INVOICE_TYPE_ID } from '../crm/typeRegistry';

export const STATUS_TABLE = 'crm.status';

type Seed = [statusId: string, name: string, semantics?: 'S' | 'F'];

const COLORS = ['#39A8EF', '#2FC6F6', '#55D0E0', '#47E4C2', '#FFA900', '#7BD500', '#FF5752', '#FF5752'];

const DICTIONARIES: Record<string, { name: string; seeds: Seed[]; stages?: boolean }> = {
	STATUS: {
		name: 'Lead stages',
		stages: true,
		seeds: [['NEW', 'Unassigned'], ['IN_PROCESS', 'In progress'], ['PROCESSED', 'Processed'], ['CONVERTED', 'Good lead', 'S'], ['JUNK', 'Junk lead', 'F']],
	},
	SOURCE: {
		name: 'Sources',
		seeds: [['CALL', 'Call'], ['EMAIL', 'E-Mail'], ['WEB', 'Website'], ['ADVERTISING', 'Advertising'], ['PARTNER', 'Existing client'], ['RECOMMENDATION', 'By recommendation'], ['TRADE_SHOW', 'Show/Exhibition'], ['WEBFORM', 'CRM form'], ['CALLBACK', 'Callback'], ['OTHER', 'Other']],
	},
	CONTACT_TYPE: { name: 'Contact type', seeds: [['CLIENT', 'Clients'], ['SUPPLIER', 'Suppliers'], ['PARTNER', 'Partners'], ['OTHER', 'Other']] },
	COMPANY_TYPE: { name: 'Company type', seeds: [['CUSTOMER', 'Client'], ['SUPPLIER', 'Supplier'], ['COMPETITOR', 'Competitor'], ['PARTNER', 'Partner'], ['OTHER', 'Other']] },
	EMPLOYEES: { name: 'Number of employees', seeds: [['EMPLOYEES_1', 'less than 50'], ['EMPLOYEES_2', '50-250'], ['EMPLOYEES_3', '250-500'], ['EMPLOYEES_4', 'over 500']] },
	INDUSTRY: { name: 'Industry', seeds: [['IT', 'Information Technology'], ['TELECOM', 'Telecommunication'], ['MANUFACTURING', 'Manufacturing'], ['BANKING', 'Banking Services'], ['OTHER', 'Other']] },
	DEAL_TYPE: { name: 'Deal type', seeds: [['SALE', 'Sales'], ['COMPLEX', 'Integrated sale'], ['GOODS', 'Merchandise sale'], ['SERVICES', 'Service sale'], ['SERVICE', 'After-sales service']] },
	QUOTE_STATUS: {
		name: 'Estimate stages',
		stages: true,
		seeds: [['DRAFT', 'New'], ['SENT', 'Sent to client'], ['RECEIVED', 'Received'], ['APPROVED', 'Approved', 'S'], ['DECLAINED', 'Declined', 'F']],
	},
};

const DEAL_STAGES: Seed[] = [
	['NEW', 'New'], ['PREPARATION', 'Document preparation'], ['PREPAYMENT_INVOICE', 'Prepayment invoice'], ['EXECUTING', 'In progress'],
	['FINAL_INVOICE', 'Final invoice'], ['WON', 'Deal successful', 'S'], ['LOSE', 'Deal failed', 'F'], ['APOLOGY', 'Failure reason analysis', 'F'],
];
const INVOICE_STAGES: Seed[] = [['N', 'New'], ['S', 'Sent to client'], ['P', 'Paid', 'S'], ['D', 'Unpaid', 'F']];
const SPA_STAGES: Seed[] = [['NEW', 'Start'], ['PREPARATION', 'Preparation'], ['CLIENT', 'Waiting for client'], ['SUCCESS', 'Success', 'S'], ['FAIL', 'Failure', 'F']];

/** The dictionary (ENTITY_ID) and stage-id prefix of a pipeline's stages; undefined for types without stages. */
export function stageDictionary(entityTypeId: number, categoryId: number): { entityId: string; prefix: string } | undefined {
	if (entityTypeId === 2) {
		return categoryId === 0 ? { entityId: 'DEAL_STAGE', prefix: '' } : { entityId: `DEAL_STAGE_${categoryId}`, prefix: `C${categoryId}:` };
	}
	if (entityTypeId === SMART_INVOICE_TYPE_ID) return { entityId: `SMART_INVOICE_STAGE_${categoryId}`, prefix: `DT31_${categoryId}:` };
	if (entityTypeId >= 128) return { entityId: `DYNAMIC_${entityTypeId}_STAGE_${categoryId}`, prefix: `DT${entityTypeId}_${categoryId}:` };
	return undefined;
}

function stageSeeds(entityTypeId: number): Seed[] {
	if (entityTypeId === 2) return DEAL_STAGES;
	return entityTypeId === SMART_INVOICE_TYPE_ID ? INVOICE_STAGES : SPA_STAGES;
}

function statusRow(id: number, entityId: string, seed: Seed, index: number, categoryId: number | null, stages: boolean): Dict {
	const [statusId, name, semantics] = seed;
	const color = stages ? COLORS[index % COLORS.length] : null;
	const row: Dict = {
		ID: String(id),
		ENTITY_ID: entityId,
		STATUS_ID: statusId,
		NAME: name,
		NAME_INIT: name,
		SORT: String((index + 1) * 10),
		SYSTEM: index === 0 || semantics ? 'Y' : 'N',
		CATEGORY_ID: categoryId === null ? null : String(categoryId),
		COLOR: color,
		SEMANTICS: semantics ?? null,
	};
	if (stages) row.EXTRA = { SEMANTICS: semantics === 'S' ? 'success' : semantics === 'F' ? 'failure' : 'process', COLOR: color };
	return row;
}

function insert(table: Table, entityId: string, seeds: Seed[], categoryId: number | null, stages: boolean, prefix = ''): void {
	seeds.forEach((seed, index) => {
		const id = table.ids.next();
		table.rows.set(id, statusRow(id, entityId, [`${prefix}${seed[0]}`, seed[1], seed[2]], index, categoryId, stages));
	});
}

/** Gives a new pipeline its stages. */
export function addPipelineStages(state: PortalState, entityTypeId: number, categoryId: number): void {
	insertPipelineStages(statusTable(state), entityTypeId, categoryId);
}

function insertPipelineStages(table: Table, entityTypeId: number, categoryId: number): void {
	const dictionary = stageDictionary(entityTypeId, categoryId);
	if (!dictionary) return;
	if ([...table.rows.values()].some((row) => row.ENTITY_ID === dictionary.entityId)) return;
	insert(table, dictionary.entityId, stageSeeds(entityTypeId), entityTypeId === 2 && categoryId === 0 ? null : categoryId, true, dictionary.prefix);
}

/** Removes a deleted pipeline's stages. */
export function removePipelineStages(state: PortalState, entityTypeId: number, categoryId: number): void {
	const dictionary = stageDictionary(entityTypeId, categoryId);
	if (!dictionary) return;
	const table = statusTable(state);
	for (const [id, row] of table.rows) if (row.ENTITY_ID === dictionary.entityId) table.rows.delete(id);
}

const seeded = new WeakSet<Table>();

/** The status table, with the dictionaries a new portal has (seeded on first use after each reset). */
export function statusTable(state: PortalState): Table {
	const table = state.tables.of(STATUS_TABLE);
	if (!seeded.has(table)) {
		seeded.add(table);
		for (const [entityId, dictionary] of Object.entries(DICTIONARIES)) insert(table, entityId, dictionary.seeds, null, dictionary.stages ?? false);
		insert(table, 'DEAL_STAGE', DEAL_STAGES, null, true);
		insert(table, 'SMART_INVOICE_STAGE_2', INVOICE_STAGES, 2, true, 'DT31_2:');
	}
	for (const spa of state.crm.types.values()) insertPipelineStages(table, spa.entityTypeId, spa.defaultCategoryId);
	return table;
}

export function dictionaryName(entityId: string): string | undefined {
	return DICTIONARIES[entityId]?.name;
}
