/** The calendar family (`calendar.*`, 17 methods). */
import type { MethodSpec } from '../../types';
import { eventMethods } from './events';
import { meetingMethods } from './meetings';
import { resourceMethods } from './resources';
import { sectionMethods } from './sections';

export const calendarMethods: MethodSpec[] = [...sectionMethods, ...eventMethods, ...meetingMethods, ...resourceMethods];
