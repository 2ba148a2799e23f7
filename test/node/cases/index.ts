import { chatbotCases } from './chatbot';
import { chatbotChatV2Cases } from './chatbotChatV2';
import { chatbotCommandCases } from './chatbotCommand';
import { chatbotV2Cases } from './chatbotV2';
import { crmCases } from './crm';
import { crmLegacyCases } from './crmLegacy';
import { dataStorageCases } from './dataStorage';
import { imCases } from './im';
import { openLineConfigCases } from './openLineConfig';
import { openLinesCases } from './openLines';
import { smartProcessCases } from './smartProcess';
import type { CaseTable } from './types';
import { userCases } from './users';

export const CASES: CaseTable = {
	...crmCases,
	...crmLegacyCases,
	...smartProcessCases,
	...dataStorageCases,
	...chatbotCases,
	...openLinesCases,
	...userCases,
	...imCases,
	...openLineConfigCases,
	...chatbotCommandCases,
	...chatbotV2Cases,
	...chatbotChatV2Cases,
};
