/** The tasks family: tasks.task.* and the older task.* item, custom field, stage and link methods. */
import type { MethodSpec } from '../../types';
import { checklistMethods } from './checklist';
import { commentMethods } from './comments';
import { elapsedMethods } from './elapsed';
import { taskResultMethods } from './results';
import { stageMethods } from './stages';
import { taskActionMethods } from './taskActions';
import { taskMethods } from './tasks';
import { taskUserFieldMethods } from './userFields';

export const tasksMethods: MethodSpec[] = [
	...taskMethods,
	...taskActionMethods,
	...taskResultMethods,
	...commentMethods,
	...checklistMethods,
	...elapsedMethods,
	...taskUserFieldMethods,
	...stageMethods,
];
