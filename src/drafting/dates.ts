// Relative dates ("last week", "since Friday", "over the past month") resolved against the
// publication date. A publication known only as a range gives the range of days the words
// can mean across it. Weeks run Monday to Sunday; a bare weekday is the latest such day up
// to publication, the day itself included, or the next one when the words around it speak of
// the future.
import type { Span } from './nlp.js'

export interface DateRange {
  earliest: string
  latest: string | null
  kind: 'exact' | 'within' | 'since' | 'period'
}

export interface RelativeDate extends Span, DateRange {
  note: string
}

export interface Published {
  earliest: string
  latest: string
}

const DAY = 86_400_000
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 }

const parse = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const addDays = (ms: number, n: number) => ms + n * DAY
const monday = (ms: number) => addDays(ms, -((new Date(ms).getUTCDay() + 6) % 7))
function addMonths(ms: number, n: number): number {
  const d = new Date(ms)
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), last))
}
const monthStart = (ms: number, n = 0) => {
  const d = new Date(ms)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)
}
const monthEnd = (ms: number, n = 0) => addDays(monthStart(ms, n + 1), -1)
const weekday = (name: string) => WEEKDAYS.indexOf(name.toLowerCase())
/** The latest `day` strictly before `ms`; with `ahead`, the first one strictly after. */
function nearest(ms: number, day: number, ahead: boolean): number {
  const today = new Date(ms).getUTCDay()
  const back = (today - day + 7) % 7 || 7
  const forward = (day - today + 7) % 7 || 7
  return ahead ? addDays(ms, forward) : addDays(ms, -back)
}
const count = (word: string) => NUMBERS[word.toLowerCase()] ?? Number(word)

/** How each form is found, and what days it means for one publication day. */
interface Rule {
  pattern: RegExp
  /** [first day, last day or null for open-ended] for a publication on day `ms`. */
  resolve(m: RegExpExecArray, ms: number, ahead: boolean): [number, number | null] | undefined
  kind: DateRange['kind']
  how: string
}

const W = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'
const N = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})'
const M = `(${MONTHS.join('|')})`

const rules: Rule[] = [
  { pattern: /\b(?:over|in|during|throughout) the (?:past|last) month\b/i, resolve: (_, ms) => [addMonths(ms, -1), ms], kind: 'period', how: 'the month up to publication' },
  { pattern: /\b(?:over|in|during|throughout) the (?:past|last) week\b/i, resolve: (_, ms) => [addDays(ms, -7), ms], kind: 'period', how: 'the seven days up to publication' },
  { pattern: new RegExp(`\\b(?:over|in|during|for) the (?:past|last) ${N} (day|week|month)s?\\b`, 'i'), resolve: (m, ms) => [m[2]!.toLowerCase() === 'month' ? addMonths(ms, -count(m[1]!)) : addDays(ms, -count(m[1]!) * (m[2]!.toLowerCase() === 'week' ? 7 : 1)), ms], kind: 'period', how: 'that long up to publication' },
  {
    pattern: new RegExp(`\\b${N} (day|week|month)s? ago\\b`, 'i'),
    resolve: (m, ms) => {
      const n = count(m[1]!)
      const unit = m[2]!.toLowerCase()
      if (unit === 'day') return [addDays(ms, -n), addDays(ms, -n)]
      if (unit === 'week') return [addDays(monday(ms), -7 * n), addDays(monday(ms), -7 * n + 6)]
      return [monthStart(ms, -n), monthEnd(ms, -n)]
    },
    kind: 'within',
    how: 'counted back from publication (a week ago is that calendar week, a month ago that month)'
  },
  { pattern: /\blast weekend\b/i, resolve: (_, ms) => { const sat = nearest(addDays(ms, -1), 6, false); return [sat, addDays(sat, 1)] }, kind: 'within', how: 'the weekend before publication' },
  { pattern: /\bearlier this week\b/i, resolve: (_, ms) => [monday(ms), addDays(ms, -1)], kind: 'within', how: 'from the Monday of the week of publication to the day before it' },
  { pattern: /\bearlier this month\b/i, resolve: (_, ms) => [monthStart(ms), addDays(ms, -1)], kind: 'within', how: 'from the first of the month of publication to the day before it' },
  { pattern: /\blater this week\b|\bthis week\b/i, resolve: (_, ms) => [monday(ms), addDays(monday(ms), 6)], kind: 'within', how: 'the calendar week of publication' },
  { pattern: /\blast week\b/i, resolve: (_, ms) => [addDays(monday(ms), -7), addDays(monday(ms), -1)], kind: 'within', how: 'the calendar week (Monday to Sunday) before the week of publication' },
  { pattern: /\bnext week\b/i, resolve: (_, ms) => [addDays(monday(ms), 7), addDays(monday(ms), 13)], kind: 'within', how: 'the calendar week after the week of publication' },
  { pattern: /\blater this month\b|\bthis month\b/i, resolve: (_, ms) => [monthStart(ms), monthEnd(ms)], kind: 'within', how: 'the month of publication' },
  { pattern: /\blast month\b/i, resolve: (_, ms) => [monthStart(ms, -1), monthEnd(ms, -1)], kind: 'within', how: 'the calendar month before the month of publication' },
  { pattern: /\bnext month\b/i, resolve: (_, ms) => [monthStart(ms, 1), monthEnd(ms, 1)], kind: 'within', how: 'the calendar month after the month of publication' },
  { pattern: /\b(?:earlier )?this year\b/i, resolve: (_, ms) => [Date.UTC(new Date(ms).getUTCFullYear(), 0, 1), ms], kind: 'within', how: 'the year of publication, up to it' },
  { pattern: /\blast year\b/i, resolve: (_, ms) => { const y = new Date(ms).getUTCFullYear() - 1; return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)] }, kind: 'within', how: 'the calendar year before publication' },
  { pattern: /\byesterday\b|\blast night\b/i, resolve: (_, ms) => [addDays(ms, -1), addDays(ms, -1)], kind: 'exact', how: 'the day before publication' },
  { pattern: /\btomorrow\b/i, resolve: (_, ms) => [addDays(ms, 1), addDays(ms, 1)], kind: 'exact', how: 'the day after publication' },
  { pattern: /\btoday\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b/i, resolve: (_, ms) => [ms, ms], kind: 'exact', how: 'the day of publication' },
  { pattern: new RegExp(`\\bsince (?:last )?${W}\\b`, 'i'), resolve: (m, ms) => [nearest(ms, weekday(m[1]!), false), null], kind: 'since', how: 'from the latest such weekday before publication, still going' },
  { pattern: new RegExp(`\\blast ${W}\\b`, 'i'), resolve: (m, ms) => { const d = nearest(ms, weekday(m[1]!), false); return [d, d] }, kind: 'exact', how: 'the latest such weekday before publication' },
  { pattern: new RegExp(`\\bnext ${W}\\b`, 'i'), resolve: (m, ms) => { const d = nearest(ms, weekday(m[1]!), true); return [d, d] }, kind: 'exact', how: 'the first such weekday after publication' },
  {
    pattern: new RegExp(`\\b(?:on |by |until |from )?${W}\\b`, 'i'),
    // Wire copy names the day it is filed by its name ("said Wednesday" on a Wednesday).
    resolve: (m, ms, ahead) => {
      const day = weekday(m[1]!)
      const d = !ahead && new Date(ms).getUTCDay() === day ? ms : nearest(ms, day, ahead)
      return [d, d]
    },
    kind: 'exact',
    how: 'the latest such weekday up to publication, the day itself included (the first after it, for what the sentence puts ahead)'
  },
  {
    pattern: new RegExp(`\\b(?:on |since |from )?(\\d{1,2}) ${M}(?: (\\d{4}))?\\b|\\b(?:on |since |from )?${M} (\\d{1,2})(?:,? (\\d{4}))?\\b`, 'i'),
    resolve: (m, ms, ahead) => {
      const day = Number(m[1] ?? m[5])
      const month = MONTHS.indexOf((m[2] ?? m[4])!.toLowerCase())
      const stated = m[3] ?? m[6]
      let d = Date.UTC(Number(stated ?? new Date(ms).getUTCFullYear()), month, day)
      if (new Date(d).getUTCDate() !== day) return undefined
      // "on 28 December" in a May article, of something past: last December.
      if (stated === undefined && !ahead && d > ms) d = Date.UTC(new Date(ms).getUTCFullYear() - 1, month, day)
      return [d, /^since\b/i.test(m[0]) ? null : d]
    },
    kind: 'exact',
    how: 'a day of the year of publication (the year before, for a past day after it)'
  }
]

/** Each rule's pattern made global once, to find every match in a sentence. */
const compiled = rules.map((rule) => ({ rule, re: new RegExp(rule.pattern.source, 'gi') }))

/** A span of time up to publication ("over the past month"): the backdrop of a fact, not its day. */
export const isBackdrop = (d: { text: string }) => /^(?:over|in|during|throughout|for) the (?:past|last)\b/i.test(d.text)

/** Words that put what a sentence says ahead of its publication. */
const FUTURE = /\b(?:will|would|shall|is to|are to|is due|are due|due to|plans? to|planned|scheduled|expected to|next)\b/i

/** Every relative date in a sentence (offsets in the body), resolved across the publication range. */
export function relativeDates(sentence: Span, published: Published): RelativeDate[] {
  const found: RelativeDate[] = []
  const taken: [number, number][] = []
  for (const { rule, re } of compiled) {
    re.lastIndex = 0
    for (let m = re.exec(sentence.text); m !== null; m = re.exec(sentence.text)) {
      const start = sentence.start + m.index
      const end = start + m[0].length
      if (taken.some(([a, b]) => start < b && end > a)) continue
      // Ahead of publication when the words around the date say so ("will meet on Tuesday"),
      // not when some other clause does ("said on Monday that talks would go on").
      const ahead = FUTURE.test(sentence.text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 15))
      const first = rule.resolve(m, parse(published.earliest), ahead)
      const last = rule.resolve(m, parse(published.latest), ahead)
      if (first === undefined || last === undefined) continue
      taken.push([start, end])
      const earliest = iso(first[0])
      const latest = first[1] === null || last[1] === null ? null : iso(last[1])
      const kind = latest === null ? 'since' : earliest === latest ? 'exact' : rule.kind === 'exact' ? 'within' : rule.kind
      const at = published.earliest === published.latest ? `published ${published.earliest}` : `published ${published.earliest} to ${published.latest}`
      found.push({ start, end, text: m[0], earliest, latest, kind, note: `'${m[0]}': ${rule.how}; ${at}.` })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
