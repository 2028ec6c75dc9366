// Rounds as CSV rows: the API's lists and export and the dashboard's downloads write the
// same columns, read from an item as the API publishes it (the client's types, so the
// page's bundle takes no zod).
import { dateColumns, evidenceColumns, type CsvColumns } from '../../http/csv.js'
import type { Round } from '../../client/index.js'

export const roundCsv: CsvColumns<Round> = [
  { header: 'id', value: (r) => r.id },
  { header: 'title', value: (r) => r.title },
  { header: 'sequence', value: (r) => r.sequence, type: 'integer' },
  { header: 'format', value: (r) => r.format },
  { header: 'status', value: (r) => r.status },
  ...dateColumns<Round>((r) => r.date),
  { header: 'city', value: (r) => r.location?.city ?? null },
  { header: 'region', value: (r) => r.location?.region ?? null },
  { header: 'country', value: (r) => r.location?.country ?? null },
  { header: 'parties', value: (r) => r.parties.map((p) => `${p.id}:${p.role}`).join(' | ') },
  { header: 'summary', value: (r) => r.summary },
  ...evidenceColumns<Round>()
]
