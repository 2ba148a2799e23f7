/** All in-memory portal data; `reset()` empties it and re-applies the default seed. */
import { CalendarStore } from './calendarStore';
import { CrmStore } from './crmStore';
import { EntityStore } from './entityStore';
import { ImStore } from './imStore';
import { ListsStore } from './listsStore';
import { OpenLineChatSeed, SeededOpenLineChat, seedOpenLineChat } from './openLineSeeds';
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
	readonly lists = new ListsStore();
	readonly calendar = new CalendarStore();

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
		this.lists.clear();
		this.calendar.clear();
		this.applyDefaultSeed();
	}

	private applyDefaultSeed(): void {
		const seededAt = this.now() - 3_600_000;
		for (const seed of DEFAULT_OPEN_LINE_CHATS) this.seedOpenLineChat({ ...seed, createdMs: seededAt });
	}
}

export type { OpenLineChatSeed, SeededOpenLineChat };
