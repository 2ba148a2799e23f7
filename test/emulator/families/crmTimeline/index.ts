/** The CRM timeline: comments, notes, bindings of records to CRM items, and log messages. */
import type { MethodSpec } from '../../types';
import { timelineBindingMethods } from './bindings';
import { timelineCommentMethods } from './comments';
import { timelineLogMessageMethods } from './logMessages';
import { timelineNoteMethods } from './notes';

export const crmTimelineMethods: MethodSpec[] = [
	...timelineCommentMethods,
	...timelineNoteMethods,
	...timelineBindingMethods,
	...timelineLogMessageMethods,
];
