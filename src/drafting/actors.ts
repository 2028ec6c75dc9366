// People and organizations the article names, with the roles it gives them in apposition
// ("Ukrainian President, Volodymyr Zelensky," · "Ivan Timofeev, director of programmes at
// the Russian International Affairs Council," · "Foreign Minister Anna Berg"), linked to the
// store's actors by name and alias.
import { isOrgName, isRole, type ActorDraft, type KnownActor, parseRole, partyIn, type PartyDraft, wordRe } from './mentions.js'
import { slugify } from '../curation/writes.js'
import type { Reading, Span } from './nlp.js'
import { VERB } from './speech.js'

export interface Mention extends Span {
  actor: ActorDraft
}

export interface Cast {
  actors: ActorDraft[]
  /** Every place an actor is named (full name or a later surname), in body order. */
  mentions: Mention[]
  /** The actor a short mention ("Timofeev") or a full name names, if any. */
  named(words: string): ActorDraft | undefined
  /** The side of a party speaking as one, made on first use. */
  side(party: PartyDraft, words: Span): ActorDraft
  /** An organization speaking, made on first use. */
  organization(name: string, words: Span, party: PartyDraft | undefined): ActorDraft
}

const NOT_NAME = /^(?:The|A|An|This|That|These|Those|Both|But|And|In|On|At|As|If|When|While|Meanwhile|However|According|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|He|She|They|We|It|His|Her|Their|Our|Its|Mr|Mrs|Ms|Dr|President|Prime|Minister|Foreign|Defence|Defense|Deputy|Vice|Chancellor|General|Ambassador|Envoy|Secretary|Spokesman|Spokeswoman|Spokesperson|Premier|Senator|Governor|Mayor|Professor|Head|Chief|Director|Negotiator|Analyst|Official)$/
const NAME = /(?<![\p{L}’'-])\p{Lu}[\p{Ll}’'-]+(?:[ -]\p{Lu}[\p{Ll}’'-]+){1,5}(?![\p{L}])/gu
// On one line: a timestamp or heading above is not part of a name.
const ORG_RUN = /(?<![\p{L}])\p{Lu}[\p{L}’'-]*(?:[ ]+(?:(?:of|for|on|and|the)[ ]+)*\p{Lu}[\p{L}’'-]*)+/gu
const SAY_AFTER = new RegExp(`^,?\\s*(?:[^,]{0,160},\\s*)?(?:(?:has|have|had|also|again|later|earlier|repeatedly|previously)\\s+)*${VERB}\\b`)
/** A capitalized title right before a name: "Deputy Foreign Minister Anneli Strand". */
const TITLE_BEFORE = /\b(?:President|Minister|Envoy|Secretary|Chancellor|Ambassador|Premier|Governor|Mayor|Senator|General|Spokesman|Spokeswoman|Spokesperson|Director|Chairman|Chairwoman|Adviser|Advisor|Negotiator|Commissioner|Secretary-General|Mr|Mrs|Ms|Dr)\.?\s+$/

/** Names the article gives people: compromise's, and capitalized words it misses that act as one. */
function personNames(reading: Reading, parties: PartyDraft[]): Span[] {
  const { body } = reading
  const partyWord = parties.length > 0 ? wordRe(parties.flatMap((p) => p.words), 'u') : undefined
  const names: Span[] = reading.people.filter((p) => !NOT_NAME.test(p.text))
  // Capitalized words that run on into an organization's name are its, not a person's.
  const orgs = [...body.matchAll(ORG_RUN)].filter((m) => isOrgName(m[0])).map((m) => ({ start: m.index, end: m.index + m[0].length }))
  for (const m of body.matchAll(NAME)) {
    let text = m[0]
    let start = m.index
    // Leading title and party words are a role, not the name ("Tamsin Deputy Foreign Minister Anneli Strand").
    const words = text.split(/[ ]/)
    let keep = 0
    while (keep < words.length && keep < 3 && !NOT_NAME.test(words[words.length - 1 - keep]!) && !partyWord?.test(words[words.length - 1 - keep]!)) keep++
    if (keep < 2) continue
    const name = words.slice(words.length - keep)
    start += text.length - name.join(' ').length
    text = name.join(' ')
    const end = start + text.length
    if ([...names, ...orgs].some((n) => start < n.end && end > n.start)) continue
    if (isOrgName(text) || reading.places.some((p) => start < p.end && end > p.start)) continue
    // Taken as a person when the sentence treats it as one: it speaks, or a role stands beside it.
    const after = body.slice(end, end + 200)
    const before = body.slice(Math.max(0, start - 80), start)
    if (SAY_AFTER.test(after) || /,\s*$/.test(before) || /^,\s*(?:the|a|an)?\s*\p{Ll}/u.test(after) || /^,\s*[^,]{2,80}\b(?:minister|president|envoy|head|director|spokes\w+|adviser|advisor|negotiator|chief|secretary)\b/iu.test(after) || /(?:said|according to)\s+$/.test(before) || TITLE_BEFORE.test(before)) names.push({ start, end, text })
  }
  return names.sort((a, b) => a.start - b.start)
}

/** The role words in apposition before a name ("Russian President, " / "Foreign Minister ") or after it (", director of … ,"). */
function appositives(body: string, name: Span): Span[] {
  const roles: Span[] = []
  const before = body.slice(Math.max(0, name.start - 120), name.start)
  const pre = /(?:^|[.,;:]\s+|\b(?:and|while|between|with|by|said|told)\s+)((?:the\s+)?(?:(?!\band\b)[^,.;:“”"]){2,90}?),\s*$/u.exec(before) ?? /(?:^|\s)((?:(?:the|a)\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,5})$/u.exec(before) ?? /(?:^|[.!?][”"]?\s+|[,;:]\s+|\b(?:and|while|between|with|by|said|told)\s+)((?:the\s+)?\p{Lu}[\p{L}’'-]*\s+(?:\p{Ll}[\p{L}’'-]*\s+){1,3})$/u.exec(before)
  if (pre && isRole(pre[1]!)) {
    // "Ruvenna has sent its foreign minister, Ilse Konradi": the role is the noun phrase, not the clause.
    const clause = /^.*\b(?:has|have|had|is|are|was|were|sent|named|appointed|sends|names)\b.*?\b(?:its|their|his|her|the|a|an)\s+(.+)$/u.exec(pre[1]!.trim())
    const text = (clause?.[1] ?? pre[1]!).trim()
    const start = name.start - before.length + before.lastIndexOf(text)
    roles.push({ start, end: start + text.length, text })
  }
  const after = body.slice(name.end, name.end + 200)
  const post = /^,\s*((?:the\s+|a\s+|an\s+)?[^,.;:“”"]{2,160}?)(?:,|\.(?:\s|$)|$)/u.exec(after)
  if (post && isRole(post[1]!) && !/\b(?:said|says|told|added|who|which|and\s+\p{Lu})\b/u.test(post[1]!)) {
    const text = post[1]!.trim()
    const start = name.end + after.indexOf(text)
    roles.push({ start, end: start + text.length, text })
  }
  return roles
}

export function castOf(reading: Reading, parties: PartyDraft[], known: KnownActor[]): Cast {
  const { body } = reading
  const actors: ActorDraft[] = []
  const mentions: Mention[] = []
  const byKey = new Map<string, ActorDraft>()
  const knownBy = new Map<string, KnownActor>()
  for (const k of known) for (const w of [k.name, ...k.aliases]) knownBy.set(w.toLowerCase(), k)
  const partyId = (p: PartyDraft | undefined) => p?.id ?? null

  const make = (name: string, type: 'person' | 'organization', party: string | null, reason: string, confidence: number): ActorDraft => {
    const k = knownBy.get(name.toLowerCase())
    const actor: ActorDraft = k
      ? { id: k.id, name: k.name, type: k.type, party: k.party, aliases: [], roles: k.roles ?? [], evidence: [], known: true, collective: false, confidence, reason: `${reason}; the store's actor "${k.id}" by name or alias` }
      : { id: slugify(name), name, type, party, aliases: [], roles: [], evidence: [], known: false, collective: false, confidence, reason }
    const existing = byKey.get(actor.id)
    if (existing) return existing
    actors.push(actor)
    byKey.set(actor.id, actor)
    byKey.set(name.toLowerCase(), actor)
    return actor
  }

  for (const name of personNames(reading, parties)) {
    const surname = name.text.split(/\s+/).at(-1)!
    const actor = byKey.get(name.text.toLowerCase()) ?? make(name.text, 'person', null, 'a name compromise or the capitalized words take for a person', 0.9)
    if (!actor.known && !actor.aliases.includes(surname) && surname !== actor.name) actor.aliases.push(surname)
    byKey.set(surname.toLowerCase(), actor)
    mentions.push({ ...name, actor })
  }
  /** The roles the words beside a mention give its person, with those words as evidence. */
  const rolesAt = (name: Span, actor: ActorDraft) => {
    for (const r of appositives(body, name)) {
      const { role, party } = parseRole(r.text, parties)
      if (!actor.known && !actor.roles.some((x) => x.text === role.text)) {
        // "Russian presidential aide and head of Russia’s negotiation team": two roles.
        const parts = r.text.split(/\s+and\s+(?=(?:the\s+)?\p{Ll})/u).filter(isRole)
        if (parts.length > 1) for (const part of parts) actor.roles.push(parseRole(part, parties).role)
        else actor.roles.push(role)
        if (actor.party === null) actor.party = partyId(party ?? (parts.length > 1 ? parseRole(parts[0]!, parties).party : undefined))
      }
      const start = Math.min(r.start, name.start)
      const end = Math.max(r.end, name.end)
      if (!actor.evidence.some((e) => e.start === start)) actor.evidence.push({ start, end, text: body.slice(start, end) })
      if (role.organization && isOrgName(role.organization) && !partyIn(role.organization, parties.filter((p) => p.name === role.organization))) {
        const at = body.indexOf(role.organization, r.start)
        const org = make(role.organization, 'organization', null, 'an organization a role is held in', 0.8)
        if (org.evidence.length === 0 && at >= 0) org.evidence.push({ start: at, end: at + role.organization.length, text: role.organization })
      }
    }
  }
  // The store's people by name or alias ("Medinsky"), where the article names them.
  const knownWords = known.filter((k) => k.type === 'person').flatMap((k) => [k.name, ...k.aliases].filter((w) => /^\p{Lu}/u.test(w) && w.length >= 4))
  if (knownWords.length > 0) {
    for (const m of body.matchAll(wordRe(knownWords))) {
      if (mentions.some((x) => m.index < x.end && m.index + m[0].length > x.start)) continue
      mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], actor: make(m[0], 'person', null, 'a name', 0.85) })
    }
  }
  // Later short mentions: a surname alone.
  const shorts = actors.filter((a) => a.type === 'person').flatMap((a) => [a.name.split(/\s+/).at(-1)!, ...a.aliases].map((w) => [w, a] as const))
  if (shorts.length > 0) {
    for (const m of body.matchAll(wordRe(shorts.map(([w]) => w)))) {
      if (mentions.some((x) => m.index >= x.start && m.index < x.end)) continue
      const actor = shorts.find(([w]) => w === m[0])![1]
      mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], actor })
    }
  }
  // Roles beside any mention: "Marrowin, Pallesk’s chief negotiator, has toured …".
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) if (m.actor.type === 'person') rolesAt(m, m.actor)
  for (const a of actors) if (a.evidence.length === 0 && a.type === 'person') a.evidence.push(mentions.find((m) => m.actor === a)!)
  // Organizations named with capitals ("North Atlantic Treaty Organisation").
  for (const m of body.matchAll(ORG_RUN)) {
    const text = m[0].replace(/^The\s+/, '')
    const start = m.index + m[0].length - text.length
    // A name of two words or more, and none that holds a person's ("Kremlin Spokesman Dmitry Peskov").
    if (!isOrgName(text) || !/\s/.test(text) || byKey.has(text.toLowerCase()) || actors.some((a) => a.name.includes(text))) continue
    if (mentions.some((x) => x.start >= start && x.end <= start + text.length)) continue
    const party = partyIn(text.split(/\s+/)[0]!, parties)
    const org = make(text, 'organization', null, 'capitalized words naming an organization', 0.7)
    if (party && /\b(?:Ministry|Office|Government|Presidency|Kremlin|Cabinet|Parliament|Army|Forces|Delegation)\b/.test(text)) org.party = party.id
    if (org.evidence.length === 0) org.evidence.push({ start, end: start + text.length, text })
  }
  mentions.sort((a, b) => a.start - b.start)

  return {
    actors,
    mentions,
    named: (words) => byKey.get(words.toLowerCase()) ?? (knownBy.has(words.toLowerCase()) ? make(words, 'person', null, 'named', 0.8) : undefined),
    side(party, words) {
      const k = known.find((a) => a.type === 'organization' && a.party === party.id && a.aliases.some((al) => /\b(?:side|delegation|negotiation team|negotiating team)\b/i.test(al)))
      const actor = k ? make(k.name, 'organization', party.id, 'the side of a party speaking as one', 0.75) : make(`${party.name}’s delegation`, 'organization', party.id, 'the side of a party speaking as one', 0.75)
      actor.collective = true
      if (!actor.known && !actor.aliases.includes(words.text) && partyIn(words.text, [party])) actor.aliases.push(words.text.charAt(0).toUpperCase() + words.text.slice(1))
      if (actor.evidence.length === 0) actor.evidence.push(words)
      return actor
    },
    organization(name, words, party) {
      const actor = byKey.get(name.toLowerCase()) ?? make(name, 'organization', party?.id ?? null, 'an organization speaking', 0.75)
      if (actor.evidence.length === 0) actor.evidence.push(words)
      return actor
    }
  }
}
