// The verbs that report speech ("said", "told", "warned" …), as a regular expression's
// alternatives: what makes a clause an attribution, and a name beside one a speaker.
export const VERB =
  '(?:said|says|say|told|tells|stated|states|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|insisted|insists|warned|warns|claimed|claims|argued|argues|announced|announces|confirmed|confirms|indicated|indicates|explained|explains|acknowledged|acknowledges|admitted|admits|suggested|suggests|maintained|maintains|reiterated|reiterates|replied|replies|responded|wrote|writes|declared|declares|assured|assures|predicted|predicts|urged|urges|denied|denies|asserted|asserts|observed|remarked|commented|conceded|cautioned|pledged|promised|vowed|recalled|countered|complained|believes|believed|reported|signalled|signaled|accused|proposed|described|dismissed|demanded|demands)'

/** The end of an attribution, a date of it to follow: "said", "told reporters", "said in a statement". */
export const ATTRIBUTED = new RegExp(`\\b${VERB}(?:\\s+(?:in a statement|in an interview|reporters|journalists|(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*))?\\s*$`, 'u')
