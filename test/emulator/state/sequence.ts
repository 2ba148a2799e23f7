/** An id counter; ids are never reused, like auto-increment columns. */
export class Sequence {
	private last: number;

	constructor(private readonly first = 1) {
		this.last = first - 1;
	}

	next(): number {
		this.last += 1;
		return this.last;
	}

	/** Makes sure later ids are greater than an id chosen by a seed. */
	bump(used: number): void {
		if (used > this.last) this.last = used;
	}

	reset(): void {
		this.last = this.first - 1;
	}
}
