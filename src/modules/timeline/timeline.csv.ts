// Timeline as CSV rows: the API's lists and export and the dashboard's downloads write the
// same columns, read from an item as the API publishes it (the client's types, so the
// page's bundle takes no zod).
import { dateColumns, type CsvColumns } from '../../http/csv.js'
import type { TimelineEvent } from '../../client/index.js'

export const timelineCsv: CsvColumns<TimelineEvent> = [
  { header: 'id', value: (e) => e.id },
  { header: 'type', value: (e) => e.type },
  ...dateColumns<TimelineEvent>((e) => e.date),
  { header: 'day', value: (e) => e.day, type: 'date' },
  { header: 'title', value: (e) => e.title },
  { header: 'parties', value: (e) => e.parties.join(' | ') },
  { header: 'ref_type', value: (e) => e.ref.type },
  { header: 'ref_id', value: (e) => e.ref.id },
  { header: 'href', value: (e) => e.ref.href }
]
