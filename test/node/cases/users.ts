import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable, Prepared } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

function invite(emulator: Emulator, email: string, fields: IDataObject = {}): number {
	return emulator.seed.call('user.add', { EMAIL: email, UF_DEPARTMENT: [2], ...fields }).result as number;
}

function withUsers(emulator: Emulator): Prepared {
	const anna = invite(emulator, 'anna@example.com', { NAME: 'Anna', LAST_NAME: 'Smirnova', WORK_POSITION: 'Accountant' });
	const boris = invite(emulator, 'boris@example.com', { NAME: 'Boris', LAST_NAME: 'Smith', WORK_POSITION: 'Driver', UF_DEPARTMENT: [1] });
	return { anna, boris };
}

function department(emulator: Emulator, id: unknown): IDataObject | undefined {
	return (emulator.seed.call('department.get', { ID: id }).result as IDataObject[])[0];
}

export const userCases: CaseTable = {
	'user.create': {
		parameters: () => ({
			email: 'new.hire@example.com',
			name: 'Nina',
			lastName: 'Kovacs',
			departmentIds: '2',
			additionalFields: { gender: 'F', workPosition: 'Designer', personalMobile: '+49 151 000000', innerPhone: '207' },
		}),
		sent: () => ({
			EMAIL: 'new.hire@example.com',
			NAME: 'Nina',
			LAST_NAME: 'Kovacs',
			UF_DEPARTMENT: [2],
			PERSONAL_GENDER: 'F',
			WORK_POSITION: 'Designer',
			PERSONAL_MOBILE: '+49 151 000000',
			UF_PHONE_INNER: '207',
		}),
		output: (items, _prepared, emulator) => {
			expect(items).toHaveLength(1);
			const id = items[0].json.id as number;
			expect(typeof id).toBe('number');
			const [row] = emulator.seed.call('user.get', { FILTER: { ID: id } }).result as IDataObject[];
			expect(row).toMatchObject({
				ID: String(id),
				NAME: 'Nina',
				LAST_NAME: 'Kovacs',
				EMAIL: 'new.hire@example.com',
				WORK_POSITION: 'Designer',
				PERSONAL_MOBILE: '+49 151 000000',
				UF_PHONE_INNER: '207',
				UF_DEPARTMENT: [2],
				USER_TYPE: 'employee',
			});
		},
	},
	'user.get': {
		setup: withUsers,
		parameters: ({ boris }) => ({ userId: String(boris), options: { adminMode: true } }),
		sent: ({ boris }) => ({ FILTER: { ID: boris }, ADMIN_MODE: true }),
		output: (items, { boris }) => {
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ ID: String(boris), NAME: 'Boris', LAST_NAME: 'Smith', WORK_POSITION: 'Driver', UF_DEPARTMENT: [1] });
		},
	},
	'user.getAll': {
		setup: withUsers,
		parameters: () => ({
			filter: '{"UF_DEPARTMENT": 2, "ACTIVE": true}',
			sort: 'LAST_NAME',
			order: 'DESC',
			select: 'ID, LAST_NAME',
			returnAll: true,
		}),
		sent: () => ({ FILTER: { UF_DEPARTMENT: 2, ACTIVE: true }, sort: 'LAST_NAME', order: 'DESC', select: ['ID', 'LAST_NAME'] }),
		output: (items, { anna }, emulator) => {
			expect(emulator.calls.every((call) => call.params.ADMIN_MODE === undefined)).toBe(true);
			expect(json(items)).toEqual([
				{ ID: '3', LAST_NAME: 'Smith' },
				{ ID: String(anna), LAST_NAME: 'Smirnova' },
				{ ID: '2', LAST_NAME: 'Roe' },
			]);
		},
	},
	'user.search': {
		setup: withUsers,
		parameters: () => ({ find: 'smi', select: 'ID, NAME', returnAll: true }),
		sent: () => ({ FILTER: { FIND: 'smi' }, select: ['ID', 'NAME'] }),
		output: (items, { anna, boris }) => {
			expect(json(items)).toEqual([
				{ ID: '3', NAME: 'Max' },
				{ ID: String(anna), NAME: 'Anna' },
				{ ID: String(boris), NAME: 'Boris' },
			]);
		},
	},
	'user.update': {
		setup: withUsers,
		parameters: ({ anna }) => ({
			userId: String(anna),
			updateFields: { active: false, lastName: 'Ivanova', departmentIds: '1, 2', workPhone: '+1 555 0100' },
		}),
		sent: ({ anna }) => ({ ID: anna, ACTIVE: 'N', LAST_NAME: 'Ivanova', UF_DEPARTMENT: [1, 2], WORK_PHONE: '+1 555 0100' }),
		output: (items, { anna }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			const [row] = emulator.seed.call('user.get', { FILTER: { ID: anna } }).result as IDataObject[];
			expect(row).toMatchObject({ ACTIVE: false, LAST_NAME: 'Ivanova', UF_DEPARTMENT: [1, 2], WORK_PHONE: '+1 555 0100' });
		},
	},
	'user.getCurrent': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ ID: '1', NAME: 'John', LAST_NAME: 'Doe', EMAIL: 'admin@example.com', UF_DEPARTMENT: [1] });
		},
	},
	'user.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => {
			const fields = json(items);
			expect(fields).toContainEqual({ field: 'EMAIL', value: 'E-Mail' });
			expect(fields).toContainEqual({ field: 'UF_DEPARTMENT', value: 'Units' });
			expect(fields.length).toBeGreaterThan(50);
		},
	},
	'department.create': {
		parameters: () => ({ name: 'Support', parentId: '2', additionalFields: { headId: 3, sort: 300 } }),
		sent: () => ({ NAME: 'Support', PARENT: 2, UF_HEAD: 3, SORT: 300 }),
		output: (items, _prepared, emulator) => {
			expect(items).toHaveLength(1);
			const id = items[0].json.id;
			expect(department(emulator, id)).toEqual({ ID: String(id), NAME: 'Support', SORT: 300, PARENT: '2' });
			expect(emulator.state.users.departments.get(id as number)?.headUserId).toBe(3);
		},
	},
	'department.get': {
		parameters: () => ({ departmentId: '2' }),
		sent: () => ({ ID: 2 }),
		output: (items) => expect(json(items)).toEqual([{ ID: '2', NAME: 'Sales Department', SORT: 500, PARENT: '1' }]),
	},
	'department.getAll': {
		setup: (emulator) => {
			for (let index = 1; index <= 52; index++) emulator.seed.call('department.add', { NAME: `Branch ${index}`, PARENT: 1, SORT: index });
			return {};
		},
		parameters: () => ({ filters: { parentId: 1 }, sort: 'SORT', order: 'DESC', returnAll: true }),
		sent: () => ({ PARENT: 1, sort: 'SORT', order: 'DESC' }),
		output: (items) => {
			const rows = json(items);
			expect(rows).toHaveLength(53);
			expect(rows[0]).toMatchObject({ NAME: 'Sales Department', SORT: 500 });
			expect(rows[1]).toMatchObject({ NAME: 'Branch 52', SORT: 52, PARENT: '1' });
			expect(rows[52]).toMatchObject({ NAME: 'Branch 1' });
		},
	},
	'department.update': {
		setup: (emulator) => ({ departmentId: emulator.seed.call('department.add', { NAME: 'Logistics', PARENT: 1 }).result as number }),
		parameters: ({ departmentId }) => ({ departmentId: String(departmentId), updateFields: { name: 'Logistics & Fleet', parentId: 2, headId: 2 } }),
		sent: ({ departmentId }) => ({ ID: departmentId, NAME: 'Logistics & Fleet', PARENT: 2, UF_HEAD: 2 }),
		output: (items, { departmentId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(department(emulator, departmentId)).toEqual({ ID: String(departmentId), NAME: 'Logistics & Fleet', SORT: 500, PARENT: '2' });
			expect(emulator.state.users.departments.get(departmentId as number)?.headUserId).toBe(2);
		},
	},
	'department.delete': {
		setup: (emulator) => ({ departmentId: emulator.seed.call('department.add', { NAME: 'Temporary', PARENT: 1 }).result as number }),
		parameters: ({ departmentId }) => ({ departmentId: String(departmentId) }),
		sent: ({ departmentId }) => ({ ID: departmentId }),
		output: (items, { departmentId }, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(department(emulator, departmentId)).toBeUndefined();
		},
	},
	'department.getFields': {
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) =>
			expect(json(items)).toEqual([
				{ field: 'ID', value: 'ID' },
				{ field: 'NAME', value: 'Department Name' },
				{ field: 'SORT', value: 'Sort Order' },
				{ field: 'PARENT', value: 'Parent Department' },
				{ field: 'UF_HEAD', value: 'Manager' },
			]),
	},
};
