// The rules every fact obeys, whoever writes it: the seeder, the write endpoints, ingest.
import type { DateKind } from '../db/vocabulary.js'
import { SPAN_JOINER, type EvidenceRow } from './evidence.js'

// Punctuation that closes the reporter's sentence, not the speaker's words: “… in years.”
const CLOSING = '.,;:'

/** The quotation marks a quote may stand in, opening and closing: English, straight, French, German, British single. */
export const QUOTE_MARKS: readonly (readonly [string, string])[] = [['“', '”'], ['"', '"'], ['«', '»'], ['„', '“'], ['‘', '’']]

/**
 * A statement's mode and quote agree, and the quote is the words inside quotation marks,
 * without the sentence's trailing punctuation that the article puts inside them.
 */
export function quoteProblems(mode: 'direct' | 'partial' | 'indirect', text: string, quote: string | null): string[] {
  const problems: string[] = []
  if ((mode === 'indirect') !== (quote === null)) {
    problems.push(`a ${mode} statement ${mode === 'indirect' ? 'has no' : 'needs a'} quote`)
  }
  if (quote === null) return problems
  if (CLOSING.includes(quote.at(-1) ?? '')) {
    problems.push(`its quote ${JSON.stringify(quote)} ends with the sentence's punctuation: quote the words without it`)
  }
  const inside = [...CLOSING, ''].some((p) => QUOTE_MARKS.some(([open, close]) => text.includes(`${open}${quote}${p}${close}`)))
  if (!inside) problems.push(`its quote ${JSON.stringify(quote)} is not the words inside quotation marks in its text`)
  return problems
}

/** The words lie within one of the located evidence spans (when there are any to check). */
export function withinEvidence(words: string, spans: string[]): boolean {
  return spans.length === 0 || spans.some((span) => span.includes(words))
}

/** A date's kind agrees with its bounds; `unscheduled` only where the fact may have no day. */
export function dateProblems(d: { earliest: string | null; latest: string | null; kind: DateKind }, mayBeUnscheduled: boolean): string[] {
  const { earliest, latest, kind } = d
  const holds: Record<DateKind, boolean> = {
    exact: earliest !== null && latest === earliest,
    period: earliest !== null && latest !== null && latest > earliest,
    within: earliest !== null && latest !== null && latest > earliest,
    since: earliest !== null && latest === null,
    unscheduled: earliest === null && latest === null
  }
  const needs: Record<DateKind, string> = {
    exact: 'earliest and latest the same day',
    period: 'latest after earliest',
    within: 'latest after earliest',
    since: 'an earliest day and no latest',
    unscheduled: 'no earliest and no latest day'
  }
  const problems: string[] = []
  if (!holds[kind]) problems.push(`a date of kind "${kind}" needs ${needs[kind]}`)
  if (kind === 'unscheduled' && !mayBeUnscheduled) problems.push('only a proposed round may be unscheduled; what was said or tabled has a day, if only a range')
  return problems
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const wordsPattern = (names: string[]) => {
  const words = names.filter((n) => n.length >= 3).map(escapeRegExp)
  return words.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu')
}

/**
 * The party a text is about in the first place: the one named first, by a name or alias or
 * by one of the people and bodies speaking for it ("Kiev handing Moscow its proposals" is
 * Kyiv's act; "Medinsky said Russia saw that Ukraine had taken…" is Russia's words). Names
 * of fewer than three letters (codes) and other words are not read.
 */
function firstNamed(text: string, names: Map<string, string[]>): string | undefined {
  let first: { at: number; party: string } | undefined
  for (const [party, list] of names) {
    const at = wordsPattern(list)?.exec(text)?.index
    if (at !== undefined && (first === undefined || at < first.at)) first = { at, party }
  }
  return first?.party
}

/**
 * The attribution rule: a proposal is a party's only when the words it rests on say whose
 * it is, not by a link alone: some evidence item must name the party (or someone speaking
 * for it) first, before any other party.
 */
export function attributedTo(texts: string[], party: string, names: Map<string, string[]>): boolean {
  return texts.some((text) => firstNamed(text, names) === party)
}

/** A character range of a source's text. */
export interface SourceRange {
  sourceId: string
  start: number
  end: number
}

/**
 * Where a fact's own words are in its sources: each piece of its text (split at " … ")
 * found in order within the spans of the first evidence item that holds them all. Empty when
 * no item holds them (a fact resting on notes).
 */
export function ownRanges(text: string, rows: EvidenceRow[]): SourceRange[] {
  const pieces = text.split(SPAN_JOINER)
  for (const row of rows) {
    const spans = row.spans ?? (row.start !== null && row.text !== null ? [{ start: row.start, end: row.start + row.text.length, text: row.text }] : [])
    const found: SourceRange[] = []
    let s = 0
    let from = 0
    for (const piece of pieces) {
      for (; s < spans.length; s++, from = 0) {
        const at = spans[s]!.text.indexOf(piece, from)
        if (at !== -1) {
          found.push({ sourceId: row.sourceId, start: spans[s]!.start + at, end: spans[s]!.start + at + piece.length })
          from = at + piece.length
          break
        }
      }
    }
    if (found.length === pieces.length) return found
  }
  return []
}

/** The stretches two facts' words share, as ranges of their source. */
export function sharedRanges(a: SourceRange[], b: SourceRange[]): SourceRange[] {
  return a.flatMap((x) =>
    b.filter((y) => x.sourceId === y.sourceId && x.start < y.end && y.start < x.end).map((y) => ({ sourceId: x.sourceId, start: Math.max(x.start, y.start), end: Math.min(x.end, y.end) }))
  )
}

/**
 * A label's words in “curly quotes” are the speaker's: each must lie within the statement's
 * quote (the words inside the source's quotation marks), so a paraphrase is never dressed
 * as a quotation.
 */
export function titleProblems(title: string, quote: string | null): string[] {
  return [...title.matchAll(/“([^”]+)”/g)]
    .map((m) => m[1]!)
    // The sentence's punctuation may come with the words, as the source prints them.
    .filter((words) => quote === null || !quote.includes(words.replace(/[.,;:]$/, '')))
    .map((words) => `its title quotes ${JSON.stringify(words)}, which are not words the source puts in quotation marks${quote === null ? ' (the statement has no quote)' : ''}`)
}
