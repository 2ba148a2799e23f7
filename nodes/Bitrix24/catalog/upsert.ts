import { choice, text } from './fields';
import type { CatalogField, CatalogOperation, CrmApi } from './types';

interface UpsertShape {
	/** "a deal" */
	one: string;
	crm: CrmApi;
	/** Whether the record has phones and e-mails to match on. */
	communications: boolean;
	/** The field choosing the entity type, for the universal methods. */
	entityType?: CatalogField;
	/** The fields the operation writes. */
	fields: CatalogField[];
	/** How a custom field is named in this API, for the placeholder. */
	fieldExample: string;
}

function matchFields({ communications, fieldExample }: UpsertShape): CatalogField[] {
	const byContact = [
		{ name: 'Email', value: 'email', description: 'Find it by e-mail through the duplicate search' },
		{ name: 'Phone', value: 'phone', description: 'Find it by phone through the duplicate search' },
	];
	const options = [
		{ name: 'Another Field', value: 'field', description: 'Find it by the value of a field you name' },
		...(communications ? byContact : []),
		{ name: 'ID', value: 'id', description: 'Update the record with this ID if it exists' },
	];
	return [
		choice('matchBy', 'Match By', 'match.by', options, {
			default: communications ? 'email' : 'field',
			description: 'How to find the record to update; when none is found one is created',
		}),
		text('matchField', 'Field to Match', 'match.field', {
			placeholder: `e.g. ${fieldExample}`,
			description: 'Code of the field whose value must equal Value to Match',
			displayOptions: { show: { matchBy: ['field'] } },
		}),
		text('matchValue', 'Value to Match', 'match.value', {
			required: true,
			description: 'The e-mail, phone, field value or ID to look for; a created record gets it too',
		}),
		choice(
			'ifSeveral',
			'If Several Match',
			'match.several',
			[
				{ name: 'Stop With an Error', value: 'error' },
				{ name: 'Update All', value: 'updateAll' },
			],
			{ description: 'What to do when more than one record matches' },
		),
	];
}

/** "Create or Update" of one kind of CRM record; execute/upsert.ts runs it. */
export function upsertOperation(shape: UpsertShape): CatalogOperation {
	return {
		value: 'upsert',
		name: 'Create or Update',
		action: `Create or update ${shape.one}`,
		description: 'Create a new record, or update the current one if it already exists (upsert)',
		method: shape.crm.api === 'item' ? 'crm.item.add' : `crm.${shape.crm.entity}.add`,
		fields: [...(shape.entityType ? [shape.entityType] : []), ...matchFields(shape), ...shape.fields],
		output: { kind: 'record' },
		routine: { kind: 'upsert', ...shape.crm },
		batchable: false,
		retrySafe: false,
	};
}
