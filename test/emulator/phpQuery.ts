/**
 * A parse_str() look-alike: turns `fields[TITLE]=x&select[]=ID&filter[>ID]=10`
 * into nested values following PHP's bracket rules.
 */
import { Dict, isPhpIntKey } from './php';

/** PHP arrays keep insertion order and int/string keys; finalised into JS arrays or objects. */
class PhpArray {
	readonly entries = new Map<string, PhpNode>();
	private nextIndex = 0;

	append(value: PhpNode): void {
		this.set(String(this.nextIndex), value);
	}

	set(key: string, value: PhpNode): void {
		if (isPhpIntKey(key)) {
			const index = Number(key);
			if (index >= this.nextIndex) this.nextIndex = index + 1;
		}
		this.entries.set(key, value);
	}

	child(key: string | undefined): PhpArray {
		if (key === undefined) {
			const created = new PhpArray();
			this.append(created);
			return created;
		}
		const existing = this.entries.get(key);
		if (existing instanceof PhpArray) return existing;
		const created = new PhpArray();
		this.set(key, created);
		return created;
	}
}

type PhpNode = string | PhpArray;

export function decodeUrlComponent(text: string): string {
	const spaced = text.replace(/\+/g, ' ');
	try {
		return decodeURIComponent(spaced);
	} catch {
		return spaced.replace(/(%[0-9a-fA-F]{2})+/g, (run) => {
			try {
				return decodeURIComponent(run);
			} catch {
				return run;
			}
		});
	}
}

/** Splits a raw variable name into the base name and bracket indexes (undefined = `[]`). */
export function splitVariableName(rawName: string): { base: string; indexes: Array<string | undefined> } {
	const name = rawName.replace(/^\s+/, '');
	if (name.startsWith('[')) return { base: '', indexes: [] };
	const open = name.indexOf('[');
	const hasIndexes = open > 0 && name.indexOf(']', open) > open;
	const baseRaw = hasIndexes ? name.slice(0, open) : name;
	// PHP turns spaces, dots and a lone "[" in the top-level name into underscores.
	const base = baseRaw.replace(/[ .[]/g, '_');
	const indexes: Array<string | undefined> = [];
	if (!hasIndexes) return { base, indexes };

	let cursor = open;
	while (cursor < name.length && name[cursor] === '[') {
		const close = name.indexOf(']', cursor + 1);
		if (close < 0) break;
		const key = name.slice(cursor + 1, close);
		indexes.push(key === '' ? undefined : key);
		cursor = close + 1;
	}
	return { base, indexes };
}

function assign(root: PhpArray, rawName: string, value: string): void {
	const { base, indexes } = splitVariableName(rawName);
	if (base === '') return;
	if (indexes.length === 0) {
		root.set(base, value);
		return;
	}
	let container = root.child(base);
	for (let i = 0; i < indexes.length - 1; i++) container = container.child(indexes[i]);
	const last = indexes[indexes.length - 1];
	if (last === undefined) container.append(value);
	else container.set(last, value);
}

function finalize(node: PhpNode): unknown {
	if (typeof node === 'string') return node;
	const keys = [...node.entries.keys()];
	const isList = keys.every((key, index) => key === String(index));
	if (isList) return keys.map((key) => finalize(node.entries.get(key) as PhpNode));
	const out: Dict = {};
	for (const key of keys) out[key] = finalize(node.entries.get(key) as PhpNode);
	return out;
}

/** Parses an application/x-www-form-urlencoded string (or a URL query) like PHP's parse_str. */
export function parsePhpQuery(query: string): Dict {
	const root = new PhpArray();
	for (const pair of query.split('&')) {
		if (pair === '') continue;
		const eq = pair.indexOf('=');
		const rawName = decodeUrlComponent(eq < 0 ? pair : pair.slice(0, eq));
		const value = eq < 0 ? '' : decodeUrlComponent(pair.slice(eq + 1));
		assign(root, rawName, value);
	}
	const out: Dict = {};
	for (const [key, node] of root.entries) out[key] = finalize(node);
	return out;
}

/** Builds the PHP nested structure from already-decoded (name, value) pairs, e.g. multipart fields. */
export function buildFromPairs(pairs: Array<[string, unknown]>): Dict {
	const root = new PhpArray();
	const opaque = new Map<string, unknown>();
	pairs.forEach(([name, value], index) => {
		if (typeof value === 'string') {
			assign(root, name, value);
		} else {
			// Non-string values (uploaded files) travel through a placeholder.
			const token = `\u0000opaque${index}`;
			opaque.set(token, value);
			assign(root, name, token);
		}
	});
	const restore = (value: unknown): unknown => {
		if (typeof value === 'string') return opaque.has(value) ? opaque.get(value) : value;
		if (Array.isArray(value)) return value.map(restore);
		if (value && typeof value === 'object') {
			const out: Dict = {};
			for (const [k, v] of Object.entries(value)) out[k] = restore(v);
			return out;
		}
		return value;
	};
	const out: Dict = {};
	for (const [key, node] of root.entries) out[key] = restore(finalize(node));
	return out;
}
