/** Portal users and departments: a few seeded employees, users invited through user.add, and users created for chat bots. */
import { Sequence } from './sequence';

export interface PortalUser {
	id: number;
	name: string;
	lastName: string;
	email: string;
	active: boolean;
	isAdmin: boolean;
	workPosition: string;
	gender: '' | 'M' | 'F';
	departments: number[];
	isBot: boolean;
	registeredMs: number;
	/** Further profile fields set through user.add / user.update (SECOND_NAME, PERSONAL_*, WORK_*, UF_*). */
	profile?: Record<string, string>;
	userType?: 'employee' | 'extranet';
}

export interface Department {
	id: number;
	name: string;
	sort: number;
	parentId?: number;
	headUserId?: number;
}

const SEED_USERS: Array<Omit<PortalUser, 'registeredMs'>> = [
	{ id: 1, name: 'John', lastName: 'Doe', email: 'admin@example.com', active: true, isAdmin: true, workPosition: '', gender: 'M', departments: [1], isBot: false },
	{ id: 2, name: 'Jane', lastName: 'Roe', email: 'jane@example.com', active: true, isAdmin: false, workPosition: 'Sales manager', gender: 'F', departments: [2], isBot: false },
	{ id: 3, name: 'Max', lastName: 'Smith', email: 'max@example.com', active: true, isAdmin: false, workPosition: 'Support', gender: 'M', departments: [2], isBot: false },
];

const SEED_DEPARTMENTS: Department[] = [
	{ id: 1, name: 'Company', sort: 500, headUserId: 1 },
	{ id: 2, name: 'Sales Department', sort: 500, parentId: 1, headUserId: 2 },
];

export class UserStore {
	readonly users = new Map<number, PortalUser>();
	readonly departments = new Map<number, Department>();
	readonly ids = new Sequence(100);
	readonly departmentIds = new Sequence(1);

	constructor(private readonly now: () => number) {
		this.seed();
	}

	seed(): void {
		this.users.clear();
		this.departments.clear();
		this.ids.reset();
		this.departmentIds.reset();
		const registeredMs = this.now() - 400 * 86_400_000;
		for (const user of SEED_USERS) this.users.set(user.id, { ...user, departments: [...user.departments], registeredMs });
		for (const department of SEED_DEPARTMENTS) {
			this.departments.set(department.id, { ...department });
			this.departmentIds.bump(department.id);
		}
	}

	get(id: number): PortalUser | undefined {
		return this.users.get(id);
	}

	add(user: Omit<PortalUser, 'id' | 'registeredMs'> & { id?: number }): PortalUser {
		const id = user.id ?? this.ids.next();
		this.ids.bump(id);
		const created: PortalUser = { ...user, id, registeredMs: this.now() };
		this.users.set(id, created);
		return created;
	}

	fullName(id: number): string {
		const user = this.users.get(id);
		return user ? `${user.name} ${user.lastName}`.trim() : '';
	}
}
