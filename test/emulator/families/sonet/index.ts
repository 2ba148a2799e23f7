/** sonet_group.get: the workgroups and projects of the portal (a few seeded; tests add more with `addGroup`). */
import { selectRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { Dict, isDict, toInt } from '../../php';
import type { PortalState } from '../../state';
import type { Table } from '../../state/tableStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';

const TABLE = 'sonet_group';

export interface GroupSeed {
	name: string;
	ownerId?: number;
	project?: boolean;
	active?: boolean;
	closed?: boolean;
	members?: number;
}

const SEEDS: GroupSeed[] = [
	{ name: 'Website Relaunch', ownerId: 1, project: true, members: 3 },
	{ name: 'Sales Team', ownerId: 2, members: 2 },
	{ name: 'Archive 2024', ownerId: 1, closed: true, members: 1 },
];

const FILTERABLE = new Set(['ID', 'NAME', 'OWNER_ID', 'ACTIVE', 'VISIBLE', 'OPENED', 'CLOSED', 'DATE_CREATE', 'DATE_UPDATE', 'DATE_ACTIVITY', 'IS_EXTRANET']);

const seeded = new WeakSet<Table>();

/** The docs' row shape: every value a string, dates in ISO 8601. */
function row(id: number, seed: GroupSeed, date: string): Dict {
	const yn = (value: boolean | undefined) => (value ? 'Y' : 'N');
	return {
		ID: String(id),
		SITE_ID: 's1',
		NAME: seed.name,
		DESCRIPTION: null,
		DATE_CREATE: date,
		DATE_UPDATE: date,
		ACTIVE: yn(seed.active ?? true),
		VISIBLE: 'Y',
		OPENED: 'N',
		CLOSED: yn(seed.closed),
		SUBJECT_ID: '1',
		OWNER_ID: String(seed.ownerId ?? 1),
		KEYWORDS: null,
		NUMBER_OF_MEMBERS: String(seed.members ?? 1),
		DATE_ACTIVITY: date,
		SUBJECT_NAME: 'Workgroups',
		PROJECT: yn(seed.project),
		IS_EXTRANET: 'N',
	};
}

function groups(state: PortalState, date: string): Table {
	const table = state.tables.of(TABLE);
	if (!seeded.has(table)) {
		seeded.add(table);
		for (const seed of SEEDS) insert(table, seed, date);
	}
	return table;
}

function insert(table: Table, seed: GroupSeed, date: string): number {
	const id = table.ids.next();
	table.rows.set(id, row(id, seed, date));
	return id;
}

/** Adds a group as if created on the portal; returns its id. */
export function addGroup(state: PortalState, seed: GroupSeed, date = '2026-01-15T10:00:00+03:00'): number {
	return insert(groups(state, date), seed, date);
}

const schema = {
	resolve: (name: string) => (FILTERABLE.has(name.toUpperCase()) ? name.toUpperCase() : undefined),
	get: (group: Dict, field: string) => (field === 'ID' || field === 'OWNER_ID' ? toInt(group[field]) : group[field]),
	unknownField: () => undefined,
	badDirection: () => undefined,
};

function upperKey(params: Dict, name: string): unknown {
	const key = Object.keys(params).find((candidate) => candidate.toUpperCase() === name);
	return key === undefined ? undefined : params[key];
}

function get(ctx: CallContext): MethodResult {
	const table = groups(ctx.state, ctx.nowIso);
	const filter: Dict = isDict(upperKey(ctx.params, 'FILTER')) ? { ...(upperKey(ctx.params, 'FILTER') as Dict) } : {};
	const groupId = upperKey(ctx.params, 'GROUP_ID');
	if (groupId !== undefined) filter.ID = toInt(groupId);
	const order = upperKey(ctx.params, 'ORDER');
	const rows = selectRows([...table.rows.values()], filter, isDict(order) ? order : { ID: 'DESC' }, schema);
	const page = paginate(rows, readStart(ctx.params));
	return { result: page.rows, total: page.total, next: page.next };
}

export const sonetGroupMethods: MethodSpec[] = [{ name: 'sonet_group.get', scopes: ['sonet_group'], handler: get }];
