import type { INodePropertyMode, INodePropertyOptions } from 'n8n-workflow';

import type { FieldMapKey } from './fieldMaps';
import { FIELD_MAPS, mapperMethodOf } from './fieldMaps';
import type { LocatorKey, LocatorLink, RecordLocator } from './locators';
import { LOCATORS, searchMethodOf } from './locators';
import type { CatalogField, FieldProperty, ValueKind } from './types';

type Extra = Partial<FieldProperty>;

function make(
	kind: ValueKind,
	property: FieldProperty,
	to: string | undefined,
	extra: Extra = {},
): CatalogField {
	return { kind, to, property: { ...property, ...extra } as FieldProperty };
}

export function text(name: string, displayName: string, to: string, extra?: Extra): CatalogField {
	return make('string', { displayName, name, type: 'string', default: '' }, to, extra);
}

/** A record id: a positive whole number, typed as text so expressions and large ids work. */
export function id(name: string, displayName: string, to: string, extra?: Extra): CatalogField {
	return make('id', { displayName, name, type: 'string', default: '', required: true }, to, extra);
}

export function integer(name: string, displayName: string, to: string, extra?: Extra): CatalogField {
	return make('integer', { displayName, name, type: 'number', default: 0 }, to, extra);
}

export function decimal(name: string, displayName: string, to: string, extra?: Extra): CatalogField {
	return make('number', { displayName, name, type: 'number', default: 0 }, to, extra);
}

export function flag(name: string, displayName: string, to: string, extra?: Extra): CatalogField {
	return make('boolean', { displayName, name, type: 'boolean', default: false }, to, extra);
}

/** A boolean that Bitrix24 expects as `Y` or `N`. */
export function yesNo(name: string, displayName: string, to: string, extra?: Extra): CatalogField {
	return make('yesNo', { displayName, name, type: 'boolean', default: false }, to, extra);
}

/** A JSON object; when its target already holds an object the two are merged, this one last. */
export function json(name: string, displayName: string, to: string, extra?: Extra): CatalogField {
	return make('json', { displayName, name, type: 'json', default: '{}' }, to, extra);
}

export function idList(name: string, displayName: string, to: string, extra?: Extra): CatalogField {
	return make('integerList', { displayName, name, type: 'string', default: '' }, to, extra);
}

export function textList(name: string, displayName: string, to: string, extra?: Extra): CatalogField {
	return make('stringList', { displayName, name, type: 'string', default: '' }, to, extra);
}

/** An operation whose REST method depends on a choice: each option's value is the method name. */
export function methodChoice(
	name: string,
	displayName: string,
	options: INodePropertyOptions[],
	extra?: Extra,
): CatalogField {
	const first = options[0].value;
	const property: FieldProperty = { displayName, name, type: 'options', options, default: first };
	return make('method', property, undefined, extra);
}

export function choice(
	name: string,
	displayName: string,
	to: string,
	options: INodePropertyOptions[],
	extra?: Extra,
): CatalogField {
	const first = options[0].value;
	const property: FieldProperty = { displayName, name, type: 'options', options, default: first };
	return make('string', property, to, extra);
}

/** An "Additional Fields" style collection whose entries each map to their own parameter. */
export function collection(
	name: string,
	displayName: string,
	children: CatalogField[],
	extra?: Extra,
): CatalogField {
	const sorted = [...children].sort((a, b) =>
		a.property.displayName.localeCompare(b.property.displayName),
	);
	const property: FieldProperty = {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: sorted.map((child) => ({ ...child.property, required: false })),
	};
	return { kind: 'collection', property: { ...property, ...extra }, children: sorted };
}

/**
 * Typed contact values such as phones or e-mails: each entry a value and one of `valueTypes`,
 * sent as `[{ VALUE, VALUE_TYPE }]`.
 */
export function multiField(
	name: string,
	displayName: string,
	to: string,
	valueTypes: string[],
	extra?: Extra,
): CatalogField {
	const typeOptions = valueTypes.map((type) => ({
		name: type.charAt(0) + type.slice(1).toLowerCase(),
		value: type,
	}));
	const first = valueTypes[0];
	const valueType: FieldProperty = {
		displayName: 'Type',
		name: 'valueType',
		type: 'options',
		options: typeOptions,
		default: first,
	};
	const property: FieldProperty = {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: `Add ${displayName}`,
		default: {},
		options: [
			{
				name: 'entries',
				displayName,
				values: [
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					valueType,
				],
			},
		],
	};
	return make('multiField', property, to, extra);
}

/**
 * The item's binary property whose file is sent to `to` as `[fileName, base64]`; the file name
 * also goes to `fileNameTo` unless another field set it there.
 */
export function inputBinaryField(to: string, fileNameTo?: string): CatalogField {
	const property: FieldProperty = {
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the file to be uploaded',
		description: 'Name of the binary property of the input item that holds the file, e.g. data',
	};
	return { kind: 'binaryProperty', property, to, fileNameTo };
}

/** Several binary properties of the item, comma-separated, whose files go to `to` as a list of `[fileName, base64]`. */
export function inputBinaryFields(to: string): CatalogField {
	const property: FieldProperty = {
		displayName: 'Input Binary Fields',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The names of the input binary fields containing the files to be uploaded, comma-separated',
		description: 'Names of the binary properties of the input item that hold the files, e.g. data or data, attachment_1',
	};
	return { kind: 'binaryProperty', property, to, severalFiles: true };
}

/** The binary property a downloaded file is put into. */
export function outputBinaryField(): CatalogField {
	const property: FieldProperty = {
		displayName: 'Put Output In Field',
		name: 'outputBinaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the file in',
		description: 'Name of the binary property of the output item that receives the downloaded file',
	};
	return { kind: 'binaryProperty', property };
}

function linkExample(link: LocatorLink): string {
	return `https://your-portal.bitrix24.com${link.example}`;
}

function mode(displayName: string, name: 'list' | 'id' | 'url', rest: Partial<INodePropertyMode>): INodePropertyMode {
	return { displayName, name, type: name === 'list' ? 'list' : 'string', ...rest };
}

const WAYS = { list: 'pick it from the list', id: 'type its ID', url: 'paste a link to its page' };

/** "a", "a or b", "a, b, or c" */
function either(choices: string[]): string {
	if (choices.length < 3) return choices.join(' or ');
	return `${choices.slice(0, -1).join(', ')}, or ${choices[choices.length - 1]}`;
}

/**
 * A record id picked "From List" (searched on the portal), typed "By ID", or pasted "By URL"
 * (a link to the record's page). The picker's modes come from `LOCATORS[locator]`.
 */
export function recordLocator(
	name: string,
	displayName: string,
	to: string,
	locator: LocatorKey,
	extra?: Extra,
): CatalogField {
	const entry: RecordLocator = LOCATORS[locator];
	const modes: INodePropertyMode[] = [];
	if (entry.search) {
		modes.push(
			mode('From List', 'list', {
				placeholder: `Select a ${entry.noun}...`,
				typeOptions: {
					searchListMethod: searchMethodOf(locator),
					searchable: true,
					...(entry.search.minLength ? { searchFilterRequired: true } : {}),
				},
			}),
		);
	}
	modes.push(
		mode('By ID', 'id', {
			placeholder: 'e.g. 42',
			validation: [{ type: 'regex', properties: { regex: '^\\s*[0-9]+\\s*$', errorMessage: 'Not a valid ID' } }],
		}),
	);
	if (entry.links?.length) {
		modes.push(
			mode('By URL', 'url', {
				placeholder: `e.g. ${linkExample(entry.links[0])}`,
				hint: `A link to the ${entry.noun}'s page on the portal`,
			}),
		);
	}

	const property: FieldProperty = {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: modes[0].name, value: '' },
		required: true,
		description: `The ${entry.noun}: ${either(modes.map((entryMode) => WAYS[entryMode.name as keyof typeof WAYS]))}`,
		modes,
	};
	return { ...make('id', property, to, extra), locator };
}

/**
 * Record fields by name: the editor lists the portal's fields of `FIELD_MAPS[key]` with their
 * labels, required marks and types; the values go to `to` by field code.
 */
export function fieldMapper(
	name: string,
	displayName: string,
	to: string,
	key: FieldMapKey,
	mode: 'add' | 'update',
	extra?: Extra,
): CatalogField {
	const { api } = FIELD_MAPS[key];
	const property: FieldProperty = {
		displayName,
		name,
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		typeOptions: {
			...(api === 'item' ? { loadOptionsDependsOn: ['entityTypeId'] } : {}),
			resourceMapper: {
				resourceMapperMethod: mapperMethodOf(key),
				mode,
				fieldWords: { singular: 'field', plural: 'fields' },
				addAllFields: false,
				multiKeyMatch: false,
				supportAutoMap: false,
			},
		},
	};
	return { ...make('fieldMap', property, to, extra), api };
}

/** The dropdowns filled from the portal (methods/portalOptions.ts) and how their values are sent. */
const PORTAL_LISTS = {
	getPipelines: { kind: 'integer', sent: 'the pipeline ID (0 is the default pipeline)' },
	getStages: { kind: 'string', sent: 'the stage ID, e.g. NEW or C3:NEW' },
	getUsers: { kind: 'id', sent: 'the user ID' },
	getCurrencies: { kind: 'string', sent: 'the currency code, e.g. USD' },
	getSources: { kind: 'string', sent: 'the source ID, e.g. CALL' },
	getTaskGroups: { kind: 'integer', sent: 'the group ID (0 for none)' },
} satisfies Record<string, { kind: ValueKind; sent: string }>;

export type PortalList = keyof typeof PORTAL_LISTS;

/**
 * A value picked from a list the portal gives (users, pipelines, stages, ...) or set by an
 * expression; `dependsOn` names the parameters the list follows (`&name` is a sibling in the
 * same collection). The value is checked and sent like the plain field it replaces.
 */
export function portalChoice(
	name: string,
	displayName: string,
	to: string,
	list: PortalList,
	options: { description: string; dependsOn?: string[] } & Extra,
): CatalogField {
	const { description, dependsOn, ...extra } = options;
	const { kind, sent } = PORTAL_LISTS[list];
	const property: FieldProperty = {
		displayName,
		name,
		type: 'options',
		default: '',
		typeOptions: { loadOptionsMethod: list, ...(dependsOn ? { loadOptionsDependsOn: dependsOn } : {}) },
		description: `${description}. Choose from the list, or specify ${sent} using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
	return make(kind as ValueKind, property, to, extra);
}
