/** department.add / get / update / delete / fields */
import { RestError } from '../../errors';
import { selectRows, ListSchema } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { phpEmpty, toInt, toPhpString } from '../../php';
import type { Department } from '../../state/users';
import type { CallContext, MethodResult, MethodSpec } from '../../types';

const notFound = () => new RestError('ERROR_CORE', 'Department not found');
const accessDenied = () => new RestError('ERROR_CORE', 'Access denied');

function departmentView(department: Department): Record<string, unknown> {
	const view: Record<string, unknown> = { ID: String(department.id), NAME: department.name, SORT: department.sort };
	if (department.parentId !== undefined) view.PARENT = String(department.parentId);
	return view;
}

const DEPARTMENT_FIELDS = ['ID', 'NAME', 'SORT', 'PARENT', 'UF_HEAD'];

const departmentSchema: ListSchema<Department> = {
	resolve: (name) => DEPARTMENT_FIELDS.find((field) => field === name.toUpperCase()),
	get: (row, field) => (field === 'UF_HEAD' ? row.headUserId : departmentView(row)[field]),
	unknownField: () => undefined,
	badDirection: () => undefined,
};

function get(ctx: CallContext): MethodResult {
	const filter: Record<string, unknown> = {};
	for (const field of DEPARTMENT_FIELDS) if (ctx.params[field] !== undefined) filter[field] = ctx.params[field];
	const sortField = toPhpString(ctx.params.sort ?? 'ID') || 'ID';
	const direction = toPhpString(ctx.params.order ?? 'ASC').toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
	const rows = selectRows([...ctx.state.users.departments.values()], filter, { [sortField]: direction }, departmentSchema);
	const page = paginate(rows, readStart(ctx.params));
	return { result: page.rows.map(departmentView), total: page.total, next: page.next };
}

/** Changing the structure is an administrator's right. */
function requireStructureRights(ctx: CallContext): void {
	if (!ctx.state.users.get(ctx.auth.userId)?.isAdmin) throw accessDenied();
}

/** The company has one root: every other department needs an existing parent. */
function readParent(ctx: CallContext, value: unknown): number {
	const parentId = toInt(value);
	if (parentId <= 0 || !ctx.state.users.departments.has(parentId)) {
		throw new RestError('ERROR_CORE', 'There can only be one top-level department in the company structure');
	}
	return parentId;
}

function readHead(value: unknown): number | undefined {
	const headId = toInt(value);
	return headId > 0 ? headId : undefined;
}

function add(ctx: CallContext): MethodResult {
	requireStructureRights(ctx);
	const name = toPhpString(ctx.params.NAME).trim();
	if (name === '') throw new RestError('ERROR_CORE', 'Department name not provided.<br>');
	const department: Department = {
		id: ctx.state.users.departmentIds.next(),
		name,
		sort: phpEmpty(ctx.params.SORT) ? 500 : toInt(ctx.params.SORT),
		parentId: readParent(ctx, ctx.params.PARENT),
		headUserId: readHead(ctx.params.UF_HEAD),
	};
	ctx.state.users.departments.set(department.id, department);
	return { result: department.id };
}

function existing(ctx: CallContext): Department {
	requireStructureRights(ctx);
	const department = ctx.state.users.departments.get(toInt(ctx.params.ID));
	if (!department) throw notFound();
	return department;
}

function update(ctx: CallContext): MethodResult {
	const department = existing(ctx);
	if (ctx.params.NAME !== undefined) {
		const name = toPhpString(ctx.params.NAME).trim();
		if (name === '') throw new RestError('ERROR_CORE', 'Department name not provided.<br>');
		department.name = name;
	}
	if (ctx.params.SORT !== undefined) department.sort = toInt(ctx.params.SORT);
	if (ctx.params.PARENT !== undefined && department.parentId !== undefined) department.parentId = readParent(ctx, ctx.params.PARENT);
	if (ctx.params.UF_HEAD !== undefined) department.headUserId = readHead(ctx.params.UF_HEAD);
	return { result: true };
}

function remove(ctx: CallContext): MethodResult {
	const department = existing(ctx);
	ctx.state.users.departments.delete(department.id);
	for (const user of ctx.state.users.users.values()) user.departments = user.departments.filter((id) => id !== department.id);
	return { result: true };
}

const FIELD_TITLES = { ID: 'ID', NAME: 'Department Name', SORT: 'Sort Order', PARENT: 'Parent Department', UF_HEAD: 'Manager' };

export const departmentMethods: MethodSpec[] = [
	{ name: 'department.add', scopes: ['department'], handler: add },
	{ name: 'department.get', scopes: ['department'], handler: get },
	{ name: 'department.update', scopes: ['department'], handler: update },
	{ name: 'department.delete', scopes: ['department'], handler: remove },
	{ name: 'department.fields', scopes: ['department'], handler: () => ({ result: { ...FIELD_TITLES } }) },
];
