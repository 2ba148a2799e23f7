import type { INodeProperties } from 'n8n-workflow';

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
	/** Picks the REST method itself, for operations Bitrix24 splits across several methods. */
	| 'method';

export type FieldProperty = Omit<INodeProperties, 'displayOptions'>;

export interface CatalogField {
	property: FieldProperty;
	kind: ValueKind;
	/** Dot path of the request parameter the value is written to (`fields.TITLE`, `ID`, ...); `''` spreads an object over the top level. */
	to?: string;
	/** For `collection`: the fields inside it, each with its own target. */
	children?: CatalogField[];
}

/** How the `result` of a call becomes output items. */
export type OutputSpec =
	/** The object at `path` (or the whole result) is one item. */
	| { kind: 'record'; path?: string }
	/** Each row at `path` is an item; bare values are wrapped as `{ [valueKey]: value }`. */
	| { kind: 'rows'; path?: string; valueKey?: string }
	/** A bare value (a new id, for instance) becomes `{ [key]: value }`. */
	| { kind: 'value'; key: string }
	/** Each entry of the map at `path` is an item `{ [keyName]: key, ...value }`. */
	| { kind: 'entries'; path?: string; keyName: string }
	| { kind: 'success' }
	| { kind: 'deleted' };

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
	/** A parameter Bitrix24 requires when the call comes through an inbound webhook. */
	webhookRequires?: { param: string; field: string; methods?: string[] };
}

export interface CatalogResource {
	value: string;
	name: string;
	description: string;
	operations: CatalogOperation[];
}
