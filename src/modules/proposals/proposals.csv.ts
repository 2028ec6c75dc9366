// Proposals as CSV rows: the API's lists and export and the dashboard's downloads write the
// same columns, read from an item as the API publishes it (the client's types, so the
// page's bundle takes no zod).
import { dateColumns, evidenceColumns, type CsvColumns } from '../../http/csv.js'
import type { Proposal } from '../../client/index.js'

export const proposalCsv: CsvColumns<Proposal> = [
  { header: 'id', value: (p) => p.id },
  { header: 'party', value: (p) => p.party },
  { header: 'round', value: (p) => p.round },
  { header: 'type', value: (p) => p.type },
  { header: 'category', value: (p) => p.category },
  { header: 'title', value: (p) => p.title },
  { header: 'text', value: (p) => p.text },
  ...dateColumns<Proposal>((p) => p.date),
  ...evidenceColumns<Proposal>()
]
