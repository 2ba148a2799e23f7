/**
 * CRM file fields ("File", not "File (Drive)"): values arrive as `[fileName, base64]` or
 * `{fileData: [fileName, base64]}` for new files and `{id}` for files to keep; the field stores
 * file ids and prints them as links that carry the caller's authorisation.
 */
import { RestError } from '../../errors';
import { isDict, phpEmpty, phpValues, toInt, toPhpString } from '../../php';
import type { CallContext } from '../../types';
import { downloadAuth, signDownload } from '../disk/shared';
import type { CrmFieldDef } from './fieldCatalog';
import { upperNameOf } from './typeRegistry';

/** Where a file sits: the record and field that hold it. */
export interface FileOwner {
	entityTypeId: number;
	itemId: number;
	fieldName: string;
}

const CLASSIC_ENTITIES: Record<number, string> = { 1: 'lead', 2: 'deal', 3: 'contact', 4: 'company' };

function newFile(entry: unknown): [string, Buffer] | undefined {
	const pair = isDict(entry) && entry.fileData !== undefined ? entry.fileData : entry;
	if (!Array.isArray(pair) && !isDict(pair)) return undefined;
	const [name, encoded] = Object.values(pair).map(toPhpString);
	if (!name || encoded === undefined) return undefined;
	if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(encoded)) throw new RestError('CRM_FIELD_ERROR_VALUE_NOT_VALID', `Invalid file content for "${name}"`);
	return [name, Buffer.from(encoded, 'base64')];
}

/** A bare `[name, base64]` pair, as opposed to a list of entries. */
function isPair(value: unknown): boolean {
	return Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string');
}

function fileIds(value: unknown): number[] {
	return (Array.isArray(value) ? value : [value]).map(toInt).filter((id) => id > 0);
}

/** The ids a file field holds after a write: kept ids must be among the current ones; new files are stored. */
export function writeFileValue(def: CrmFieldDef, current: unknown, input: unknown, ctx: CallContext): number | number[] | null {
	const held = new Set(fileIds(current));
	const entries = phpEmpty(input) ? [] : isPair(input) || !Array.isArray(input) ? [input] : phpValues(input);
	const ids: number[] = [];
	for (const entry of entries) {
		const kept = isDict(entry) && entry.fileData === undefined ? toInt(entry.id ?? entry.ID) : 0;
		if (kept > 0) {
			if (held.has(kept)) ids.push(kept);
			continue;
		}
		const file = newFile(entry);
		if (file) ids.push(ctx.state.crm.files.add(...file).id);
	}
	if (def.isMultiple) return ids;
	return ids.length > 0 ? ids[ids.length - 1] : null;
}

function fileToken(ctx: CallContext, owner: FileOwner, fileId: number, auth: string): string {
	const payload = Buffer.from(`t=${owner.entityTypeId}&i=${owner.itemId}&f=${owner.fieldName}&id=${fileId}`).toString('base64');
	return `crm|${payload}|${signDownload(ctx.state.disk.signingKey, payload, auth)}`;
}

/** crm.item prints each file as `{id, url, urlMachine}`: a page link and a signed REST link. */
export function itemFileView(ctx: CallContext, owner: FileOwner, value: unknown): unknown {
	const base = ctx.state.settings.baseUrl ?? '';
	const upper = upperNameOf(owner.fieldName);
	const auth = downloadAuth(ctx);
	const view = (fileId: number) => ({
		id: fileId,
		url: `${base}/bitrix/services/main/ajax.php?action=crm.controller.item.getFile&SITE_ID=s1&entityTypeId=${owner.entityTypeId}&id=${owner.itemId}&fieldName=${upper}&fileId=${fileId}`,
		urlMachine: `${base}/rest/crm.controller.item.getFile.json?auth=${auth}&token=${encodeURIComponent(fileToken(ctx, owner, fileId, auth))}`,
	});
	return Array.isArray(value) ? fileIds(value).map(view) : fileIds(value).map(view)[0] ?? null;
}

/** The classic methods print each file as `{id, showUrl, downloadUrl}`, portal-relative, the download one with `auth`. */
export function classicFileView(ctx: CallContext, owner: FileOwner, value: unknown): unknown {
	const upper = upperNameOf(owner.fieldName);
	const script = `/bitrix/components/bitrix/crm.${CLASSIC_ENTITIES[owner.entityTypeId]}.show/show_file.php`;
	const auth = downloadAuth(ctx);
	const query = (fileId: number) => `ownerId=${owner.itemId}&fieldName=${upper}&dynamic=Y&fileId=${fileId}`;
	const view = (fileId: number) => ({
		id: fileId,
		showUrl: `${script}?${query(fileId)}`,
		downloadUrl: `${script}?auth=${auth}&${query(fileId)}`,
	});
	return Array.isArray(value) ? fileIds(value).map(view) : fileIds(value).map(view)[0] ?? null;
}

export function isFileField(def: CrmFieldDef): boolean {
	return def.type === 'file';
}
