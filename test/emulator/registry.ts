/** The method table: every emulated REST method by lower-cased name (the portal ignores case). */
import { createBatchHandler } from './batch';
import { calendarMethods } from './families/calendar';
import { crmMethods } from './families/crm';
import { crmLegacyMethods } from './families/crmLegacy';
import { entityMethods } from './families/entity';
import { eventMethods } from './families/events';
import { imbotMethods } from './families/imbot';
import { imopenlinesMethods } from './families/imopenlines';
import { listsMethods } from './families/lists';
import { systemMethods } from './families/system';
import type { MethodSpec } from './types';

export function buildRegistry(offsetMinutes: () => number): Map<string, MethodSpec> {
	const specs: MethodSpec[] = [];
	specs.push(
		...systemMethods(() => specs),
		{ name: 'batch', scopes: ['basic'], handler: createBatchHandler(offsetMinutes) },
		...entityMethods,
		...crmMethods,
		...crmLegacyMethods,
		...imbotMethods,
		...imopenlinesMethods,
		...eventMethods,
		...listsMethods,
		...calendarMethods,
	);
	return new Map(specs.map((spec) => [spec.name.toLowerCase(), spec]));
}
