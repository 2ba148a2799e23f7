import type { CaseTable } from './types';

export const callAnyMethodCases: CaseTable = {
	'custom.call': {
		setup: (emulator) => ({ dealId: emulator.seed.crmItem(2, { title: 'Big deal', opportunity: 5000 }) }),
		parameters: (prepared) => ({ method: ' crm.deal.get ', parameters: JSON.stringify({ id: prepared.dealId }) }),
		method: 'crm.deal.get',
		sent: (prepared) => ({ id: prepared.dealId }),
		output: (items, prepared) => {
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ ID: String(prepared.dealId), TITLE: 'Big deal', OPPORTUNITY: '5000.00' });
		},
	},
};
