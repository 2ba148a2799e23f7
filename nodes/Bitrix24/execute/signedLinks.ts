import type { IDataObject } from 'n8n-workflow';

/** `auth=` in a link Bitrix24 returns (a Drive DOWNLOAD_URL) is the caller's authorisation. */
const AUTH_IN_LINK = /([?&]auth=)[^&#]+/g;

function scrub(value: unknown): unknown {
	if (typeof value === 'string') return value.includes('auth=') ? value.replace(AUTH_IN_LINK, '$1***') : value;
	if (Array.isArray(value)) return value.map(scrub);
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, scrub(entry)]));
	}
	return value;
}

/**
 * The output with the authorisation of signed links masked: such a link would let anyone who
 * reads the workflow's data act as the credential. The Download operations fetch the bytes instead.
 */
export function withoutSignedAuth(json: IDataObject): IDataObject {
	return scrub(json) as IDataObject;
}
