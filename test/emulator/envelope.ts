/** The response envelope: `{result, total?, next?, time}` on success, `{error, error_description}` on failure. */
import { formatPortalDate, unixSeconds } from './clock';
import type { MethodResult, Timing } from './types';
import type { Dict } from './php';

export interface OperatingInfo {
	operating: number;
	resetAtSeconds: number;
}

export interface TimeBlock {
	start: number;
	finish: number;
	duration: number;
	processing: number;
	date_start: string;
	date_finish: string;
	operating?: number;
	operating_reset_at?: number;
}

export function timeBlock(timing: Timing, offsetMinutes: number, operating?: OperatingInfo): TimeBlock {
	const start = unixSeconds(timing.startMs);
	const finish = unixSeconds(Math.max(timing.finishMs, timing.startMs));
	const block: TimeBlock = {
		start,
		finish,
		duration: finish - start,
		processing: finish - start,
		date_start: formatPortalDate(timing.startMs, offsetMinutes),
		date_finish: formatPortalDate(timing.finishMs, offsetMinutes),
	};
	if (operating) {
		block.operating_reset_at = operating.resetAtSeconds;
		block.operating = operating.operating;
	}
	return block;
}

export function successBody(value: MethodResult, time: TimeBlock): Dict {
	const body: Dict = { result: value.result };
	if (value.next !== undefined) body.next = value.next;
	if (value.total !== undefined) body.total = value.total;
	body.time = time;
	return body;
}
