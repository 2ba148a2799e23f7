import { Bitrix24Error } from '../../nodes/Bitrix24/transport/errors';
import { classify } from '../../nodes/Bitrix24/transport/retryPolicy';

const failure = (code: string, status?: number) => new Bitrix24Error(code, '', status, 'crm.item.add');

describe('which failures are retried', () => {
	it('always retries a rate-limit refusal: the method never ran', () => {
		expect(classify(failure('QUERY_LIMIT_EXCEEDED', 503), false)).toBe('rateLimited');
	});

	it('retries server and network failures only for calls that are safe to repeat', () => {
		expect(classify(failure('INTERNAL_SERVER_ERROR', 500), true)).toBe('transient');
		expect(classify(failure('INTERNAL_SERVER_ERROR', 500), false)).toBe('final');
		expect(classify(failure('ECONNRESET'), true)).toBe('transient');
		expect(classify(failure('ECONNRESET'), false)).toBe('final');
		expect(classify(failure('ECONNREFUSED'), false)).toBe('transient');
	});

	it('never retries refusals that repeating cannot fix', () => {
		expect(classify(failure('OVERLOAD_LIMIT', 503), true)).toBe('final');
		expect(classify(failure('OPERATION_TIME_LIMIT', 429), true)).toBe('final');
		expect(classify(failure('NOT_FOUND', 400), true)).toBe('final');
		expect(classify(new Error('x'), true)).toBe('final');
	});
});
