import { bizprocCases } from './bizproc';
import { callAnyMethodCases } from './callAnyMethod';
import { calendarCases } from './calendar';
import { chatbotCases } from './chatbot';
import { chatbotChatV2Cases } from './chatbotChatV2';
import { chatbotCommandCases } from './chatbotCommand';
import { chatbotV2Cases } from './chatbotV2';
import { crmCases } from './crm';
import { crmClientLinkCases } from './crmClientLinks';
import { crmLegacyCases } from './crmLegacy';
import { crmPipelineCases } from './crmPipelines';
import { crmProductRowCases } from './crmProductRows';
import { crmQuoteInvoiceCases } from './crmQuoteInvoice';
import { crmRequisiteCases } from './crmRequisites';
import { crmActivityCases } from './crmActivity';
import { crmAutomationCases } from './crmAutomation';
import { crmProductCases } from './crmProducts';
import { crmTimelineCases } from './crmTimeline';
import { dataStorageCases } from './dataStorage';
import { driveCases } from './drive';
import { fileCases } from './files';
import { imCases } from './im';
import { openLineConfigCases } from './openLineConfig';
import { listsCases } from './lists';
import { openLinesCases } from './openLines';
import { smartProcessCases } from './smartProcess';
import { taskCases } from './task';
import { taskExtraCases } from './taskExtras';
import { taskItemCases } from './taskItems';
import { tradeCatalogCases } from './tradeCatalog';
import { documentGeneratorCases } from './documentGenerator';
import { eventCases } from './events';
import { messageServiceCases } from './messageService';
import { telephonyCases } from './telephony';
import type { CaseTable } from './types';
import { upsertCases } from './upsert';
import { userCases } from './users';

export const CASES: CaseTable = {
	...crmCases,
	...crmLegacyCases,
	...crmQuoteInvoiceCases,
	...crmPipelineCases,
	...crmProductRowCases,
	...crmRequisiteCases,
	...crmClientLinkCases,
	...crmProductCases,
	...crmActivityCases,
	...crmTimelineCases,
	...crmAutomationCases,
	...tradeCatalogCases,
	...smartProcessCases,
	...dataStorageCases,
	...chatbotCases,
	...openLinesCases,
	...driveCases,
	...fileCases,
	...taskCases,
	...taskItemCases,
	...taskExtraCases,
	...upsertCases,
	...userCases,
	...imCases,
	...openLineConfigCases,
	...chatbotCommandCases,
	...chatbotV2Cases,
	...chatbotChatV2Cases,
	...bizprocCases,
	...eventCases,
	...messageServiceCases,
	...telephonyCases,
	...documentGeneratorCases,
	...callAnyMethodCases,
	...listsCases,
	...calendarCases,
};
