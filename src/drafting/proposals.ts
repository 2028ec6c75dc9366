// Lists of proposals, demands or conditions a party put forward ("Kiev handing Moscow its
// proposals, which contained A, B and C"): one candidate per item. Where items share a
// governing phrase ("its refusal to join A and deploy B"), the later item's evidence is
// several spans: the shared words, then its own.
import nlp from 'compromise'
import type { Cast } from './actors.js'
import { partyIn, type PartyDraft } from './mentions.js'
import { LONGEST, type Reading, type Sentence, type Span } from './nlp.js'

export interface ProposalDraft {
  /** Null when the article's words name no party the drafter knows: the curator decides. */
  party: PartyDraft | null
  partyWords: string
  type: 'proposal' | 'demand' | 'condition'
  /** The item's words, or its spans in order (joined with " … " as its text). */
  spans: Span[]
  /** The words that say whose the list is, up to the list's noun. */
  lead: Span
  sentence: Sentence
  confidence: number
  reason: string
}

const HAND = 'handing|handed(?: over)?|presented|presenting|submitted|submitting|put forward|putting forward|tabled|tabling|delivered|gave|giving|sent|offered|laid out|set out|outlined'
const LIST_NOUN = '(?<what>proposals?|demands?|conditions|terms|plan|offer|package|framework|document|paper)'
/** Words between the list's noun and its items: "at the opening session on Tuesday, which included". */
const GAP = '(?:[^.;:“”"]{0,90}?)'
const INTRO = '\\s*,?\\s*(?:which|that)?\\s*(?:(?:it says )?(?:any [\\p{L} ]{1,30} )?(?:must|would|should|will) )?(?:contained|contain|contains|included|include|includes|including|comprised|consisted of|called for|calls for|such as|:)\\s*:?\\s*'
const PATTERNS: { re: RegExp; reason: string }[] = [
  { re: new RegExp(`(?<who>\\S[^,;:]*?)\\s+(?:${HAND})\\s+(?:[^,;:]*?\\s)?(?:its|their|his|her|a|an|the)\\s+(?:\\S+\\s+)?(?:set of |list of |package of )?${LIST_NOUN}\\b${GAP}${INTRO}(?<list>.+)$`, 'u'), reason: 'a party handing over a list (X handed Y its proposals, which contained …)' },
  { re: new RegExp(`(?<who>\\p{Lu}[\\p{L}’' -]*?)\\s+(?:had\\s+|has\\s+)?(?:answered|responded|replied|countered|came back)\\s+with\\s+(?:its\\s+|their\\s+|a\\s+(?:set|list) of\\s+)?${LIST_NOUN}\\b${INTRO}(?<list>.+)$`, 'u'), reason: 'a party answering with a list (X answered with demands including …)' },
  // The possessor alone is whose the list is ("Ukraine's proposals", "the Kestrian side’s demands").
  { re: new RegExp(`(?<who>(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+)?[\\p{L}-]+)[’']s\\s+(?:\\S+\\s+)?${LIST_NOUN}\\b${GAP}${INTRO}(?<list>.+)$`, 'u'), reason: "a party's list (X's demands included …)" },
  { re: /(?<who>\p{Lu}[^,;:]*?)\s+(?<what>demanded|demands|proposed|proposes|insisted on|called for|calls for)\s+(?<list>[^.;]+,[^.;]+\band\b.+)$/u, reason: 'a party demanding or proposing several things (X demanded A, B and C)' }
]

/** Splits a list into its items: "A, B and C", "A, as well as B". */
function items(list: Span): Span[] {
  const out: Span[] = []
  let from = 0
  const text = list.text
  const separator = text.includes(';') ? /;\s+(?:and\s+|or\s+)?/g : /,\s+(?:and\s+|as well as\s+|or\s+)?|\s+as well as\s+|\s+and\s+(?=(?:its|their|a|an|the|no|to)\b)/g
  for (const m of text.matchAll(separator)) {
    out.push({ start: list.start + from, end: list.start + m.index, text: text.slice(from, m.index) })
    from = m.index + m[0].length
  }
  // "A, B and C": with no comma before the "and", the last item is split at its last "and".
  const tail = text.slice(from)
  const and = tail.lastIndexOf(' and ')
  if (out.length > 0 && !text.includes(';') && !/,\s+and\s/.test(text) && and > 0) {
    out.push({ start: list.start + from, end: list.start + from + and, text: tail.slice(0, and) })
    from += and + ' and '.length
  }
  out.push({ start: list.start + from, end: list.start + text.length, text: text.slice(from) })
  // A name alone is no demand but part of the item before: "guarantees from countries including Britain, China, France and the United States".
  const merged: Span[] = []
  for (const s of out.map((x) => ({ ...x, text: x.text.trimEnd() }))) {
    const before = merged.at(-1)
    if (before && /^(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}$/u.test(s.text)) merged[merged.length - 1] = { start: before.start, end: s.start + s.text.length, text: list.text.slice(before.start - list.start, s.start - list.start + s.text.length) }
    else merged.push({ ...s, end: s.start + s.text.length })
  }
  return merged.filter((s) => /\p{L}/u.test(s.text))
}

/** The shared words an item stands on, and the items it holds. */
function governed(chunks: Span[]): Span[][] {
  const out: Span[][] = []
  let shared: Span | undefined
  for (const chunk of chunks) {
    const gov = /^(.*?\bto)\s+(\p{Ll}+)\b/u.exec(chunk.text)
    if (gov) {
      const head: Span = { start: chunk.start, end: chunk.start + gov[1]!.length, text: gov[1]! }
      const withVerb: Span = { start: chunk.start, end: chunk.start + gov[0].length, text: gov[0] }
      // "to join A and deploy B": a second verb under the same "to".
      const and = /\s+and\s+(\p{Ll}+)\b/u.exec(chunk.text.slice(gov[0].length))
      const word = and ? nlp(and[1]!) : undefined
      if (and && word?.has('#Infinitive') && !word.has('#Noun')) {
        const cut = gov[0].length + and.index
        out.push([{ start: chunk.start, end: chunk.start + cut, text: chunk.text.slice(0, cut) }])
        const second = cut + and[0].length - and[1]!.length
        out.push([head, { start: chunk.start + second, end: chunk.end, text: chunk.text.slice(second) }])
      } else {
        out.push([chunk])
      }
      shared = withVerb
      continue
    }
    // "nuclear weapons, as well as other weapons of mass destruction": the object of the same verb.
    if (shared && !/^(?:its|their|his|her|readiness|willingness|refusal|a|an)\b/.test(chunk.text)) out.push([shared, chunk])
    else {
      out.push([chunk])
      shared = undefined
    }
  }
  return out
}

export function findProposals(reading: Reading, cast: Cast, parties: PartyDraft[]): ProposalDraft[] {
  const found: ProposalDraft[] = []
  for (const sentence of reading.sentences) {
    if (sentence.text.length > LONGEST) continue
    for (const { re, reason } of PATTERNS) {
      const m = re.exec(sentence.text)
      if (!m) continue
      const who = m.groups!.who!
      const whoAt = sentence.start + m.index + m[0].indexOf(who)
      // The party is the one the subject's words name first, or the party of a person named there.
      const tail = /(?:\bin|\bby|\bof|,)\s+([^,]+)$/.exec(who)?.[1] ?? who
      const person = cast.mentions.find((x) => x.start >= whoAt && x.end <= whoAt + who.length)
      const party = partyIn(tail, parties) ?? parties.find((p) => p.id === person?.actor.party) ?? null
      const what = m.groups!.what!
      const leadEnd = sentence.start + m.index + m[0].indexOf(what, m[0].indexOf(who) + who.length) + what.length
      // The list ends where the sentence goes on about it: "…, were a step forward".
      const listText = m.groups!.list!.replace(/,\s+(?:were|was|are|is|had|have|has|would|will|could|remain|remained)\b.*$/, '').replace(/[.;]\s*$/, '')
      const listAt = sentence.start + m.index + m[0].lastIndexOf(m.groups!.list!)
      for (const spans of governed(items({ start: listAt, end: listAt + listText.length, text: listText }))) {
        found.push({
          party,
          partyWords: tail.trim(),
          type: /demand/.test(what) ? 'demand' : /condition/.test(what) ? 'condition' : 'proposal',
          spans,
          lead: { start: whoAt, end: leadEnd, text: reading.body.slice(whoAt, leadEnd) },
          sentence,
          confidence: party ? (spans.length > 1 ? 0.6 : 0.7) : 0.4,
          reason: `${reason}; one item of the list${spans.length > 1 ? ', on the words it shares with the item before' : ''}`
        })
      }
      break
    }
  }
  return found
}
