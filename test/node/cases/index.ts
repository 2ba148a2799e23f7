import { chatbotCases } from './chatbot';
import { crmCases } from './crm';
import { crmLegacyCases } from './crmLegacy';
import { dataStorageCases } from './dataStorage';
import { driveCases } from './drive';
import { openLinesCases } from './openLines';
import { smartProcessCases } from './smartProcess';
import { taskCases } from './task';
import { taskExtraCases } from './taskExtras';
import { taskItemCases } from './taskItems';
import type { CaseTable } from './types';

export const CASES: CaseTable = {
	...crmCases,
	...crmLegacyCases,
	...smartProcessCases,
	...dataStorageCases,
	...chatbotCases,
	...openLinesCases,
	...driveCases,
	...taskCases,
	...taskItemCases,
	...taskExtraCases,
};
