/**
 * Standard crm.item fields per object type, after the docs' "CRM Object Fields"
 * page (api-reference/crm/universal/object-fields.md) and the crm.item.fields example.
 * Spec syntax: `name:type` with `[]` for multiple fields and flags `!ro`, `!req`, `!imm`, `!dep`.
 */

export interface CrmFieldDef {
	name: string;
	type: string;
	title: string;
	isRequired: boolean;
	isReadOnly: boolean;
	isImmutable: boolean;
	isMultiple: boolean;
	isDynamic: boolean;
	isDeprecated?: boolean;
	statusType?: string;
	settings?: Record<string, unknown>;
	/** Custom fields: the labels of the edit form, the list column and the filter. */
	labels?: { formLabel: string; listLabel: string; filterLabel: string };
	/** Enumeration custom fields: their list items. */
	items?: Array<{ ID: string; VALUE: string }>;
}

const TITLES: Record<string, string> = {
	id: 'ID',
	xmlId: 'External code',
	createdTime: 'Created at',
	updatedTime: 'Updated at',
	createdBy: 'Created by',
	updatedBy: 'Updated by',
	assignedById: 'Assigned to',
	opened: 'Publicly available',
	webformId: 'Created by CRM form',
	begindate: 'Start date',
	closedate: 'End date',
	companyId: 'Company',
	contactId: 'Contact',
	contactIds: 'CONTACT_IDS',
	contacts: 'CONTACTS',
	companyIds: 'COMPANY_IDS',
	observers: 'Observers',
	categoryId: 'Pipeline',
	movedTime: 'Moved at',
	movedBy: 'Moved by',
	stageId: 'Stage',
	previousStageId: 'Previous stage',
	sourceId: 'Source',
	sourceDescription: 'Additional source info',
	currencyId: 'Currency',
	isManualOpportunity: 'Amount calculation mode',
	opportunity: 'Amount',
	taxValue: 'Tax amount',
	mycompanyId: 'Your company details',
	lastActivityBy: 'Last activity in timeline by',
	lastActivityTime: 'Last activity',
	entityTypeId: 'Entity type ID',
	utmSource: 'Ad system',
	utmMedium: 'Traffic type',
	utmCampaign: 'Ad campaign UTM',
	utmContent: 'Campaign contents',
	utmTerm: 'Campaign search term',
};

/** `sourceDescription` -> `Source description` when no explicit title is known. */
function titleOf(name: string): string {
	if (TITLES[name]) return TITLES[name];
	const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Link settings the crm.item.fields example shows for company fields. */
const SETTINGS: Record<string, Record<string, unknown>> = {
	companyId: { parentEntityTypeId: 4 },
	mycompanyId: { isMyCompany: true, parentEntityTypeId: 4, isEmbeddedEditorEnabled: true },
};

export function parseFieldSpecs(specs: string): CrmFieldDef[] {
	return specs
		.trim()
		.split(/\s+/)
		.map((spec) => {
			const [head, ...flags] = spec.split('!');
			const [name, rawType] = head.split(':');
			const isMultiple = rawType.endsWith('[]');
			const def: CrmFieldDef = {
				name,
				type: isMultiple ? rawType.slice(0, -2) : rawType,
				title: titleOf(name),
				isRequired: flags.includes('req'),
				isReadOnly: flags.includes('ro'),
				isImmutable: flags.includes('imm'),
				isMultiple,
				isDynamic: false,
			};
			if (flags.includes('dep')) def.isDeprecated = true;
			if (SETTINGS[name]) def.settings = SETTINGS[name];
			return def;
		});
}

const HEAD = 'id:integer!ro createdTime:datetime!ro updatedTime:datetime!ro createdBy:user!ro updatedBy:user!ro assignedById:user opened:boolean webformId:integer';
const TAIL = 'lastActivityBy:user!ro lastActivityTime:datetime!ro utmSource:string utmMedium:string utmCampaign:string utmContent:string utmTerm:string';
const PHONES = 'phoneMobile:string!ro phoneWork:string!ro phoneMailing:string!ro emailHome:string!ro emailWork:string!ro emailMailing:string!ro';

const LEAD = `${HEAD}
	dateCreateShort:datetime!ro dateModifyShort:datetime!ro companyId:crm_company contactId:crm_contact stageId:crm_status
	isConvert:boolean!ro statusDescription:text stageSemanticId:string!ro productId:string!ro!dep opportunity:double
	currencyId:crm_currency sourceId:crm_status sourceDescription:text title:string name:string lastName:string
	secondName:string shortName:string!ro companyTitle:string post:string address:text!dep comments:text
	originatorId:string originId:string dateClosed:datetime!ro birthdate:date honorific:crm_status
	hasPhone:boolean!ro hasEmail:boolean!ro hasImol:boolean!ro login:string!ro!dep isReturnCustomer:boolean
	searchContent:text!ro isManualOpportunity:boolean movedBy:user!ro movedTime:datetime!ro ${PHONES}
	skype:string!ro icq:string!ro imol:string!ro email:string!ro phone:string!ro
	observers:user[] contactIds:crm_contact[] fm:crm_multifield[] ${TAIL}`;

const DEAL = `${HEAD}
	dateCreateShort:datetime!ro dateModifyShort:datetime!ro leadId:crm_lead companyId:crm_company contactId:crm_contact
	quoteId:crm_quote title:string productId:string!ro!dep categoryId:crm_category!imm stageId:crm_status stageSemanticId:string!ro
	isNew:boolean!ro isRecurring:boolean isReturnCustomer:boolean!ro isRepeatedApproach:boolean!ro closed:boolean
	typeId:crm_status opportunity:double isManualOpportunity:boolean taxValue:double currencyId:crm_currency
	probability:integer comments:text begindate:date begindateShort:datetime!ro closedate:date closedateShort:datetime!ro
	eventDate:datetime eventDateShort:datetime!ro eventId:crm_status eventDescription:text locationId:location
	sourceId:crm_status sourceDescription:text originatorId:string originId:string additionalInfo:string
	searchContent:text!ro orderStage:string!ro movedBy:user!ro movedTime:datetime!ro isWork:boolean!ro isWon:boolean!ro
	isLose:boolean!ro receivedAmount:string!ro lostAmount:string!ro hasProducts:boolean!ro
	observers:user[] contactIds:crm_contact[] ${TAIL}`;

const CONTACT = `${HEAD}
	companyId:crm_company sourceId:crm_status sourceDescription:text name:string lastName:string secondName:string
	shortName:string!ro photo:file post:string address:text!dep comments:text leadId:crm_lead export:boolean
	typeId:crm_status originatorId:string originId:string originVersion:string birthdate:date honorific:crm_status
	hasPhone:boolean!ro hasEmail:boolean!ro hasImol:boolean!ro searchContent:text!ro categoryId:crm_category!imm
	login:string!ro!dep ${PHONES} imol:string!ro email:string!ro phone:string!ro
	observers:user[] companyIds:crm_company[] fm:crm_multifield[] ${TAIL}`;

const COMPANY = `${HEAD}
	title:string logo:file address:text!dep addressLegal:text!dep bankingDetails:string comments:text typeId:crm_status
	industry:crm_status revenue:double currencyId:crm_currency employees:crm_status leadId:crm_lead originatorId:string
	originId:string originVersion:string hasPhone:boolean!ro hasEmail:boolean!ro hasImol:boolean!ro isMyCompany:boolean
	searchContent:text!ro categoryId:crm_category!imm ${PHONES} imol:string!ro email:string!ro phone:string!ro
	ufLogo:file ufStamp:file ufDirectorSign:file ufAccountantSign:file
	observers:user[] contactIds:crm_contact[] fm:crm_multifield[] ${TAIL}`;

const QUOTE = `${HEAD}
	dateCreateShort:datetime!ro dateModifyShort:datetime!ro leadId:crm_lead dealId:crm_deal companyId:crm_company
	contactId:crm_contact personTypeId:integer mycompanyId:crm_company title:string stageId:crm_status closed:boolean
	opportunity:double isManualOpportunity:boolean taxValue:double currencyId:crm_currency comments:text
	commentsType:integer begindate:date begindateShort:datetime!ro closedate:date closedateShort:datetime!ro
	quoteNumber:string content:text contentType:integer terms:text termsType:integer storageTypeId:integer
	storageElementIds:integer[] locationId:location clientTitle:string clientAddr:string clientContact:string
	clientEmail:string clientPhone:string clientTpId:string clientTpaId:string searchContent:text!ro
	hasProducts:boolean!ro actualDate:date contactIds:crm_contact[] ${TAIL}`;

const SMART_INVOICE = `${HEAD}
	xmlId:string title:string movedBy:user!ro movedTime:datetime!ro categoryId:crm_category!imm stageId:crm_status
	previousStageId:crm_status!ro begindate:date closedate:date companyId:crm_company contactId:crm_contact
	opportunity:double isManualOpportunity:boolean taxValue:double currencyId:crm_currency mycompanyId:crm_company
	sourceId:crm_status sourceDescription:text comments:text accountNumber:string locationId:location
	observers:user[] contactIds:crm_contact[] ${TAIL}`;

/** The field set of the docs' crm.item.fields example for an SPA (parentId fields come from relations). */
const SPA = `id:integer!ro title:string xmlId:string createdTime:datetime!ro updatedTime:datetime!ro createdBy:user!ro
	updatedBy:user!ro assignedById:user opened:boolean!req webformId:integer begindate:date closedate:date
	companyId:crm_company contactId:crm_contact!dep contactIds:crm_contact[] contacts:crm_contact[] observers:user[]
	categoryId:crm_category movedTime:datetime!ro movedBy:user!ro stageId:crm_status previousStageId:crm_status!ro
	sourceId:crm_status sourceDescription:text currencyId:crm_currency isManualOpportunity:boolean opportunity:double
	taxValue:double mycompanyId:crm_company lastActivityBy:user!ro lastActivityTime:datetime!ro`;

export const SPA_FIELD_TITLES: Record<string, string> = { title: 'Name' };

export const BUILT_IN_FIELDS: Record<number, CrmFieldDef[]> = {
	1: parseFieldSpecs(LEAD),
	2: parseFieldSpecs(DEAL),
	3: parseFieldSpecs(CONTACT),
	4: parseFieldSpecs(COMPANY),
	7: parseFieldSpecs(QUOTE),
	31: parseFieldSpecs(SMART_INVOICE),
};

export const SPA_FIELDS: CrmFieldDef[] = parseFieldSpecs(SPA).map((def) => (SPA_FIELD_TITLES[def.name] ? { ...def, title: SPA_FIELD_TITLES[def.name] } : def));
