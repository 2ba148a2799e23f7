/** Document generator: templates, the documents made from them, numerators and custom regions. */
import type { Dict } from '../php';
import { Sequence } from './sequence';

export interface DocgenTemplate {
	id: number;
	name: string;
	code: string;
	region: string;
	numeratorId: number;
	fileId: number;
	users: string[];
	active: 'Y' | 'N';
	withStamps: 'Y' | 'N';
	sort: number;
	createdBy: number;
	updatedBy: number;
	createdMs: number;
	updatedMs: number;
	isDeleted: boolean;
	/** The placeholders of the .docx (the emulator reads no files: tests name them). */
	placeholders: string[];
}

export interface DocgenDocument {
	id: number;
	templateId: number;
	value: string;
	values: Dict;
	number: string;
	title: string;
	stampsEnabled: boolean;
	createdBy: number;
	updatedBy: number | null;
	createdMs: number;
	updatedMs: number;
	publicUrl: string | null;
}

export interface DocgenNumerator {
	id: number;
	name: string;
	template: string;
	settings: Dict;
	/** Only numerators added through documentgenerator.numerator.add may be changed over REST. */
	viaRest: boolean;
	issued: number;
}

export interface DocgenRegion {
	id: number;
	title: string;
	languageId: string;
	formatDate: string;
	formatDatetime: string;
	formatName: string;
	phrases: Dict;
}

/** The pre-installed regions, by code. */
export const BUILT_IN_REGIONS: Dict[] = [
	{ code: 'de', title: 'Germany', languageId: 'de' },
	{ code: 'uk', title: 'United Kingdom', languageId: 'en' },
	{ code: 'br', title: 'Brazil', languageId: 'br' },
	{ code: 'sp', title: 'Spain', languageId: 'la' },
	{ code: 'mx', title: 'Mexico', languageId: 'la' },
];

export class DocgenStore {
	readonly templates = new Map<number, DocgenTemplate>();
	readonly documents = new Map<number, DocgenDocument>();
	readonly numerators = new Map<number, DocgenNumerator>();
	readonly regions = new Map<number, DocgenRegion>();
	readonly templateIds = new Sequence();
	readonly documentIds = new Sequence();
	readonly numeratorIds = new Sequence();
	readonly regionIds = new Sequence();

	constructor() {
		this.seedDefaults();
	}

	/** Test data: a template as if its .docx had been uploaded, with the placeholders the file holds. */
	seedTemplate(seed: Partial<DocgenTemplate> & Pick<DocgenTemplate, 'name'>, nowMs: number): DocgenTemplate {
		const id = this.templateIds.next();
		const template: DocgenTemplate = {
			id,
			code: '',
			region: 'de',
			numeratorId: 1,
			fileId: 5000 + id,
			users: ['UA'],
			active: 'Y',
			withStamps: 'N',
			sort: 500,
			createdBy: 1,
			updatedBy: 1,
			createdMs: nowMs,
			updatedMs: nowMs,
			isDeleted: false,
			placeholders: [],
			...seed,
		};
		this.templates.set(id, template);
		return template;
	}

	clear(): void {
		this.templates.clear();
		this.documents.clear();
		this.numerators.clear();
		this.regions.clear();
		for (const ids of [this.templateIds, this.documentIds, this.numeratorIds, this.regionIds]) ids.reset();
		this.seedDefaults();
	}

	/** Every portal has the numerator "General Number", which REST may use but not change. */
	private seedDefaults(): void {
		const id = this.numeratorIds.next();
		this.numerators.set(id, {
			id,
			name: 'General Number',
			template: '{NUMBER}',
			settings: {
				Bitrix_Main_Numerator_Generator_SequentNumberGenerator: {
					step: 1,
					length: 0,
					padString: '0',
					periodicBy: null,
					timezone: null,
					isDirectNumeration: false,
				},
			},
			viaRest: false,
			issued: 0,
		});
	}
}
