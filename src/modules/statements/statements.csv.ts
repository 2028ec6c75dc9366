// Statements as CSV rows: the API's lists and export and the dashboard's downloads write the
// same columns, read from an item as the API publishes it (the client's types, so the
// page's bundle takes no zod).
import { dateColumns, evidenceColumns, type CsvColumns } from '../../http/csv.js'
import type { Statement } from '../../client/index.js'

export const statementCsv: CsvColumns<Statement> = [
  { header: 'id', value: (s) => s.id },
  { header: 'actor', value: (s) => s.actor },
  { header: 'party', value: (s) => s.party },
  { header: 'round', value: (s) => s.round },
  { header: 'related_rounds', value: (s) => s.relatedRounds.join(' | ') },
  { header: 'issues', value: (s) => s.issues.join(' | ') },
  { header: 'mode', value: (s) => s.mode },
  { header: 'title', value: (s) => s.title },
  { header: 'text', value: (s) => s.text },
  { header: 'quote', value: (s) => s.quote },
  ...dateColumns<Statement>((s) => s.date),
  ...evidenceColumns<Statement>()
]
