import { chatbotCases } from './chatbot';
import { crmCases } from './crm';
import { dataStorageCases } from './dataStorage';
import { openLinesCases } from './openLines';
import { smartProcessCases } from './smartProcess';
import type { CaseTable } from './types';

export const CASES: CaseTable = {
	...crmCases,
	...smartProcessCases,
	...dataStorageCases,
	...chatbotCases,
	...openLinesCases,
};
