// The controlled vocabularies of the data model, shared by the tables, the API schemas and
// the seed's annotation schema so that the three can never disagree.
export const sourceKinds = ['news_article', 'reference_timeline'] as const
export const partyRoles = ['belligerent', 'host', 'mediator'] as const
export const roundPartyRoles = ['participant', 'host', 'mediator'] as const
export const actorTypes = ['person', 'organization'] as const
export const roundFormats = ['in_person', 'video', 'ministerial', 'summit', 'unknown'] as const
export const roundStatuses = ['held', 'ongoing', 'proposed'] as const
export const proposalTypes = ['proposal', 'condition', 'demand'] as const
export const statementModes = ['direct', 'partial', 'indirect'] as const
