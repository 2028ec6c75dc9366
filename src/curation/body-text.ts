import type { FieldError } from '../http/errors.js'
import { noControlCharacters } from '../http/filters.js'

// The rule the query parameters follow, except that text in a body may break lines and
// hold tabs: an article's text is paragraphs.
const LAYOUT = /[\t\n\r]/g
const clean = (text: string) => noControlCharacters(text.replace(LAYOUT, ''))

// Deeper than any body the schemas accept; the schemas answer for what lies below.
const MAX_DEPTH = 64

export interface TextProblems {
  /** Text that is not valid Unicode: an unpaired UTF-16 surrogate. */
  surrogates: FieldError[]
  /** Control characters other than tab, line feed and carriage return. */
  controls: FieldError[]
}

/** Every string of a JSON body, and every key, that no text field may hold; paths as `body.evidence.0.quote`. */
export function textProblems(value: unknown, path = 'body', found: TextProblems = { surrogates: [], controls: [] }, depth = 0): TextProblems {
  const check = (text: string, at: string) => {
    if (!text.isWellFormed()) found.surrogates.push({ path: at, message: 'unpaired UTF-16 surrogate' })
    else if (!clean(text)) found.controls.push({ path: at, message: 'control characters are not allowed (tab, line feed and carriage return are)' })
  }
  if (typeof value === 'string') check(value, path)
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return found
  for (const [key, item] of Object.entries(value)) {
    const at = `${path}.${key}`
    check(key, at)
    textProblems(item, at, found, depth + 1)
  }
  return found
}
