import type { CaseTable } from './types';

export const openLinesCases: CaseTable = {};
