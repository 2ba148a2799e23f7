import { chatbot, chatbotChat, chatbotMessage } from './chatbot';
import { chatbotChatV2 } from './chatbotChatV2';
import { chatbotCommand } from './chatbotCommand';
import { chatbotCommandV2, chatbotV2 } from './chatbotV2';
import { crmItem } from './crmItem';
import { legacyCrmResources } from './crmLegacy';
import { dataStorage, dataStorageItem, dataStorageProperty, dataStorageSection } from './dataStorage';
import { imChat } from './imChat';
import { imMessage, notification } from './imMessage';
import { openLineConfig } from './openLineConfig';
import { openLineCrmChat } from './openLineCrmChat';
import { openLines } from './openLines';
import { smartProcessItem, smartProcessType } from './smartProcess';
import type { CatalogOperation, CatalogResource } from './types';
import { department, user } from './users';

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
	chatbotCommand,
	chatbotV2,
	chatbotCommandV2,
	chatbotChatV2,
	openLines,
	openLineConfig,
	openLineCrmChat,
	user,
	department,
	imChat,
	imMessage,
	notification,
];

export function findOperation(resource: string, operation: string): CatalogOperation | undefined {
	return CATALOG.find((entry) => entry.value === resource)?.operations.find(
		(entry) => entry.value === operation,
	);
}

export type { CatalogField, CatalogOperation, CatalogResource, OutputSpec } from './types';
