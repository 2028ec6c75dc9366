// Who said what: reported speech found by rules a curator can read, each named in the
// statement's `reason`. A statement needs a speaker the article names; a quotation with no
// one to say it, or a reporting verb in the headline (which the body leaves out), gives none.
import type { Cast } from './actors.js'
import { escapeRegExp } from '../provenance/rules.js'
import { type ActorDraft, isRole, parseRole, partyIn, type PartyDraft } from './mentions.js'
import { LONGEST, type Reading, type Sentence, type Span } from './nlp.js'
import { VERB } from './speech.js'

export type Mode = 'direct' | 'partial' | 'indirect'

export interface StatementDraft {
  actor: ActorDraft
  mode: Mode
  /** The reported words: a sentence, or the clause of it that one speaker's words fill. */
  text: Span
  quote: string | null
  sentence: Sentence
  confidence: number
  reason: string
}

/** A statement found without a speaker the curator can accept as is. */
export interface UnsureStatement {
  text: Span
  mode: Mode
  quote: string | null
  speaker: string
  why: string
}

const AUX = '(?:(?:has|have|had|was|were|also|again|later|earlier|then|repeatedly|previously|publicly|separately|already|once|would|will|on\\s+\\p{Lu}\\p{Ll}+day|\\p{Ll}+ly)\\s+)*'
const LEAD = /^(?:(?:(?:Asked|Speaking|Pressed|Writing|Responding|Interviewed)\b[^,]{0,80}|Meanwhile|However|But|And|Also|Separately|Earlier|Later|Still|Moreover|Yet|In addition|In a statement(?: (?:issued|released|published) [^,]{1,60})?|In an interview[^,]{0,60}|On \p{Lu}\p{Ll}+day|Last week|Yesterday|Today|Since \p{Lu}\p{Ll}+day),?\s+)+/u
const QUOTE = /“([^”]+)”|"([^"]+)"/g
/** Words after the verb that belong to the attribution, not to what was said. */
const TAIL = /^(?:\s*,?\s*(?:on \p{Lu}\p{Ll}+day|late on \p{Lu}\p{Ll}+day|on \p{Lu}\p{Ll}+day (?:morning|afternoon|evening|night)|on \d{1,2} \p{Lu}\p{Ll}+|on \p{Lu}\p{Ll}+ \d{1,2}|in a statement|in an interview(?: with [^,.]+)?|on (?:state )?television|to reporters|to journalists|at a (?:news|press) conference|after the (?:talks|meeting)|yesterday|today|last week|earlier|later|on \w+|via [^,.]+|in [\p{Lu}][\p{L}]+|as(?=\s*$|\s+[.!]?\s*$)))*\s*(?:,\s*(?:describing|adding|saying|calling|noting|citing|stressing|warning|insisting)\b[^“”"]*)?[.!]?\s*$/u

/** The rules' patterns, made once: each holds the list of reporting verbs. */
const SPEAKER_THEN_VERB = new RegExp(`^(?<sp>[^“”".]{1,200}?)\\s+${AUX}(?<v>${VERB})\\b(?<tail>.*)$`, 'u')
const VERB_THEN_SPEAKER = new RegExp(`^(?<v>${VERB})\\s+(?<sp>[^“”".]{2,160}?)(?:,\\s+(?:who|which|whose)\\b[^“”"]*)?[.!]?$`, 'u')
const AS_X_SAID = new RegExp(`,\\s*as\\s+(?<sp>[^,]{2,80}?)\\s+${AUX}(?<v>${VERB}),`, 'u')
const ASIDE = new RegExp(`^(?<before>[^“”"]{12,}?),\\s*(?<sp>[^,“”"]{1,60}?)\\s+${AUX}(?<v>${VERB}),\\s+\\S`, 'u')
const FIRST = new RegExp(`^(?<sp>[^“”"]{1,200}?)\\s+${AUX}(?<v>${VERB})\\b(?<rest>.*)$`, 'u')
const LAST = new RegExp(`^(?<content>.{10,}?),\\s*(?<sp>[^“”"]{1,120}?)\\s+${AUX}(?<v>${VERB})(?<tail>[^“”"]*?)(?:,\\s+(?:but|and|while|as|although|though)\\s+.*)?$`, 'u')
const INVERTED = new RegExp(`^(?<content>.{10,}?),\\s*(?<v>${VERB})\\s+(?<sp>[^“”"]{2,160}?)(?:,\\s+(?:who|which|whose)\\b[^“”"]*)?[.!]?$`, 'u')
const A_VERB = new RegExp(`\\b${VERB}\\b`)

interface Found {
  /** "Konradi said:" closing its paragraph: the words are the quotations that follow. */
  intro?: boolean
  speaker: Span
  mode: Mode
  quote: string | null
  text: Span
  reason: string
  confidence: number
}

const span = (base: Span, from: number, to: number): Span => ({ start: base.start + from, end: base.start + to, text: base.text.slice(from, to) })
const stripQuote = (q: string) => q.trim().replace(/[.,;:]+$/, '')
const quotesIn = (text: string) => [...text.matchAll(QUOTE)].map((m) => ({ index: m.index, words: m[1] ?? m[2]! }))
/** A direct quotation's quote: its first quoted words ("“We will not sign,” Berg said, “under any pressure.”"). */
const firstQuote = (text: string) => {
  const q = quotesIn(text)[0]
  return q ? stripQuote(q.words) : null
}
const longest = (text: string) => {
  const q = quotesIn(text).sort((a, b) => b.words.length - a.words.length)[0]
  return q ? stripQuote(q.words) : null
}
const outside = (text: string) => text.replace(QUOTE, (m) => ' '.repeat(m.length))

/** The rules that fit a clause, in the order they are tried: the first whose speaker resolves gives the statement. */
function * attribute(clause: Span): Generator<Found> {
  const text = clause.text
  const bare = outside(text)
  // “…,” Timofeev said.  /  “…,” said Anna Berg, the foreign minister.
  const qFirst = /^[“"]([^”"]+)[”"]\s*,?\s*/.exec(text)
  if (qFirst) {
    const rest = text.slice(qFirst[0].length)
    // What follows the verb ("a news conference as the session closed", “…” going on) is the attribution's.
    const after = SPEAKER_THEN_VERB.exec(rest)
    if (after) {
      const at = qFirst[0].length + rest.indexOf(after.groups!.sp!)
      yield { speaker: span(clause, at, at + after.groups!.sp!.length), mode: 'direct', quote: firstQuote(text), text: clause, reason: 'direct quotation, the speaker after it (“…,” X said)', confidence: 0.9 }
    }
    const inverted = VERB_THEN_SPEAKER.exec(rest)
    if (inverted) {
      const at = qFirst[0].length + inverted.groups!.v!.length + 1
      yield { speaker: span(clause, at, at + inverted.groups!.sp!.length), mode: 'direct', quote: firstQuote(text), text: clause, reason: 'direct quotation, the speaker after an inverted verb (“…,” said X)', confidence: 0.9 }
    }
  }
  // as delegations from both sides have indicated,
  const parenthetical = AS_X_SAID.exec(bare)
  if (parenthetical) {
    const at = parenthetical.index + parenthetical[0].indexOf(parenthetical.groups!.sp!)
    const q = longest(text)
    yield { speaker: span(clause, at, at + parenthetical.groups!.sp!.length), mode: q ? 'partial' : 'indirect', quote: q, text: clause, reason: 'reported speech in a parenthetical (…, as X have indicated, …)', confidence: 0.75 }
  }
  // "…, he noted, and …": the attribution in the middle of the reported words.
  const aside = ASIDE.exec(bare)
  const according = /\baccording to (?:an? (?:statement|readout|transcript|report|summary) (?:from|by|of|issued by|released by|published by) )?(?<sp>[^,.;“”"]{2,100}?)(?=[,.;]|$)/u.exec(bare)
  if (according) {
    const at = according.index + according[0].lastIndexOf(according.groups!.sp!)
    const q = longest(text)
    yield { speaker: span(clause, at, at + according.groups!.sp!.length), mode: q ? 'partial' : 'indirect', quote: q, text: clause, reason: 'reported speech with "according to X"', confidence: 0.8 }
  }
  if (aside && !according) {
    const at = aside.groups!.before!.length + aside[0].slice(aside.groups!.before!.length).indexOf(aside.groups!.sp!)
    const q = longest(text)
    yield { speaker: span(clause, at, at + aside.groups!.sp!.length), mode: q ? 'partial' : 'indirect', quote: q, text: clause, reason: 'reported speech with the speaker in the middle (…, he noted, …)', confidence: 0.7 }
  }
  // X said that … / X told reporters … / Ukrainian President, Volodymyr Zelensky, said that …
  const lead = LEAD.exec(bare)?.[0].length ?? 0
  const first = FIRST.exec(bare.slice(lead))
  if (first) {
    const restAt = lead + first[0].length - first.groups!.rest!.length
    const rest = text.slice(restAt)
    const words = rest.replace(QUOTE, ' q ').split(/\s+/).filter((w) => /\p{L}/u.test(w))
    const colon = /^\s*(?:\S+\s+){0,6}?\S*[:,]\s*[“"]/.exec(rest)
    if (/^\s*:\s*$/.test(rest)) yield { intro: true, speaker: span(clause, lead, lead + first.groups!.sp!.length), mode: 'direct', quote: null, text: clause, reason: '', confidence: 0.8 }
    if (words.length >= 3 || colon) {
      const sp = span(clause, lead, lead + first.groups!.sp!.length)
      const q = longest(rest)
      if (colon && q) yield { speaker: sp, mode: 'direct', quote: q, text: clause, reason: 'direct quotation after the speaker and a colon or comma (X said: “…”)', confidence: 0.85 }
      else yield { speaker: sp, mode: q ? 'partial' : 'indirect', quote: q, text: clause, reason: q ? 'quoted words inside reported speech (X said that … “…”)' : 'reported speech, the speaker first (X said that …)', confidence: q ? 0.85 : 0.8 }
    }
  }
  // …, the ministry said.  /  …, said Berg.
  // The attribution may be followed by another clause: "…, the delegation said on Tuesday, but …".
  const last = LAST.exec(bare)
  if (last && TAIL.test(last.groups!.tail!)) {
    const at = last.groups!.content!.length + last[0].slice(last.groups!.content!.length).indexOf(last.groups!.sp!)
    const q = longest(text)
    yield { speaker: span(clause, at, at + last.groups!.sp!.length), mode: q ? 'partial' : 'indirect', quote: q, text: clause, reason: 'reported speech, the speaker after it (…, X said)', confidence: 0.8 }
  }
  const inverted = INVERTED.exec(bare)
  if (inverted) {
    const at = inverted.groups!.content!.length + inverted[0].slice(inverted.groups!.content!.length).indexOf(inverted.groups!.sp!)
    const q = longest(text)
    yield { speaker: span(clause, at, at + inverted.groups!.sp!.length), mode: q ? 'partial' : 'indirect', quote: q, text: clause, reason: 'reported speech with an inverted verb (…, said X)', confidence: 0.8 }
  }
}

const PRONOUN = /^(?:he|she)$/i
const BOTH = /^(?:(?:the\s+)?(?:delegations|negotiators|representatives|officials)\s+(?:from|of)\s+both\s+(?:sides|countries|parties)|both\s+(?:sides|delegations|parties|countries|governments|teams)|the\s+two\s+(?:sides|delegations|parties|countries|governments))$/i
const GENERIC = /^(?:analysts?|experts?|observers?|sources?|officials?|diplomats?|critics?|some|many|others?|people|residents|witnesses|reports?|media|it|this|that|they|we|i|you)$/i

/**
 * The speaker a phrase names: a person (by name, with a role, or a surname), a pronoun's
 * last speaker, a side ("the Russian side", "both sides"), or an organization.
 */
function resolveSpeaker(phrase: Span, cast: Cast, parties: PartyDraft[], last: ActorDraft | undefined, sides: PartyDraft[]): { actors: ActorDraft[]; how: string } | { unsure: string } | undefined {
  const words = phrase.text
    .replace(/,\s*(?:however|meanwhile|too|also|in turn|for (?:its|his|her) part)\s*,?\s*$/i, '')
    // "Marek Oslan, who heads the Zavrenian delegation," is Marek Oslan.
    .replace(/,\s*(?:who|which)\b[^,]*,?\s*$/i, '')
    // "a member of the Zavrenian delegation" speaks for the delegation.
    .replace(/^(?:a|an|one|two|several)\s+(?:(?:senior|junior)\s+)?(?:members?|officials?|negotiators?|diplomats?|sources?)\s+(?:of|from|in|with)\s+(?=(?:the\s+)?\p{Lu})/iu, '')
    .replace(/^[\s,]+|[\s,]+$/g, '')
  const bare = words.replace(/^(?:the|a|an)\s+/i, '')
  if (GENERIC.test(bare) || bare.length === 0) return undefined
  const named = cast.mentions.filter((m) => m.start >= phrase.start && m.end <= phrase.end)
  if (named.length > 0) {
    const people = [...new Set(named.map((m) => m.actor))]
    // The phrase must be the name with roles beside it, not a clause that mentions someone.
    const rest = words.replace(new RegExp(named.map((m) => escapeRegExp(m.text)).join('|'), 'g'), '').replace(/\band\b/g, '')
    if (rest.split(/[\s,]+/).filter(Boolean).length <= 16 && !/\b(?:that|which|who|whose|outcomes?|talks)\b/i.test(rest)) return { actors: people, how: named.length === 1 && named[0]!.text !== named[0]!.actor.name ? 'a later short mention' : 'the name' }
  }
  // "the Ruvennan foreign minister", named before: the one person who holds that role.
  if (isRole(words) && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(words)) {
    const { role, party } = parseRole(words, parties)
    const title = role.title.toLowerCase()
    const holders = cast.actors.filter((a) => a.type === 'person' && (party === undefined || a.party === null || a.party === party.id) && a.roles.some((r) => r.title.toLowerCase().endsWith(title) || title.endsWith(r.title.toLowerCase())))
    if (holders.length === 1) {
      const actor = holders[0]!
      if (!actor.known) {
        const same = actor.roles.findIndex((r) => role.text.toLowerCase().endsWith(r.text.toLowerCase()))
        if (same >= 0 && role.text.length > actor.roles[same]!.text.length && /^(?:the|a|an)\s/i.test(role.text)) {
          actor.roles[same] = { ...role, text: role.text.replace(/^(?:the|a|an)\s+/i, '') }
          actor.evidence.push(phrase)
        }
        if (actor.party === null && party) actor.party = party.id
      }
      return { actors: [actor], how: `the role "${bare}", held by ${actor.name}` }
    }
  }
  if (PRONOUN.test(bare)) return last && last.type === 'person' ? { actors: [last], how: `the pronoun "${bare}", the last person who spoke` } : { unsure: `the pronoun "${bare}" has no person before it` }
  if (BOTH.test(words)) return sides.length === 2 ? { actors: sides.map((p) => cast.side(p, phrase)), how: 'both sides speaking, one statement each' } : { unsure: 'both sides speak, but the article names no two parties' }
  const party = partyIn(words, parties)
  if (party && new RegExp(`^(?:the\\s+)?(?:${party.words.map(escapeRegExp).join('|')})(?:[’']s)?(?:\\s+(?:side|delegation|government|negotiators|negotiating team|negotiation team|team|authorities|leadership|officials))?$`, 'iu').test(words)) {
    return { actors: [cast.side(party, phrase)], how: `a side of the talks ("${words}")` }
  }
  const org = /^(?:(?:the|a)\s+)?(?:(?:senior\s+)?(?:spokesperson|spokesman|spokeswoman|statement|official)\s+(?:for|of|from|at)\s+)?(?:the\s+)?(.+)$/i.exec(words)![1]!
  if (/^[\p{Lu}]/u.test(org) && cast.named(org)?.type === 'organization') return { actors: [cast.named(org)!], how: 'an organization by name' }
  const head = /\b(ministry|office|kremlin|government|presidency|embassy|council|committee|commission|agency|secretariat|cabinet|mission|union|alliance|organi[sz]ation|bloc|league|forum|institute)$/i.exec(org)?.[1]
  if (head && org.split(/\s+/).length <= 6 && !org.includes(',')) {
    // "the union": the organization the article named before with that head noun.
    const named = cast.actors.find((a) => a.type === 'organization' && !a.collective && (a.name.toLowerCase().endsWith(org.toLowerCase()) || (org.toLowerCase() === head.toLowerCase() && a.name.toLowerCase().endsWith(head.toLowerCase()))))
    if (named) return { actors: [named], how: `an organization ("${words}")` }
    if (/^\p{Lu}/u.test(org)) return { actors: [cast.organization(org, phrase, partyIn(org, parties))], how: 'an organization speaking' }
    // "the federation’s foreign ministry": a body of a party, named after it.
    const owner = partyIn(org, parties)
    const own = owner && new RegExp(`^(?:${owner.words.map(escapeRegExp).join('|')})(?:[’']s)?\\s+(.+)$`, 'iu').exec(org)?.[1]
    if (owner && own) return { actors: [cast.organization(`${owner.name} ${own.replace(/\b\p{L}/gu, (c) => c.toUpperCase())}`, phrase, owner)], how: `a body of ${owner.name} ("${words}")` }
    return { unsure: `"${words}": which ${org} the article does not say by name` }
  }
  if (/^\p{Lu}/u.test(bare) && bare.split(/\s+/).length <= 3 && !/\s(?:and|or)\s/.test(bare)) {
    const metonym = parties.find((p) => p.words.some((w) => w.toLowerCase() === bare.toLowerCase()))
    if (metonym) return { actors: [cast.side(metonym, phrase)], how: `a party named for its side ("${bare}")` }
    return { unsure: `"${bare}": a name the drafter cannot place as a person, side or organization` }
  }
  return undefined
}

/** The clauses of a sentence that may each hold one speaker's words ("X said …, while Y said …"). */
function clauses(sentence: Sentence): Span[] {
  const parts: Span[] = []
  let from = 0
  for (const m of sentence.text.matchAll(/,\s+(?:while|whereas)\s+|;\s+/g)) {
    if (outside(sentence.text.slice(0, m.index)).length !== m.index) continue
    parts.push(span(sentence, from, m.index))
    from = m.index + m[0].length
  }
  parts.push(span(sentence, from, sentence.text.length))
  return parts.filter((p) => p.text.trim().length > 0)
}

export function findStatements(reading: Reading, cast: Cast, parties: PartyDraft[]): { statements: StatementDraft[]; unsure: UnsureStatement[] } {
  const statements: StatementDraft[] = []
  const unsure: UnsureStatement[] = []
  const sides = parties.filter((p) => p.role === 'belligerent').slice(0, 2)
  let last: ActorDraft | undefined
  let previous: { sentence: Sentence; actors: ActorDraft[] } | undefined
  for (const sentence of reading.sentences) {
    if (sentence.text.length > LONGEST) continue
    let spoke: ActorDraft[] = []
    // The rules read the quotation marks as “ ” (Reading.quoted); what they give is the body's.
    const shadow = { ...sentence, text: reading.quoted.slice(sentence.start, sentence.end) }
    const original = (x: Span): Span => ({ start: x.start, end: x.end, text: reading.body.slice(x.start, x.end) })
    for (const clause of clauses(shadow)) {
      let found: Found | undefined
      let who: { actors: ActorDraft[]; how: string } | undefined
      let doubt: UnsureStatement | undefined
      for (const candidate of attribute(clause)) {
        // "he"/"she" is the person last named as the sentence before ends, or the last who spoke.
        const before = reading.sentences[sentence.index - 1]
        const near = cast.mentions.filter((m) => m.actor.type === 'person' && m.end <= candidate.speaker.start && m.start >= (before?.start ?? sentence.start))
        const named = near.some((m) => m.actor === last) ? last : near.at(-1)?.actor
        const resolved = resolveSpeaker(candidate.speaker, cast, parties, named ?? last, sides)
        if (resolved === undefined) continue
        if ('unsure' in resolved) {
          doubt ??= { text: original(candidate.text), mode: candidate.mode, quote: candidate.quote, speaker: candidate.speaker.text, why: resolved.unsure }
          continue
        }
        found = candidate
        who = resolved
        break
      }
      if (!found || !who) {
        if (doubt) unsure.push(doubt)
        continue
      }
      for (const actor of found.intro ? [] : who.actors) {
        statements.push({ actor, mode: found.mode, text: original(found.text), quote: found.quote, sentence, confidence: Math.min(found.confidence, actor.confidence + 0.1), reason: `${found.reason}; speaker: ${who.how}` })
      }
      spoke = who.actors
      if (who.actors.length === 1 && who.actors[0]!.type === 'person') last = who.actors[0]
    }
    // A quotation standing alone right after a speaker's words goes on in their voice.
    const alone = /^“[^“”]+”?$/.test(shadow.text.trim()) || (/^“/.test(shadow.text) && !A_VERB.test(outside(shadow.text)))
    if (spoke.length === 0 && alone && previous && previous.actors.length === 1 && sentence.index === previous.sentence.index + 1 && sentence.paragraph - previous.sentence.paragraph <= 1) {
      const q = longest(shadow.text)
      const actor = previous.actors[0]!
      // In the same paragraph it is more of the same statement; a new paragraph is a new one.
      const before = statements.at(-1)
      if (q && before && before.actor === actor && before.mode === 'direct' && before.sentence.paragraph === sentence.paragraph) {
        before.text = { start: before.text.start, end: sentence.end, text: reading.body.slice(before.text.start, sentence.end) }
        before.reason += '; and the quotation that goes on after it'
      } else if (q) statements.push({ actor, mode: 'direct', text: sentence, quote: q, sentence, confidence: 0.6, reason: `a quotation with no attribution of its own, right after ${actor.name}'s words: taken as theirs` })
      spoke = q ? [actor] : []
    }
    if (spoke.length > 0) {
      for (const m of cast.mentions) if (m.start >= sentence.start && m.end <= sentence.end && m.actor.type === 'person' && spoke.includes(m.actor)) last = m.actor
      previous = { sentence, actors: spoke }
    } else {
      previous = undefined
    }
  }
  return { statements, unsure }
}
