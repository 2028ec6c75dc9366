// The mapping from the API's shapes to table columns that more than one writer needs (the
// seeder and the record writers): one place, so the two never store a source differently.
import { sha256 } from '../provenance/article.js'

export interface DateShape {
  earliest: string
  latest: string | null
  text: string | null
  note: string | null
}

export function dateColumns(d: DateShape) {
  return { dateEarliest: d.earliest, dateLatest: d.latest, dateText: d.text, dateNote: d.note }
}

export interface SourceShape {
  kind: 'news_article' | 'reference_timeline'
  title: string
  publisher: string
  url: string | null
  published: DateShape
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
    ...dateColumns(r.date),
    status: r.status,
    summary: r.summary
  }
}
