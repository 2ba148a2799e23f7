import type { IDataObject } from 'n8n-workflow';

import { countRows } from '../test/emulator/rows';
import type { RecordedRequest } from '../test/emulator/types';

/** The real portal modelled: standard plan's leaky bucket, and latency per request and per row. */
export const PORTAL = { burst: 50, perSecond: 2, fixedMs: 40, perRowMs: 0.5, retryWaitMs: 1000 };

export function rowsIn(request: RecordedRequest): number {
	const result = (request.response as IDataObject | undefined)?.result;
	if (request.restMethod !== 'batch') return countRows(result);
	const answers = (result as IDataObject | undefined)?.result ?? [];
	return Object.values(answers as IDataObject).reduce<number>((sum, answer) => sum + Math.max(countRows(answer), 1), 0);
}

const latency = (rows: number) => PORTAL.fixedMs + PORTAL.perRowMs * rows;

class Bucket {
	private level = 0;

	private at = 0;

	private drainTo(now: number): void {
		this.level = Math.max(this.level - ((now - this.at) / 1000) * PORTAL.perSecond, 0);
		this.at = now;
	}

	/** Whether a request arriving now is let in (and counted). */
	admit(now: number): boolean {
		this.drainTo(now);
		if (this.level + 1 > PORTAL.burst) return false;
		this.level += 1;
		return true;
	}

	/** When a request could next be let in. */
	nextFree(now: number): number {
		this.drainTo(now);
		return this.level + 1 <= PORTAL.burst ? now : now + ((this.level + 1 - PORTAL.burst) / PORTAL.perSecond) * 1000;
	}
}

/** Requests that were in flight together in the measured run, in order. */
function waves(requests: RecordedRequest[]): RecordedRequest[][] {
	const grouped: RecordedRequest[][] = [];
	let openUntil = -Infinity;
	for (const request of requests) {
		if (request.startedAt < openUntil) grouped[grouped.length - 1].push(request);
		else grouped.push([request]);
		openUntil = Math.max(request.startedAt < openUntil ? openUntil : 0, request.finishedAt ?? request.startedAt);
	}
	return grouped;
}

/**
 * The node on a real portal: its limiter waits for room, so every request is admitted;
 * requests it had in flight together overlap their latency again.
 */
export function replayPaced(requests: RecordedRequest[]): { ms: number; refused: number } {
	const bucket = new Bucket();
	let now = 0;
	for (const wave of waves(requests.filter((entry) => entry.status !== 503))) {
		let longest = 0;
		for (const request of wave) {
			now = bucket.nextFree(now);
			bucket.admit(now);
			longest = Math.max(longest, latency(rowsIn(request)));
		}
		now += longest;
	}
	return { ms: now, refused: 0 };
}

/** The naive loop on a real portal: each call is sent at once; a refused one is tried again a second later. */
export function replayNaive(requests: RecordedRequest[]): { ms: number; refused: number } {
	const bucket = new Bucket();
	let now = 0;
	let refused = 0;
	for (const request of requests.filter((entry) => entry.status !== 503)) {
		while (!bucket.admit(now)) {
			refused++;
			now += PORTAL.fixedMs + PORTAL.retryWaitMs;
		}
		now += latency(rowsIn(request));
	}
	return { ms: now, refused };
}
