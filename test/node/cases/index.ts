import { bizprocCases } from './bizproc';
import { callAnyMethodCases } from './callAnyMethod';
import { chatbotCases } from './chatbot';
import { crmCases } from './crm';
import { crmLegacyCases } from './crmLegacy';
import { dataStorageCases } from './dataStorage';
import { documentGeneratorCases } from './documentGenerator';
import { eventCases } from './events';
import { messageServiceCases } from './messageService';
import { openLinesCases } from './openLines';
import { smartProcessCases } from './smartProcess';
import { telephonyCases } from './telephony';
import type { CaseTable } from './types';

export const CASES: CaseTable = {
	...crmCases,
	...crmLegacyCases,
	...smartProcessCases,
	...dataStorageCases,
	...chatbotCases,
	...openLinesCases,
	...bizprocCases,
	...eventCases,
	...messageServiceCases,
	...telephonyCases,
	...documentGeneratorCases,
	...callAnyMethodCases,
};
