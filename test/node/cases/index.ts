import { chatbotCases } from './chatbot';
import { crmCases } from './crm';
import { crmActivityCases } from './crmActivity';
import { crmLegacyCases } from './crmLegacy';
import { crmProductCases } from './crmProducts';
import { dataStorageCases } from './dataStorage';
import { openLinesCases } from './openLines';
import { smartProcessCases } from './smartProcess';
import type { CaseTable } from './types';

export const CASES: CaseTable = {
	...crmCases,
	...crmLegacyCases,
	...crmProductCases,
	...crmActivityCases,
	...smartProcessCases,
	...dataStorageCases,
	...chatbotCases,
	...openLinesCases,
};
