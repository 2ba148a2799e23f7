import { readFileSync } from 'fs';
import { join } from 'path';

import { CATALOG } from '../../nodes/Bitrix24/catalog';

/** Method names documented in the official English REST docs (bitrix24/b24restdocs). */
const DOCUMENTED = new Set(
	readFileSync(join(__dirname, '..', 'emulator', 'fixtures', 'bitrix24-methods.txt'), 'utf8')
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean),
);

/** Every method an operation may call: its own, and the ones its method choice offers. */
const calledMethods = CATALOG.flatMap((resource) =>
	resource.operations.flatMap((operation) => [
		{ key: `${resource.value}.${operation.value}`, method: operation.method },
		...operation.fields
			.filter((field) => field.kind === 'method')
			.flatMap((field) => (field.property.options ?? []) as Array<{ value: string }>)
			.map((option) => ({ key: `${resource.value}.${operation.value}`, method: option.value })),
	]),
);

it('calls only methods the official REST docs document', () => {
	const undocumented = calledMethods.filter(({ method }) => !DOCUMENTED.has(method));
	expect(undocumented).toEqual([]);
	expect(calledMethods.length).toBeGreaterThan(100);
});
