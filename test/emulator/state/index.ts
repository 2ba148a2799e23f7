/** All in-memory portal data; `reset()` empties it and re-applies the default seed. */
import { BizprocStore } from './bizprocStore';
import { CalendarStore } from './calendarStore';
import { CrmStore } from './crmStore';
import { DiskStore } from './diskStore';
import { EntityStore } from './entityStore';
import { ImStore } from './imStore';
import { addOpenLine } from './openLineConfigs';
import { ListsStore } from './listsStore';
import { OpenLineChatSeed, SeededOpenLineChat, seedOpenLineChat } from './openLineSeeds';
import { TableStore } from './tableStore';
import { TaskStore } from './taskStore';
import { DocgenStore } from './docgenStore';
import { MessageServiceStore } from './messageServiceStore';
import { TelephonyStore } from './telephonyStore';
import { UserStore } from './users';

export interface PortalSettings {
	/** Portal time zone offset used in every datetime string. */
	offsetMinutes: number;
	/** The portal's own address (`http://127.0.0.1:PORT`), for links such as DOWNLOAD_URL; set once listening. */
	baseUrl?: string;
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
	readonly tables = new TableStore();
	readonly disk = new DiskStore();
	readonly tasks = new TaskStore();
	readonly bizproc = new BizprocStore();
	readonly messageService = new MessageServiceStore();
	readonly telephony = new TelephonyStore();
	readonly docgen = new DocgenStore();
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
		this.tables.clear();
		this.disk.clear();
		this.tasks.clear();
		this.bizproc.clear();
		this.messageService.clear();
		this.telephony.clear();
		this.docgen.clear();
		this.lists.clear();
		this.calendar.clear();
		this.applyDefaultSeed();
	}

	private applyDefaultSeed(): void {
		const seededAt = this.now() - 3_600_000;
		addOpenLine(this.im, { LINE_NAME: 'Open Channel' }, [{ ENTITY_TYPE: 'user', ENTITY_ID: '1' }], 1, seededAt, 1);
		for (const seed of DEFAULT_OPEN_LINE_CHATS) this.seedOpenLineChat({ ...seed, createdMs: seededAt });
		this.disk.addStorage({ name: this.users.fullName(1), entityType: 'user', entityId: '1' }, seededAt, 1);
		this.disk.addStorage({ name: 'Shared drive', entityType: 'common', entityId: 'shared_files_s1' }, seededAt, 1);
	}
}

export type { OpenLineChatSeed, SeededOpenLineChat };
