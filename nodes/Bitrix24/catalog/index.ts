import { automationRule, bizprocTask, bizprocTemplate, bizprocWorkflow, workflowAction } from './bizproc';
import { callAnyMethod } from './callAnyMethod';
import { chatbot, chatbotChat, chatbotMessage } from './chatbot';
import { crmItem } from './crmItem';
import { legacyCrmResources } from './crmLegacy';
import { dataStorage, dataStorageItem, dataStorageProperty, dataStorageSection } from './dataStorage';
import { documentNumerator, documentRegion, documentTemplate, generatedDocument } from './documentGenerator';
import { events } from './events';
import { smsProvider } from './messageService';
import { openLines } from './openLines';
import { smartProcessItem, smartProcessType } from './smartProcess';
import { externalLine, sipLine, telephonyCall, telephonyUser } from './telephony';
import type { CatalogOperation, CatalogResource } from './types';

export const CATALOG: CatalogResource[] = [
	crmItem,
	...legacyCrmResources,
	smartProcessType,
	smartProcessItem,
	dataStorage,
	dataStorageSection,
	dataStorageItem,
	dataStorageProperty,
	chatbot,
	chatbotMessage,
	chatbotChat,
	openLines,
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
];

export function findOperation(resource: string, operation: string): CatalogOperation | undefined {
	return CATALOG.find((entry) => entry.value === resource)?.operations.find(
		(entry) => entry.value === operation,
	);
}

export type { CatalogField, CatalogOperation, CatalogResource, OutputSpec } from './types';
