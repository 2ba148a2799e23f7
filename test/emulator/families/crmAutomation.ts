/**
 * crm.automation.trigger.add/list/delete/execute: an application's own automation triggers (the
 * application context only), and crm.automation.trigger, which fires the "incoming webhook" trigger
 * of a CRM item. Firings are kept in the `crm.automation.trigger.fired` table.
 */
import { requireApplication } from '../auth';
import { RestError } from '../errors';
import { Dict, toInt, toPhpString } from '../php';
import type { CallContext, MethodResult, MethodSpec } from '../types';

const TABLE = 'crm.automation.trigger';
export const FIRED_TABLE = 'crm.automation.trigger.fired';

const fail = (message: string) => new RestError('', message);

/** Types whose stages run automation: lead, deal, quote, invoice and smart processes. */
const AUTOMATED_TYPES = new Set([1, 2, 7, 31]);
const TARGET_TYPES: Record<string, number> = { LEAD: 1, DEAL: 2, CONTACT: 3, COMPANY: 4, QUOTE: 7, SMART_INVOICE: 31 };

function readCode(ctx: CallContext): string {
	const code = toPhpString(ctx.params.CODE ?? ctx.params.code).trim();
	if (code === '') throw fail('Empty trigger code!');
	if (!/^[a-z0-9.\-_]+$/.test(code)) throw fail('Wrong trigger code!');
	return code;
}

function triggersOf(ctx: CallContext, clientId: string): Array<[number, Dict]> {
	return [...ctx.state.tables.of(TABLE).rows.entries()].filter(([, row]) => row.clientId === clientId);
}

function fire(ctx: CallContext, entry: Dict): void {
	const fired = ctx.state.tables.of(FIRED_TABLE);
	fired.rows.set(fired.ids.next(), { ...entry, firedAt: ctx.nowIso });
}

function add(ctx: CallContext): MethodResult {
	const clientId = requireApplication(ctx.auth);
	const code = readCode(ctx);
	const name = toPhpString(ctx.params.NAME ?? ctx.params.name).trim();
	if (name === '') throw fail('Empty trigger name!');
	const existing = triggersOf(ctx, clientId).find(([, row]) => row.CODE === code);
	if (existing) existing[1].NAME = name;
	else {
		const table = ctx.state.tables.of(TABLE);
		table.rows.set(table.ids.next(), { clientId, NAME: name, CODE: code });
	}
	return { result: true };
}

function list(ctx: CallContext): MethodResult {
	const clientId = requireApplication(ctx.auth);
	return { result: triggersOf(ctx, clientId).map(([, row]) => ({ NAME: row.NAME, CODE: row.CODE })) };
}

function remove(ctx: CallContext): MethodResult {
	const clientId = requireApplication(ctx.auth);
	const code = readCode(ctx);
	const existing = triggersOf(ctx, clientId).find(([, row]) => row.CODE === code);
	if (!existing) throw fail('Trigger not found');
	ctx.state.tables.of(TABLE).rows.delete(existing[0]);
	return { result: true };
}

function execute(ctx: CallContext): MethodResult {
	const clientId = requireApplication(ctx.auth);
	const code = readCode(ctx);
	if (!triggersOf(ctx, clientId).some(([, row]) => row.CODE === code)) throw fail(`Trigger with code ${code} is not registered.`);
	const ownerTypeId = toInt(ctx.params.OWNER_TYPE_ID);
	if (!AUTOMATED_TYPES.has(ownerTypeId) && !ctx.state.crm.typeByEntityTypeId(ownerTypeId)) throw fail('Incorrect parameter OWNER_TYPE_ID.');
	const ownerId = toInt(ctx.params.OWNER_ID);
	if (!(ownerId > 0)) throw fail('Incorrect parameter OWNER_ID.');
	fire(ctx, { CODE: code, OWNER_TYPE_ID: ownerTypeId, OWNER_ID: ownerId });
	return { result: true };
}

function webhookTrigger(ctx: CallContext): MethodResult {
	const target = toPhpString(ctx.params.target).trim();
	if (target === '') throw fail('Target is not set.');
	const match = /^(.+)_(\d+)$/.exec(target);
	if (!match) throw fail('Incorrect target format.');
	const typeName = match[1].toUpperCase();
	const dynamic = /^DYNAMIC_(\d+)$/.exec(typeName);
	const ownerTypeId = dynamic ? Number(dynamic[1]) : TARGET_TYPES[typeName];
	if (!ownerTypeId) throw fail('Target is not found.');
	fire(ctx, { CODE: toPhpString(ctx.params.code), OWNER_TYPE_ID: ownerTypeId, OWNER_ID: Number(match[2]) });
	return { result: true };
}

export const crmAutomationMethods: MethodSpec[] = [
	{ name: 'crm.automation.trigger.add', scopes: ['crm'], handler: add },
	{ name: 'crm.automation.trigger.list', scopes: ['crm'], handler: list },
	{ name: 'crm.automation.trigger.delete', scopes: ['crm'], handler: remove },
	{ name: 'crm.automation.trigger.execute', scopes: ['crm'], handler: execute },
	{ name: 'crm.automation.trigger', scopes: ['crm'], handler: webhookTrigger },
];
