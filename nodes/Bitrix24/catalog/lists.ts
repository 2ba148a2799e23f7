import { choice, collection, id, integer, json, text, textList, yesNo } from './fields';
import type { CatalogField, CatalogResource } from './types';

const listType = choice(
	'iblockTypeId',
	'List Type',
	'IBLOCK_TYPE_ID',
	[
		{ name: 'List', value: 'lists', description: 'A universal list of the portal' },
		{ name: 'Process', value: 'bitrix_processes', description: 'A list of a business process (Processes in the feed)' },
		{ name: 'Workgroup List', value: 'lists_socnet', description: 'A list that belongs to a workgroup' },
	],
	{ description: 'Kind of information block the list is' },
);

const listId = id('listId', 'List ID', 'IBLOCK_ID', { description: 'ID of the list (information block), e.g. 109' });

/** Type and ID name the list in every call. */
const theList: CatalogField[] = [listType, listId];

const sort = integer('sort', 'Sort', 'FIELDS.SORT', { default: 500, description: 'Position in ordered views; lower comes first' });

const listMessages = json('messages', 'Labels (JSON)', 'MESSAGES', {
	default: '',
	description:
		'Labels of elements and sections, e.g. {"ELEMENTS_NAME": "Tasks", "ELEMENT_NAME": "Task", "SECTIONS_NAME": "Stages", "ELEMENT_ADD": "Add task"}',
});

const listRights = json('rights', 'Access Rights (JSON)', 'RIGHTS', {
	default: '',
	description:
		'Rights by subject, e.g. {"U1": "X", "D5": "R"}: U<ID> user, D<ID> department, DR<ID> department with subdepartments, * everyone; D none, R read, E add, U edit with limits, W edit, X full. Existing rights are kept.',
});

const listProperties: CatalogField[] = [
	text('description', 'Description', 'FIELDS.DESCRIPTION', { description: 'What the list is for' }),
	sort,
	yesNo('bizproc', 'Business Processes', 'FIELDS.BIZPROC', { description: 'Whether business processes can run on the elements' }),
	integer('socnetGroupId', 'Workgroup ID', 'SOCNET_GROUP_ID', { description: 'ID of the workgroup the list belongs to (Workgroup List type)' }),
	listMessages,
	listRights,
];

const universalList: CatalogResource = {
	value: 'universalList',
	name: 'Universal List',
	description: 'Universal lists: information blocks with custom fields (lists.* methods)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a list',
			description: 'Create a universal list (portal administrators only)',
			method: 'lists.add',
			fields: [
				listType,
				text('code', 'Code', 'IBLOCK_CODE', { required: true, placeholder: 'e.g. vacation_requests', description: 'Symbolic code of the new list, unique within its type' }),
				text('name', 'Name', 'FIELDS.NAME', { required: true, description: 'Name of the list' }),
				collection('additionalFields', 'Additional Fields', listProperties),
			],
			output: { kind: 'value', key: 'ID' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a list',
			description: 'Get the settings of a list by its ID',
			method: 'lists.get',
			fields: theList,
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many lists',
			description: 'Get the lists of a type that the user can read',
			method: 'lists.get',
			fields: [
				listType,
				collection('options', 'Options', [
					integer('socnetGroupId', 'Workgroup ID', 'SOCNET_GROUP_ID', { description: 'Only the lists of this workgroup (required for Workgroup List)' }),
					json('order', 'Order (JSON)', 'IBLOCK_ORDER', { description: 'E.g. {"NAME": "asc"}; fields ID, IBLOCK_TYPE, NAME, CODE, SORT, TIMESTAMP_X' }),
				]),
			],
			output: { kind: 'rows' },
			list: { idKey: 'ID', filterParam: 'FILTER', orderParam: 'IBLOCK_ORDER', fast: false },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a list',
			description: 'Rename a list or change its settings; Name is required by Bitrix24 on every update',
			method: 'lists.update',
			fields: [
				...theList,
				text('name', 'Name', 'FIELDS.NAME', { required: true, description: 'Name of the list (send the current one to keep it)' }),
				collection('updateFields', 'Update Fields', listProperties),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a list',
			description: 'Delete a list with its fields, sections and elements',
			method: 'lists.delete',
			fields: theList,
			output: { kind: 'deleted' },
			retrySafe: true,
		},
	],
};

const sectionId = id('sectionId', 'Section ID', 'SECTION_ID', { description: 'ID of the list section, e.g. 169' });

const sectionProperties: CatalogField[] = [
	text('externalId', 'External ID', 'FIELDS.EXTERNAL_ID', { description: 'Identifier of the section in another system' }),
	text('xmlId', 'XML ID', 'FIELDS.XML_ID', { description: 'External identifier used by imports' }),
	sort,
	yesNo('active', 'Active', 'FIELDS.ACTIVE', { default: true, description: 'Whether the section is active' }),
];

const listSection: CatalogResource = {
	value: 'listSection',
	name: 'List Section',
	description: 'Sections (folders) that group the elements of a universal list',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a list section',
			description: 'Create a section in a list',
			method: 'lists.section.add',
			fields: [
				...theList,
				text('code', 'Code', 'SECTION_CODE', { required: true, placeholder: 'e.g. marketing_documents', description: 'Symbolic code of the section' }),
				text('name', 'Name', 'FIELDS.NAME', { required: true, description: 'Name of the section' }),
				collection('additionalFields', 'Additional Fields', [
					integer('parentSectionId', 'Parent Section ID', 'IBLOCK_SECTION_ID', { description: 'Section to nest it in; 0 for the top level' }),
					...sectionProperties,
				]),
			],
			output: { kind: 'value', key: 'ID' },
			retrySafe: false,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many list sections',
			description: 'Get the sections of a list, optionally filtered',
			method: 'lists.section.get',
			fields: [
				...theList,
				json('filter', 'Filter (JSON)', 'FILTER', { description: 'E.g. {"ID": 169} for one section, {"%NAME": "Market"} or {"DEPTH_LEVEL": 1}' }),
				textList('select', 'Select', 'SELECT', { description: 'Comma-separated fields to return, e.g. ID, NAME, IBLOCK_SECTION_ID. Empty returns all.' }),
			],
			output: { kind: 'rows' },
			list: { idKey: 'ID', filterParam: 'FILTER', orderParam: 'ORDER', selectParam: 'SELECT', fast: false },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a list section',
			description: 'Rename a section or change its settings; Name is required by Bitrix24 on every update',
			method: 'lists.section.update',
			fields: [
				...theList,
				sectionId,
				text('name', 'Name', 'FIELDS.NAME', { required: true, description: 'Name of the section (send the current one to keep it)' }),
				collection('updateFields', 'Update Fields', sectionProperties),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a list section',
			description: 'Delete a section of a list',
			method: 'lists.section.delete',
			fields: [...theList, sectionId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
	],
};

const FIELD_TYPES = [
	['String', 'S'],
	['Number', 'N'],
	['List', 'L'],
	['File', 'F'],
	['Date', 'S:Date'],
	['Date/Time', 'S:DateTime'],
	['HTML/Text', 'S:HTML'],
	['Binding to Sections', 'G'],
	['Binding to Elements', 'E'],
	['Binding to Elements as a List', 'E:EList'],
	['Counter', 'N:Sequence'],
	['Binding to CRM Elements', 'S:ECrm'],
	['Money', 'S:Money'],
	['File (Drive)', 'S:DiskFile'],
	['Binding to Employee', 'S:employee'],
	['System: Sort', 'SORT'],
	['System: Active From', 'ACTIVE_FROM'],
	['System: Active To', 'ACTIVE_TO'],
	['System: Preview Picture', 'PREVIEW_PICTURE'],
	['System: Preview Text', 'PREVIEW_TEXT'],
	['System: Detail Picture', 'DETAIL_PICTURE'],
	['System: Detail Text', 'DETAIL_TEXT'],
	['System: Created', 'DATE_CREATE'],
	['System: Created By', 'CREATED_BY'],
	['System: Modified', 'TIMESTAMP_X'],
	['System: Modified By', 'MODIFIED_BY'],
].map(([name, value]) => ({ name, value }));

const fieldType = choice('type', 'Type', 'FIELDS.TYPE', FIELD_TYPES, {
	description: 'Kind of field; it cannot change later, so an update must send the type the field was created with',
});

const fieldId = text('fieldId', 'Field ID', 'FIELD_ID', {
	required: true,
	placeholder: 'e.g. PROPERTY_1151',
	description: 'PROPERTY_<ID> for a custom field, the code (e.g. DETAIL_TEXT) for a system field',
});

const fieldProperties: CatalogField[] = [
	yesNo('isRequired', 'Required', 'FIELDS.IS_REQUIRED', { description: 'Whether a value is required' }),
	yesNo('multiple', 'Multiple', 'FIELDS.MULTIPLE', { description: 'Whether the field holds several values (not for system fields)' }),
	sort,
	text('defaultValue', 'Default Value', 'FIELDS.DEFAULT_VALUE', { description: 'Value of new elements; required when the field is read-only in the add form' }),
	text('listValues', 'List Values', 'FIELDS.LIST_TEXT_VALUES', {
		typeOptions: { rows: 3 },
		description: 'For a List field: one value per line, added to the existing ones',
	}),
	integer('linkListId', 'Linked List ID', 'FIELDS.LINK_IBLOCK_ID', { description: 'List the binding points to (Binding to Sections or Elements)' }),
	json('settings', 'Settings (JSON)', 'FIELDS.SETTINGS', {
		description: 'Form settings, e.g. {"SHOW_ADD_FORM": "Y", "SHOW_EDIT_FORM": "Y", "ADD_READ_ONLY_FIELD": "N", "EDIT_READ_ONLY_FIELD": "N", "SHOW_FIELD_PREVIEW": "N"}',
	}),
	json('fieldsJson', 'More Properties (JSON)', 'FIELDS', {
		description: 'Further properties, merged last, e.g. {"LIST": {"n0": {"VALUE": "Open", "SORT": 10, "DEF": "Y"}}, "USER_TYPE_SETTINGS": {"height": 200}, "ROW_COUNT": 1}',
	}),
];

const listField: CatalogResource = {
	value: 'listField',
	name: 'List Field',
	description: 'Fields (columns) of a universal list',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a list field',
			description: 'Add a custom or system field to a list',
			method: 'lists.field.add',
			fields: [
				...theList,
				text('name', 'Name', 'FIELDS.NAME', { required: true, description: 'Label of the field' }),
				fieldType,
				text('code', 'Code', 'FIELDS.CODE', { placeholder: 'e.g. STATUS', description: 'Symbolic code; required for custom fields, unused for system ones' }),
				collection('additionalFields', 'Additional Fields', fieldProperties),
			],
			output: { kind: 'value', key: 'FIELD_ID' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a list field',
			description: 'Get one field of a list',
			method: 'lists.field.get',
			fields: [...theList, fieldId],
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many list fields',
			description: 'Get all fields of a list, one item each',
			method: 'lists.field.get',
			fields: theList,
			output: { kind: 'rows' },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a list field',
			description: 'Change a field; Name and the unchanged Type are required by Bitrix24 on every update',
			method: 'lists.field.update',
			fields: [
				...theList,
				fieldId,
				text('name', 'Name', 'FIELDS.NAME', { required: true, description: 'Label of the field (send the current one to keep it)' }),
				fieldType,
				collection('updateFields', 'Update Fields', [
					text('code', 'Code', 'FIELDS.CODE', { description: 'Symbolic code of a custom field' }),
					...fieldProperties,
				]),
			],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a list field',
			description: 'Delete a field and its values',
			method: 'lists.field.delete',
			fields: [...theList, fieldId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getTypes',
			name: 'Get Types',
			action: 'Get the field types of a list',
			description: 'List the field types that can be added to a list, one item each, e.g. { type: "S:Date", value: "Date" }',
			method: 'lists.field.type.get',
			fields: theList,
			output: { kind: 'entries', keyName: 'type' },
			retrySafe: true,
		},
	],
};

const elementId = id('elementId', 'Element ID', 'ELEMENT_ID', { description: 'ID of the list element, e.g. 6999' });

const elementValues = json('values', 'Field Values (JSON)', 'FIELDS', {
	description:
		'Values of custom fields by field ID, e.g. {"PROPERTY_951": ["1269", "1271"], "PROPERTY_1003": "12/31/2024"}; a File field takes ["name.pdf", "<base64>"]',
});

const listElement: CatalogResource = {
	value: 'listElement',
	name: 'List Element',
	description: 'Elements (rows) of a universal list',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a list element',
			description: 'Add an element to a list',
			method: 'lists.element.add',
			fields: [
				...theList,
				text('code', 'Code', 'ELEMENT_CODE', { required: true, placeholder: 'e.g. request_42', description: 'Symbolic code of the element, unique in the list' }),
				text('name', 'Name', 'FIELDS.NAME', { required: true, description: 'Name of the element' }),
				elementValues,
				collection('additionalFields', 'Additional Fields', [
					integer('sectionId', 'Section ID', 'IBLOCK_SECTION_ID', { description: 'Section to put the element in; 0 for the top level' }),
				]),
			],
			output: { kind: 'value', key: 'ID' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a list element',
			description: 'Get one element of a list by its ID',
			method: 'lists.element.get',
			fields: [...theList, elementId],
			output: { kind: 'record' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many list elements',
			description: 'Get the elements of a list, filtered and ordered',
			method: 'lists.element.get',
			fields: [
				...theList,
				json('filter', 'Filter (JSON)', 'FILTER', { description: 'E.g. {"%NAME": "Invoice", "IBLOCK_SECTION_ID": 169, ">=PROPERTY_1003": "01/01/2025"}' }),
				json('order', 'Order (JSON)', 'ELEMENT_ORDER', { description: 'E.g. {"NAME": "asc"} or {"ID": "desc"}' }),
				textList('select', 'Select', 'SELECT', { description: 'Comma-separated fields to return, e.g. ID, NAME, PROPERTY_951. Empty returns all.' }),
			],
			output: { kind: 'rows' },
			list: { idKey: 'ID', filterParam: 'FILTER', orderParam: 'ELEMENT_ORDER', selectParam: 'SELECT', fast: false },
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a list element',
			description: 'Replace an element: fields not sent are cleared, so send every value to keep',
			method: 'lists.element.update',
			fields: [...theList, elementId, text('name', 'Name', 'FIELDS.NAME', { required: true, description: 'Name of the element' }), elementValues],
			output: { kind: 'success' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a list element',
			description: 'Delete an element of a list',
			method: 'lists.element.delete',
			fields: [...theList, elementId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getFileUrls',
			name: 'Get File URLs',
			action: 'Get the file URLs of a list element',
			description: 'Get the download paths of the files in a File or File (Drive) field of an element, one item each',
			method: 'lists.element.get.file.url',
			fields: [
				...theList,
				elementId,
				id('fileFieldId', 'File Field ID', 'FIELD_ID', { description: 'Numeric ID of the File field, without PROPERTY_, e.g. 425' }),
			],
			output: { kind: 'rows', valueKey: 'url' },
			retrySafe: true,
		},
	],
};

export const listsResources: CatalogResource[] = [universalList, listSection, listField, listElement];
