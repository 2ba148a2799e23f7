import type { IDataObject } from 'n8n-workflow';

import { sleep } from './clock';

/**
 * What a user builds today with n8n's HTTP Request node in a loop: one request per item (or
 * per page), one after the other, with the node's "Retry On Fail" (5 tries, 1 s apart).
 */
export class NaiveClient {
	rateLimitErrors = 0;

	failures = 0;

	constructor(
		private readonly webhookUrl: string,
		private readonly retryWaitMs: number,
	) {}

	async call(method: string, params: IDataObject): Promise<IDataObject | undefined> {
		for (let attempt = 1; attempt <= 5; attempt++) {
			const answer = await this.post(method, params);
			if (answer.ok) return answer.body;
			if (answer.body?.error === 'QUERY_LIMIT_EXCEEDED') this.rateLimitErrors++;
			await sleep(this.retryWaitMs);
		}
		this.failures++;
		return undefined;
	}

	private async post(method: string, params: IDataObject): Promise<{ ok: boolean; body?: IDataObject }> {
		try {
			const response = await fetch(`${this.webhookUrl}${method}`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(params),
			});
			return { ok: response.ok, body: (await response.json()) as IDataObject };
		} catch {
			return { ok: false };
		}
	}

	/** Page after page with `start`, as the docs' first example shows. */
	async readAll(method: string, params: IDataObject, rowsKey: string): Promise<IDataObject[]> {
		const rows: IDataObject[] = [];
		let start: number | undefined = 0;
		while (start !== undefined) {
			const page = await this.call(method, { ...params, start });
			if (!page) break;
			rows.push(...(((page.result as IDataObject)[rowsKey] as IDataObject[]) ?? []));
			start = page.next === undefined ? undefined : Number(page.next);
		}
		return rows;
	}
}
