import { chatbot, chatbotChat, chatbotMessage } from './chatbot';
import { activityResources } from './crmActivity';
import { automationTrigger } from './crmAutomation';
import { crmItem } from './crmItem';
import { legacyCrmResources } from './crmLegacy';
import { crmProductResources } from './crmProducts';
import { timelineResources } from './crmTimeline';
import { dataStorage, dataStorageItem, dataStorageProperty, dataStorageSection } from './dataStorage';
import { openLines } from './openLines';
import { smartProcessItem, smartProcessType } from './smartProcess';
import { tradeCatalogResources } from './tradeCatalog';
import type { CatalogOperation, CatalogResource } from './types';

export const CATALOG: CatalogResource[] = [
	crmItem,
	...legacyCrmResources,
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
	openLines,
];

export function findOperation(resource: string, operation: string): CatalogOperation | undefined {
	return CATALOG.find((entry) => entry.value === resource)?.operations.find(
		(entry) => entry.value === operation,
	);
}

export type { CatalogField, CatalogOperation, CatalogResource, OutputSpec } from './types';
