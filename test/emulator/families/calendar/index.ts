/** The calendar family (`calendar.*`, 13 methods). */
import type { MethodSpec } from '../../types';
import { eventMethods } from './events';
import { meetingMethods } from './meetings';
import { sectionMethods } from './sections';

export const calendarMethods: MethodSpec[] = [...sectionMethods, ...eventMethods, ...meetingMethods];
