import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const HANDLER = 'https://example.com/bitrix/events';

function bound(emulator: Emulator): IDataObject {
	emulator.seed.call('event.bind', { event: 'ONCRMDEALADD', handler: HANDLER });
	emulator.seed.call('event.bind', { event: 'ONCRMLEADADD', handler: HANDLER, auth_type: 2 });
	return {};
}

export const eventCases: CaseTable = {
	'event.bind': {
		parameters: () => ({ event: 'ONCRMDEALADD', handler: HANDLER, authType: 2 }),
		sent: () => ({ event: 'ONCRMDEALADD', handler: HANDLER, auth_type: 2, event_type: 'online' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.events.bindings).toEqual([expect.objectContaining({ event: 'ONCRMDEALADD', handler: HANDLER, authType: 2, offline: false })]);
		},
	},
	'event.unbind': {
		setup: bound,
		parameters: () => ({ event: 'ONCRMDEALADD', handler: HANDLER }),
		sent: () => ({ event: 'ONCRMDEALADD', handler: HANDLER }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ count: 1 }]);
			expect(emulator.events.bindings.map((binding) => binding.event)).toEqual(['ONCRMLEADADD']);
		},
	},
	'event.getAll': {
		setup: bound,
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) =>
			expect(json(items)).toEqual([
				{ event: 'ONCRMDEALADD', handler: HANDLER, auth_type: '0', offline: 0 },
				{ event: 'ONCRMLEADADD', handler: HANDLER, auth_type: '2', offline: 0 },
			]),
	},
};
