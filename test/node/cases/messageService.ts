import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import type { CaseTable } from './types';

const json = (items: { json: IDataObject }[]) => items.map((item) => item.json);

const HANDLER = 'https://example.com/sms/send';

function providers(emulator: Emulator, ...codes: string[]): IDataObject {
	for (const code of codes) emulator.seed.call('messageservice.sender.add', { CODE: code, TYPE: 'SMS', HANDLER, NAME: code });
	return { code: codes[0] };
}

const sendersOf = (emulator: Emulator) => emulator.state.messageService.sendersOf(emulator.oauthClient.clientId);

export const messageServiceCases: CaseTable = {
	'smsProvider.create': {
		parameters: () => ({ code: 'my_sms', name: 'My SMS', handler: HANDLER, type: 'SMS', additionalFields: { description: 'Cheap texts' } }),
		sent: () => ({ CODE: 'my_sms', NAME: 'My SMS', HANDLER, TYPE: 'SMS', DESCRIPTION: 'Cheap texts' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(sendersOf(emulator).get('my_sms')).toMatchObject({ name: 'My SMS', handler: HANDLER, description: 'Cheap texts' });
		},
	},
	'smsProvider.getAll': {
		setup: (emulator) => providers(emulator, 'first', 'second'),
		parameters: () => ({}),
		sent: () => ({}),
		output: (items) => expect(json(items)).toEqual([{ code: 'first' }, { code: 'second' }]),
	},
	'smsProvider.update': {
		setup: (emulator) => providers(emulator, 'my_sms'),
		parameters: () => ({ code: 'my_sms', updateFields: { name: 'Better SMS' } }),
		sent: () => ({ CODE: 'my_sms', NAME: 'Better SMS' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(sendersOf(emulator).get('my_sms')).toMatchObject({ name: 'Better SMS', handler: HANDLER });
		},
	},
	'smsProvider.delete': {
		setup: (emulator) => providers(emulator, 'my_sms', 'other'),
		parameters: () => ({ code: 'my_sms' }),
		sent: () => ({ CODE: 'my_sms' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ deleted: true }]);
			expect([...sendersOf(emulator).keys()]).toEqual(['other']);
		},
	},
	'smsProvider.updateMessageStatus': {
		setup: (emulator) => {
			providers(emulator, 'my_sms');
			return emulator.state.messageService.seedMessage({ id: 'msg-17', clientId: emulator.oauthClient.clientId, senderCode: 'my_sms', status: 'queued' });
		},
		parameters: () => ({ code: 'my_sms', messageId: 'msg-17', status: 'delivered' }),
		sent: () => ({ CODE: 'my_sms', MESSAGE_ID: 'msg-17', STATUS: 'delivered' }),
		output: (items, _prepared, emulator) => {
			expect(json(items)).toEqual([{ success: true }]);
			expect(emulator.state.messageService.messages.get('msg-17')?.status).toBe('delivered');
		},
	},
};
