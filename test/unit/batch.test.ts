import { batchParams, splitBatchResult } from '../../nodes/Bitrix24/transport/batch';

const calls = [
	{ method: 'crm.item.add', params: { entityTypeId: 2, fields: { title: 'A' } } },
	{ method: 'crm.item.add', params: { entityTypeId: 2, fields: { title: 'B' } } },
	{ method: 'crm.item.add', params: { entityTypeId: 2, fields: { title: 'C' } } },
];

describe('batch commands', () => {
	it('encodes each call as method?query and passes halt', () => {
		expect(batchParams(calls.slice(0, 1), false)).toEqual({
			halt: 0,
			cmd: ['crm.item.add?entityTypeId=2&fields%5Btitle%5D=A'],
		});
		expect(batchParams(calls.slice(0, 1), true).halt).toBe(1);
	});

	it('maps a JSON-array answer back to each command in order', () => {
		const outcomes = splitBatchResult(
			{ result: [{ item: { id: 1 } }, { item: { id: 2 } }, { item: { id: 3 } }], result_error: [], result_total: [] },
			calls,
		);
		expect(outcomes.map((outcome) => outcome.ok && outcome.result)).toEqual([
			{ item: { id: 1 } },
			{ item: { id: 2 } },
			{ item: { id: 3 } },
		]);
	});

	it('reads an object-keyed answer with gaps and keeps each error with its own command', () => {
		const outcomes = splitBatchResult(
			{
				result: { '0': { item: { id: 1 } }, '2': { item: { id: 3 } } },
				result_error: { '1': { error: 'NOT_FOUND', error_description: 'Item not found' } },
				result_total: { '0': 7 },
			},
			calls,
		);
		expect(outcomes[0]).toEqual({ ok: true, result: { item: { id: 1 } }, total: 7, next: undefined });
		expect(outcomes[1].ok).toBe(false);
		expect(!outcomes[1].ok && [outcomes[1].error.code, outcomes[1].error.description]).toEqual([
			'NOT_FOUND',
			'Item not found',
		]);
		expect(outcomes[2].ok).toBe(true);
	});

	it('reports commands that a halted batch never ran', () => {
		const outcomes = splitBatchResult(
			{ result: [{ item: { id: 1 } }], result_error: { '1': { error: 'X', error_description: 'bad' } } },
			calls,
		);
		expect(!outcomes[2].ok && outcomes[2].error.code).toBe('NOT_EXECUTED');
	});
});
