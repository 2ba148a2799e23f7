import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { AuthKind } from '../portal';

/** Values a case's setup prepared on the portal (ids of records it created, and so on). */
export type Prepared = IDataObject;

/**
 * How one catalog operation is exercised: the node parameters a user would set, what
 * Bitrix24 must receive for them, and what the node must output.
 */
export interface OperationCase {
	/** Credential to run with; webhook unless the operation needs an application. */
	auth?: AuthKind;
	setup?: (emulator: Emulator) => Prepared | Promise<Prepared>;
	parameters: (prepared: Prepared) => INodeParameters;
	/** Input items (e.g. with binary data); one empty item when left out. */
	input?: (prepared: Prepared) => INodeExecutionData[];
	/** The REST method the portal must see, when it differs from the catalog's default. */
	method?: string;
	/** Parameters the portal must have received (a subset match). */
	sent: (prepared: Prepared) => IDataObject;
	/** Checks on the node's output items. */
	output: (items: INodeExecutionData[], prepared: Prepared, emulator: Emulator) => void;
}

/** Cases keyed `resource.operation`. */
export type CaseTable = Record<string, OperationCase>;
