/** Custom fields of the legacy CRM entities (`crm.deal.userfield.*` and siblings), keyed by id. */
import { Sequence } from './sequence';

export interface CrmUserFieldRecord {
	id: number;
	/** `CRM_DEAL`, `CRM_LEAD`, `CRM_CONTACT`, `CRM_COMPANY`. */
	entityId: string;
	values: Record<string, unknown>;
}

export class CrmUserFieldStore {
	readonly fields = new Map<number, CrmUserFieldRecord>();
	readonly ids = new Sequence(6997);
	readonly enumIds = new Sequence(3157);

	clear(): void {
		this.fields.clear();
		this.ids.reset();
		this.enumIds.reset();
	}
}
