// CSV beside JSON for every list: RFC 4180 (CRLF line ends, quotes where needed), a header
// row, one row per item, nested values flattened into the documented columns. Nothing here
// knows Fastify (csv-reply.ts does), so the dashboard's bundle writes its CSV with it too.
import { stringify } from 'csv-stringify/sync'
import type { DateRange, Evidence } from './schemas.js'

export type CsvValue = string | number | boolean | null

export interface CsvColumn<T> {
  header: string
  value: (item: T) => CsvValue
  /** What the cells hold, for a Data Package's schema (/v1/export); text when unsaid. */
  type?: 'integer' | 'number' | 'boolean' | 'date' | 'datetime'
}

export type CsvColumns<T> = CsvColumn<T>[]

export interface CsvOptions {
  /** The header row; false for the later parts of a file written a page at a time. */
  header?: boolean
  /** A UTF-8 byte-order mark first: without it Excel reads UTF-8 as Windows-1252. */
  bom?: boolean
  /**
   * Formula-leading text cells begin with an apostrophe (the default): right for a file a
   * spreadsheet opens, wrong for one a program reads, where the text must stay as it is (the
   * export's package: its offsets count the article's characters).
   */
  escapeFormulas?: boolean
}

/**
 * Every CSV this service writes goes through here, so every one is safe to open in a
 * spreadsheet: a text cell starting with =, +, -, @, a tab or a carriage return (or the
 * full-width =, +, -, @) gets a leading `'`, so curated text is never run as a formula.
 * csv-stringify's escape_formulas leaves number cells alone (a negative number keeps its
 * sign); dates are ISO text starting with a digit, so they are never touched.
 */
export function toCsv<T>(items: T[], columns: CsvColumns<T>, options: CsvOptions = {}): string {
  const rows = items.map((item) => columns.map((column) => column.value(item)))
  const records = options.header === false ? rows : [columns.map((c) => c.header), ...rows]
  return stringify(records, { record_delimiter: 'windows', cast: { boolean: (b) => String(b) }, escape_formulas: options.escapeFormulas !== false, bom: options.bom === true })
}

/**
 * Route config for a list answering CSV: typed where it is written, erased where it is read.
 * With `rowsOf`, each item of a page becomes the rows it returns, and the columns read rows.
 */
export function csvConfig<Row, Item = Row>(columns: CsvColumns<Row>, rowsOf?: (item: Item) => Row[]) {
  return { csv: columns as unknown as CsvColumns<never>, ...(rowsOf === undefined ? {} : { csvRows: rowsOf }) }
}

export function dateColumns<T>(pick: (item: T) => DateRange, prefix = 'date'): CsvColumns<T> {
  return [
    { header: `${prefix}_earliest`, value: (i) => pick(i).earliest, type: 'date' },
    { header: `${prefix}_latest`, value: (i) => pick(i).latest, type: 'date' },
    { header: `${prefix}_kind`, value: (i) => pick(i).kind },
    { header: `${prefix}_text`, value: (i) => pick(i).text }
  ]
}

/**
 * Evidence flattens to three columns; several items are separated by " | ". An item of
 * several spans gives each span's offsets, separated by ",", and its words joined by " … ".
 */
export function evidenceColumns<T extends { evidence: Evidence[] }>(): CsvColumns<T> {
  return [
    { header: 'evidence_sources', value: (i) => i.evidence.map((e) => e.sourceId).join(' | ') },
    { header: 'evidence_offsets', value: (i) => i.evidence.map((e) => (e.spans ?? (e.start === null ? [] : [e])).map((s) => `${s.start}-${s.end}`).join(',')).join(' | ') },
    { header: 'evidence_text', value: (i) => i.evidence.map((e) => e.spans?.map((s) => s.text).join(' … ') ?? e.text ?? e.note ?? '').join(' | ') }
  ]
}
