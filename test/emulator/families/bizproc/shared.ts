/** The document triples the bizproc.* pages share. */
import { phpValues, toPhpString } from '../../php';

/** A `[module, entity, id]` triple, or undefined when the value is not one. */
export function documentTriple(value: unknown): [string, string, string] | undefined {
	const parts = phpValues(value).map((part) => toPhpString(part).trim());
	return parts.length === 3 && parts.every((part) => part !== '') ? [parts[0], parts[1], parts[2]] : undefined;
}
