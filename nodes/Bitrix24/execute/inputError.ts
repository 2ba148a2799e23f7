/** A parameter of one input item that cannot be sent; found before any request. */
export class InputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InputError';
	}
}
