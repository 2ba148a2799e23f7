import type { ILoadOptionsFunctions } from 'n8n-workflow';

import type { Bitrix24Client } from '../transport/client';
import { createClient } from '../transport/client';
import type { AuthKind } from '../transport/connection';
import { connectionFromCredentials, CREDENTIAL_TYPE } from '../transport/connection';

/** The client for the credential the node being edited uses. */
export async function clientFor(ctx: ILoadOptionsFunctions): Promise<Bitrix24Client> {
	const authKind = ctx.getNodeParameter('authentication', 'webhook') as AuthKind;
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE[authKind]);
	return createClient(ctx, connectionFromCredentials(authKind, credentials));
}
