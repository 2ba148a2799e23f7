/** SMS providers applications register (messageservice.*) and the messages Bitrix24 handed to them. */
export interface MessageSender {
	code: string;
	type: string;
	handler: string;
	name: unknown;
	description: unknown;
}

export interface ProviderMessage {
	/** The client id of the application whose provider got the message. */
	clientId: string;
	senderCode: string;
	status: string;
}

export class MessageServiceStore {
	/** Providers by application (client id), then by code. */
	readonly senders = new Map<string, Map<string, MessageSender>>();
	/** Messages by the MESSAGE_ID their provider's handler received. */
	readonly messages = new Map<string, ProviderMessage>();

	sendersOf(clientId: string): Map<string, MessageSender> {
		const existing = this.senders.get(clientId);
		if (existing) return existing;
		const created = new Map<string, MessageSender>();
		this.senders.set(clientId, created);
		return created;
	}

	/** Test data: a message Bitrix24 passed to a provider's handler. */
	seedMessage(message: ProviderMessage & { id: string }): { id: string } {
		const { id, ...rest } = message;
		this.messages.set(id, rest);
		return { id };
	}

	clear(): void {
		this.senders.clear();
		this.messages.clear();
	}
}
