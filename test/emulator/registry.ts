/** The method table: every emulated REST method by lower-cased name (the portal ignores case). */
import { createBatchHandler } from './batch';
import { catalogMethods } from './families/catalog';
import { bizprocMethods } from './families/bizproc';
import { calendarMethods } from './families/calendar';
import { crmMethods } from './families/crm';
import { crmActivityMethods } from './families/crmActivity';
import { crmAutomationMethods } from './families/crmAutomation';
import { crmLegacyMethods } from './families/crmLegacy';
import { diskMethods } from './families/disk';
import { crmPipelineMethods } from './families/crmPipelines';
import { crmProductRowMethods } from './families/crmProductRows';
import { crmRelationMethods } from './families/crmRelations';
import { crmRequisiteMethods } from './families/crmRequisites';
import { crmProductMethods } from './families/crmProducts';
import { crmTimelineMethods } from './families/crmTimeline';
import { documentGeneratorMethods } from './families/documentgenerator';
import { entityMethods } from './families/entity';
import { eventMethods } from './families/events';
import { imMethods } from './families/im';
import { imbotMethods } from './families/imbot';
import { imopenlinesMethods } from './families/imopenlines';
import { messageServiceMethods } from './families/messageservice';
import { listsMethods } from './families/lists';
import { sonetGroupMethods } from './families/sonet';
import { systemMethods } from './families/system';
import { tasksMethods } from './families/tasks';
import { userFamilyMethods } from './families/users';
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
		...crmPipelineMethods,
		...crmProductRowMethods,
		...crmRequisiteMethods,
		...crmRelationMethods,
		...crmProductMethods,
		...crmActivityMethods,
		...crmTimelineMethods,
		...crmAutomationMethods,
		...catalogMethods,
		...userFamilyMethods,
		...imMethods,
		...imbotMethods,
		...imopenlinesMethods,
		...eventMethods,
		...diskMethods,
		...tasksMethods,
		...bizprocMethods,
		...messageServiceMethods,
		...telephonyMethods,
		...documentGeneratorMethods,
		...listsMethods,
		...calendarMethods,
		...sonetGroupMethods,
	);
	return new Map(specs.map((spec) => [spec.name.toLowerCase(), spec]));
}
