/** The application data storage family (`entity.*`, 17 methods). */
import type { MethodSpec } from '../../types';
import { itemMethods } from './items';
import { propertyMethods } from './properties';
import { sectionMethods } from './sections';
import { storageMethods } from './storages';

export const entityMethods: MethodSpec[] = [...storageMethods, ...sectionMethods, ...itemMethods, ...propertyMethods];
