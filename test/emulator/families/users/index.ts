/** Users and the company structure (`user.*`, `department.*`). */
import type { MethodSpec } from '../../types';
import { departmentMethods } from './departments';
import { userMethods } from './users';

export const userFamilyMethods: MethodSpec[] = [...userMethods, ...departmentMethods];
