import { flag, json, text } from './fields';
import type { CatalogResource } from './types';

const method = {
	...text('method', 'Method', '', {
		required: true,
		placeholder: 'e.g. crm.deal.list',
		hint: 'E.g. crm.deal.list, crm.item.get, tasks.task.add, user.get, im.message.add, disk.folder.getchildren',
		description: 'Name of the Bitrix24 REST method, as in the REST docs: letters, digits, dots and underscores.',
	}),
	kind: 'method' as const,
	to: undefined,
};

export const callAnyMethod: CatalogResource = {
	value: 'custom',
	name: 'Call Any Method',
	description: 'Any Bitrix24 REST method by name, with its parameters as JSON',
	operations: [
		{
			value: 'call',
			name: 'Call Method',
			action: 'Call any REST method',
			description: 'Call a Bitrix24 REST method the other resources do not cover',
			method: 'server.time',
			fields: [
				method,
				json('parameters', 'Parameters (JSON)', '', {
					description: 'The parameters of the method, e.g. {"filter": {"STAGE_ID": "WON"}, "select": ["ID", "TITLE"]}.',
				}),
				{
					...flag('returnAll', 'Return All', '', {
						description:
							'Whether to read every page of a list method (50 rows a page, following "next"); off returns the first page only',
					}),
					to: undefined,
				},
			],
			output: { kind: 'record' },
			pagesOnRequest: true,
			batchable: false,
			retrySafe: false,
		},
	],
};
