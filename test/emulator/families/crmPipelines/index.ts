/** Pipelines (crm.category.*) and the CRM dictionaries with their stages (crm.status.*). */
import type { MethodSpec } from '../../types';
import { categoryMethods } from './categories';
import { statusMethods } from './statuses';

export const crmPipelineMethods: MethodSpec[] = [...categoryMethods, ...statusMethods];
