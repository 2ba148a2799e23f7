import { calendarResources } from './calendar';
import { chatbot, chatbotChat, chatbotMessage } from './chatbot';
import { crmItem } from './crmItem';
import { legacyCrmResources } from './crmLegacy';
import { dataStorage, dataStorageItem, dataStorageProperty, dataStorageSection } from './dataStorage';
import { listsResources } from './lists';
import { openLines } from './openLines';
import { smartProcessItem, smartProcessType } from './smartProcess';
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
	...listsResources,
	...calendarResources,
];

export function findOperation(resource: string, operation: string): CatalogOperation | undefined {
	return CATALOG.find((entry) => entry.value === resource)?.operations.find(
		(entry) => entry.value === operation,
	);
}

export type { CatalogField, CatalogOperation, CatalogResource, OutputSpec } from './types';
