/** Classic chat bots (`imbot.*`, marked deprecated in the docs in favour of imbot.v2). */
import type { MethodSpec } from '../../types';
import { botMethods } from './bots';
import { chatMethods } from './chats';
import { commandMethods } from './commands';
import { messageMethods } from './messages';

export const imbotMethods: MethodSpec[] = [...botMethods, ...messageMethods, ...chatMethods, ...commandMethods];
