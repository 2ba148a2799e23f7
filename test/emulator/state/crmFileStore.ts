/** The files CRM file fields hold (b_file rows, not Drive objects): their names and bytes, by id. */
import { Sequence } from './sequence';

export interface CrmFile {
	id: number;
	name: string;
	content: Buffer;
}

export class CrmFileStore {
	readonly files = new Map<number, CrmFile>();
	private readonly ids = new Sequence(30577);

	add(name: string, content: Buffer): CrmFile {
		const file = { id: this.ids.next(), name, content };
		this.files.set(file.id, file);
		return file;
	}

	clear(): void {
		this.files.clear();
		this.ids.reset();
	}
}
