// Turns what a person types into an FTS5 query that cannot be a syntax error: every word
// and "quoted phrase" becomes a quoted FTS5 string, so AND, NEAR, ( and * are plain words
// (a trailing * on a word still means "starts with"). Names of parties and actors widen to
// all their aliases, so "Kyiv" finds what "Kiev" finds, and "Київ" and "Зеленский" find what
// "Kyiv" and "Zelensky" find.

export interface AliasGroup {
  /** Lower-cased single words that name the group. */
  words: Set<string>
  /** Every name of the group, as written (may be several words). */
  names: string[]
}

export const MAX_TERMS = 32

/**
 * Whether a name of a party or actor takes part in search: it needs three letters or digits.
 * Two-letter codes (BY, UA, RU, TR) are words of ordinary English too: with BY, "Belarus"
 * found "hosted by Turkey" and "by no means over", and "by" found Belarus. So such a name is
 * never added to a query and a query word that short never widens (both in toFtsQuery); the
 * codes still name their party where a name is matched whole (?party=BY, /v1/parties/BY).
 */
function isSearchName(name: string): boolean {
  return (name.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 3
}

/** One party's or actor's names as a group, in NFC as queries are read. */
export function aliasGroup(allNames: Iterable<string>): AliasGroup {
  const names = [...new Set([...allNames].map((n) => n.normalize('NFC')))]
  return {
    names,
    // A group is named by its one-word names; "Vladimir" alone names no one in particular.
    // toLowerCase is locale-independent and lowers Cyrillic as FTS5's unicode61 folds it:
    // "КИЇВ" and "Київ" are one word.
    words: new Set(names.filter((n) => !/\s/.test(n)).map((n) => n.toLowerCase()))
  }
}

export class QueryError extends Error {}

interface Term {
  text: string
  prefix: boolean
  phrase: boolean
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`
}

export function parseTerms(input: string): Term[] {
  const terms: Term[] = []
  const pattern = /"([^"]*)"|([\p{L}\p{N}\p{M}]+)(\*)?/gu
  for (const match of input.normalize('NFC').matchAll(pattern)) {
    if (match[1] !== undefined) {
      const words = match[1].match(/[\p{L}\p{N}\p{M}]+/gu)
      if (words) terms.push({ text: words.join(' '), prefix: false, phrase: true })
    } else if (match[2] !== undefined) {
      terms.push({ text: match[2], prefix: match[3] === '*', phrase: false })
    }
  }
  return terms
}

export function toFtsQuery(input: string, groups: AliasGroup[]): string {
  const terms = parseTerms(input)
  if (terms.length === 0) throw new QueryError('q has no words to search for')
  if (terms.length > MAX_TERMS) throw new QueryError(`q has ${terms.length} words; at most ${MAX_TERMS} are searched`)
  return terms
    .map((term) => {
      const own = quote(term.text) + (term.prefix ? '*' : '')
      if (term.phrase || term.prefix || !isSearchName(term.text)) return own
      const key = term.text.toLowerCase()
      const names = new Set(groups.filter((g) => g.words.has(key)).flatMap((g) => g.names.filter(isSearchName)))
      if (names.size === 0) return own
      return `(${[own, ...[...names].map(quote)].join(' OR ')})`
    })
    .join(' AND ')
}
