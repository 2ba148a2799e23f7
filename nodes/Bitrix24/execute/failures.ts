import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { Bitrix24Error } from '../transport/errors';
import { InputError } from './inputError';
import { RecordNotFoundError } from './toOutput';

const HINTS: Record<string, string> = {
	NO_AUTH_FOUND:
		'Check the webhook URL or access token in the credential: the webhook may have been deleted or may have expired.',
	expired_token: 'The access token has expired and could not be renewed: reconnect the OAuth2 credential.',
	invalid_token: 'The access token is not valid: reconnect the OAuth2 credential.',
	insufficient_scope:
		'Give the webhook or application the permission (scope) this method needs, e.g. crm, entity, imbot or imopenlines.',
	WRONG_AUTH_TYPE: 'This method works only for applications: use an OAuth2 or API key credential.',
	QUERY_LIMIT_EXCEEDED:
		'The portal kept refusing requests over its rate limit: lower the rate in the credential or run fewer workflows at once.',
	OPERATION_TIME_LIMIT:
		'Bitrix24 pauses a method for up to 10 minutes once it has used its operating-time budget: retry later.',
	OVERLOAD_LIMIT: 'Bitrix24 support has blocked REST calls for this portal: contact Bitrix24 support.',
	ERROR_METHOD_NOT_FOUND: 'The portal does not know this method: the module may not be installed.',
};

export interface FailureDetails {
	message: string;
	code: string;
	description?: string;
	method?: string;
	httpCode?: number;
}

export function detailsOf(error: Error): FailureDetails {
	if (error instanceof Bitrix24Error) {
		const said = error.description ? `${error.description} (${error.code})` : error.code;
		return {
			message: `Bitrix24 refused ${error.method}: ${said}`,
			code: error.code,
			description: HINTS[error.code],
			method: error.method,
			httpCode: error.httpStatus,
		};
	}
	if (error instanceof InputError) return { message: error.message, code: 'INVALID_INPUT' };
	if (error instanceof RecordNotFoundError) return { message: error.message, code: 'NOT_FOUND' };
	return { message: error.message, code: 'UNKNOWN' };
}

export function toNodeError(node: INode, error: Error, itemIndex?: number): NodeApiError | NodeOperationError {
	const details = detailsOf(error);
	const suffix = itemIndex === undefined ? '' : ` [item ${itemIndex}]`;
	if (error instanceof Bitrix24Error) {
		const response: IDataObject = {
			error: details.code,
			error_description: error.description,
			method: details.method,
		};
		return new NodeApiError(node, response as JsonObject, {
			message: details.message + suffix,
			description: details.description ?? `Bitrix24 code ${details.code} from ${details.method}`,
			httpCode: details.httpCode === undefined ? undefined : String(details.httpCode),
			itemIndex,
		});
	}
	return new NodeOperationError(node, details.message + suffix, {
		description: details.description,
		itemIndex,
	});
}
