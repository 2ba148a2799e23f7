/** The official docs' examples for 58 methods (a copy of /work/shared/bitrix24-docs-examples.json). */
import examples from '../fixtures/bitrix24-docs-examples.json';

export interface DocErrorCode {
	code: string;
	http: number | null;
	description: string;
}

export interface DocExample {
	page: string;
	required: string[];
	params: string[];
	exampleRequest: Record<string, unknown> | null;
	exampleResponse: Record<string, unknown>;
	exampleError: Record<string, unknown>;
	errorCodes: DocErrorCode[];
	errorHttp: number[];
	exampleRequestSource?: string;
}

const table = examples as unknown as Record<string, DocExample>;

export const DOC_METHODS = Object.keys(table);

export function docExample(method: string): DocExample {
	const example = table[method];
	if (!example) throw new Error(`No docs example for ${method}`);
	return example;
}
