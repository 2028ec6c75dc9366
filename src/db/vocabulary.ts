// The controlled vocabularies of the data model, shared by the tables, the API schemas and
// the seed's annotation schema so that the three can never disagree.
export const sourceKinds = ['news_article', 'reference_timeline'] as const
export const partyRoles = ['belligerent', 'host', 'mediator'] as const
export const roundPartyRoles = ['participant', 'host', 'mediator'] as const
export const actorTypes = ['person', 'organization'] as const
export const roundFormats = ['in_person', 'video', 'ministerial', 'summit', 'unknown'] as const
export const roundStatuses = ['held', 'ongoing', 'proposed'] as const
export const proposalTypes = ['proposal', 'condition', 'demand', 'assessment'] as const
export const statementModes = ['direct', 'partial', 'indirect'] as const
// What kind of date a range is: one known day; a period the fact lasted (a round held over
// days); a day or days within the range that the sources do not give (said "by" its end);
// on or after a day, with no end; or none at all (a proposed event nobody has scheduled).
export const dateKinds = ['exact', 'period', 'within', 'since', 'unscheduled'] as const
export type DateKind = (typeof dateKinds)[number]
