// Meetings and talks the article reports: where (a city after "in"), in what format
// ("face-to-face", "online", a leaders' meeting), whether held, going on or only proposed,
// and when, from the sentence's relative date. Mentions of one round are merged.
import { escapeRegExp } from '../provenance/rules.js'
import { ATTRIBUTED } from './speech.js'
import { isBackdrop, type Published, relativeDates, type RelativeDate } from './dates.js'
import type { Cast } from './actors.js'
import type { ActorDraft, PartyDraft } from './mentions.js'
import { LONGEST, type Reading, type Sentence } from './nlp.js'

export type Format = 'in_person' | 'video' | 'ministerial' | 'summit' | 'unknown'
export type Status = 'held' | 'ongoing' | 'proposed'

export interface RoundDraft {
  id: string
  /** The store has it: facts point at its id and the draft proposes it no more. */
  known?: boolean
  title: string
  format: Format
  status: Status
  city: string | null
  date: RelativeDate | undefined
  parties: PartyDraft[]
  leaders: ActorDraft[]
  sentence: Sentence
  /** The sentences that speak of it. */
  sentences: Sentence[]
  confidence: number
  reason: string
}

const MEETING = /\b(?:round|talks|negotiations|meeting|summit|consultations|meet|met)\b/i
const GENERIC = /\b(?:several|many|previous|earlier|all|some|numerous|multiple)\s+(?:rounds|meetings)\b|\bchances of\b/i
/** What makes a mention an event: a verb that holds, continues or plans it. */
const HELD = /\b(?:held|took place|ended|end|concluded|opened|began|wrapped up|resulted|broke up|followed|hosted|met|ended without|closed)\b/i
const ONGOING = /\b(?:ongoing|under way|underway|since|have been (?:holding|talking|meeting)|are holding|(?:is|are|were|was) continuing)\b/i
const PROPOSED = /\b(?:would|could|might|possible|potential|potentially|proposed|planned|plans?|needed for|will|to be held|is to|are to|expected|scheduled|next|future|upcoming|prepared to|ready to|willing to|offered to|invited|open to|idea of)\b/i
/** A dateline ("PORT ILSEN, Eskara, March 20 (Wire) - ") is where the story was filed, not a round. */
const DATELINE = /^[\p{Lu}][\p{Lu} .'-]{2,}(?:,\s*[^,()]{2,40}){0,2}\s*(?:\([^)]*\))?\s*[-—–]+\s*/u

function formatOf(text: string): Format | undefined {
  if (/\bface[- ]to[- ]face\b|\bin[- ]person\b/i.test(text)) return 'in_person'
  if (/\b(?:online|video|virtual|videoconference|video[- ]link|by phone)\b/i.test(text)) return 'video'
  if (/\b(?:summit|leaders|highest level|heads of state|presidents|prime ministers)\b/i.test(text)) return 'summit'
  if (/\bforeign[- ]ministers\b|\bministerial\b|\btwo ministers\b/i.test(text)) return 'ministerial'
  return undefined
}

export function findRounds(reading: Reading, cast: Cast, parties: PartyDraft[], published: Published): RoundDraft[] {
  const rounds: RoundDraft[] = []
  const sides = parties.filter((p) => p.role === 'belligerent').slice(0, 2)
  const cities = reading.places.filter((p) => !parties.some((party) => party.words.includes(p.text)))
  const months = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/
  for (const sentence of reading.sentences) {
    // No sentence of an article runs to thousands of characters; a text that does is not read for rounds.
    if (sentence.text.length > LONGEST) continue
    const masked = reading.quoted.slice(sentence.start, sentence.end).replace(/“[^”]*”/g, (m) => ' '.repeat(m.length))
    const lead = DATELINE.exec(masked)?.[0].length ?? 0
    // One sentence may tell of two rounds ("… since Friday, a week after a round in Vessen"): each clause on its own.
    const cuts = [lead, ...[...masked.matchAll(/,\s+(?:after|following|before|a week after|days after|when|while|but|where)\b|;\s+|\s+[—–]\s+/g)].map((m) => m.index).filter((i) => i > lead), masked.length]
    for (let c = 0; c + 1 < cuts.length; c++) {
      const text = masked.slice(cuts[c], cuts[c + 1])
      const at = sentence.start + cuts[c]!
      const clause = { start: at, end: at + text.length, text: reading.body.slice(at, at + text.length) }
      if (!MEETING.test(text) || GENERIC.test(text)) continue
      // "continuing since Friday" goes on; "expected to continue next week" is planned.
      const status: Status | undefined = ONGOING.test(text)
        ? 'ongoing'
        : PROPOSED.test(text) && !/\b(?:held|took place|resulted|ended|last week|yesterday|ago)\b/i.test(text)
          ? 'proposed'
          : /\bcontinu/i.test(text)
            ? 'ongoing'
            : HELD.test(text)
              ? 'held'
              : undefined
      if (status === undefined) continue
      const between = /\b(?:meeting|summit|talks) between (?:the )?(.+?)\s+and\s+(.+?)(?:[.;]|$)|\bmeet\s+(.+?)(?:[.;“]|$)/i.exec(text)
      const leaders = between ? cast.mentions.filter((m) => m.start >= at + between.index && m.end <= at + between.index + between[0].length).map((m) => m.actor) : []
      const heads = leaders.filter((l) => l.roles.some((r) => /\b(?:president|prime minister|chancellor|king|premier|leader)\b/i.test(r.title)))
      // A place compromise knows, or capitalized words after "in" that are no party, person or month.
      const named = /\b(?:in|at) (?:the (?:\p{L}+ )*?(?:city|port|capital|town) of )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\b/u.exec(text)?.[1]
      const city =
        cities.find((x) => x.start >= clause.start && x.end <= clause.end && new RegExp(`\\b(?:in|at)\\s+${escapeRegExp(x.text)}\\b`, 'u').test(text))?.text ??
        (named && !parties.some((p) => p.words.includes(named)) && !cast.mentions.some((m) => m.text === named) && !months.test(named) ? named : null)
      // Two leaders meeting is a summit, whatever else the clause names ("… and their foreign ministers").
      const format = heads.length >= 2 || (heads.length >= 1 && /\bmeet\b/i.test(text)) ? 'summit' : formatOf(text)
      const verbOnly = !/\b(?:round|talks|negotiations|meeting|summit|consultations)\b/i.test(text)
      if (verbOnly && /\bmeet\b/i.test(text) && format !== 'summit') continue
      // The date of the clause's own event, not of who said it ("…, Kuleba said on Monday").
      const date = relativeDates(clause, published).find((d) => !isBackdrop(d) && !ATTRIBUTED.test(reading.body.slice(Math.max(clause.start, d.start - 60), d.start)))
      // "met" alone makes a round only with a place or a format: "met face to face in Istanbul".
      if (verbOnly && /\bmet\b/i.test(text) && city === null && format === undefined) continue
      if (city === null && format === undefined && date === undefined) continue
      const fmt = format ?? (city !== null ? 'in_person' : 'unknown')
      const same = rounds.find((r) => (city !== null && r.city === city && r.status === status) || (city === null && r.status === status && r.format === fmt && (status !== 'held' || r.date?.earliest === date?.earliest)))
      if (same) {
        if (!same.sentences.includes(sentence)) same.sentences.push(sentence)
        continue
      }
      const names = [...new Set(leaders.map((l) => l.name.split(/\s+/).at(-1)))]
      const title =
        status === 'proposed' && fmt === 'summit'
          ? names.length >= 2 ? `Proposed meeting between ${names.join(' and ')}` : 'Proposed meeting of the leaders'
          : `${status === 'proposed' ? 'Proposed talks' : 'Talks'}${city ? ` in ${city}` : fmt === 'video' ? ' by video' : ''}${date && status !== 'proposed' ? ` (${date.text})` : ''}`
      const roundParties = leaders.length >= 2 ? parties.filter((p) => leaders.some((l) => l.party === p.id)) : sides
      rounds.push({
        id: '',
        title,
        format: fmt,
        status,
        city,
        date: status === 'proposed' && date === undefined ? undefined : date,
        parties: roundParties.length > 0 ? roundParties : sides,
        leaders,
        sentence,
        sentences: [sentence],
        confidence: city !== null || format !== undefined ? 0.7 : 0.5,
        reason: `a meeting word with ${[city && `a place ("in ${city}")`, format && `a format cue (${format})`, date && `a date ("${date.text}")`].filter(Boolean).join(', ')}; ${status} from the tense and cue words`
      })
    }
  }
  return rounds
}

/** The round a sentence speaks of, if one was found in it. */
export const roundIn = (rounds: RoundDraft[], sentence: Sentence) => rounds.find((r) => r.sentences.includes(sentence))
