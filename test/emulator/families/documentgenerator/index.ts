import type { MethodSpec } from '../../types';
import { documentMethods } from './documents';
import { numeratorMethods } from './numerators';
import { regionMethods } from './regions';
import { templateMethods } from './templates';

export const documentGeneratorMethods: MethodSpec[] = [...templateMethods, ...documentMethods, ...numeratorMethods, ...regionMethods];
