/** The CRM timeline: comments, notes, bindings of records to CRM items, log messages and pins. */
import type { MethodSpec } from '../../types';
import { timelineBindingMethods } from './bindings';
import { timelineCommentMethods } from './comments';
import { timelineLogMessageMethods } from './logMessages';
import { timelineNoteMethods } from './notes';
import { timelinePinMethods } from './pins';

export const crmTimelineMethods: MethodSpec[] = [
	...timelineCommentMethods,
	...timelineNoteMethods,
	...timelineBindingMethods,
	...timelineLogMessageMethods,
	...timelinePinMethods,
];
