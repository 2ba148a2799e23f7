/** The crm.type.fields description, after the docs' example answer. */
import { CrmFieldDef, parseFieldSpecs } from './fieldCatalog';

const TYPE_FIELD_SPECS = `id:integer!ro title:string!req code:string createdBy:user!ro entityTypeId:integer!req!imm
	customSectionId:integer!imm isCategoriesEnabled:boolean isStagesEnabled:boolean isBeginCloseDatesEnabled:boolean
	isClientEnabled:boolean isUseInUserfieldEnabled:boolean isLinkWithProductsEnabled:boolean isMycompanyEnabled:boolean
	isDocumentsEnabled:boolean isSourceEnabled:boolean isObserversEnabled:boolean isRecyclebinEnabled:boolean
	isAutomationEnabled:boolean isBizProcEnabled:boolean isSetOpenPermissions:boolean createdTime:datetime
	updatedTime:datetime updatedBy:user!ro`;

const TYPE_FIELD_TITLES: Record<string, string> = {
	id: 'ID',
	title: 'Title',
	code: 'Symbolic Code',
	createdBy: 'Created By',
	entityTypeId: 'Type Identifier',
	customSectionId: 'Digital Workspace',
	isCategoriesEnabled: 'Use custom funnels and sales tunnels in the smart process',
	isStagesEnabled: 'Use custom stages and Kanban in the smart process',
	isBeginCloseDatesEnabled: "Fields 'Start Date' and 'End Date'",
	isClientEnabled: "Field 'Client'",
	isUseInUserfieldEnabled: 'Use in user field',
	isLinkWithProductsEnabled: 'Link with catalog products',
	isMycompanyEnabled: "Field 'Your Company Details'",
	isDocumentsEnabled: 'Document Printing',
	isSourceEnabled: "Fields 'Source' and 'Additional Information about Source'",
	isObserversEnabled: "Field 'Observers'",
	isRecyclebinEnabled: 'Use Recycle Bin',
	isAutomationEnabled: 'Use Automation rules and triggers in the smart process',
	isBizProcEnabled: 'Use business process designer in the smart process',
	isSetOpenPermissions: 'Make new funnels available to everyone',
	createdTime: 'Creation Date',
	updatedTime: 'Modification Date',
	updatedBy: 'Modified By',
};

export const TYPE_FIELDS: CrmFieldDef[] = parseFieldSpecs(TYPE_FIELD_SPECS).map((def) => ({
	...def,
	title: TYPE_FIELD_TITLES[def.name] ?? def.title,
}));
