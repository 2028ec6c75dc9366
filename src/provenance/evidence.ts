// The one check of evidence against its sources, for every writer: the seeder, the write
// endpoints, ingest. A quote is located, offsets are verified against the source's text,
// and a note stands in only for a source that has no words to quote.
import { EvidenceError, locate, verifySpan } from './locate.js'

/** Evidence as a writer states it: words to locate, offsets with their text, or a note. */
export type EvidenceClaim =
  | { sourceId: string; quote: string; occurrence?: number | undefined }
  | { sourceId: string; start: number; end: number; text: string }
  | { sourceId: string; note: string }

export interface SourceText {
  kind: 'news_article' | 'reference_timeline'
  /** The article body evidence offsets index into; null for a reference timeline. */
  text: string | null
}

/** One evidence row as stored: a span of the source's text, or a note. */
export interface EvidenceRow {
  sourceId: string
  start: number | null
  end: number | null
  text: string | null
  note: string | null
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
  /** The words of the located spans: a fact's own words must lie within one of them. */
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
      checked.rows.push({ sourceId: claim.sourceId, start: null, end: null, text: null, note: claim.note })
      return
    }
    if (source.text === null) {
      // An article without its text is one whose capture could not be read, which is
      // reported where it is read; only a reference timeline truly has nothing to quote.
      if (source.kind !== 'news_article') problem(`"${claim.sourceId}" stores no text to quote; give a note`)
      return
    }
    const where = `source ${claim.sourceId}`
    try {
      const span = 'quote' in claim ? locate(source.text, claim.quote, claim.occurrence, where) : { start: claim.start, end: claim.end, text: claim.text }
      if (!('quote' in claim)) verifySpan(source.text, span, where)
      checked.rows.push({ sourceId: claim.sourceId, ...span, note: null })
      checked.spans.push(span.text)
    } catch (error) {
      if (!(error instanceof EvidenceError)) throw error
      problem(error.message)
    }
  })
  return checked
}
