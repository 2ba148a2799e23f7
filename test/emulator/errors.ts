/** REST errors as the portal sends them: `{error, error_description, ...extra}` with an HTTP status. */
import { Dict } from './php';

export type ErrorCode = string | number;

export class RestError extends Error {
	constructor(
		readonly code: ErrorCode,
		readonly description: string,
		readonly status = 400,
		readonly extra: Dict = {},
	) {
		super(`${String(code)}: ${description}`);
		this.name = 'RestError';
	}

	toBody(): Dict {
		return { error: this.code, error_description: this.description, ...this.extra };
	}
}

/** The system errors listed in the docs (`_includes/system-errors.md`) and a few more from the references. */
export const systemErrors = {
	methodNotFound: () => new RestError('ERROR_METHOD_NOT_FOUND', 'Method not found', 404),
	noAuth: () => new RestError('NO_AUTH_FOUND', 'Wrong authorization data', 401),
	expiredToken: () => new RestError('expired_token', 'The access token provided has expired', 401),
	queryLimit: () => new RestError('QUERY_LIMIT_EXCEEDED', 'Too many requests', 503),
	operationTimeLimit: () => new RestError('OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit', 429),
	batchMethodNotAllowed: () => new RestError('ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage', 405),
	batchLengthExceeded: () => new RestError('ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded', 400),
	internal: () => new RestError('INTERNAL_SERVER_ERROR', 'Internal server error', 500),
	insufficientScope: (carrier: 'webhook' | 'token') =>
		new RestError(
			'insufficient_scope',
			`The request requires higher privileges than provided by the ${carrier === 'webhook' ? 'webhook token' : 'access token'}`,
			403,
		),
	applicationContextRequired: () => new RestError('ACCESS_DENIED', 'Access denied! Application context required', 400),
};
