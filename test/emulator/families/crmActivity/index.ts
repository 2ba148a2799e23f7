/** CRM activities: the classic records, to-dos, bindings and custom activity types. */
import type { MethodSpec } from '../../types';
import { activityBindingMethods } from './bindings';
import { activityRecordMethods } from './records';
import { activityTodoMethods } from './todo';
import { activityTypeMethods } from './types';

export const crmActivityMethods: MethodSpec[] = [
	...activityRecordMethods,
	...activityTodoMethods,
	...activityBindingMethods,
	...activityTypeMethods,
];
