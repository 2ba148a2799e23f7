import type { RecordSource } from '../nodes/Bitrix24/trigger/eventCatalog';
import { EVENTS } from '../nodes/Bitrix24/trigger/eventCatalog';

const LEGACY: Record<number, string> = { 1: 'crm.lead.get', 2: 'crm.deal.get', 3: 'crm.contact.get', 4: 'crm.company.get' };

function recordOf(record: RecordSource | undefined): string {
	if (!record) return '';
	switch (record.kind) {
		case 'crm': {
			const legacy = record.entityTypeId ? LEGACY[record.entityTypeId] : undefined;
			return legacy ? `\`crm.item.get\` or \`${legacy}\`` : '`crm.item.get`';
		}
		case 'activity':
			return '`crm.activity.get`';
		case 'timelineComment':
			return '`crm.timeline.comment.get`';
		case 'task':
			return '`tasks.task.get`';
		case 'calendarEntry':
			return '`calendar.event.getbyid`';
	}
}

/** The list of trigger events in docs/trigger-events.md, generated from the event catalog. */
export function renderTriggerEventsDoc(): string {
	const lines = [
		'# Bitrix24 Trigger events',
		'',
		`${EVENTS.length} events, from the event pages of the official REST docs. Generated from \`nodes/Bitrix24/trigger/eventCatalog.ts\` by \`npm run docs\`.`,
		'',
		'"Applications only": Bitrix24 sends the event to applications (OAuth2 or API key credential with automatic registration), not to outgoing webhooks. "Fetch Full Record" shows what the option reads.',
	];
	const groups = [...new Set(EVENTS.map((spec) => spec.group))];
	for (const group of groups) {
		lines.push('', `## ${group}`, '', '| Event | Code | Scope | Ids in the output | Fetch Full Record | When |', '| --- | --- | --- | --- | --- | --- |');
		for (const spec of EVENTS.filter((entry) => entry.group === group)) {
			const ids = [...Object.keys(spec.ids), ...Object.keys(spec.constants ?? {})].map((id) => `\`${id}\``).join(', ');
			const when = spec.description.slice(spec.value.length + 2) + (spec.applicationOnly ? ' (applications only)' : '');
			lines.push(`| ${spec.name} | \`${spec.value}\` | \`${spec.scope}\` | ${ids} | ${recordOf(spec.record)} | ${when} |`);
		}
	}
	return `${lines.join('\n')}\n`;
}
