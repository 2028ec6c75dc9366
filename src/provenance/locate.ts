// Evidence is written as the words it rests on; the offsets are found, never typed by hand.

export class EvidenceError extends Error {
  override name = 'EvidenceError'
}

export interface Span {
  start: number
  end: number
  text: string
}

/** Where `needle` occurs, up to `limit` places: enough to answer, never a scan of all. */
function occurrences(haystack: string, needle: string, limit: number): number[] {
  const found: number[] = []
  for (let at = haystack.indexOf(needle); at !== -1 && found.length < limit; at = haystack.indexOf(needle, at + 1)) found.push(at)
  return found
}

/**
 * Finds `quote` in `text` (JavaScript string indices, end exclusive). Throws when the words
 * are absent, or occur more than once and `occurrence` (1-based) does not say which.
 */
export function locate(text: string, quote: string, occurrence?: number, where = 'the source'): Span {
  if (quote.length === 0) throw new EvidenceError(`empty evidence for ${where}`)
  // Without an occurrence, two finds prove ambiguity; with one, finds past it are not needed.
  const found = occurrences(text, quote, occurrence ?? 2)
  if (found.length === 0) {
    throw new EvidenceError(`evidence not found in ${where}: ${JSON.stringify(quote)}`)
  }
  if (occurrence === undefined && found.length > 1) {
    throw new EvidenceError(
      `evidence is ambiguous in ${where}: ${JSON.stringify(quote)} occurs more than once; say which with "occurrence"`
    )
  }
  const index = (occurrence ?? 1) - 1
  const start = found[index]
  if (start === undefined) {
    throw new EvidenceError(
      `evidence occurrence ${occurrence} asked for, but ${JSON.stringify(quote)} occurs only ${found.length} time(s) in ${where}`
    )
  }
  return { start, end: start + quote.length, text: quote }
}

/** Checks offsets given by a client: the text must be exactly the source's slice. */
export function verifySpan(text: string, span: Span, where = 'the source'): void {
  if (span.end > text.length || span.start < 0 || span.end <= span.start) {
    throw new EvidenceError(`evidence offsets ${span.start}..${span.end} are outside ${where} (length ${text.length})`)
  }
  const actual = text.slice(span.start, span.end)
  if (actual !== span.text) {
    throw new EvidenceError(
      `evidence text does not match ${where} at ${span.start}..${span.end}: expected ${JSON.stringify(actual)}, got ${JSON.stringify(span.text)}`
    )
  }
}
