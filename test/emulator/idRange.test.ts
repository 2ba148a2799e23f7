import { narrowByIdBounds } from './idRange';

const rows = [2, 3, 5, 8, 13, 21, 34].map((id) => ({ id }));
const ids = (filter: unknown) => narrowByIdBounds(rows, filter, (row) => row.id).map((row) => row.id);

describe('narrowByIdBounds', () => {
	it('keeps exactly the rows inside the id bounds of a filter', () => {
		expect(ids({ '>id': 5 })).toEqual([8, 13, 21, 34]);
		expect(ids({ '>=id': '5', '<id': 21 })).toEqual([5, 8, 13]);
		expect(ids({ '<=ID': 3 })).toEqual([2, 3]);
		expect(ids({ '>id': 34 })).toEqual([]);
	});

	it('leaves rows alone when the filter has no id bound', () => {
		expect(ids({ title: 'x', '>opportunity': 5 })).toEqual([2, 3, 5, 8, 13, 21, 34]);
		expect(ids(undefined)).toEqual([2, 3, 5, 8, 13, 21, 34]);
	});
});
