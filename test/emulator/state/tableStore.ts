/** Rows of the families that keep plain records (`crm.requisite`, `crm.activity`, ...), one table per family. */
import type { Dict } from '../php';
import { Sequence } from './sequence';

export interface Table {
	rows: Map<number, Dict>;
	ids: Sequence;
}

export class TableStore {
	private readonly tables = new Map<string, Table>();

	/** The table of a family, created empty on first use. */
	of(name: string): Table {
		let table = this.tables.get(name);
		if (!table) {
			table = { rows: new Map(), ids: new Sequence() };
			this.tables.set(name, table);
		}
		return table;
	}

	clear(): void {
		this.tables.clear();
	}
}
