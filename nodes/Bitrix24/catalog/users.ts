import { choice, collection, flag, id, idList, integer, json, recordLocator, text, textList, yesNo } from './fields';
import type { CatalogField, CatalogResource } from './types';

const userId = recordLocator('userId', 'User', 'ID', 'user');

const departmentIds = (required: boolean): CatalogField =>
	idList('departmentIds', 'Department IDs', 'UF_DEPARTMENT', {
		required,
		placeholder: 'e.g. 1, 7',
		description: 'Comma-separated IDs of the departments the employee belongs to (see Department > Get Many).',
	});

const PROFILE: Array<[string, string, string, string?]> = [
	['secondName', 'Middle Name', 'SECOND_NAME'],
	['workPosition', 'Job Title', 'WORK_POSITION'],
	['workPhone', 'Work Phone', 'WORK_PHONE'],
	['workCompany', 'Company', 'WORK_COMPANY'],
	['personalMobile', 'Mobile Phone', 'PERSONAL_MOBILE'],
	['personalPhone', 'Personal Phone', 'PERSONAL_PHONE'],
	['personalCity', 'City', 'PERSONAL_CITY'],
	['personalCountry', 'Country', 'PERSONAL_COUNTRY'],
	['personalBirthday', 'Birthday', 'PERSONAL_BIRTHDAY', 'Date of birth, e.g. 1990-05-31'],
	['personalWww', 'Website', 'PERSONAL_WWW'],
	['personalNotes', 'Notes', 'PERSONAL_NOTES'],
	['innerPhone', 'Extension Number', 'UF_PHONE_INNER'],
	['skills', 'Skills', 'UF_SKILLS'],
	['interests', 'Interests', 'UF_INTERESTS'],
];

const profileFields = (): CatalogField[] => [
	choice('gender', 'Gender', 'PERSONAL_GENDER', [
		{ name: 'Female', value: 'F' },
		{ name: 'Male', value: 'M' },
	]),
	...PROFILE.map(([name, displayName, param, description]) => text(name, displayName, param, description ? { description } : {})),
];

const sortFields = (): CatalogField[] => [
	text('sort', 'Sort By', 'sort', {
		placeholder: 'e.g. LAST_NAME',
		description: 'Field to sort by, e.g. ID, NAME, LAST_NAME, DATE_REGISTER. Leave empty to sort by ID.',
	}),
	choice('order', 'Sort Direction', 'order', [
		{ name: 'Ascending', value: 'ASC' },
		{ name: 'Descending', value: 'DESC' },
	]),
];

const userList = { idKey: 'ID', filterParam: 'FILTER', orderParam: 'order', selectParam: 'select', fast: false };

/** Sent only when switched on: the portal treats any ADMIN_MODE value it gets as a request for admin mode. */
const adminMode = collection('options', 'Options', [
	flag('adminMode', 'Admin Mode', 'ADMIN_MODE', {
		description: 'Whether an administrator sees every user, including those hidden from them by access rules.',
	}),
]);

const select = textList('select', 'Select', 'select', {
	description: 'Comma-separated fields to return, e.g. ID, NAME, LAST_NAME, EMAIL, UF_*. Empty returns every field the scope allows.',
});

export const user: CatalogResource = {
	value: 'user',
	name: 'User',
	description: 'Employees of the portal (user methods)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Invite a user',
			description: 'Invite a new user by email; Bitrix24 sends the invitation',
			method: 'user.add',
			fields: [
				text('email', 'Email', 'EMAIL', { required: true, placeholder: 'e.g. name@email.com' }),
				text('name', 'First Name', 'NAME'),
				text('lastName', 'Last Name', 'LAST_NAME'),
				departmentIds(false),
				collection('additionalFields', 'Additional Fields', [
					yesNo('extranet', 'Extranet User', 'EXTRANET', {
						description: 'Whether to invite an external (extranet) user; then give Workgroup IDs instead of Department IDs.',
					}),
					idList('groupIds', 'Workgroup IDs', 'SONET_GROUP_ID', {
						placeholder: 'e.g. 3',
						description: 'Comma-separated IDs of the workgroups an extranet user joins.',
					}),
					...profileFields(),
				]),
			],
			output: { kind: 'value', key: 'id' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a user',
			description: 'Get a user by ID',
			method: 'user.get',
			fields: [recordLocator('userId', 'User', 'FILTER.ID', 'user'), adminMode],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many users',
			description: 'List users, filtered and sorted',
			method: 'user.get',
			fields: [
				json('filter', 'Filter (JSON)', 'FILTER', {
					description:
						'Field conditions with optional operators in the keys, e.g. {"ACTIVE": true, "UF_DEPARTMENT": 1, "%LAST_NAME": "smi"}. Also USER_TYPE (employee, extranet), IS_ONLINE (Y/N) and NAME_SEARCH.',
				}),
				...sortFields(),
				select,
				adminMode,
			],
			output: { kind: 'rows' },
			list: userList,
			retrySafe: true,
		},
		{
			value: 'search',
			name: 'Search',
			action: 'Search users',
			description: 'Find users by name, position or department name',
			method: 'user.search',
			fields: [
				text('find', 'Search Text', 'FILTER.FIND', {
					placeholder: 'e.g. Smith',
					description: 'Searched from the start of the words of the first name, last name, middle name, position and department. Leave empty to use the filter instead.',
				}),
				json('filter', 'Filter (JSON)', 'FILTER', {
					description: 'Instead of Search Text: e.g. {"NAME": "John", "LAST_NAME": "Sm", "WORK_POSITION": "Manager", "UF_DEPARTMENT_NAME": "Sales"}.',
				}),
				...sortFields(),
				select,
			],
			output: { kind: 'rows' },
			list: userList,
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a user',
			description: 'Change the profile, departments or activity of a user',
			method: 'user.update',
			fields: [
				userId,
				collection('updateFields', 'Update Fields', [
					yesNo('active', 'Active', 'ACTIVE', { description: 'Off dismisses the employee, on brings them back.' }),
					text('email', 'Email', 'EMAIL', { placeholder: 'e.g. name@email.com' }),
					text('name', 'First Name', 'NAME'),
					text('lastName', 'Last Name', 'LAST_NAME'),
					departmentIds(false),
					...profileFields(),
				]),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'getCurrent',
			name: 'Get Current',
			action: 'Get the current user',
			description: 'Get the user the credential acts as',
			method: 'user.current',
			fields: [],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'getFields',
			name: 'Get Fields',
			action: 'Get the user fields',
			description: 'List the fields of a user with their titles',
			method: 'user.fields',
			fields: [],
			output: { kind: 'entries', keyName: 'field' },
			retrySafe: true,
		},
	],
};

const departmentId = id('departmentId', 'Department ID', 'ID', { placeholder: 'e.g. 7' });

const headId = integer('headId', 'Head User ID', 'UF_HEAD', {
	description: 'ID of the user who heads the department.',
});

export const department: CatalogResource = {
	value: 'department',
	name: 'Department',
	description: 'Departments of the company structure',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a department',
			description: 'Add a department to the company structure',
			method: 'department.add',
			fields: [
				text('name', 'Name', 'NAME', { required: true, placeholder: 'e.g. Support' }),
				id('parentId', 'Parent Department ID', 'PARENT', {
					placeholder: 'e.g. 1',
					description: 'ID of the department it belongs to; the top department of the company is usually 1.',
				}),
				collection('additionalFields', 'Additional Fields', [
					headId,
					integer('sort', 'Sort', 'SORT', { default: 500, description: 'Position among its sibling departments.' }),
				]),
			],
			output: { kind: 'value', key: 'id' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a department',
			description: 'Get a department by ID',
			method: 'department.get',
			fields: [departmentId],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many departments',
			description: 'List departments, optionally filtered by name, parent or head',
			method: 'department.get',
			fields: [
				collection('filters', 'Filters', [
					text('name', 'Name', 'NAME', { description: 'The full name of the department.' }),
					integer('parentId', 'Parent Department ID', 'PARENT'),
					headId,
				]),
				choice('sort', 'Sort By', 'sort', [
					{ name: 'ID', value: 'ID' },
					{ name: 'Name', value: 'NAME' },
					{ name: 'Parent', value: 'PARENT' },
					{ name: 'Sort', value: 'SORT' },
				]),
				choice('order', 'Sort Direction', 'order', [
					{ name: 'Ascending', value: 'ASC' },
					{ name: 'Descending', value: 'DESC' },
				]),
			],
			output: { kind: 'rows' },
			list: { idKey: 'ID', filterParam: 'filter', orderParam: 'order', fast: false },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a department',
			description: 'Rename or move a department, or change its head',
			method: 'department.update',
			fields: [
				departmentId,
				collection('updateFields', 'Update Fields', [
					text('name', 'Name', 'NAME'),
					integer('parentId', 'Parent Department ID', 'PARENT'),
					headId,
					integer('sort', 'Sort', 'SORT'),
				]),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a department',
			description: 'Remove a department from the company structure',
			method: 'department.delete',
			fields: [departmentId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getFields',
			name: 'Get Fields',
			action: 'Get the department fields',
			description: 'List the fields of a department with their titles',
			method: 'department.fields',
			fields: [],
			output: { kind: 'entries', keyName: 'field' },
			retrySafe: true,
		},
	],
};
