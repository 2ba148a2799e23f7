import { automationRule, bizprocTask, bizprocTemplate, bizprocWorkflow, workflowAction } from './bizproc';
import { callAnyMethod } from './callAnyMethod';
import { calendarResources } from './calendar';
import { chatbot, chatbotChat, chatbotMessage } from './chatbot';
import { crmClientLinkResources } from './crmClientLinks';
import { chatbotChatV2 } from './chatbotChatV2';
import { chatbotCommand } from './chatbotCommand';
import { chatbotCommandV2, chatbotV2 } from './chatbotV2';
import { crmItem } from './crmItem';
import { legacyCrmResources } from './crmLegacy';
import { driveFile } from './driveFile';
import { driveFolder } from './driveFolder';
import { driveStorage } from './driveStorage';
import { crmPipeline, crmStatus } from './crmPipelines';
import { crmProductRow } from './crmProductRows';
import { crmInvoice, crmQuote } from './crmQuoteInvoice';
import { crmAddress, crmBankDetail, crmRequisite, crmRequisiteLink, crmRequisitePreset } from './crmRequisites';
import { dataStorage, dataStorageItem, dataStorageProperty, dataStorageSection } from './dataStorage';
import { imChat } from './imChat';
import { imMessage, notification } from './imMessage';
import { openLineConfig } from './openLineConfig';
import { openLineCrmChat } from './openLineCrmChat';
import { listsResources } from './lists';
import { openLines } from './openLines';
import { smartProcessItem, smartProcessType } from './smartProcess';
import { task } from './task';
import { taskDependency, taskResult, taskStage, taskUserField } from './taskExtras';
import { taskChecklistItem, taskComment, taskElapsedTime } from './taskItems';
import { activityResources } from './crmActivity';
import { automationTrigger } from './crmAutomation';
import { crmProductResources } from './crmProducts';
import { timelineResources } from './crmTimeline';
import { tradeCatalogResources } from './tradeCatalog';
import { documentNumerator, documentRegion, documentTemplate, generatedDocument } from './documentGenerator';
import { events } from './events';
import { smsProvider } from './messageService';
import { externalLine, sipLine, telephonyCall, telephonyUser } from './telephony';
import type { CatalogOperation, CatalogResource } from './types';
import { department, user } from './users';

export const CATALOG: CatalogResource[] = [
	crmItem,
	...legacyCrmResources,
	crmQuote,
	crmInvoice,
	crmPipeline,
	crmStatus,
	crmProductRow,
	crmRequisite,
	crmRequisitePreset,
	crmBankDetail,
	crmAddress,
	crmRequisiteLink,
	...crmClientLinkResources,
	...crmProductResources,
	...activityResources,
	...timelineResources,
	automationTrigger,
	...tradeCatalogResources,
	smartProcessType,
	smartProcessItem,
	dataStorage,
	dataStorageSection,
	dataStorageItem,
	dataStorageProperty,
	chatbot,
	chatbotMessage,
	chatbotChat,
	chatbotCommand,
	chatbotV2,
	chatbotCommandV2,
	chatbotChatV2,
	openLines,
	driveStorage,
	driveFolder,
	driveFile,
	task,
	taskComment,
	taskChecklistItem,
	taskElapsedTime,
	taskResult,
	taskUserField,
	taskStage,
	taskDependency,
	openLineConfig,
	openLineCrmChat,
	user,
	department,
	imChat,
	imMessage,
	notification,
	bizprocWorkflow,
	bizprocTemplate,
	bizprocTask,
	automationRule,
	workflowAction,
	smsProvider,
	telephonyCall,
	externalLine,
	telephonyUser,
	sipLine,
	documentTemplate,
	generatedDocument,
	documentNumerator,
	documentRegion,
	events,
	callAnyMethod,
	...listsResources,
	...calendarResources,
];

export function findOperation(resource: string, operation: string): CatalogOperation | undefined {
	return CATALOG.find((entry) => entry.value === resource)?.operations.find(
		(entry) => entry.value === operation,
	);
}

export type { CatalogField, CatalogOperation, CatalogResource, OutputSpec } from './types';
