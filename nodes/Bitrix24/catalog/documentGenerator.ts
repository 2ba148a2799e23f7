import { choice, collection, flag, id, integer, json, text, textList, yesNo } from './fields';
import type { CatalogField, CatalogOperation, CatalogResource } from './types';

const listShape = (rowsPath: string) => ({ rowsPath, idKey: 'id', filterParam: 'filter', orderParam: 'order', selectParam: 'select', fast: false });

const listFields = (filterExample: string, fields: string): CatalogField[] => [
	json('filter', 'Filter (JSON)', 'filter', { description: `Conditions by field with an optional prefix (>=, >, <=, <, @, !@, %=, !=), e.g. ${filterExample}.` }),
	json('order', 'Order (JSON)', 'order', { description: 'Sort by fields, e.g. {"id": "desc"}.' }),
	textList('select', 'Select', 'select', { description: `Comma-separated fields to return, e.g. ${fields}; default all.` }),
];

const templateId = id('templateId', 'Template ID', 'id', { description: 'ID of the document template.' });

const templateSettings = (required: boolean): CatalogField[] => [
	text('name', 'Name', 'fields.name', { required, description: 'Name of the template.' }),
	integer('numeratorId', 'Numerator ID', 'fields.numeratorId', {
		required,
		default: required ? 1 : 0,
		description: 'Numerator that numbers the documents (Document Numerator > Get Many; 1 is "General Number").',
	}),
	text('region', 'Region', 'fields.region', {
		required,
		placeholder: 'e.g. de',
		description: 'Code of a pre-installed region (de, uk, br, ...) or the ID of a custom region.',
	}),
];

const templateOptions: CatalogField[] = [
	text('code', 'Code', 'fields.code'),
	textList('users', 'Access', 'fields.users', {
		placeholder: 'e.g. UA, U5, D2',
		description: 'Who may use it, comma-separated: U<ID> user, D<ID> department, DR<ID> with subdepartments, SG<ID> group, AU authorized users, UA all users.',
	}),
	yesNo('active', 'Active', 'fields.active', { default: true }),
	yesNo('withStamps', 'With Stamps', 'fields.withStamps', { description: 'Whether documents carry the seal and signatures.' }),
	integer('sort', 'Sort', 'fields.sort', { default: 500 }),
];

export const documentTemplate: CatalogResource = {
	value: 'documentTemplate',
	name: 'Document Template',
	description: 'Document generator templates (.docx files with placeholders) of applications',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a document template',
			description: 'Create a template from a .docx file already on Bitrix24 Drive',
			method: 'documentgenerator.template.add',
			fields: [
				id('fileId', 'Drive File ID', 'fields.fileId', { description: 'ID of the .docx file on Drive (from a Drive upload or folder listing).' }),
				...templateSettings(true),
				collection('additionalFields', 'Additional Fields', templateOptions),
			],
			output: { kind: 'record', path: 'template' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a document template',
			description: 'Get a document template by ID',
			method: 'documentgenerator.template.get',
			fields: [templateId],
			output: { kind: 'record', path: 'template' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many document templates',
			description: 'List document templates',
			method: 'documentgenerator.template.list',
			fields: listFields('{"active": "Y", "region": "de"}', 'id, name, code, region, numeratorId'),
			output: { kind: 'rows' },
			list: listShape('templates'),
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a document template',
			description: 'Change the settings of a document template (its file stays)',
			method: 'documentgenerator.template.update',
			fields: [
				templateId,
				collection('updateFields', 'Update Fields', [
					...templateSettings(false),
					...templateOptions,
					integer('fileId', 'Drive File ID', 'fields.fileId', { description: 'ID of a new .docx file on Drive.' }),
				]),
			],
			output: { kind: 'record', path: 'template' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a document template',
			description: 'Delete a document template; its documents remain',
			method: 'documentgenerator.template.delete',
			fields: [templateId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getFields',
			name: 'Get Fields',
			action: 'Get the fields of a document template',
			description: 'List the placeholders of a template with their current values, one item per field code',
			method: 'documentgenerator.template.getfields',
			fields: [templateId],
			output: { kind: 'entries', path: 'templateFields', keyName: 'code' },
			retrySafe: true,
		},
	],
};

const documentId = id('documentId', 'Document ID', 'id', { description: 'ID of the generated document.' });

const values = json('values', 'Values (JSON)', 'values', {
	description: 'Values of the template placeholders by code, e.g. {"ClientName": "ABC Corp", "Total": "125000"}.',
});

const formats = json('fields', 'Field Formats (JSON)', 'fields', {
	description: 'How values are formatted, by field code, e.g. {"CurrentDate": {"TYPE": "DATE", "FORMAT": {"format": "d.m.Y"}}}.',
});

const stamps = flag('stampsEnabled', 'Stamps Enabled', 'stampsEnabled', { description: 'Whether the document shows the seal and signatures.' });

export const generatedDocument: CatalogResource = {
	value: 'generatedDocument',
	name: 'Generated Document',
	description: 'Documents the document generator makes from templates',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a document',
			description: 'Generate a document from a template and placeholder values',
			method: 'documentgenerator.document.add',
			fields: [
				id('templateId', 'Template ID', 'templateId', { description: 'ID of the document template.' }),
				text('value', 'Object ID', 'value', {
					required: true,
					placeholder: 'e.g. ORDER_1024',
					description: 'Your identifier of the object the document is for, e.g. DEAL_901 or ERP_DOC_A-7741; used to find documents later.',
				}),
				values,
				collection('additionalFields', 'Additional Fields', [formats, stamps]),
			],
			output: { kind: 'record', path: 'document' },
			retrySafe: false,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a document',
			description: 'Get a document with its download, PDF and public links',
			method: 'documentgenerator.document.get',
			fields: [documentId],
			output: { kind: 'record', path: 'document' },
			retrySafe: true,
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many documents',
			description: 'List generated documents',
			method: 'documentgenerator.document.list',
			fields: listFields('{"templateId": 53, "value": "ORDER_1024"}', 'id, title, number, templateId, value, createTime'),
			output: { kind: 'rows' },
			list: listShape('documents'),
			retrySafe: true,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a document',
			description: 'Change the placeholder values of a document and regenerate it',
			method: 'documentgenerator.document.update',
			fields: [documentId, values, collection('additionalFields', 'Additional Fields', [formats, stamps])],
			output: { kind: 'record', path: 'document' },
			retrySafe: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a document',
			description: 'Delete a generated document',
			method: 'documentgenerator.document.delete',
			fields: [documentId],
			output: { kind: 'deleted' },
			retrySafe: true,
		},
		{
			value: 'getFields',
			name: 'Get Fields',
			action: 'Get the fields of a document',
			description: 'List the fields of a document with their values, one item per field code',
			method: 'documentgenerator.document.getfields',
			fields: [documentId, json('values', 'Trial Values (JSON)', 'values', { description: 'Values to preview without saving, e.g. {"Total": "51000"}.' })],
			output: { kind: 'entries', path: 'documentFields', keyName: 'code' },
			retrySafe: true,
		},
		{
			value: 'enablePublicUrl',
			name: 'Set Public Link',
			action: 'Turn the public link of a document on or off',
			description: 'Turn on (or off) the public link anyone can open the document with',
			method: 'documentgenerator.document.enablepublicurl',
			fields: [
				documentId,
				choice(
					'status',
					'Public Link',
					'status',
					[
						{ name: 'On', value: '1' },
						{ name: 'Off', value: '0' },
					],
					{ description: 'Whether the document has a public link.' },
				),
			],
			output: { kind: 'record' },
			retrySafe: true,
		},
	],
};

interface SettingsKind {
	value: string;
	name: string;
	description: string;
	/** `numerator` or `region`: the middle of the method names and the key the record comes under. */
	family: string;
	noun: string;
	recordId: CatalogField;
	createFields: CatalogField[];
	updateFields: CatalogField[];
	/** The update answer of numerators is the record itself, of regions `{region}`. */
	updatePath?: string;
	list: Pick<CatalogOperation, 'output' | 'list' | 'description'>;
}

/** Numerators and regions: five operations by ID, their data under `fields`. */
function generatorSettings(kind: SettingsKind): CatalogResource {
	const method = (verb: string) => `documentgenerator.${kind.family}.${verb}`;
	return {
		value: kind.value,
		name: kind.name,
		description: kind.description,
		operations: [
			{
				value: 'create',
				name: 'Create',
				action: `Create a ${kind.noun}`,
				description: `Create a ${kind.noun} for document templates`,
				method: method('add'),
				fields: kind.createFields,
				output: { kind: 'record', path: kind.family },
				retrySafe: false,
			},
			{
				value: 'get',
				name: 'Get',
				action: `Get a ${kind.noun}`,
				description: `Get a ${kind.noun} by ID`,
				method: method('get'),
				fields: [kind.recordId],
				output: { kind: 'record', path: kind.family },
				retrySafe: true,
			},
			{
				value: 'getAll',
				name: 'Get Many',
				action: `Get many ${kind.noun}s`,
				method: method('list'),
				fields: [],
				retrySafe: true,
				...kind.list,
			},
			{
				value: 'update',
				name: 'Update',
				action: `Update a ${kind.noun}`,
				description: `Change a ${kind.noun}`,
				method: method('update'),
				fields: [kind.recordId, collection('updateFields', 'Update Fields', kind.updateFields)],
				output: { kind: 'record', path: kind.updatePath },
				retrySafe: true,
			},
			{
				value: 'delete',
				name: 'Delete',
				action: `Delete a ${kind.noun}`,
				description: `Delete a ${kind.noun}`,
				method: method('delete'),
				fields: [kind.recordId],
				output: { kind: 'deleted' },
				retrySafe: true,
			},
		],
	};
}

const numeratorSettings = json('settings', 'Settings (JSON)', 'fields.settings', {
	description:
		'Counter settings, e.g. {"Bitrix_Main_Numerator_Generator_SequentNumberGenerator": {"start": 1, "step": 1, "length": 8, "padString": "0", "periodicBy": "year"}}.',
});

const numeratorTemplate = (required: boolean) =>
	text('template', 'Number Template', 'fields.template', {
		required,
		placeholder: 'e.g. INV-{NUMBER}',
		description: 'Pattern of the numbers; {NUMBER} is the counter.',
	});

export const documentNumerator = generatorSettings({
	value: 'documentNumerator',
	name: 'Document Numerator',
	description: 'Counters that number generated documents',
	family: 'numerator',
	noun: 'document numerator',
	recordId: id('numeratorId', 'Numerator ID', 'id'),
	createFields: [
		text('name', 'Name', 'fields.name', { required: true }),
		numeratorTemplate(true),
		collection('additionalFields', 'Additional Fields', [numeratorSettings]),
	],
	updateFields: [text('name', 'Name', 'fields.name'), numeratorTemplate(false), numeratorSettings],
	list: {
		description: 'List the numerators, including the ones CRM uses',
		output: { kind: 'rows' },
		list: listShape('numerators'),
	},
});

const regionFields: CatalogField[] = [
	text('languageId', 'Language', 'fields.languageId', { placeholder: 'e.g. de' }),
	text('formatDate', 'Date Format', 'fields.formatDate', { placeholder: 'e.g. DD.MM.YYYY' }),
	text('formatDatetime', 'Date and Time Format', 'fields.formatDatetime', { placeholder: 'e.g. DD.MM.YYYY HH:MI:SS' }),
	text('formatName', 'Name Format', 'fields.formatName', { placeholder: 'e.g. #LAST_NAME# #NAME# #SECOND_NAME#' }),
	json('phrases', 'Phrases (JSON)', 'fields.phrases', { description: 'Texts by code, e.g. {"TAX_INCLUDED": "Tax included in the price"}.' }),
];

export const documentRegion = generatorSettings({
	value: 'documentRegion',
	name: 'Document Region',
	description: 'Regions: the language and formats of document templates',
	family: 'region',
	noun: 'document region',
	recordId: id('regionId', 'Region ID', 'id', { description: 'ID of a custom region.' }),
	createFields: [
		text('title', 'Title', 'fields.title', { required: true }),
		collection('additionalFields', 'Additional Fields', regionFields),
	],
	updateFields: [text('title', 'Title', 'fields.title'), ...regionFields],
	updatePath: 'region',
	list: {
		description: 'List the pre-installed regions (by code) and the custom ones (by ID)',
		output: { kind: 'rows', path: 'regions' },
	},
});
