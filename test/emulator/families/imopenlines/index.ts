/** Open lines (`imopenlines.*`): operator actions, sessions, dialogs and CRM chat lookup. */
import type { MethodSpec } from '../../types';
import { operatorMethods } from './operators';
import { sessionMethods } from './sessions';

export const imopenlinesMethods: MethodSpec[] = [...operatorMethods, ...sessionMethods];
