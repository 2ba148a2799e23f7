import { choice, collection, decimal, fieldMapper, id, integer, json, multiField, portalChoice, recordLocator, text, textList, yesNo } from './fields';
import { crmFileFieldOperations } from './crmFileFields';
import { VALUE_TYPES } from './fieldMaps';
import type { CatalogField, CatalogOperation, CatalogResource, CrmApi } from './types';
import { upsertOperation } from './upsert';

const CONTACT_CHANNELS: CatalogField[] = [
	multiField('phone', 'Phone', 'fields.PHONE', VALUE_TYPES.PHONE),
	multiField('email', 'Email', 'fields.EMAIL', VALUE_TYPES.EMAIL),
	multiField('web', 'Website', 'fields.WEB', VALUE_TYPES.WEB),
	multiField('im', 'Messenger', 'fields.IM', VALUE_TYPES.IM),
];

const title = text('title', 'Title', 'fields.TITLE');
const name = text('name', 'First Name', 'fields.NAME');
const lastName = text('lastName', 'Last Name', 'fields.LAST_NAME');
const secondName = text('secondName', 'Middle Name', 'fields.SECOND_NAME');
const post = text('post', 'Position', 'fields.POST');
const sourceId = portalChoice('sourceId', 'Source Name or ID', 'fields.SOURCE_ID', 'getSources', {
	description: 'Where the record came from',
});
const opportunity = decimal('opportunity', 'Amount', 'fields.OPPORTUNITY');
const currencyId = portalChoice('currencyId', 'Currency Name or ID', 'fields.CURRENCY_ID', 'getCurrencies', {
	description: 'Currency of the amount',
});
const assignedById = portalChoice('assignedById', 'Responsible User Name or ID', 'fields.ASSIGNED_BY_ID', 'getUsers', {
	description: 'The user responsible for the record',
});
const companyId = integer('companyId', 'Company ID', 'fields.COMPANY_ID');
const contactId = integer('contactId', 'Contact ID', 'fields.CONTACT_ID');
const opened = yesNo('opened', 'Available to Everyone', 'fields.OPENED', {
	description: 'Whether every user may see the record',
});
const comments = text('comments', 'Comments', 'fields.COMMENTS');

/** The crm.item entity type of each legacy entity. */
const LEGACY_TYPE_IDS = { lead: 1, deal: 2, contact: 3, company: 4 } as const;

/** What tells the four legacy entities apart. */
interface LegacyEntity {
	/** Resource value and method segment: `deal` -> `crm.deal.*`. */
	key: 'deal' | 'lead' | 'contact' | 'company';
	name: string;
	plural: string;
	fields: CatalogField[];
}

export const LEGACY_ENTITIES: LegacyEntity[] = [
	{
		key: 'deal',
		name: 'Deal',
		plural: 'deals',
		fields: [
			title,
			text('typeId', 'Type ID', 'fields.TYPE_ID', { placeholder: 'e.g. SALE' }),
			portalChoice('categoryId', 'Pipeline Name or ID', 'fields.CATEGORY_ID', 'getPipelines', {
				description: 'Pipeline (category) of the deal; set only on create, Bitrix24 ignores it on update',
			}),
			portalChoice('stageId', 'Stage Name or ID', 'fields.STAGE_ID', 'getStages', {
				description: "Stage of the deal: the stages of the pipeline chosen here, or every pipeline's stages",
				dependsOn: ['&categoryId'],
			}),
			opportunity,
			currencyId,
			integer('probability', 'Probability (%)', 'fields.PROBABILITY'),
			companyId,
			contactId,
			assignedById,
			text('beginDate', 'Start Date', 'fields.BEGINDATE', { placeholder: 'e.g. 2024-08-30' }),
			text('closeDate', 'Close Date', 'fields.CLOSEDATE', { placeholder: 'e.g. 2024-09-09' }),
			sourceId,
			opened,
			comments,
		],
	},
	{
		key: 'lead',
		name: 'Lead',
		plural: 'leads',
		fields: [
			title,
			name,
			lastName,
			secondName,
			text('companyTitle', 'Company Name', 'fields.COMPANY_TITLE'),
			post,
			portalChoice('statusId', 'Status Name or ID', 'fields.STATUS_ID', 'getStages', { description: 'Stage of the lead' }),
			sourceId,
			opportunity,
			currencyId,
			companyId,
			contactId,
			assignedById,
			opened,
			comments,
			...CONTACT_CHANNELS,
		],
	},
	{
		key: 'contact',
		name: 'Contact',
		plural: 'contacts',
		fields: [
			name,
			lastName,
			secondName,
			post,
			text('typeId', 'Type ID', 'fields.TYPE_ID', { placeholder: 'e.g. CLIENT' }),
			sourceId,
			companyId,
			text('birthdate', 'Birth Date', 'fields.BIRTHDATE', { placeholder: 'e.g. 1990-05-21' }),
			assignedById,
			opened,
			comments,
			...CONTACT_CHANNELS,
		],
	},
	{
		key: 'company',
		name: 'Company',
		plural: 'companies',
		fields: [
			title,
			text('companyType', 'Type', 'fields.COMPANY_TYPE', { placeholder: 'e.g. CUSTOMER' }),
			text('industry', 'Industry', 'fields.INDUSTRY', { placeholder: 'e.g. IT' }),
			text('employees', 'Employees', 'fields.EMPLOYEES', { placeholder: 'e.g. EMPLOYEES_2' }),
			decimal('revenue', 'Annual Revenue', 'fields.REVENUE'),
			currencyId,
			assignedById,
			opened,
			comments,
			...CONTACT_CHANNELS,
		],
	},
];

function article(noun: string): string {
	return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}

function recordFields(entity: LegacyEntity, mode: 'add' | 'update'): CatalogField[] {
	return [
		collection('recordFields', 'Fields', entity.fields, { displayOptions: { show: { '@version': [1] } } }),
		fieldMapper('mappedFields', 'Fields', 'fields', entity.key, mode, { displayOptions: { show: { '@version': [2] } } }),
		json('fieldsJson', 'Fields (JSON)', 'fields', {
			description:
				'Any further fields as a JSON object in UPPER_CASE as Bitrix24 names them, custom fields included (e.g. {"UF_CRM_1721244482250": "x"}); merged last, so it wins over the fields above',
		}),
	];
}

function writeOptions(update: boolean): CatalogField {
	const options = [
		yesNo('registerSonetEvent', 'Register Feed Event', 'params.REGISTER_SONET_EVENT', {
			description: 'Whether the change is posted to the activity stream',
		}),
	];
	if (update) {
		options.push(
			yesNo('registerHistoryEvent', 'Register History Event', 'params.REGISTER_HISTORY_EVENT', {
				description: 'Whether the change is written to the record history',
			}),
		);
	}
	return collection('options', 'Options', options);
}

/** Leads, contacts and companies holding given phones or e-mails (crm.duplicate.findbycomm). */
function findDuplicates(entity: LegacyEntity): CatalogOperation {
	const type = entity.key.toUpperCase();
	return {
		value: 'findDuplicates',
		name: 'Find Duplicates',
		action: `Find ${entity.plural} by phone or e-mail`,
		description: `Find the ${entity.plural} that hold any of the given phones or e-mails`,
		method: 'crm.duplicate.findbycomm',
		fields: [
			choice('communicationType', 'Search By', 'type', [
				{ name: 'Email', value: 'EMAIL' },
				{ name: 'Phone', value: 'PHONE' },
			]),
			textList('values', 'Values', 'values', {
				required: true,
				placeholder: 'e.g. ann@example.com, bob@example.com',
				description: 'Comma-separated e-mails or phones, at most 20; phones match without their extension',
			}),
		],
		fixed: { entity_type: type },
		output: { kind: 'rows', path: type, valueKey: 'id' },
		retrySafe: true,
	};
}

/** Create, Get, Get Many, Update, Delete and Get Fields of one legacy entity (`crm.deal.*` and siblings). */
export function legacyEntityResource(entity: LegacyEntity): CatalogResource {
	const noun = entity.name.toLowerCase();
	const one = `${article(noun)} ${noun}`;
	const prefix = `crm.${entity.key}`;
	const recordId = recordLocator('recordId', entity.name, 'id', entity.key);
	const crm: CrmApi = { api: 'legacy', entity: entity.key };
	const operations: CatalogOperation[] = [
		{
			value: 'create',
			name: 'Create',
			action: `Create ${one}`,
			description: `Create ${one}`,
			method: `${prefix}.add`,
			fields: [...recordFields(entity, 'add'), writeOptions(false)],
			output: { kind: 'value', key: 'id' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: `Get ${one}`,
			description: `Get ${one} by ID`,
			method: `${prefix}.get`,
			fields: [recordId],
			output: { kind: 'record' },
			simplify: crm,
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: `Get many ${entity.plural}`,
			description: `Get many ${entity.plural}, filtered and ordered`,
			method: `${prefix}.list`,
			fields: [
				json('filter', 'Filter (JSON)', 'filter', {
					description: 'Bitrix24 filter with operators in the keys, e.g. {">OPPORTUNITY": 1000, "ASSIGNED_BY_ID": 1}',
				}),
				json('order', 'Order (JSON)', 'order', {
					description: 'Sort order, e.g. {"DATE_CREATE": "DESC"}. Leave empty for the fastest paging.',
				}),
				textList('select', 'Select', 'select', {
					description: 'Comma-separated fields to return, e.g. ID, TITLE, UF_*. Empty returns all standard fields and custom fields.',
				}),
			],
			output: { kind: 'rows' },
			simplify: crm,
			list: { idKey: 'ID', filterParam: 'filter', orderParam: 'order', selectParam: 'select', fast: true },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: `Update ${one}`,
			description: `Update ${one}`,
			method: `${prefix}.update`,
			fields: [recordId, ...recordFields(entity, 'update'), writeOptions(true)],
			output: { kind: 'success' },
			retrySafe: true,
		},
		upsertOperation({
			one,
			crm,
			communications: entity.key !== 'deal',
			fields: [...recordFields(entity, 'update'), writeOptions(false)],
			fieldExample: 'UF_CRM_1721244482250',
		}),
		{
			value: 'delete',
			name: 'Delete',
			action: `Delete ${one}`,
			description: `Delete ${one}`,
			method: `${prefix}.delete`,
			fields: [recordId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getFields',
			name: 'Get Fields',
			action: `Get the fields of ${entity.plural}`,
			description: `List the fields of ${entity.plural} with their types and labels`,
			method: `${prefix}.fields`,
			fields: [],
			output: { kind: 'entries', keyName: 'name' },
			retrySafe: true,
		},
	];
	const entityType = id('entityTypeId', 'Entity Type ID', 'entityTypeId', { type: 'hidden', default: String(LEGACY_TYPE_IDS[entity.key]) });
	operations.push(...crmFileFieldOperations(entityType, recordId, one));
	if (entity.key !== 'deal') operations.push(findDuplicates(entity));
	return { value: entity.key, name: entity.name, description: `Classic CRM ${entity.plural} (${prefix} methods)`, operations };
}

const USER_TYPES = [
	'string',
	'integer',
	'double',
	'boolean',
	'datetime',
	'date',
	'money',
	'url',
	'address',
	'enumeration',
	'file',
	'employee',
	'crm_status',
	'iblock_section',
	'iblock_element',
	'crm',
];

const USER_FIELD_PROPERTIES: CatalogField[] = [
	text('label', 'Label', 'fields.LABEL', { description: 'Name shown in forms, lists and filters' }),
	yesNo('multiple', 'Multiple', 'fields.MULTIPLE'),
	yesNo('mandatory', 'Required', 'fields.MANDATORY'),
	yesNo('showFilter', 'Show in Filter', 'fields.SHOW_FILTER'),
	integer('sort', 'Sort', 'fields.SORT', { default: 100 }),
	text('xmlId', 'External Code', 'fields.XML_ID'),
];

const userFieldJson = json('fieldsJson', 'Fields (JSON)', 'fields', {
	description: 'Further properties as JSON, e.g. {"SETTINGS": {"DEFAULT_VALUE": "x"}, "LIST": [{"VALUE": "One"}]}; merged last',
});

/** Create, Get, Get Many, Update and Delete of one legacy entity's custom fields (`crm.deal.userfield.*`). */
export function legacyUserFieldResource(entity: LegacyEntity): CatalogResource {
	const noun = `${entity.name.toLowerCase()} custom field`;
	const prefix = `crm.${entity.key}.userfield`;
	const fieldId = id('userFieldId', 'Custom Field ID', 'id', { placeholder: 'e.g. 6997' });
	const operations: CatalogOperation[] = [
		{
			value: 'create',
			name: 'Create',
			action: `Create a ${noun}`,
			description: `Create a ${noun}`,
			method: `${prefix}.add`,
			fields: [
				text('fieldName', 'Field Name', 'fields.FIELD_NAME', {
					required: true,
					placeholder: 'e.g. HELLO_WORLD',
					description: 'Code of the field: A-Z, 0-9 and _; Bitrix24 adds the UF_CRM_ prefix',
				}),
				choice('userTypeId', 'Type', 'fields.USER_TYPE_ID', USER_TYPES.map((type) => ({ name: type, value: type }))),
				collection('userFieldProperties', 'Properties', USER_FIELD_PROPERTIES),
				userFieldJson,
			],
			output: { kind: 'value', key: 'id' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: `Get a ${noun}`,
			description: `Get a ${noun} by ID`,
			method: `${prefix}.get`,
			fields: [fieldId],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: `Get many ${noun}s`,
			description: `List the ${noun}s`,
			method: `${prefix}.list`,
			fields: [
				json('filter', 'Filter (JSON)', 'filter', { description: 'E.g. {"USER_TYPE_ID": "string"}' }),
				json('order', 'Order (JSON)', 'order', { description: 'E.g. {"SORT": "ASC"}' }),
			],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: `Update a ${noun}`,
			description: `Update a ${noun}`,
			method: `${prefix}.update`,
			fields: [fieldId, collection('userFieldProperties', 'Properties', USER_FIELD_PROPERTIES), userFieldJson],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: `Delete a ${noun}`,
			description: `Delete a ${noun}`,
			method: `${prefix}.delete`,
			fields: [fieldId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
	];
	return {
		value: `${entity.key}UserField`,
		name: `${entity.name} Custom Field`,
		description: `Custom (UF_CRM_) fields of ${entity.plural}`,
		operations,
	};
}

export const legacyCrmResources: CatalogResource[] = LEGACY_ENTITIES.flatMap((entity) => [
	legacyEntityResource(entity),
	legacyUserFieldResource(entity),
]);
