// Meetings and talks the article reports: where (a city after "in"), in what format
// ("face-to-face", "online", a leaders' meeting), whether held, going on or only proposed,
// and when, from the sentence's relative date. Mentions of one round are merged.
import { type Published, relativeDates, type RelativeDate } from './dates.js'
import type { Cast } from './actors.js'
import type { ActorDraft, PartyDraft } from './mentions.js'
import type { Reading, Sentence } from './nlp.js'

export type Format = 'in_person' | 'video' | 'ministerial' | 'summit' | 'unknown'
export type Status = 'held' | 'ongoing' | 'proposed'

export interface RoundDraft {
  id: string
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

const MEETING = /\b(?:round|talks|negotiations|meeting|summit|consultations)\b/i
const GENERIC = /\b(?:several|many|previous|earlier|all|some|numerous|multiple)\s+(?:rounds|meetings)\b|\bthe latest round of negotiations was\b/i
const PROPOSED = /\b(?:would|could|might|possible|potential|potentially|proposed|planned|plans?|needed for|will|to be held|is to|are to|expected|scheduled|next|future|upcoming)\b/i
const ONGOING = /\b(?:continu\w*|ongoing|under way|underway|since)\b/i

function formatOf(text: string): Format | undefined {
  if (/\bface[- ]to[- ]face\b|\bin[- ]person\b/i.test(text)) return 'in_person'
  if (/\b(?:online|video|virtual|videoconference|video[- ]link|by phone)\b/i.test(text)) return 'video'
  if (/\b(?:summit|leaders|highest level|heads of state|presidents|prime ministers)\b/i.test(text)) return 'summit'
  if (/\bforeign[- ]ministers?\b|\bministerial\b/i.test(text)) return 'ministerial'
  return undefined
}

export function findRounds(reading: Reading, cast: Cast, parties: PartyDraft[], published: Published): RoundDraft[] {
  const rounds: RoundDraft[] = []
  const sides = parties.filter((p) => p.role === 'belligerent').slice(0, 2)
  const cities = reading.places.filter((p) => !parties.some((party) => party.words.includes(p.text)))
  for (const sentence of reading.sentences) {
    const text = sentence.text.replace(/“[^”]*”|"[^"]*"/g, (m) => ' '.repeat(m.length))
    if (!MEETING.test(text) || GENERIC.test(text)) continue
    const between = /\bmeeting between (?:the )?(.+?)\s+and\s+(.+?)(?:[,.;]|$)/i.exec(text)
    const leaders = between ? cast.mentions.filter((m) => m.start >= sentence.start + between.index && m.end <= sentence.start + between.index + between[0].length).map((m) => m.actor) : []
    // A place compromise knows, or a capitalized name after "in" that is no party, person or month.
    const named = /\b(?:in|at) (?:the (?:\p{L}+ )*?(?:city|port|capital|town) of )?(\p{Lu}\p{Ll}+)\b/u.exec(text)?.[1]
    const city =
      cities.find((c) => c.start >= sentence.start && c.end <= sentence.end && new RegExp(`\\b(?:in|at)\\s+${c.text}\\b`).test(text))?.text ??
      (named && !parties.some((p) => p.words.includes(named)) && !cast.mentions.some((m) => m.text === named) && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(named) ? named : null)
    const format = formatOf(text) ?? (leaders.length >= 2 ? 'summit' : undefined)
    const date = relativeDates(sentence, published).find((d) => !/^(?:over|in|during|throughout) the past/i.test(d.text))
    if (city === null && format === undefined && date === undefined) continue
    const status: Status = ONGOING.test(text) ? 'ongoing' : PROPOSED.test(text) && !/\b(?:held|took place|resulted|ended|last week|yesterday)\b/i.test(text) ? 'proposed' : 'held'
    const fmt = format ?? 'unknown'
    const same = rounds.find((r) => (city !== null && r.city === city) || (r.status === status && r.format === fmt && (status !== 'held' || r.date?.earliest === date?.earliest)))
    if (same) {
      same.sentences.push(sentence)
      if (same.leaders.length === 0) same.leaders = leaders
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
  return rounds
}

/** The round a sentence speaks of, if one was found in it. */
export const roundIn = (rounds: RoundDraft[], sentence: Sentence) => rounds.find((r) => r.sentences.includes(sentence))
