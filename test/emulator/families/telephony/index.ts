import type { MethodSpec } from '../../types';
import { externalCallMethods } from './externalCalls';
import { externalLineMethods } from './externalLines';
import { sipMethods } from './sip';
import { voximplantMethods } from './voximplant';

export const telephonyMethods: MethodSpec[] = [...externalCallMethods, ...externalLineMethods, ...voximplantMethods, ...sipMethods];
