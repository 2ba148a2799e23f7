/** Calendars (`calendar.*`): sections (calendars) of users, groups and the company, and their events. */
import { Sequence } from './sequence';

export interface CalendarSection {
	id: number;
	calType: string;
	ownerId: number;
	name: string;
	description: string;
	color: string;
	textColor: string;
	exportAllow: boolean;
	createdBy: number;
	createdMs: number;
	modifiedMs: number;
}

export interface CalendarAttendee {
	userId: number;
	/** H host, Y accepted, N declined, Q invited without an answer. */
	status: 'H' | 'Y' | 'N' | 'Q';
}

export interface CalendarEvent {
	id: number;
	calType: string;
	ownerId: number;
	sectionId: number;
	name: string;
	fromMs: number;
	toMs: number;
	skipTime: boolean;
	tzFrom: string;
	tzTo: string;
	description: string;
	color: string;
	textColor: string;
	accessibility: string;
	importance: string;
	privateEvent: boolean;
	location: string;
	remind: unknown[];
	rrule: unknown;
	isMeeting: boolean;
	hostId: number;
	attendees: CalendarAttendee[];
	crmFields: string[];
	createdBy: number;
	createdMs: number;
	modifiedMs: number;
}

/** A bookable resource (meeting room, equipment). */
export interface CalendarResource {
	id: number;
	name: string;
	createdBy: number;
}

export class CalendarStore {
	readonly sections = new Map<number, CalendarSection>();
	readonly events = new Map<number, CalendarEvent>();
	readonly resources = new Map<number, CalendarResource>();
	readonly sectionIds = new Sequence(190);
	readonly eventIds = new Sequence(1246);
	readonly resourceIds = new Sequence(197);

	clear(): void {
		this.sections.clear();
		this.events.clear();
		this.resources.clear();
		this.sectionIds.reset();
		this.eventIds.reset();
		this.resourceIds.reset();
	}
}
