/** telephony.externalLine.add / get / update / delete (api-reference/telephony/telephony-external-line-*.md). */
import { toPhpString, toYN } from '../../php';
import type { ExternalLine } from '../../state/telephonyStore';
import type { CallContext, MethodResult, MethodSpec } from '../../types';
import { param } from '../ownerChecks';
import { coreError, requireApplication } from './shared';

function readNumber(ctx: CallContext): string {
	const number = toPhpString(param(ctx.params, 'NUMBER')).trim();
	if (number === '') throw coreError('NUMBER should not be empty');
	return number;
}

function findLine(ctx: CallContext, lines: ExternalLine[]): ExternalLine {
	const number = readNumber(ctx);
	const line = lines.find((entry) => entry.number === number);
	if (!line) throw coreError(`Could not find line with number ${number}`);
	return line;
}

function add(ctx: CallContext): MethodResult {
	const lines = ctx.state.telephony.linesOf(requireApplication(ctx));
	const number = readNumber(ctx);
	if (lines.some((line) => line.number === number)) throw coreError('Line already exists');
	const autoCreate = param(ctx.params, 'CRM_AUTO_CREATE');
	const line: ExternalLine = {
		id: ctx.state.telephony.lineIds.next(),
		number,
		name: toPhpString(param(ctx.params, 'NAME')),
		crmAutoCreate: autoCreate === undefined ? 'Y' : toYN(autoCreate),
	};
	lines.push(line);
	return { result: { ID: line.id } };
}

function get(ctx: CallContext): MethodResult {
	const lines = ctx.state.telephony.linesOf(requireApplication(ctx));
	return { result: lines.map((line) => ({ NUMBER: line.number, NAME: line.name, CRM_AUTO_CREATE: line.crmAutoCreate })) };
}

function update(ctx: CallContext): MethodResult {
	const line = findLine(ctx, ctx.state.telephony.linesOf(requireApplication(ctx)));
	const name = param(ctx.params, 'NAME');
	const autoCreate = param(ctx.params, 'CRM_AUTO_CREATE');
	if (name === undefined && autoCreate === undefined) throw coreError('There are no fields to update');
	if (name !== undefined) line.name = toPhpString(name);
	if (autoCreate !== undefined) line.crmAutoCreate = toYN(autoCreate);
	return { result: { ID: String(line.id) } };
}

function remove(ctx: CallContext): MethodResult {
	const lines = ctx.state.telephony.linesOf(requireApplication(ctx));
	const line = findLine(ctx, lines);
	lines.splice(lines.indexOf(line), 1);
	return { result: [] };
}

export const externalLineMethods: MethodSpec[] = [
	{ name: 'telephony.externalLine.add', scopes: ['telephony'], handler: add },
	{ name: 'telephony.externalLine.get', scopes: ['telephony'], handler: get },
	{ name: 'telephony.externalLine.update', scopes: ['telephony'], handler: update },
	{ name: 'telephony.externalLine.delete', scopes: ['telephony'], handler: remove },
];
