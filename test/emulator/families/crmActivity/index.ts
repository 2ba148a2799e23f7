/** CRM activities: the classic records, to-dos, bindings, custom activity types and configurable activities. */
import type { MethodSpec } from '../../types';
import { activityBindingMethods } from './bindings';
import { activityConfigurableMethods } from './configurable';
import { activityRecordMethods } from './records';
import { activityTodoMethods } from './todo';
import { activityTypeMethods } from './types';

export const crmActivityMethods: MethodSpec[] = [
	...activityRecordMethods,
	...activityTodoMethods,
	...activityBindingMethods,
	...activityTypeMethods,
	...activityConfigurableMethods,
];
