// The drafter: an article in, a draft out in the format `npm run ingest` reads
// (docs/ingest.schema.json), every proposed fact with its words located in the body, a
// confidence and the rule that produced it. What the drafter cannot settle (a speaker it
// cannot place, a list with no party it knows) is left under `review.undecided` for the
// curator, outside the facts that ingest adds.
import { slugify } from '../curation/writes.js'
import { articleBody } from '../provenance/article.js'
import { attributedTo, quoteProblems } from '../provenance/rules.js'
import { castOf } from './actors.js'
import { isBackdrop, type Published, relativeDates, type RelativeDate } from './dates.js'
import { type ActorDraft, findParties, type KnownActor, type KnownParty } from './mentions.js'
import { read, type Span } from './nlp.js'
import { findProposals } from './proposals.js'
import { findRounds, roundIn, type RoundDraft } from './rounds.js'
import { ATTRIBUTED } from './speech.js'
import { findStatements } from './statements.js'

export interface DraftInput {
  /** The article as captured: its headline as the first line when it has one, then the body. */
  text: string
  title?: string | undefined
  publisher: string
  url?: string | null | undefined
  published: Published
  language?: string | undefined
  /** The source id; made from the publisher and title when absent. */
  id?: string | undefined
}

export interface KnownIssue {
  id: string
  label: string
  description: string
}

export interface KnownRound {
  id: string
  city: string | null
  format: string
  status: string
  earliest: string | null
  latest: string | null
  parties: string[]
}

/** What the store holds already, for linking: parties, actors and issues by name and alias, rounds by place, kind and days. */
export interface Vocabulary {
  parties: KnownParty[]
  actors: KnownActor[]
  issues: KnownIssue[]
  rounds?: KnownRound[]
}

/** The store's round a found one is: the same parties, and the same city or the same format and status, on days that meet. */
function knownRound(r: RoundDraft, known: KnownRound[], published: Published): KnownRound | undefined {
  const sameSides = (k: KnownRound) => r.parties.every((p) => k.parties.includes(p.id))
  const meets = (k: KnownRound) =>
    r.date === undefined || k.earliest === null ? r.status === k.status && r.status !== 'held' : (k.latest ?? '9999') >= r.date.earliest && (r.date.latest ?? '9999') >= k.earliest
  // A round that began after the article appeared is not the one it tells of.
  return known.find((k) => (k.earliest === null || k.earliest <= published.latest) && sameSides(k) && (r.city !== null ? k.city?.toLowerCase() === r.city.toLowerCase() : k.format === r.format && k.status === r.status) && meets(k))
}

const round2 = (n: number) => Math.round(n * 100) / 100
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** Splits a capture into headline, body and trailing page furniture ("Show More"). */
export function layout(raw: string, title: string | undefined): { headline: string | undefined; furniture: string[]; body: string } {
  const lines = raw.replace(/\r\n/g, '\n').trim().split('\n')
  const first = lines[0]!.trim()
  // A headline stands alone on the first line, a blank line under it, with no sentence's end (or it is the title given).
  const headline = lines.length > 1 && (title === undefined ? lines[1]!.trim() === '' && !/[.!?”"’»]$/.test(first) : first === title.trim()) ? first : undefined
  const furniture: string[] = []
  const rest = headline === undefined ? lines : lines.slice(1)
  while (rest.length > 1) {
    const line = rest.at(-1)!.trim()
    if (line === '') {
      rest.pop()
      continue
    }
    if (line.split(/\s+/).length > 5 || /[.!?”"’)]$/.test(line)) break
    furniture.unshift(line)
    rest.pop()
  }
  const body = articleBody(raw, { headline, furniture })
  return { headline, furniture, body }
}

export function draft(input: DraftInput, known: Vocabulary = { parties: [], actors: [], issues: [] }) {
  const { headline, furniture, body } = layout(input.text, input.title)
  const title = input.title ?? headline ?? body.split(/(?<=[.!?])\s/)[0]!.slice(0, 200)
  const sourceId = input.id ?? slugify(`${input.publisher} ${title}`)
  const published = input.published
  const reading = read(body)
  const parties = findParties(reading, known.parties, reading.people)
  const cast = castOf(reading, parties, known.actors)
  const rounds = findRounds(reading, cast, parties, published)
  const { statements, unsure } = findStatements(reading, cast, parties)
  const proposals = findProposals(reading, cast, parties)
  const dates = reading.sentences.flatMap((s) => relativeDates(s, published))

  /** Evidence as the words, with which occurrence when they occur more than once. */
  const words = (s: Span) => {
    let n = 0
    for (let at = body.indexOf(s.text); at !== -1 && at < s.start; at = body.indexOf(s.text, at + 1)) n++
    const more = body.indexOf(s.text, body.indexOf(s.text) + 1) !== -1
    return more ? { quote: s.text, occurrence: n + 1 } : { quote: s.text }
  }
  const evidence = (s: Span) => ({ sourceId, ...words(s) })
  const review = (confidence: number, reason: string) => ({ confidence: round2(confidence), reason })
  const at = published.earliest === published.latest ? published.earliest : `${published.earliest} to ${published.latest}`
  /** A date whose kind its bounds allow: one day exact, no end since, else the kind asked. */
  const fit = (earliest: string, latest: string | null, kind: 'within' | 'period', text: string | null, note: string) => ({
    earliest,
    latest,
    kind: latest === null ? ('since' as const) : latest === earliest ? ('exact' as const) : kind,
    text,
    note
  })
  const reported = (what: string) => fit(published.earliest, published.latest, 'within', null, `Not dated in the article: reported in it, so ${what} by its publication (${at}). The day is the curator's to check.`)
  // What was said or tabled on a day of the range (an ongoing "since" ends, for it, at publication).
  const dateOf = (d: RelativeDate | undefined) => (d === undefined ? reported('said') : fit(d.earliest, d.latest ?? published.latest, 'within', d.text, d.note))
  const inSentence = (s: Span) => dates.find((d) => d.start >= s.start && d.end <= s.end && !isBackdrop(d) && !/“[^”]*$/.test(reading.quoted.slice(s.start, d.start)))
  // When words were said: a date that goes with the attribution ("said on Monday", "On Monday, Berg said"), not one of what was said.
  const saidOn = (s: Span) =>
    dates.find((d) => d.start >= s.start && d.end <= s.end && !isBackdrop(d) && (d.start - s.start <= 3 || ATTRIBUTED.test(body.slice(Math.max(s.start, d.start - 60), d.start))))

  // Round ids from their titles and days, unique within the draft and the store.
  const taken = new Set<string>((known.rounds ?? []).map((r) => r.id))
  for (const r of rounds) {
    let id = slugify(`${r.title.replace(/\(.*\)/, '')} ${r.date?.earliest ?? ''}`)
    for (let n = 2; taken.has(id); n++) id = `${slugify(r.title)}-${n}`
    taken.add(id)
    r.id = id
  }
  const speaking = new Set(statements.map((s) => s.actor))
  const newActors = cast.actors.filter((a) => !a.known)
  const usedParties = new Set([...newActors.map((a) => a.party), ...statements.map((s) => s.actor.party), ...rounds.flatMap((r) => r.parties.map((p) => p.id)), ...proposals.map((p) => p.party?.id)])
  const draftParties = parties.filter((p) => !p.known && usedParties.has(p.id))

  // A proposal's issue: the store's issue whose words it shares most, else a new one.
  const issues: { id: string; label: string; description: string }[] = []
  // Words of four letters or more, cut to a rough stem ("fixing" and "fix" meet), less the words every proposal has.
  const content = (s: string) =>
    new Set(
      (s.toLowerCase().match(/\p{L}{3,}/gu) ?? [])
        .filter((w) => !/^(?:the|and|with|from|that|this|their|its|which|would|readiness|willingness|refusal|current|other|for|any|all)$/.test(w))
        .map((w) => w.replace(/(?:ing|es|ed|s)$/, '').slice(0, 6))
    )
  const categoryOf = (text: string) => {
    const mine = content(text)
    const scored = known.issues.map((i) => ({ i, n: [...content(`${i.label} ${i.description}`)].filter((w) => mine.has(w)).length })).sort((a, b) => b.n - a.n)
    if (scored[0] && scored[0].n >= 2) return { id: scored[0].i.id, how: `the store's issue "${scored[0].i.id}" shares its words` }
    const object = text.replace(/^.*?\bto\s+\p{Ll}+\s+/u, '').replace(/^(?:its|their|the|a|an)\s+/i, '').split(/\s+/).slice(0, 4).join(' ')
    const id = slugify(object).replace(/-/g, '_')
    if (!issues.some((i) => i.id === id) && !known.issues.some((i) => i.id === id)) issues.push({ id, label: upperFirst(object), description: `Proposed by the drafter from the words "${text}": rename or merge it with an issue the store has.` })
    return { id, how: 'a new issue named for the words' }
  }

  const actorFact = (a: ActorDraft) => ({
    id: a.id,
    name: a.name,
    type: a.type,
    party: a.party,
    aliases: a.aliases,
    roles: a.roles,
    evidence: a.evidence.map(evidence),
    review: review(a.confidence, `${a.reason}${a.roles.length > 0 ? '; roles from the words beside the name' : ''}${speaking.has(a) ? '; speaks in the article' : ''}`)
  })

  const undecided: { kind: string; words: string; decide: string; proposed?: unknown }[] = unsure.map((u) => ({
    kind: 'statement',
    words: u.text.text,
    decide: `who is speaking: ${u.why}`,
    proposed: { mode: u.mode, text: u.text.text, quote: u.quote, evidence: [evidence(u.text)] }
  }))

  // A round needs its parties; one with none is the curator's to settle, and no fact points at it.
  // What the drafter took to be the store's own records: shown, so that a curator can check the link.
  const linked: { kind: string; id: string; words: string; why: string }[] = cast.actors.filter((a) => a.known).map((a) => ({ kind: 'actor', id: a.id, words: a.name, why: a.reason }))
  const placed = rounds.filter((r) => r.parties.length > 0)
  for (const r of placed) {
    const k = knownRound(r, known.rounds ?? [], published)
    if (k) {
      r.id = k.id
      r.known = true
      linked.push({ kind: 'round', id: k.id, words: r.sentence.text, why: `the store's round: ${r.city !== null ? `in ${r.city}` : `${r.format}, ${r.status}`}, with the same parties, on days that meet` })
    }
  }
  for (const r of rounds.filter((x) => x.parties.length === 0)) {
    undecided.push({ kind: 'round', words: r.sentence.text, decide: 'who took part: the article names no party the drafter can place', proposed: { title: r.title, format: r.format, status: r.status, city: r.city, date: r.date ?? null } })
  }
  const speakersOf = new Map(parties.map((p) => [p.id, [p.id, ...p.words, ...cast.actors.filter((a) => a.party === p.id).flatMap((a) => [a.name, ...a.aliases])]]))
  const needed = new Set<string>()
  const proposalFacts = proposals.flatMap((p) => {
    const text = p.spans.map((s) => s.text).join(' … ')
    const round = roundIn(placed, p.sentence)
    const category = categoryOf(text)
    const fact = {
      party: p.party?.id ?? null,
      round: round?.id ?? null,
      type: p.type,
      category: category.id,
      title: upperFirst(text.replace(/^(?:its|their)\s+/i, '')),
      text,
      date: round?.date ? dateOf(round.date) : dateOf(inSentence(p.sentence)),
      evidence: [p.spans.length > 1 ? { sourceId, spans: p.spans.map(words) } : evidence(p.spans[0]!), evidence(p.lead)],
      review: review(p.confidence, `${p.reason}; issue: ${category.how}`)
    }
    // The seeder's own rule: the words must name the party (or one who speaks for it) before any other.
    const whose = p.party === null ? `"${p.partyWords}" names no party the store or the article gives` : attributedTo([p.lead.text, ...p.spans.map((x) => x.text)], p.party.id, speakersOf) ? undefined : `its words name another party before ${p.party.name}`
    if (p.party === null || whose !== undefined) {
      undecided.push({ kind: 'proposal', words: text, decide: `whose it is: ${whose}`, proposed: { ...fact, newIssue: issues.find((i) => i.id === category.id) } })
      return []
    }
    needed.add(category.id)
    return [{ ...fact, party: p.party.id }]
  })

  const draftFile = {
    source: {
      id: sourceId,
      kind: 'news_article' as const,
      title,
      ...(headline !== undefined ? { headline } : {}),
      furniture,
      publisher: input.publisher,
      url: input.url ?? null,
      published: { earliest: published.earliest, latest: published.latest, text: null, note: null },
      language: input.language ?? 'en',
      licence: 'Not stated: the curator must give the terms the article may be stored and quoted on.',
      citation: `${input.publisher}, "${title}"${input.url ? `, ${input.url}` : ''}`.slice(0, 2000)
    },
    parties: draftParties.map((p) => ({ id: p.id, name: p.name, role: p.role, aliases: p.words.filter((w) => w !== p.name), review: review(0.6, `named ${p.mentions} times as a side of the talks`) })),
    issues: issues.filter((i) => needed.has(i.id)),
    actors: newActors.map(actorFact),
    rounds: placed.filter((r) => !r.known).map((r) => ({
      id: r.id,
      title: r.title,
      sequence: null,
      format: r.format,
      location: r.city ? { city: r.city, region: null, country: null } : null,
      date:
        r.date === undefined
          ? r.status === 'proposed'
            ? { earliest: null, latest: null, kind: 'unscheduled' as const, text: null, note: 'Proposed, with no day in the article.' }
            : reported('held')
          : fit(r.date.earliest, r.date.latest, r.date.kind === 'period' ? 'period' : 'within', r.date.text, r.date.note),
      status: r.status,
      summary: r.sentence.text,
      parties: r.parties.map((p) => ({ id: p.id, role: p.role === 'belligerent' ? ('participant' as const) : p.role })),
      evidence: r.sentences.filter((s, i, all) => all.indexOf(s) === i).map(evidence),
      review: review(r.confidence, r.reason)
    })),
    proposals: proposalFacts,
    statements: statements.flatMap((s) => {
      const round = roundIn(placed, s.sentence)
      // The seeder's own rule for quotes: one the article's marks do not hold ("…” mixed) is the curator's.
      const problems = quoteProblems(s.mode, s.text.text, s.quote)
      if (problems.length > 0) {
        undecided.push({ kind: 'statement', words: s.text.text, decide: `the quotation: ${problems.join('; ')}`, proposed: { actor: s.actor.id, mode: s.mode, quote: s.quote } })
        return []
      }
      return {
        actor: s.actor.id,
        party: s.actor.party,
        round: round?.id ?? null,
        relatedRounds: [],
        issues: [],
        mode: s.mode,
        text: s.text.text,
        quote: s.quote,
        date: dateOf(saidOn(s.text)),
        evidence: [evidence(s.text)],
        review: review(s.confidence, s.reason)
      }
    })
  }
  const facts = { parties: draftFile.parties.length, issues: draftFile.issues.length, actors: draftFile.actors.length, rounds: draftFile.rounds.length, proposals: proposalFacts.length, statements: draftFile.statements.length }
  const attention = [...draftFile.actors, ...draftFile.rounds, ...draftFile.proposals, ...draftFile.statements].filter((f) => f.review.confidence < 0.6).length
  return {
    ...draftFile,
    review: {
      summary: { facts, undecided: undecided.length, lowConfidence: attention, licence: 'source.licence is a placeholder: state the terms' },
      linked,
      dates: dates.map((d) => ({ text: d.text, start: d.start, end: d.end, earliest: d.earliest, latest: d.latest, kind: d.kind, note: d.note })),
      undecided
    }
  }
}
export type Draft = ReturnType<typeof draft>
