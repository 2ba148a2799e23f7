/** Chat bots: the classic `imbot.*` (deprecated in the docs) and `imbot.v2.*`, on one bot store. */
import type { MethodSpec } from '../../types';
import { botMethods } from './bots';
import { chatMethods } from './chats';
import { commandMethods } from './commands';
import { messageMethods } from './messages';
import { v2Methods } from './v2';
import { v2ChatMethods } from './v2Chats';
import { v2CommandMethods } from './v2Commands';

export const imbotMethods: MethodSpec[] = [...botMethods, ...messageMethods, ...chatMethods, ...commandMethods, ...v2Methods, ...v2CommandMethods, ...v2ChatMethods];
