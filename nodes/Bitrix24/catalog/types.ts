import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ListShape } from '../transport/pagination';

/** How an input value is checked and converted before it goes into the request. */
export type ValueKind =
	| 'string'
	| 'id'
	| 'integer'
	| 'number'
	| 'boolean'
	| 'yesNo'
	| 'json'
	| 'integerList'
	| 'stringList'
	| 'collection'
	/** Typed contact values (phones, e-mails, ...) sent as `[{VALUE, VALUE_TYPE}]`. */
	| 'multiField'
	/** A resource mapper's values: record fields by code, typed by the portal's descriptions. */
	| 'fieldMap'
	/** Picks the REST method itself, for operations Bitrix24 splits across several methods. */
	| 'method'
	/**
	 * Names a binary property of the item. With a target, its bytes are sent there as
	 * `[fileName, base64]`; without one, it names where downloaded bytes are put.
	 */
	| 'binaryProperty';

/**
 * A node property without the resource and operation it shows for (description.ts adds them);
 * `displayOptions` may still make it depend on a sibling parameter or on the node version.
 */
export type FieldProperty = Omit<INodeProperties, 'displayOptions'> & Pick<INodeProperties, 'displayOptions'>;

export interface CatalogField {
	property: FieldProperty;
	kind: ValueKind;
	/** Dot path of the request parameter the value is written to (`fields.TITLE`, `ID`, ...); `''` spreads an object over the top level. */
	to?: string;
	/** For `collection`: the fields inside it, each with its own target. */
	children?: CatalogField[];
	/**
	 * For `binaryProperty`: where the file name goes as well. A value another field already put
	 * there wins; otherwise the binary data's own file name is used.
	 */
	fileNameTo?: string;
	/** For `binaryProperty` with a target: several comma-separated properties, sent as a list of `[fileName, base64]`. */
	severalFiles?: boolean;
	/** For record pickers: the LOCATORS entry that reads "By URL" links. */
	locator?: string;
	/** For `fieldMap`: how the API writes phones and e-mails (classic PHONE lists or crm.item `fm`). */
	api?: 'legacy' | 'item';
}

/** How the `result` of a call becomes output items. */
export type OutputSpec =
	/** The object at `path` (or the whole result) is one item. */
	/**
	 * `missing` names the record for methods that answer an unknown id with an empty result
	 * (tasks.task.get gives `[]`): the item then fails as not found instead of coming out empty.
	 */
	| { kind: 'record'; path?: string; missing?: string }
	/** Each row at `path` is an item; bare values are wrapped as `{ [valueKey]: value }`. */
	| { kind: 'rows'; path?: string; valueKey?: string }
	/** A bare value (a new id, for instance) becomes `{ [key]: value }`. */
	| { kind: 'value'; key: string }
	/** Each entry of the map at `path` is an item `{ [keyName]: key, ...value }`. */
	| { kind: 'entries'; path?: string; keyName: string }
	| { kind: 'success' }
	| { kind: 'deleted' }
	/**
	 * The record at `path` is one item, and the file its `urlKey` links to is downloaded into the
	 * item's binary property named by the field `binaryField`, under the record's `nameKey`.
	 */
	| { kind: 'download'; path?: string; urlKey: string; nameKey: string; binaryField: string };

/** The classic (`crm.deal.*`) or universal (`crm.item.*`) methods of one kind of CRM record. */
export type CrmApi = { api: 'legacy'; entity: 'deal' | 'lead' | 'contact' | 'company' } | { api: 'item' };

/**
 * Operations that take more than one call run a routine instead of `method` (execute/routines.ts):
 * `upsert` finds the record (parameters under `match`) and updates it or creates one;
 * `uploadToFileField` adds files to a crm.item file field, keeping the ones it holds, and
 * `downloadFileField` downloads each file a field holds; `uploadTaskFile` puts a file on Drive and
 * attaches it to a task, and `downloadTaskFile` downloads an attachment through its Drive file.
 */
/** The records "Simplify" knows: CRM records and tasks (`tasks.task.*`). */
export type SimplifiedApi = CrmApi | { api: 'task' };

export type RoutineSpec =
	| ({ kind: 'upsert' } & CrmApi)
	| { kind: 'uploadToFileField' }
	| { kind: 'downloadFileField' }
	| { kind: 'uploadTaskFile' }
	| { kind: 'downloadTaskFile' };

export interface CatalogOperation {
	value: string;
	name: string;
	action: string;
	description: string;
	/** The Bitrix24 REST method the operation calls. */
	method: string;
	fields: CatalogField[];
	output: OutputSpec;
	/** Present for list methods: adds Return All / Limit and paginates. */
	list?: ListShape;
	/**
	 * For a method the catalog cannot describe: its `returnAll` field asks for every page
	 * (`start`/`next`), the rows found where the first page shows them.
	 */
	pagesOnRequest?: boolean;
	/** Whether several items may travel in one `batch` request (default true). */
	batchable?: boolean;
	/** Whether the call may be repeated after an unknown outcome without doing anything twice. */
	retrySafe: boolean;
	/** Bitrix24 serves the method only to applications (OAuth2 or API key), never to inbound webhooks. */
	needsApplication?: boolean;
	/** Parameters sent whatever the input (e.g. the one entity type a resource searches). */
	fixed?: IDataObject;
	routine?: RoutineSpec;
	/** Reads offering "Simplify" (node version 2 on): readable fields, custom ones by label. */
	simplify?: SimplifiedApi;
	/** A parameter Bitrix24 requires when the call comes through an inbound webhook. */
	webhookRequires?: { param: string; field: string; methods?: string[] };
}

export interface CatalogResource {
	value: string;
	name: string;
	description: string;
	operations: CatalogOperation[];
}
