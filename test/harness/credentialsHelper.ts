import type { PackageDirectoryLoader } from 'n8n-core';
import { Credentials } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	Workflow,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';

export type CredentialFixtures = Record<string, ICredentialDataDecryptedObject>;

/**
 * Stands in for n8n's credential store: hands out the fixtures, applies each credential's
 * `authenticate` as n8n does, and keeps the OAuth2 tokens n8n saves after a refresh.
 */
export class FixtureCredentialsHelper extends ICredentialsHelper {
	readonly savedTokens: IDataObject[] = [];

	constructor(
		private readonly loader: PackageDirectoryLoader,
		private readonly fixtures: CredentialFixtures,
	) {
		super();
	}

	getParentTypes(name: string): string[] {
		return this.loader.known.credentials[name]?.extends ?? [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.loader.getCredential(typeName).type;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (!authenticate) return requestOptions;
		const resolve = (value: unknown) =>
			workflow.expression.getSimpleParameterValue(node, value as string, 'internal', {
				$credentials: credentials,
			} as never);
		const options = requestOptions as unknown as Record<string, IDataObject>;
		for (const [target, values] of Object.entries(authenticate.properties)) {
			options[target] = { ...(options[target] ?? {}) };
			for (const [key, value] of Object.entries(values as IDataObject)) {
				options[target][key] = resolve(value) as IDataObject[string];
			}
		}
		return requestOptions;
	}

	async preAuthentication(): Promise<undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async getCredentials(details: INodeCredentialsDetails, type: string) {
		return new Credentials({ id: details.id, name: details.name }, type);
	}

	async getDecrypted(
		_additionalData: unknown,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const fixture = this.fixtures[type];
		if (!fixture) throw new Error(`No credential fixture of type ${type}`);
		return structuredClone(fixture);
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		const token = data.oauthTokenData as IDataObject;
		this.savedTokens.push(token);
		this.fixtures[type] = { ...this.fixtures[type], oauthTokenData: token };
	}

	getCredentialsProperties() {
		return [];
	}
}
