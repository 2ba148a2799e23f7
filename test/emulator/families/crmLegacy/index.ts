/** The classic CRM family: crm.deal/lead/contact/company.* and their userfield methods. */
import type { MethodSpec } from '../../types';
import { duplicateMethods } from './duplicates';
import { legacyRecordMethods } from './records';
import { legacyUserFieldMethods } from './userFields';

export const crmLegacyMethods: MethodSpec[] = [...legacyRecordMethods, ...legacyUserFieldMethods, ...duplicateMethods];
