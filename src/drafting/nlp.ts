// The article as the drafter reads it: paragraphs, sentences and the names in them, each
// with its offsets in the body (UTF-16 code units, as evidence offsets are). Sentences and
// names come from compromise, whose English model ships inside its package.
import nlp from 'compromise'
import { VERB } from './speech.js'

/** The longest sentence the rules read, in characters: beyond it a text is no prose, and backtracking would cost seconds. */
export const LONGEST = 2000

export interface Span {
  start: number
  end: number
  text: string
}

export interface Sentence extends Span {
  paragraph: number
  /** Its position among all sentences. */
  index: number
}

export interface Reading {
  body: string
  /**
   * The body with every pair of quotation marks written “ ”, character for character (so
   * offsets hold): «…», „…“, ‘…’ and straight "…" read as the English marks do. The rules
   * read this; what they quote is taken from the body.
   */
  quoted: string
  sentences: Sentence[]
  /** Names compromise takes for people, trimmed of punctuation and titles. */
  people: Span[]
  /** Places compromise knows (countries, cities). */
  places: Span[]
}

interface Found {
  text: string
  offset: { start: number; length: number }
}

/** A span of the body with the punctuation and spaces at its edges left out. */
function trimmed(body: string, start: number, end: number): Span {
  while (start < end && /[\s,.;:!?“”"()‘’'-]/.test(body[start]!)) start++
  while (end > start && /[\s,.;:!?“”"()‘'-]/.test(body[end - 1]!)) end--
  // A possessive or closing quote stays only when it belongs to a word: "Russia’s".
  while (end > start && body[end - 1] === '’' && !/\w/.test(body[end] ?? '')) end--
  return { start, end, text: body.slice(start, end) }
}

const spans = (body: string, found: Found[]): Span[] =>
  found.map((f) => trimmed(body, f.offset.start, f.offset.start + f.offset.length)).filter((s) => s.end > s.start)

/** Title words compromise may count as part of a name ("President Zelensky"). */
const TITLE_WORDS = /^(?:(?:President|Prime|Minister|Foreign|Defence|Defense|Deputy|Vice|Chancellor|General|Mr|Mrs|Ms|Dr|Prof|Professor|Ambassador|Envoy|Secretary|Spokesman|Spokeswoman|Spokesperson|King|Queen|Prince|Premier|Senator|Governor|Mayor)\.?\s+)+/

/** The body with its quotation marks as “ ” (see Reading.quoted). */
function curlyQuotes(body: string): string {
  const out = body.split('')
  let open: string | undefined
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!
    const before = out[i - 1] ?? '\n'
    const after = out[i + 1] ?? '\n'
    if (c === '\n' && after === '\n') open = undefined
    if (open === undefined) {
      if ('“«„'.includes(c) || (c === '"' && /[\s([—–-]/.test(before)) || (c === '"' && i === 0) || (c === '‘' && !/\p{L}/u.test(before))) {
        open = c
        out[i] = '“'
      }
    } else if ('”»'.includes(c) || (c === '“' && open === '„') || (c === '"' && open !== '‘') || (c === '’' && open === '‘' && !/\p{L}/u.test(after))) {
      open = undefined
      out[i] = '”'
    }
  }
  return out.join('')
}

const attribution = new RegExp(`^\\s+(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4}${VERB}\\b[^.!?]{0,60}[.!?]?$`, 'u')

/**
 * The pieces of the body compromise reads, each once: paragraphs together up to CHUNK
 * characters, a longer paragraph cut after a sentence's end (or at a space). Its sentence
 * splitting grows with the square of a sentence's length: 20,000 characters with no full stop
 * took 4 s in one piece.
 */
const CHUNK = 4000
function pieces(body: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let start = 0
  while (start < body.length) {
    let end = Math.min(body.length, start + CHUNK)
    if (end < body.length) {
      const window = body.slice(start, end)
      const cut = Math.max(window.lastIndexOf('\n\n'), window.search(/[.!?][”"’»]?\s[^.!?]*$/) + 1, window.lastIndexOf(' '))
      if (cut > 0) end = start + cut
    }
    out.push({ start, end })
    start = end
  }
  return out
}

export function read(body: string): Reading {
  const found = { sentences: [] as Found[], people: [] as Found[], places: [] as Found[] }
  for (const piece of pieces(body)) {
    const doc = nlp(body.slice(piece.start, piece.end))
    const shifted = (list: Found[]) => list.map((f) => ({ ...f, offset: { start: f.offset.start + piece.start, length: f.offset.length } }))
    found.sentences.push(...shifted(doc.sentences().json({ offset: true }) as Found[]))
    found.people.push(...shifted(doc.people().json({ offset: true }) as Found[]))
    found.places.push(...shifted(doc.places().json({ offset: true }) as Found[]))
  }
  const sentences: Sentence[] = []
  // Sentences cut at blank lines, so that none runs across paragraphs.
  const paragraphs = [...body.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  for (const f of found.sentences) {
    for (const [paragraph, p] of paragraphs.entries()) {
      let start = Math.max(p.start, f.offset.start)
      let end = Math.min(p.end, f.offset.start + f.offset.length)
      if (end <= start) continue
      while (start < end && /\s/.test(body[start]!)) start++
      // compromise leaves an opening quotation mark out of the sentence it opens.
      while (start > p.start && /[“"‘«„]/.test(body[start - 1]!)) start--
      while (end > start && /\s/.test(body[end - 1]!)) end--
      // Closing punctuation and quotation marks belong to the sentence.
      while (end < p.end && /[.!?”"’)]/.test(body[end]!)) end++
      if (end <= start || sentences.some((x) => x.start === start)) continue
      // compromise runs on past a quotation that ends a sentence (“… players.” Kremlin spokesman …).
      let from = start
      for (const m of body.slice(start, end).matchAll(/[.!?][”"’»](?=\s+[“"«]?\p{Lu})/gu)) {
        const cut = start + m.index + 2
        // Not before its attribution: “… go on.” Berg said.
        if (attribution.test(body.slice(cut, end))) continue
        sentences.push({ start: from, end: cut, text: body.slice(from, cut), paragraph, index: sentences.length })
        from = cut
        while (from < end && /\s/.test(body[from]!)) from++
      }
      sentences.push({ start: from, end, text: body.slice(from, end), paragraph, index: sentences.length })
    }
  }
  const people = spans(body, found.people).map((s) => {
    const title = TITLE_WORDS.exec(s.text)?.[0].length ?? 0
    return { start: s.start + title, end: s.end, text: s.text.slice(title) }
  })
  return {
    body,
    quoted: curlyQuotes(body),
    sentences,
    people: people.filter((p) => p.text.length > 1 && /^\p{Lu}/u.test(p.text)),
    // "Geneva (Switzerland)" is Geneva.
    places: spans(body, found.places).map((p) => trimmed(body, p.start, p.start + p.text.split(/\s*\(/)[0]!.length))
  }
}
