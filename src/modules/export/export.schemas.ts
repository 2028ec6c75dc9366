import { z } from 'zod'
import { bomParam } from '../../http/pagination.js'
import { Change } from '../../curation/curation.schemas.js'
import { Licences } from '../dataset/dataset.schemas.js'
import { Actor } from '../actors/actors.schemas.js'
import { Issue } from '../issues/issues.schemas.js'
import { Party } from '../parties/parties.schemas.js'
import { Proposal } from '../proposals/proposals.schemas.js'
import { Round } from '../rounds/rounds.schemas.js'
import { SourceDetail } from '../sources/sources.schemas.js'
import { Statement } from '../statements/statements.schemas.js'
import { Version } from '../versions/versions.schemas.js'

/** Each format, the media type it is sent as, and the file name it is saved under. */
export const exportFormats = {
  json: { type: 'application/json', suffix: '.json' },
  jsonl: { type: 'application/x-ndjson', suffix: '.jsonl' },
  zip: { type: 'application/zip', suffix: '-csv.zip' },
  sqlite: { type: 'application/vnd.sqlite3', suffix: '.sqlite' },
  csv: { type: 'text/csv', suffix: '.csv' }
} as const
export type ExportFormat = keyof typeof exportFormats

/** The collections of the export, as `collection` names them for `format=csv`. */
export const exportCollections = ['rounds', 'proposals', 'parties', 'actors', 'statements', 'sources', 'issues', 'evidence', 'changes'] as const
export type ExportCollection = (typeof exportCollections)[number]

export const exportQuery = z.strictObject({
  format: z
    .enum(Object.keys(exportFormats) as [ExportFormat, ...ExportFormat[]])
    .optional()
    .describe(
      '`json`: one JSON document; `jsonl`: JSON Lines, one item a line; `zip`: one CSV per collection with a Frictionless `datapackage.json`; `sqlite`: a SQLite database of the dataset; `csv`: every row of one `collection`, for a spreadsheet (formula-like cells escaped as in the lists\' CSV; `bom` for Excel). Without it, the `Accept` header chooses (`application/json`, `application/x-ndjson`, `application/zip`, `application/vnd.sqlite3`, `text/csv`), JSON when it allows any.'
    ),
  version: z
    .string()
    .regex(/^[1-9][0-9]{0,14}$/, 'a dataset version: a whole number from 1, as /v1/versions lists them')
    .transform(Number)
    .optional()
    .describe('The dataset as it was at this version (`/v1/versions` lists them): the same bytes every time it is asked for. Without it, the current version.'),
  collection: z
    .enum(exportCollections)
    .optional()
    .describe('With `format=csv` (and only then): which collection, every row of it in one file, as in the ZIP (`=IMPORTDATA(…)` in Google Sheets).'),
  bom: bomParam
})

export const ExportHeader = z.object({
  name: z.string(),
  description: z.string(),
  version: z.number().int(),
  at: z.string().describe('When this version was made (ISO 8601, UTC).'),
  madeBy: Version.shape.madeBy,
  licence: Licences,
  citation: z.string(),
  counts: Version.shape.counts,
  sources: z.array(SourceDetail.pick({ id: true, kind: true, title: true, publisher: true, url: true, licence: true, citation: true }))
})
export type ExportHeader = z.infer<typeof ExportHeader>

export const ExportDocument = z
  .object({
    dataset: ExportHeader,
    rounds: z.array(Round),
    proposals: z.array(Proposal),
    parties: z.array(Party),
    actors: z.array(Actor),
    statements: z.array(Statement),
    sources: z.array(SourceDetail),
    issues: z.array(Issue),
    changes: z.array(Change)
  })
  .meta({
    id: 'Export',
    description:
      'The whole dataset at one version: its description, licence and citation, then every collection, each item as its list gives it (and each source with its text). JSON Lines gives the same as `{"collection": "dataset" | "rounds" | …, "item": {…}}` lines.'
  })
