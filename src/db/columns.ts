// The mapping from the API's shapes to table columns that more than one writer needs (the
// seeder and the record writers): one place, so the two never store a source differently.
import { sha256 } from '../provenance/article.js'
import type { DateKind } from './vocabulary.js'

export interface DateShape {
  earliest: string | null
  latest: string | null
  kind?: DateKind | undefined
  text: string | null
  note: string | null
}

/**
 * The kind a date states, or the one its bounds imply: no day is `unscheduled`, one day
 * `exact`, no end `since`; a range is a `period` for what lasts (a round) and `within` for
 * what happened on one day of it (a thing said, tabled or published).
 */
export function kindOf(d: DateShape, range: 'period' | 'within'): DateKind {
  if (d.kind !== undefined) return d.kind
  if (d.earliest === null) return 'unscheduled'
  if (d.latest === null) return 'since'
  return d.latest === d.earliest ? 'exact' : range
}

export function dateColumns(d: DateShape & { earliest: string }) {
  return { dateEarliest: d.earliest, dateLatest: d.latest, dateKind: kindOf(d, 'within'), dateText: d.text, dateNote: d.note }
}

export interface SourceShape {
  kind: 'news_article' | 'reference_timeline'
  title: string
  publisher: string
  url: string | null
  published: DateShape & { earliest: string }
  language: string
  licence: string
  citation: string
}

/** A source's columns, its text hashed as the API promises (`sha256` of `text`). */
export function sourceColumns(s: SourceShape, text: string | null) {
  return {
    kind: s.kind,
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    publishedEarliest: s.published.earliest,
    publishedLatest: s.published.latest,
    publishedText: s.published.text,
    publishedNote: s.published.note,
    publishedKind: kindOf(s.published, 'within'),
    language: s.language,
    licence: s.licence,
    citation: s.citation,
    text,
    sha256: text === null ? null : sha256(text)
  }
}

export interface RoundShape {
  title: string
  sequence: number | null
  format: 'in_person' | 'video' | 'ministerial' | 'summit' | 'unknown'
  location: { city: string | null; region: string | null; country: string | null } | null
  date: DateShape
  status: 'held' | 'ongoing' | 'proposed'
  summary: string
}

/** A round's columns: its location flattened, its date range. */
export function roundColumns(r: RoundShape) {
  return {
    title: r.title,
    sequence: r.sequence,
    format: r.format,
    city: r.location?.city ?? null,
    region: r.location?.region ?? null,
    country: r.location?.country ?? null,
    dateEarliest: r.date.earliest,
    dateLatest: r.date.latest,
    dateKind: kindOf(r.date, 'period'),
    dateText: r.date.text,
    dateNote: r.date.note,
    status: r.status,
    summary: r.summary
  }
}
