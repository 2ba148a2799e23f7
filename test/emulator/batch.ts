/**
 * The `batch` method: up to 50 `"method?query"` sub-commands run in order with
 * the caller's authorisation; `$result[key][path]` reads earlier results.
 * Always HTTP 200; failures are reported per command in `result_error`.
 */
import { timeBlock } from './envelope';
import { systemErrors } from './errors';
import { Dict, encodePhpArray, isDict, isYes, toPhpString } from './php';
import { parsePhpQuery } from './phpQuery';
import type { CallContext, MethodResult } from './types';

export const MAX_BATCH_COMMANDS = 50;

type Section = Array<[string, unknown]>;

interface BatchSections {
	result: Section;
	result_error: Section;
	result_total: Section;
	result_next: Section;
	result_time: Section;
}

function commandEntries(cmd: unknown): Array<[string, unknown]> {
	if (Array.isArray(cmd)) return cmd.map((command, index) => [String(index), command]);
	if (isDict(cmd)) return Object.entries(cmd);
	return [];
}

export function splitCommand(command: string): { method: string; query: string } {
	const trimmed = command.trim();
	const mark = trimmed.indexOf('?');
	return mark < 0 ? { method: trimmed, query: '' } : { method: trimmed.slice(0, mark), query: trimmed.slice(mark + 1) };
}

const REFERENCE = /\$(result|result_error|result_total|result_next)\[([^\]]+)\]((?:\[[^\]]*\])*)/g;

function lookup(sections: BatchSections, section: string, key: string, path: string): unknown {
	const entries = sections[section as keyof BatchSections];
	const found = entries.find(([entryKey]) => entryKey === key);
	if (!found) return undefined;
	let value: unknown = found[1];
	for (const match of path.matchAll(/\[([^\]]*)\]/g)) {
		const step = match[1];
		if (Array.isArray(value)) value = value[Number(step)];
		else if (isDict(value)) value = value[step];
		else return undefined;
	}
	return value;
}

/** Replaces `$result[...]` references in every string value of the sub-command's parameters. */
export function substituteReferences(value: unknown, sections: BatchSections): unknown {
	if (typeof value === 'string') {
		const whole = new RegExp(`^${REFERENCE.source}$`).exec(value);
		if (whole) return lookup(sections, whole[1], whole[2], whole[3]) ?? '';
		return value.replace(REFERENCE, (_match, section: string, key: string, path: string) =>
			toPhpString(lookup(sections, section, key, path)),
		);
	}
	if (Array.isArray(value)) return value.map((item) => substituteReferences(item, sections));
	if (isDict(value)) {
		const out: Dict = {};
		for (const [key, item] of Object.entries(value)) out[key] = substituteReferences(item, sections);
		return out;
	}
	return value;
}

export function createBatchHandler(offsetMinutes: () => number) {
	return (ctx: CallContext): MethodResult => {
		const halt = isYes(ctx.params.halt);
		const sections: BatchSections = { result: [], result_error: [], result_total: [], result_next: [], result_time: [] };
		const commands = commandEntries(ctx.params.cmd);
		for (let index = 0; index < commands.length; index++) {
			const [key, command] = commands[index];
			if (index >= MAX_BATCH_COMMANDS) {
				sections.result_error.push([key, systemErrors.batchLengthExceeded().toBody()]);
				if (halt) break;
				continue;
			}
			if (typeof command !== 'string' || command.trim() === '') continue;
			const { method, query } = splitCommand(command);
			const params = substituteReferences(parsePhpQuery(query), sections) as Dict;
			const outcome = ctx.invoke(method, params);
			if (!outcome.ok) {
				sections.result_error.push([key, outcome.error.toBody()]);
				if (halt) break;
				continue;
			}
			sections.result.push([key, outcome.value.result]);
			if (outcome.value.total !== undefined) sections.result_total.push([key, outcome.value.total]);
			if (outcome.value.next !== undefined) sections.result_next.push([key, outcome.value.next]);
			sections.result_time.push([key, timeBlock(outcome.timing, offsetMinutes())]);
		}
		return {
			result: {
				result: encodePhpArray(sections.result),
				result_error: encodePhpArray(sections.result_error),
				result_total: encodePhpArray(sections.result_total),
				result_next: encodePhpArray(sections.result_next),
				result_time: encodePhpArray(sections.result_time),
			},
		};
	};
}
