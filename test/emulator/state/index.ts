/** All in-memory portal data; `reset()` empties it and re-applies the default seed. */
import { BizprocStore } from './bizprocStore';
import { CrmStore } from './crmStore';
import { DocgenStore } from './docgenStore';
import { EntityStore } from './entityStore';
import { ImStore } from './imStore';
import { MessageServiceStore } from './messageServiceStore';
import { OpenLineChatSeed, SeededOpenLineChat, seedOpenLineChat } from './openLineSeeds';
import { TelephonyStore } from './telephonyStore';
import { UserStore } from './users';

export interface PortalSettings {
	/** Portal time zone offset used in every datetime string. */
	offsetMinutes: number;
}

const DEFAULT_OPEN_LINE_CHATS: OpenLineChatSeed[] = [
	{ lineId: 1, guestName: 'Green Guest', crm: { entityType: 'LEAD', entityId: 1 } },
	{ lineId: 1, connectorId: 'telegrambot', connectorTitle: 'Telegram', guestName: 'Blue Guest' },
];

export class PortalState {
	readonly users: UserStore;
	readonly entity = new EntityStore();
	readonly crm = new CrmStore();
	readonly im = new ImStore();
	readonly bizproc = new BizprocStore();
	readonly messageService = new MessageServiceStore();
	readonly telephony = new TelephonyStore();
	readonly docgen = new DocgenStore();

	constructor(
		readonly settings: PortalSettings,
		private readonly now: () => number = Date.now,
	) {
		this.users = new UserStore(now);
		this.applyDefaultSeed();
	}

	seedOpenLineChat(seed: OpenLineChatSeed = {}): SeededOpenLineChat {
		return seedOpenLineChat(this.im, this.users, seed, this.now());
	}

	reset(): void {
		this.users.seed();
		this.entity.clear();
		this.crm.clear();
		this.im.clear();
		this.bizproc.clear();
		this.messageService.clear();
		this.telephony.clear();
		this.docgen.clear();
		this.applyDefaultSeed();
	}

	private applyDefaultSeed(): void {
		const seededAt = this.now() - 3_600_000;
		for (const seed of DEFAULT_OPEN_LINE_CHATS) this.seedOpenLineChat({ ...seed, createdMs: seededAt });
	}
}

export type { OpenLineChatSeed, SeededOpenLineChat };
