// Who the article names: parties (known to the store, or found by the words that mark a
// side), people and organizations with the roles it gives them, and how later mentions
// (a surname, a pronoun, "the Russian side") point back to them.
import { slugify } from '../curation/writes.js'
import { escapeRegExp } from '../provenance/rules.js'
import type { Reading, Span } from './nlp.js'

export interface KnownParty {
  id: string
  name: string
  role?: 'belligerent' | 'host' | 'mediator'
  aliases: string[]
}

export interface KnownActor {
  id: string
  name: string
  type: 'person' | 'organization'
  party: string | null
  aliases: string[]
  /** The store's roles: what tells a leader ("President") when one is named. */
  roles?: RoleDraft[]
}

export interface PartyDraft {
  id: string
  name: string
  /** The party's words in the article (its name, an alias, a demonym), for matching. */
  words: string[]
  known: boolean
  mentions: number
  role: 'belligerent' | 'host' | 'mediator'
}

export interface RoleDraft {
  title: string
  organization: string | null
  text: string
}

export interface ActorDraft {
  id: string
  name: string
  type: 'person' | 'organization'
  party: string | null
  aliases: string[]
  roles: RoleDraft[]
  /** The words that name it with its roles (appositive), for evidence. */
  evidence: Span[]
  known: boolean
  /** A side of the talks speaking as one ("the Russian side", "both delegations"). */
  collective: boolean
  confidence: number
  reason: string
}

/** The words as whole words; `flags` without the `u`, which is always on. */
export const wordRe = (words: string[], flags = 'g') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, `${flags.replace('u', '')}u`)
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’']/g, "'")

/** Nouns that make words a role: "Ukrainian President", "director of programmes at …". */
const ROLE_NOUNS =
  'president|vice-president|minister|negotiator|aide|head|director|spokesman|spokeswoman|spokesperson|envoy|ambassador|chief|leader|adviser|advisor|secretary|secretary-general|chairman|chairwoman|chair|deputy|mediator|official|analyst|expert|professor|researcher|fellow|commander|general|premier|chancellor|mayor|governor|delegate|representative|lawmaker|senator|coordinator|commissioner|diplomat|lecturer|economist|founder|officer|king|queen|prince|monarch|speaker|member|emissary|mp'
const ROLE = new RegExp(`\\b(?:${ROLE_NOUNS})s?\\b`, 'i')
/** Words that make a name an organization's. */
const ORG_WORDS =
  /\b(?:Council|Institute|Ministry|Organisation|Organization|Agency|Office|Committee|Commission|Union|Alliance|Forum|Foundation|Center|Centre|University|Kremlin|Government|Parliament|Assembly|Bank|Fund|Group|Corporation|Party|Service|League|Association|Authority|Department|Secretariat|Nations|Federation Council|Court|Army|Forces|Command|Team|Delegation|Mission|Cabinet|Presidency|House|Duma|Senate|Congress|Programme|Program|Initiative|Network|Society|Bureau|Board|Directorate|Treaty|School|College|Academy)\b/
const SIDE_NOUNS = 'side|sides|delegation|delegations|government|negotiators|negotiating team|negotiation team|team|authorities|officials|leadership|foreign ministry|defence ministry|defense ministry|ministry'

/** A demonym's stem: "Ukrainian" → "Ukrain", so that it meets "Ukraine". */
const DEMONYM = /^(\p{Lu}\p{Ll}{2,}?)(?:ian|ean|an|ese|ish|i|ic)$/u
const headOf = (name: string) => name.split(/\s+/).find((w) => /^\p{Lu}/u.test(w) && !/^(?:The|Republic|Federation|Kingdom|State|States|Union|United|of)$/.test(w)) ?? name
/** Whether a word is the demonym of a name: "Russian" of Russia, "Quarnese" of Quarnen, "Korvathi" of Korvath. */
function demonymOf(word: string, name: string): boolean {
  const head = headOf(name)
  if (word === head || !DEMONYM.test(word)) return false
  let n = 0
  while (n < head.length && n < word.length && head[n] === word[n]) n++
  return n >= Math.max(4, head.length - 2)
}

/**
 * The parties the article names: the store's parties by name and alias, and sides the
 * article marks itself ("the Velorian side", "Veloria's delegation", "talks between Veloria
 * and Kestria"), with the demonyms that point at them.
 */
export function findParties(reading: Reading, known: KnownParty[], people: Span[]): PartyDraft[] {
  const { body } = reading
  const found = new Map<string, PartyDraft>()
  const add = (id: string, name: string, words: string[], isKnown: boolean, role: PartyDraft['role'] = 'belligerent') => {
    const p = found.get(id) ?? { id, name, words: [], known: isKnown, mentions: 0, role }
    for (const w of words) if (!p.words.includes(w)) p.words.push(w)
    found.set(id, p)
    return p
  }
  const capitalized = [...body.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}’'-]+/gu)].map((m) => m[0].replace(/[’']s$/, ''))
  // A surname alone ("between Zelensky and …") is a person's too.
  const surnames = new Set(people.map((p) => norm(p.text.split(/\s+/).at(-1)!)))
  // …or a word that also comes after a first name ("Kasia Dorn" … "between Dorn and Halloran").
  const afterFirstName = (word: string) =>
    [...body.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+) ${escapeRegExp(word)}(?![\\p{L}])`, 'gu'))].some((m) => !/^(?:The|A|An|In|On|At|And|Both|From|Between|With|Of|For|By|To|President|Prime|Minister|Foreign|Deputy|Chancellor|Envoy|Mr|Mrs|Ms|Dr|North|South|East|West|New|Upper|Lower|Greater)$/.test(m[1]!))
  const isPerson = (start: number, end: number) => people.some((p) => start < p.end && end > p.start) || surnames.has(norm(body.slice(start, end)))
  for (const party of known) {
    const words = [party.name, ...party.aliases].filter((w) => w.length >= 3 || w === w.toUpperCase())
    const demonyms = [...new Set(capitalized.filter((w) => demonymOf(w, party.name)))]
    if (wordRe(words).test(body) || demonyms.length > 0) add(party.id, party.name, [...words, ...demonyms], true, party.role)
  }
  // Sides the article marks: a possessive ("X's delegation"), "between X and Y", "mediated by
  // X"; a demonym then points at one of them ("the Velorian side" is Veloria's).
  const marks: RegExp[] = [
    new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+(?: (?:Republic|Federation|Kingdom|Union|States))?)[’']s (?:${SIDE_NOUNS}|proposals?|demands?|president|prime minister|foreign minister|leader|capital|position|forces|army|troops)\\b`, 'gu'),
    /\b(?:between|from|of|with) (?:the )?(\p{Lu}\p{Ll}+(?: (?:Republic|Federation|Kingdom|Union))?) and (?:the )?(\p{Lu}\p{Ll}+(?: (?:Republic|Federation|Kingdom|Union))?)\b(?! \p{Lu})/gu,
    /\b(?:mediated|brokered|hosted) by (?:the )?(\p{Lu}\p{Ll}+(?: (?:Republic|Federation|Kingdom|Union))?)\b/gu
  ]
  const claimed = new Set([...found.values()].flatMap((p) => p.words.map(norm)))
  for (const re of marks) {
    for (const m of body.matchAll(re)) {
      for (const name of m.slice(1).filter((x): x is string => x !== undefined)) {
        const start = m.index + m[0].indexOf(name)
        if (claimed.has(norm(name)) || isPerson(start, start + name.length) || ORG_WORDS.test(name) || /^(?:The|This|That|Both|Its|Their)$/.test(name)) continue
        // "hosted by Turkish President …": a demonym before a title is no name of a side.
        if (DEMONYM.test(name) && /^\s+\p{Lu}/u.test(body.slice(start + name.length, start + name.length + 3))) continue
        // "between Dorn and Halloran" pairs people as often as sides.
        if (/^\S+ (?:between|from|of|with)/.test(`x ${m[0]}`) && m[0].includes(' and ') && afterFirstName(name)) continue
        const demonyms = [...new Set(capitalized.filter((w) => demonymOf(w, name)))]
        add(slugify(name), name, [name, ...demonyms], false)
        for (const w of [name, ...demonyms]) claimed.add(norm(w))
      }
    }
  }
  // A demonym with no party yet names one whose name the article also gives ("Velorian" and "Veloria").
  for (const w of new Set(capitalized)) {
    if (!DEMONYM.test(w) || claimed.has(norm(w))) continue
    const name = capitalized.find((c) => !DEMONYM.test(c) && c.length >= 4 && demonymOf(w, c))
    if (!name || claimed.has(norm(name))) continue
    const start = wordRe([name]).exec(body)?.index ?? 0
    if (isPerson(start, start + name.length)) continue
    add(slugify(name), name, [name, w], false)
    claimed.add(norm(name))
    claimed.add(norm(w))
  }
  for (const p of found.values()) {
    const compound = /^(\p{Lu}\p{Ll}+) (Republic|Federation|Kingdom|Union|States)$/u.exec(p.name)
    if (compound) for (const w of [compound[1]!, compound[2]!.toLowerCase()]) if (!p.words.includes(w)) p.words.push(w)
    p.mentions = [...body.matchAll(wordRe(p.words))].length
    const mediated = new RegExp(`\\b(?:mediated|brokered|hosted) by (?:the )?(?:${p.words.map(escapeRegExp).join('|')})\\b|\\b(?:${p.words.map(escapeRegExp).join('|')})[ -](?:brokered|mediated|hosted)\\b|\\bmediator,? (?:${p.words.map(escapeRegExp).join('|')})\\b`, 'u')
    if (!p.known && mediated.test(body)) p.role = 'mediator'
  }
  return [...found.values()].filter((p) => p.mentions > 0).sort((a, b) => b.mentions - a.mentions)
}

/** The party words name, if any: a name, alias or demonym as a whole word. */
export function partyIn(text: string, parties: PartyDraft[]): PartyDraft | undefined {
  let best: { p: PartyDraft; at: number } | undefined
  for (const p of parties) {
    const m = wordRe(p.words).exec(text)
    if (m && (best === undefined || m.index < best.at)) best = { p, at: m.index }
  }
  return best?.p
}

/** A role as the article words it, split into a title and the organization it is held in. */
export function parseRole(text: string, parties: PartyDraft[]): { role: RoleDraft; party: PartyDraft | undefined } {
  const words = text.replace(/^(?:the|a|an)\s+/i, '')
  const lead = words.split(/\s+/)[0] ?? ''
  const party = parties.find((p) => p.words.some((w) => norm(w) === norm(lead.replace(/[’']s$/, ''))))
  let title = words
  let organization: string | null = null
  const at = /\s(?:at|of|for|in)\s+(?:the\s+)?((?:\p{Lu}|\p{N})[^,]*)$/u.exec(words)
  if (at && at.index > 0) {
    title = words.slice(0, at.index)
    organization = at[1]!
  }
  if (party && organization === null) {
    title = words.slice(lead.length).trim() || words
    organization = party.name
  }
  const orgParty = organization !== null ? partyIn(organization, parties) : undefined
  return {
    role: { title: title.charAt(0).toUpperCase() + title.slice(1), organization, text },
    // A think tank named after a country is not that country's side: only a role that
    // starts with the party ("Russian President", "head of Russia’s negotiation team") is.
    party: party ?? (orgParty && organization !== null && new RegExp(`^(?:${orgParty.words.map(escapeRegExp).join('|')})[’']s\\b`, 'u').test(organization) ? orgParty : undefined)
  }
}

export const isRole = (text: string) => ROLE.test(text) && text.split(/\s+/).length <= 14 && !/[“”"]/.test(text)
export const isOrgName = (text: string) => ORG_WORDS.test(text)
