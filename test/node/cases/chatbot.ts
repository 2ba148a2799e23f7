import type { CaseTable } from './types';

export const chatbotCases: CaseTable = {};
