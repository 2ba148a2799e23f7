/** Telephony: calls registered by PBX integrations, their statistics, external lines, lines and users' phones. */
import type { Dict } from '../php';
import { Sequence } from './sequence';

export interface ExternalCall {
	callId: string;
	externalCallId: string | null;
	clientId: string;
	userId: number;
	phoneNumber: string;
	/** 1 outgoing, 2 incoming, 3 incoming redirected, 4 callback, 5 information call. */
	type: number;
	lineNumber: string;
	startMs: number;
	crmEntityType: string | null;
	crmEntityId: number | null;
	/** Users whose call card is open. */
	shownTo: number[];
}

export interface ExternalLine {
	id: number;
	number: string;
	name: string;
	crmAutoCreate: 'Y' | 'N';
}

export interface SipLine {
	configId: number;
	type: 'cloud' | 'office';
	/** Registration id of a cloud PBX; office PBXs register with Bitrix24 instead. */
	regId: number | null;
	title: string;
	server: string;
	login: string;
	password: string;
}

export class TelephonyStore {
	readonly calls = new Map<string, ExternalCall>();
	/** Finished calls, as voximplant.statistic.get prints them. */
	readonly statistics: Dict[] = [];
	/** External lines by application (client id). */
	readonly externalLines = new Map<string, ExternalLine[]>();
	/** Outgoing lines of the portal (voximplant.line.get): id -> name. */
	readonly lines = new Map<string, string>();
	/** Users whose SIP phone is switched on. */
	readonly phonesEnabled = new Set<number>();
	readonly sipLines: SipLine[] = [];
	readonly sipConfigIds = new Sequence();
	readonly sipRegIds = new Sequence(150900);
	readonly statisticIds = new Sequence();
	readonly lineIds = new Sequence();
	readonly fileIds = new Sequence(9000);
	private callCounter = 0;

	newCallId(nowMs: number): string {
		this.callCounter += 1;
		const hash = this.callCounter.toString(16).padStart(32, '0');
		return `externalCall.${hash}.${Math.floor(nowMs / 1000)}`;
	}

	linesOf(clientId: string): ExternalLine[] {
		const existing = this.externalLines.get(clientId);
		if (existing) return existing;
		const created: ExternalLine[] = [];
		this.externalLines.set(clientId, created);
		return created;
	}

	clear(): void {
		this.calls.clear();
		this.statistics.length = 0;
		this.externalLines.clear();
		this.lines.clear();
		this.phonesEnabled.clear();
		this.sipLines.length = 0;
		this.sipConfigIds.reset();
		this.sipRegIds.reset();
		this.statisticIds.reset();
		this.lineIds.reset();
		this.fileIds.reset();
		this.callCounter = 0;
	}
}
