/** Messenger (`im.*`): chats, messages, dialogs and notifications, on the store the chat bots share. */
import type { MethodSpec } from '../../types';
import { chatMethods } from './chats';
import { dialogMethods } from './dialogs';
import { messageMethods } from './messages';
import { notificationMethods } from './notifications';

export const imMethods: MethodSpec[] = [...chatMethods, ...messageMethods, ...dialogMethods, ...notificationMethods];
