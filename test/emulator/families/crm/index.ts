/** The universal CRM family: crm.item.* and crm.type.*. */
import type { MethodSpec } from '../../types';
import { itemMethods } from './items';
import { typeMethods } from './types';

export const crmMethods: MethodSpec[] = [...itemMethods, ...typeMethods];
export { addItem } from './items';
export { resolveCrmType } from './typeRegistry';
