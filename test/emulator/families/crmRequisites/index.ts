/** Requisites and what hangs off them: presets, bank details, addresses and the links to deals and other records. */
import type { MethodSpec } from '../../types';
import { addressMethods } from './addresses';
import { bankDetailMethods } from './bankDetails';
import { linkMethods } from './links';
import { presetMethods } from './presets';
import { requisiteMethods } from './requisites';

export const crmRequisiteMethods: MethodSpec[] = [...requisiteMethods, ...presetMethods, ...bankDetailMethods, ...addressMethods, ...linkMethods];
