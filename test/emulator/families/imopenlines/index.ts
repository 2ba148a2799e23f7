/** Open lines (`imopenlines.*`): lines and their settings, operator actions, sessions, dialogs and the chats of CRM records. */
import type { MethodSpec } from '../../types';
import { configMethods } from './configs';
import { crmChatMethods } from './crmChats';
import { operatorMethods } from './operators';
import { sessionMethods } from './sessions';
import { sessionModeMethods } from './sessionModes';

export const imopenlinesMethods: MethodSpec[] = [...configMethods, ...operatorMethods, ...sessionMethods, ...sessionModeMethods, ...crmChatMethods];
