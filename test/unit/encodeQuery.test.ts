import { encodeQuery } from '../../nodes/Bitrix24/transport/encodeQuery';

describe('encodeQuery (PHP http_build_query rules used inside batch commands)', () => {
	it('nests objects and arrays in brackets and percent-encodes keys and values', () => {
		expect(
			encodeQuery({ entityTypeId: 2, fields: { title: 'John & Martin', tags: ['a', 'b'] }, filter: { '>id': 10 } }),
		).toBe(
			'entityTypeId=2&fields%5Btitle%5D=John%20%26%20Martin&fields%5Btags%5D%5B0%5D=a&fields%5Btags%5D%5B1%5D=b&filter%5B%3Eid%5D=10',
		);
	});

	it('sends booleans as 1/0 and leaves out null and undefined', () => {
		expect(encodeQuery({ a: true, b: false, c: null, d: undefined, e: 0 })).toBe('a=1&b=0&e=0');
	});
});
