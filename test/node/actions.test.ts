import { CATALOG } from '../../nodes/Bitrix24/catalog';

// The editor's node creator lists these texts, and n8n names a node added from it after its
// action (seen in n8n 2.41.1: "Get many a CRM items").
describe('action texts', () => {
	const actions = CATALOG.flatMap((resource) => resource.operations.map((operation) => operation.action));

	it('put no article before a plural', () => {
		expect(actions.filter((action) => /\ban? [\w -]+s$/.test(action) && /^Get many /.test(action))).toEqual([]);
	});

	it('read naturally for CRM and smart-process items', () => {
		expect(actions).toEqual(expect.arrayContaining(['Get many CRM items', 'Get many smart-process items', 'Create a CRM item']));
	});
});
