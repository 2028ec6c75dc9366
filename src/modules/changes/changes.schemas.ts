import type { Change } from '../../curation/curation.schemas.js'
import type { CsvColumns } from '../../http/csv.js'

export const changeCsv: CsvColumns<Change> = [
  { header: 'seq', value: (c) => c.seq, type: 'integer' },
  { header: 'at', value: (c) => c.at, type: 'datetime' },
  { header: 'token', value: (c) => c.token },
  { header: 'operation', value: (c) => c.operation },
  { header: 'resource_type', value: (c) => c.resource.type },
  { header: 'resource_id', value: (c) => c.resource.id },
  { header: 'href', value: (c) => c.resource.href },
  { header: 'fields', value: (c) => c.fields.join(' | ') },
  { header: 'version', value: (c) => c.version, type: 'integer' }
]
