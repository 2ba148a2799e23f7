import { chatbotCases } from './chatbot';
import { crmCases } from './crm';
import { crmActivityCases } from './crmActivity';
import { crmAutomationCases } from './crmAutomation';
import { crmLegacyCases } from './crmLegacy';
import { crmProductCases } from './crmProducts';
import { crmTimelineCases } from './crmTimeline';
import { dataStorageCases } from './dataStorage';
import { openLinesCases } from './openLines';
import { smartProcessCases } from './smartProcess';
import { tradeCatalogCases } from './tradeCatalog';
import type { CaseTable } from './types';

export const CASES: CaseTable = {
	...crmCases,
	...crmLegacyCases,
	...crmProductCases,
	...crmActivityCases,
	...crmTimelineCases,
	...crmAutomationCases,
	...tradeCatalogCases,
	...smartProcessCases,
	...dataStorageCases,
	...chatbotCases,
	...openLinesCases,
};
