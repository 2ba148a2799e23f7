import type { IDataObject } from 'n8n-workflow';

/**
 * Bitrix24 posts events as `application/x-www-form-urlencoded` with PHP bracket keys
 * (`data[FIELDS][ID]=7405&auth[domain]=...`). n8n parses such bodies with Node's `querystring`,
 * which keeps those keys flat; this module rebuilds the nesting PHP would see.
 */

type Tree = IDataObject;

/** Keys that would reach an object's prototype instead of the object. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** `data[FIELDS][ID]` -> ['data', 'FIELDS', 'ID']; `select[]` -> ['select', '']. */
export function splitBracketKey(key: string): string[] {
	const open = key.indexOf('[');
	if (open <= 0 || !key.endsWith(']')) return [key];
	const parts = [key.slice(0, open)];
	const rest = key.slice(open);
	const pattern = /\[([^\]]*)\]/g;
	let consumed = 0;
	for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
		if (match.index !== consumed) return [key];
		parts.push(match[1]);
		consumed = match.index + match[0].length;
	}
	return consumed === rest.length ? parts : [key];
}

function isTree(value: unknown): value is Tree {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function assign(target: Tree, path: string[], value: unknown): void {
	let node = target;
	for (let index = 0; index < path.length; index++) {
		let key = path[index];
		if (UNSAFE_KEYS.has(key)) return;
		if (key === '') key = String(nextIndex(node));
		if (index === path.length - 1) {
			node[key] = value as IDataObject[string];
			return;
		}
		if (!isTree(node[key])) node[key] = {};
		node = node[key] as Tree;
	}
}

/** Where PHP puts an `a[]` value: after the largest integer key so far. */
function nextIndex(node: Tree): number {
	const integers = Object.keys(node)
		.filter((key) => /^(0|[1-9]\d*)$/.test(key))
		.map(Number);
	return integers.length ? Math.max(...integers) + 1 : 0;
}

/** PHP arrays with keys 0..n-1 in order are lists; json_encode prints them as arrays. */
function toLists(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(toLists);
	if (!isTree(value)) return value;
	const keys = Object.keys(value);
	const isList = keys.length > 0 && keys.every((key, index) => key === String(index));
	if (isList) return keys.map((key) => toLists(value[key]));
	const out: Tree = {};
	for (const key of keys) out[key] = toLists(value[key]) as IDataObject[string];
	return out;
}

/**
 * Nested JSON from a form body as n8n hands it over: flat bracket keys (values may be arrays
 * when a key repeats) or an already nested object (a JSON body, or a parser that nests).
 */
export function rebuildFormBody(body: unknown): IDataObject {
	if (!isTree(body)) return {};
	const tree: Tree = {};
	for (const [key, value] of Object.entries(body)) {
		const path = splitBracketKey(key);
		const repeated = Array.isArray(value) && path[path.length - 1] === '';
		if (repeated) {
			for (const entry of value as unknown[]) assign(tree, path, entry);
		} else if (isTree(value) && path.length === 1) {
			const existing = isTree(tree[key]) ? (tree[key] as Tree) : {};
			tree[key] = { ...existing, ...rebuildFormBody(value) };
		} else {
			assign(tree, path, value);
		}
	}
	return toLists(tree) as IDataObject;
}

/** Reads a dot path (`FIELDS.ID`, `DATA.0.chat.id`) from nested data. */
export function valueAt(data: unknown, path: string): unknown {
	let value = data;
	for (const key of path.split('.')) {
		if (typeof value !== 'object' || value === null) return undefined;
		value = (value as IDataObject)[key];
	}
	return value;
}
