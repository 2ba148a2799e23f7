import { calendarCases } from './calendar';
import { chatbotCases } from './chatbot';
import { crmCases } from './crm';
import { crmLegacyCases } from './crmLegacy';
import { dataStorageCases } from './dataStorage';
import { listsCases } from './lists';
import { openLinesCases } from './openLines';
import { smartProcessCases } from './smartProcess';
import type { CaseTable } from './types';

export const CASES: CaseTable = {
	...crmCases,
	...crmLegacyCases,
	...smartProcessCases,
	...dataStorageCases,
	...chatbotCases,
	...openLinesCases,
	...listsCases,
	...calendarCases,
};
