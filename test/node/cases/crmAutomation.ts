import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const asApp = (emulator: Emulator) => ({ clientId: emulator.oauthClient.clientId });

const addTrigger = (emulator: Emulator, code: string, name: string) =>
	emulator.seed.call('crm.automation.trigger.add', { CODE: code, NAME: name }, asApp(emulator));

const triggers = (emulator: Emulator) => emulator.seed.call('crm.automation.trigger.list', {}, asApp(emulator)).result;

export const crmAutomationCases: CaseTable = {
	'automationTrigger.create': {
		parameters: () => ({ code: 'payment_received', name: 'Payment received' }),
		sent: () => ({ CODE: 'payment_received', NAME: 'Payment received' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(triggers(emulator)).toEqual([{ NAME: 'Payment received', CODE: 'payment_received' }]);
		},
	},
	'automationTrigger.getAll': {
		setup: (emulator) => {
			addTrigger(emulator, 'trigger1', 'Trigger 1');
			addTrigger(emulator, 'trigger2', 'Trigger 2');
			emulator.seed.call('crm.automation.trigger.add', { CODE: 'foreign', NAME: 'Other app' }, { clientId: 'app.other' });
			return {};
		},
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) =>
			expect(json(items)).toEqual([
				{ NAME: 'Trigger 1', CODE: 'trigger1' },
				{ NAME: 'Trigger 2', CODE: 'trigger2' },
			]),
	},
	'automationTrigger.delete': {
		setup: (emulator) => {
			addTrigger(emulator, 'old.one', 'Old');
			addTrigger(emulator, 'kept', 'Kept');
			return {};
		},
		parameters: () => ({ code: 'old.one' }),
		sent: () => ({ CODE: 'old.one' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect(triggers(emulator)).toEqual([{ NAME: 'Kept', CODE: 'kept' }]);
		},
	},
	'automationTrigger.execute': {
		setup: (emulator) => {
			addTrigger(emulator, 'paid', 'Paid');
			return { dealId: emulator.seed.call('crm.deal.add', { fields: { TITLE: 'Order' } }).result as number };
		},
		parameters: ({ dealId }) => ({ code: 'paid', ownerTypeId: 2, ownerId: String(dealId) }),
		sent: ({ dealId }) => ({ CODE: 'paid', OWNER_TYPE_ID: 2, OWNER_ID: dealId }),
		output: (items, { dealId }, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect([...emulator.state.tables.of('crm.automation.trigger.fired').rows.values()]).toEqual([
				expect.objectContaining({ CODE: 'paid', OWNER_TYPE_ID: 2, OWNER_ID: dealId }),
			]);
		},
	},
	'automationTrigger.fireWebhook': {
		parameters: () => ({ target: 'DEAL_25', triggerCode: 'nwly5' }),
		sent: () => ({ target: 'DEAL_25', code: 'nwly5' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect([...emulator.state.tables.of('crm.automation.trigger.fired').rows.values()]).toEqual([
				expect.objectContaining({ CODE: 'nwly5', OWNER_TYPE_ID: 2, OWNER_ID: 25 }),
			]);
		},
	},
};
