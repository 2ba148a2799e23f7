import type { IDataObject } from 'n8n-workflow';

import type { CatalogField } from '../catalog';
import type { LocatorLink, RecordLocator } from '../catalog/locators';
import { LOCATORS } from '../catalog/locators';
import { InputError } from './inputError';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `<id>` and `<type>` become number groups, any other `<name>` a number; a trailing slash is optional. */
function patternOf(template: string): RegExp {
	const source = escape(template.replace(/\/$/, ''))
		.replace(/<(?!id>|type>)\w+>/g, '\\d+')
		.replace('<id>', '(?<id>\\d+)')
		.replace('<type>', '(?<type>\\d+)');
	return new RegExp(`^${source}/?$`, 'i');
}

interface LinkMatch {
	id: string;
	entityTypeId?: number;
}

function matchLink(link: LocatorLink, url: URL): LinkMatch | undefined {
	const [path, query] = link.pattern.split('?');
	const pathMatch = patternOf(path).exec(url.pathname);
	if (!pathMatch) return undefined;
	let groups: Record<string, string> = { ...pathMatch.groups };
	for (const pair of query ? query.split('&') : []) {
		const [key, template] = pair.split('=');
		const valueMatch = patternOf(template).exec(url.searchParams.get(key) ?? '');
		if (!valueMatch) return undefined;
		groups = { ...groups, ...valueMatch.groups };
	}
	const entityTypeId = groups.type === undefined ? link.entityTypeId : Number(groups.type);
	return { id: groups.id, entityTypeId };
}

function parseLink(label: string, locator: RecordLocator, link: string, params: IDataObject): string {
	const links = locator.links ?? [];
	const expected = links.length
		? `a link to a ${locator.noun} such as https://your-portal.bitrix24.com${links[0].example}`
		: `the ID of a ${locator.noun}; links to a ${locator.noun} are not supported`;
	let url: URL | undefined;
	try {
		url = new URL(link.trim());
	} catch {
		url = undefined;
	}
	const found = url && links.map((entry) => matchLink(entry, url)).find((entry) => entry !== undefined);
	if (!found) throw new InputError(`"${label}" must be ${expected}, got ${JSON.stringify(link)}`);
	const chosenType = params.entityTypeId;
	if (found.entityTypeId !== undefined && chosenType !== undefined && Number(chosenType) !== found.entityTypeId) {
		throw new InputError(
			`"${label}" links to a record of entity type ${found.entityTypeId}, but the entity type chosen is ${String(chosenType)}`,
		);
	}
	return found.id;
}

/**
 * The id a record picker holds. n8n passes `{ __rl, mode, value }`; workflows saved before the
 * picker existed pass the id itself. A link is read in "By URL" mode, and wherever a plain value
 * is a web address.
 */
export function locatorValue(field: CatalogField, raw: unknown, params: IDataObject): unknown {
	const picked = typeof raw === 'object' && raw !== null && 'value' in raw ? (raw as IDataObject) : undefined;
	const value = picked ? picked.value : raw;
	const isLink = picked?.mode === 'url' || (typeof value === 'string' && /^\s*https?:\/\//i.test(value));
	if (!isLink || typeof value !== 'string' || value.trim() === '') return value;
	const locator: RecordLocator = LOCATORS[field.locator as keyof typeof LOCATORS];
	return parseLink(field.property.displayName, locator, value, params);
}
