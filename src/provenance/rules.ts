// The rules every fact obeys, whoever writes it: the seeder, the write endpoints, ingest.

/** A statement's mode and quote agree, and the quote is the words inside quotation marks. */
export function quoteProblems(mode: 'direct' | 'partial' | 'indirect', text: string, quote: string | null): string[] {
  const problems: string[] = []
  if ((mode === 'indirect') !== (quote === null)) {
    problems.push(`a ${mode} statement ${mode === 'indirect' ? 'has no' : 'needs a'} quote`)
  }
  if (quote !== null && !text.includes(`“${quote}”`) && !text.includes(`"${quote}"`)) {
    problems.push(`its quote ${JSON.stringify(quote)} is not the words inside quotation marks in its text`)
  }
  return problems
}

/** The words lie within one of the located evidence spans (when there are any to check). */
export function withinEvidence(words: string, spans: string[]): boolean {
  return spans.length === 0 || spans.some((span) => span.includes(words))
}
