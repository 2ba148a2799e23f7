/** user.add / get / search / update / fields (user.current is in ../system.ts) */
import { RestError } from '../../errors';
import { compileFilter, ListSchema, sortRows } from '../../filter';
import { paginate, readStart } from '../../pagination';
import { Dict, isDict, isPhpArray, isYes, phpEmpty, phpValues, toInt, toPhpString } from '../../php';
import type { PortalUser } from '../../state/users';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { userView } from '../system';

/** Plain text profile fields of user.add / user.update, kept as given. */
const PROFILE_FIELDS = [
	'SECOND_NAME', 'PERSONAL_PROFESSION', 'PERSONAL_WWW', 'PERSONAL_BIRTHDAY', 'PERSONAL_ICQ', 'PERSONAL_PHONE',
	'PERSONAL_FAX', 'PERSONAL_MOBILE', 'PERSONAL_PAGER', 'PERSONAL_STREET', 'PERSONAL_CITY', 'PERSONAL_STATE',
	'PERSONAL_ZIP', 'PERSONAL_COUNTRY', 'PERSONAL_MAILBOX', 'PERSONAL_NOTES', 'WORK_PHONE', 'WORK_COMPANY',
	'WORK_DEPARTMENT', 'WORK_WWW', 'WORK_FAX', 'WORK_PAGER', 'WORK_STREET', 'WORK_MAILBOX', 'WORK_CITY', 'WORK_STATE',
	'WORK_ZIP', 'WORK_COUNTRY', 'WORK_PROFILE', 'WORK_NOTES', 'UF_SKYPE_LINK', 'UF_ZOOM', 'UF_INTERESTS', 'UF_SKILLS',
	'UF_WEB_SITES', 'UF_XING', 'UF_LINKEDIN', 'UF_FACEBOOK', 'UF_TWITTER', 'UF_SKYPE', 'UF_DISTRICT', 'UF_PHONE_INNER',
];

const FIELD_TITLES: Record<string, string> = {
	ID: 'ID', XML_ID: 'External code', ACTIVE: 'Activity', NAME: 'First Name', LAST_NAME: 'Last Name', SECOND_NAME: 'Middle Name',
	TITLE: 'User List', EMAIL: 'E-Mail', LAST_LOGIN: 'Last Authorization', DATE_REGISTER: 'Registration Date', TIME_ZONE: 'TIME_ZONE',
	IS_ONLINE: 'IS_ONLINE', TIMESTAMP_X: 'TIMESTAMP_X', LAST_ACTIVITY_DATE: 'LAST_ACTIVITY_DATE', PERSONAL_GENDER: 'Gender',
	PERSONAL_PROFESSION: 'Profession', PERSONAL_WWW: 'Homepage', PERSONAL_BIRTHDAY: 'Date of Birth', PERSONAL_PHOTO: 'Photo',
	PERSONAL_ICQ: 'ICQ', PERSONAL_PHONE: 'Personal Phone', PERSONAL_FAX: 'Fax', PERSONAL_MOBILE: 'Personal Mobile', PERSONAL_PAGER: 'Pager',
	PERSONAL_STREET: 'Residential Street', PERSONAL_CITY: 'Residential City', PERSONAL_STATE: 'State / Region', PERSONAL_ZIP: 'Zip Code',
	PERSONAL_COUNTRY: 'Country', PERSONAL_MAILBOX: 'P.O. Box', PERSONAL_NOTES: 'Additional Notes', WORK_PHONE: 'Company Phone',
	WORK_COMPANY: 'Company', WORK_POSITION: 'Job Title', WORK_DEPARTMENT: 'Department', WORK_WWW: 'Company Website', WORK_FAX: 'WORK_FAX',
	WORK_PAGER: 'WORK_PAGER', WORK_STREET: 'WORK_STREET', WORK_MAILBOX: 'WORK_MAILBOX', WORK_CITY: 'Work City', WORK_STATE: 'WORK_STATE',
	WORK_ZIP: 'WORK_ZIP', WORK_COUNTRY: 'WORK_COUNTRY', WORK_PROFILE: 'WORK_PROFILE', WORK_LOGO: 'WORK_LOGO', WORK_NOTES: 'WORK_NOTES',
	UF_SKYPE_LINK: 'Skype Chat Link', UF_ZOOM: 'Zoom', UF_EMPLOYMENT_DATE: 'Hire Date', UF_TIMEMAN: 'Time Tracking', UF_DEPARTMENT: 'Units',
	UF_INTERESTS: 'Interests', UF_SKILLS: 'Skills', UF_WEB_SITES: 'Other Websites', UF_XING: 'Xing', UF_LINKEDIN: 'LinkedIn',
	UF_TWITTER: 'Twitter', UF_SKYPE: 'Skype', UF_DISTRICT: 'District', UF_PHONE_INNER: 'Extension', USER_TYPE: 'USER_TYPE',
};

const accessDenied = () => new RestError('ERROR_CORE', 'access_denied');

function requireAdmin(ctx: CallContext): void {
	if (!ctx.state.users.get(ctx.auth.userId)?.isAdmin) throw accessDenied();
}

/** A user row of user.get / user.search: the user.current view, the profile fields set and USER_TYPE. */
function listView(user: PortalUser, ctx: CallContext): Dict {
	return { ...userView(user, ctx), ...(user.profile ?? {}), USER_TYPE: user.userType ?? 'employee' };
}

function gender(value: unknown): PortalUser['gender'] {
	const text = toPhpString(value).toUpperCase();
	return text === 'M' || text === 'F' ? text : '';
}

function departmentIds(value: unknown): number[] {
	return (isPhpArray(value) ? phpValues(value) : [value]).map(toInt).filter((id) => id > 0);
}

function profileOf(params: Dict, base: Record<string, string> = {}): Record<string, string> {
	const profile = { ...base };
	for (const field of PROFILE_FIELDS) if (params[field] !== undefined) profile[field] = toPhpString(params[field]);
	return profile;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function add(ctx: CallContext): MethodResult {
	requireAdmin(ctx);
	const email = toPhpString(ctx.params.EMAIL).trim();
	if (!EMAIL.test(email)) throw new RestError('ERROR_ARGUMENT', 'wrong_email', 400, { argument: '' });
	if ([...ctx.state.users.users.values()].some((user) => user.email.toLowerCase() === email.toLowerCase())) {
		throw new RestError('ERROR_ARGUMENT', 'A user with this email already exists', 400, { argument: '' });
	}
	const extranet = isYes(ctx.params.EXTRANET);
	if (extranet && phpEmpty(ctx.params.SONET_GROUP_ID)) throw new RestError('ERROR_GROUPID', 'Group code not specified');
	const departments = departmentIds(ctx.params.UF_DEPARTMENT);
	if (!extranet && departments.length === 0) throw new RestError('ERROR_ARGUMENT', 'no_extranet_field', 400, { argument: '' });
	const user = ctx.state.users.add({
		name: toPhpString(ctx.params.NAME),
		lastName: toPhpString(ctx.params.LAST_NAME),
		email,
		active: true,
		isAdmin: false,
		workPosition: toPhpString(ctx.params.WORK_POSITION),
		gender: gender(ctx.params.PERSONAL_GENDER),
		departments,
		isBot: false,
		profile: profileOf(ctx.params),
		userType: extranet ? 'extranet' : 'employee',
	});
	return { result: user.id };
}

function update(ctx: CallContext): MethodResult {
	requireAdmin(ctx);
	const user = ctx.state.users.get(toInt(ctx.params.ID));
	if (!user || user.isBot) throw accessDenied();
	const params = ctx.params;
	if (params.NAME !== undefined) user.name = toPhpString(params.NAME);
	if (params.LAST_NAME !== undefined) user.lastName = toPhpString(params.LAST_NAME);
	if (params.EMAIL !== undefined) user.email = toPhpString(params.EMAIL);
	if (params.WORK_POSITION !== undefined) user.workPosition = toPhpString(params.WORK_POSITION);
	if (params.PERSONAL_GENDER !== undefined) user.gender = gender(params.PERSONAL_GENDER);
	if (params.UF_DEPARTMENT !== undefined) user.departments = departmentIds(params.UF_DEPARTMENT);
	if (params.ACTIVE !== undefined) user.active = isYes(params.ACTIVE);
	user.profile = profileOf(params, user.profile);
	return { result: true };
}

/** Users user.get lists: neither bots nor the guests of open lines. */
function listedUsers(ctx: CallContext): PortalUser[] {
	const guests = new Set([...ctx.state.im.chats.values()].map((chat) => chat.openline?.guestUserId));
	return [...ctx.state.users.users.values()].filter((user) => !user.isBot && !guests.has(user.id));
}

const userSchema = (ctx: CallContext): ListSchema<PortalUser> => ({
	resolve: (name) => {
		const upper = name.toUpperCase();
		return upper === 'NAME_SEARCH' || upper === 'UF_DEPARTMENT_NAME' || upper in FIELD_TITLES ? upper : undefined;
	},
	get: (user, field) => {
		if (field === 'ACTIVE') return user.active ? 'Y' : 'N';
		if (field === 'UF_DEPARTMENT') return [...user.departments];
		if (field === 'NAME_SEARCH') return [user.name, user.lastName, user.profile?.SECOND_NAME ?? '', user.workPosition];
		if (field === 'UF_DEPARTMENT_NAME') return user.departments.map((id) => ctx.state.users.departments.get(id)?.name ?? '');
		return listView(user, ctx)[field];
	},
	unknownField: () => undefined,
	badDirection: () => undefined,
});

const LIST_PARAMS = new Set(['SORT', 'ORDER', 'START', 'SELECT', 'ADMIN_MODE', 'IMAGE_RESIZE', 'FILTER', 'AUTH', 'CLIENT_ID']);

/** FILTER (any case); without it the fields given at the top level filter, as the portal reads them. */
function readFilter(params: Dict): Dict {
	const key = Object.keys(params).find((name) => name.toUpperCase() === 'FILTER');
	if (key !== undefined) return isDict(params[key]) ? { ...params[key] } : {};
	const filter: Dict = {};
	for (const [name, value] of Object.entries(params)) if (!LIST_PARAMS.has(name.toUpperCase())) filter[name] = value;
	return filter;
}

function select(row: Dict, params: Dict): Dict {
	const names = phpValues(params.select ?? params.SELECT).map((name) => toPhpString(name).toUpperCase());
	if (names.length === 0 || names.includes('*')) return row;
	const picked: Dict = { ID: row.ID };
	for (const name of names) if (name in row) picked[name] = row[name];
	return picked;
}

function listUsers(ctx: CallContext, filter: Dict, also: (user: PortalUser) => boolean = () => true): MethodResult {
	const schema = userSchema(ctx);
	const predicate = compileFilter(filter, schema);
	const matching = listedUsers(ctx).filter((user) => predicate(user) && also(user));
	const sortField = toPhpString(ctx.params.sort ?? ctx.params.SORT ?? 'ID').toUpperCase() || 'ID';
	const descending = toPhpString(ctx.params.order ?? ctx.params.ORDER).toUpperCase() === 'DESC';
	const sorted = sortRows(matching, [{ field: schema.resolve(sortField) ?? 'ID', descending }], schema);
	const page = paginate(sorted, readStart(ctx.params));
	return { result: page.rows.map((user) => select(listView(user, ctx), ctx.params)), total: page.total, next: page.next };
}

/** ACTIVE=true keeps the working users only; other values do not filter. */
function withActive(filter: Dict): Dict {
	const out = { ...filter };
	if (out.ACTIVE !== undefined) {
		if (isYes(out.ACTIVE)) out.ACTIVE = 'Y';
		else delete out.ACTIVE;
	}
	return out;
}

function get(ctx: CallContext): MethodResult {
	const filter = withActive(readFilter(ctx.params));
	if (filter.NAME_SEARCH !== undefined) filter['%NAME_SEARCH'] = filter.NAME_SEARCH;
	delete filter.NAME_SEARCH;
	return listUsers(ctx, filter);
}

/** Searches from the start of a word ("right LIKE"); FIND looks in all personal fields at once. */
function search(ctx: CallContext): MethodResult {
	const filter: Dict = {};
	let find: string | undefined;
	for (const [key, value] of Object.entries(withActive(readFilter(ctx.params)))) {
		const field = key.toUpperCase();
		if (field === 'FIND') find = toPhpString(value).toLowerCase();
		else if (['NAME', 'LAST_NAME', 'WORK_POSITION', 'UF_DEPARTMENT_NAME'].includes(field)) filter[`=%${field}`] = `${toPhpString(value)}%`;
		else filter[key] = value;
	}
	if (find === undefined) return listUsers(ctx, filter);
	const schema = userSchema(ctx);
	const words = (user: PortalUser) =>
		[...(schema.get(user, 'NAME_SEARCH') as string[]), ...(schema.get(user, 'UF_DEPARTMENT_NAME') as string[])]
			.join(' ')
			.toLowerCase()
			.split(/\s+/);
	const needle = find;
	return listUsers(ctx, filter, (user) => words(user).some((word) => word.startsWith(needle)));
}

export const userMethods: MethodSpec[] = [
	{ name: 'user.add', scopes: ['user'], handler: add },
	{ name: 'user.get', scopes: ['user', 'user_brief', 'user_basic'], handler: get },
	{ name: 'user.search', scopes: ['user', 'user_brief', 'user_basic'], handler: search },
	{ name: 'user.update', scopes: ['user'], handler: update },
	{ name: 'user.fields', scopes: ['user', 'user_brief', 'user_basic'], handler: () => ({ result: { ...FIELD_TITLES } }) },
];
