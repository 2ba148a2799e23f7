/** The method table: every emulated REST method by lower-cased name (the portal ignores case). */
import { createBatchHandler } from './batch';
import { bizprocMethods } from './families/bizproc';
import { crmMethods } from './families/crm';
import { crmLegacyMethods } from './families/crmLegacy';
import { documentGeneratorMethods } from './families/documentgenerator';
import { entityMethods } from './families/entity';
import { eventMethods } from './families/events';
import { imbotMethods } from './families/imbot';
import { imopenlinesMethods } from './families/imopenlines';
import { messageServiceMethods } from './families/messageservice';
import { systemMethods } from './families/system';
import { telephonyMethods } from './families/telephony';
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
		...bizprocMethods,
		...messageServiceMethods,
		...telephonyMethods,
		...documentGeneratorMethods,
	);
	return new Map(specs.map((spec) => [spec.name.toLowerCase(), spec]));
}
