// The one check of evidence against its sources, for every writer: the seeder, the write
// endpoints, ingest. A quote is located, offsets are verified against the source's text,
// and a note stands in only for a source that has no words to quote.
import { EvidenceError, locate, verifySpan, type Span } from './locate.js'

function spanOf(text: string, claim: SpanClaim, where: string): Span {
  if ('quote' in claim) return locate(text, claim.quote, claim.occurrence, where)
  verifySpan(text, claim, where)
  return { start: claim.start, end: claim.end, text: claim.text }
}

/** One span as a writer states it: words to locate, or offsets with their text. */
export type SpanClaim = { quote: string; occurrence?: number | undefined } | { start: number; end: number; text: string }

/**
 * Evidence as a writer states it: one span, several spans of one source in order (words the
 * source separates), or a note.
 */
export type EvidenceClaim =
  | ({ sourceId: string } & SpanClaim)
  | { sourceId: string; spans: SpanClaim[] }
  | { sourceId: string; note: string }

/** How a fact's text joins the words of several spans. */
export const SPAN_JOINER = ' … '

export interface SourceText {
  kind: 'news_article' | 'reference_timeline'
  /** The article body evidence offsets index into; null for a reference timeline. */
  text: string | null
}

/**
 * One evidence row as stored: a span of the source's text, or several (`spans`, with
 * start..end the passage they lie in), or a note.
 */
export interface EvidenceRow {
  sourceId: string
  start: number | null
  end: number | null
  text: string | null
  note: string | null
  spans: Span[] | null
}

export interface EvidenceProblem {
  /** The position of the claim in the list. */
  index: number
  /** The field of the claim at fault, when it is one field rather than the whole claim. */
  field?: 'sourceId'
  message: string
}

export interface CheckedEvidence {
  /** The rows to store, for the claims that hold. */
  rows: EvidenceRow[]
  /**
   * The words of each item that holds: one span's text, or several joined with " … ". A
   * fact's own words must lie within one of them.
   */
  spans: string[]
  problems: EvidenceProblem[]
}

/** Resolves each claim against its source; reports every claim that does not hold. */
export function checkEvidence(claims: readonly EvidenceClaim[], sourceOf: (id: string) => SourceText | undefined): CheckedEvidence {
  const checked: CheckedEvidence = { rows: [], spans: [], problems: [] }
  claims.forEach((claim, index) => {
    const problem = (message: string, field?: 'sourceId') => checked.problems.push({ index, message, ...(field ? { field } : {}) })
    const source = sourceOf(claim.sourceId)
    if (!source) return problem(`unknown source "${claim.sourceId}"`, 'sourceId')
    if ('note' in claim) {
      if (source.kind === 'news_article') return problem(`evidence from the article "${claim.sourceId}" must quote its words, not a note`)
      checked.rows.push({ sourceId: claim.sourceId, start: null, end: null, text: null, note: claim.note, spans: null })
      return
    }
    if (source.text === null) {
      // An article without its text is one whose capture could not be read, which is
      // reported where it is read; only a reference timeline truly has nothing to quote.
      if (source.kind !== 'news_article') problem(`"${claim.sourceId}" stores no text to quote; give a note`)
      return
    }
    const text = source.text
    const where = `source ${claim.sourceId}`
    try {
      const spans = ('spans' in claim ? claim.spans : [claim]).map((part) => spanOf(text, part, where))
      spans.forEach((span, i) => {
        const before = spans[i - 1]
        if (before !== undefined && span.start < before.end) {
          throw new EvidenceError(`the spans of one evidence item must be in source order without overlapping: ${JSON.stringify(span.text)} does not come after ${JSON.stringify(before.text)}`)
        }
      })
      const first = spans[0]!
      const last = spans[spans.length - 1]!
      if (spans.length === 1) checked.rows.push({ sourceId: claim.sourceId, ...first, note: null, spans: null })
      else checked.rows.push({ sourceId: claim.sourceId, start: first.start, end: last.end, text: text.slice(first.start, last.end), note: null, spans })
      checked.spans.push(spans.map((span) => span.text).join(SPAN_JOINER))
    } catch (error) {
      if (!(error instanceof EvidenceError)) throw error
      problem(error.message)
    }
  })
  return checked
}
