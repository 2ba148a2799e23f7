/** The universal lists family (`lists.*`, 18 methods). */
import type { MethodSpec } from '../../types';
import { elementMethods } from './elements';
import { fieldMethods } from './fields';
import { listMethods } from './lists';
import { sectionMethods } from './sections';

export const listsMethods: MethodSpec[] = [...listMethods, ...sectionMethods, ...fieldMethods, ...elementMethods];
