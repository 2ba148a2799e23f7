import type { MethodSpec } from '../../types';
import { handlerMethods } from './handlers';
import { taskMethods } from './tasks';
import { workflowMethods } from './workflows';

export const bizprocMethods: MethodSpec[] = [...workflowMethods, ...taskMethods, ...handlerMethods];
