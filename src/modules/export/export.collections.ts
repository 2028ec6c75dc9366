// What the export holds: every collection, read page by page through its own repository,
// so each item is exactly what its list answers, and written as its list's CSV columns.
import { evidenceRows, type EvidenceSpanRow } from '../../db/evidence.js'
import type { Db } from '../../db/open.js'
import type { CsvColumns } from '../../http/csv.js'
import type { SortKey } from '../../http/pagination.js'
import { createActorsRepository } from '../actors/actors.repository.js'
import { actorCsv } from '../actors/actors.schemas.js'
import { createChangesRepository } from '../changes/changes.repository.js'
import { changeCsv } from '../changes/changes.schemas.js'
import { createIssuesRepository } from '../issues/issues.repository.js'
import { issueCsv, issueRows } from '../issues/issues.schemas.js'
import { createPartiesRepository } from '../parties/parties.repository.js'
import { partyCsv } from '../parties/parties.schemas.js'
import { createProposalsRepository } from '../proposals/proposals.repository.js'
import { proposalCsv } from '../proposals/proposals.csv.js'
import { createRoundsRepository } from '../rounds/rounds.repository.js'
import { roundCsv } from '../rounds/rounds.csv.js'
import { createSourcesRepository } from '../sources/sources.repository.js'
import { sourceCsv, type SourceDetail } from '../sources/sources.schemas.js'
import { createStatementsRepository } from '../statements/statements.repository.js'
import { statementCsv } from '../statements/statements.csv.js'

type After = SortKey | undefined
interface Page {
  items: unknown[]
  nextKey: SortKey | null
}

export interface Collection {
  name: string
  /** What the Data Package says the resource is. */
  title: string
  description?: string
  /** One page of items, in the list's own order. */
  page(limit: number, after: After): Page
  columns: CsvColumns<never>
  /** Where one item is several rows (an issue: one per party). */
  rows?: (item: never) => unknown[]
  /** The columns that name a row, for the Data Package's `primaryKey`. */
  primaryKey?: string[]
  /** A table of the package only: the JSON export has these rows inside the items. */
  tableOnly?: boolean
}

const erase = <T>(columns: CsvColumns<T>) => columns as unknown as CsvColumns<never>
const after = (key: After) => key as (string | number | null)[] | undefined

// Every span of every evidence item, with integer offsets: what a program needs to find the
// words of each fact in its source, where the items' CSV packs them into one cell.
const evidenceCsv: CsvColumns<EvidenceSpanRow> = [
  { header: 'evidence_id', value: (e) => e.evidenceId, type: 'integer' },
  { header: 'record_type', value: (e) => e.recordType },
  { header: 'record_id', value: (e) => e.recordId },
  { header: 'source_id', value: (e) => e.sourceId },
  { header: 'span', value: (e) => e.span, type: 'integer' },
  { header: 'start', value: (e) => e.start, type: 'integer' },
  { header: 'end', value: (e) => e.end, type: 'integer' },
  { header: 'text', value: (e) => e.text },
  { header: 'note', value: (e) => e.note }
]

// A source's text is what its evidence offsets count in: the export carries it, where its
// list gives only its length.
const sourceDetailCsv: CsvColumns<SourceDetail> = [...sourceCsv, { header: 'text', value: (s) => s.text }]

export function exportedCollections(db: Db): Collection[] {
  const rounds = createRoundsRepository(db)
  const proposals = createProposalsRepository(db)
  const parties = createPartiesRepository(db)
  const actors = createActorsRepository(db)
  const statements = createStatementsRepository(db)
  const sources = createSourcesRepository(db)
  const issues = createIssuesRepository(db)
  const changes = createChangesRepository(db)
  return [
    { name: 'rounds', title: 'Rounds of talks', page: (n, key) => rounds.list({}, 'date', n, after(key)), columns: erase(roundCsv), primaryKey: ['id'] },
    { name: 'proposals', title: 'Proposals, conditions, demands and assessments each party tabled', page: (n, key) => proposals.list({}, n, after(key)), columns: erase(proposalCsv), primaryKey: ['id'] },
    { name: 'parties', title: 'The sides, and the states hosting or mediating', page: (n, key) => parties.list(n, after(key)), columns: erase(partyCsv), primaryKey: ['id'] },
    { name: 'actors', title: 'People and organizations that act or are quoted', page: (n, key) => actors.list({}, n, after(key)), columns: erase(actorCsv), primaryKey: ['id'] },
    { name: 'statements', title: 'What actors said, as reported', page: (n, key) => statements.list({}, n, after(key)), columns: erase(statementCsv), primaryKey: ['id'] },
    {
      name: 'sources',
      title: 'The documents the facts come from, with their text',
      description:
        "`text` keeps its publisher's copyright (the row's `licence` says whose): it is here so that every evidence offset can be checked against it, and is not covered by the package's licence. Offsets count JavaScript string positions (UTF-16 code units).",
      page: (n, key) => {
        const page = sources.list(n, after(key))
        return { items: page.items.map((s) => sources.get(s.id)), nextKey: page.nextKey }
      },
      columns: erase(sourceDetailCsv),
      primaryKey: ['id']
    },
    {
      name: 'issues',
      title: 'The subjects of the talks, one row per issue and party',
      description: 'The position matrix, as /v1/issues gives it: counts are whole, the ids, titles and texts of each position at most the first 20. Every link is whole in proposals.category and statements.issues.',
      page: (n, key) => issues.list({}, n, after(key)),
      columns: erase(issueCsv),
      rows: issueRows as (item: never) => unknown[]
    },
    {
      name: 'evidence',
      title: 'The words each fact rests on: one row per span of each evidence item',
      description: '`start` and `end` are offsets into the source\'s `text` (JavaScript string positions, end exclusive), and `text` is exactly that slice. An item whose words the source separates has several spans (`span` 1, 2…); a reference timeline\'s item is a `note` with no offsets.',
      page: (n, key) => {
        const page = evidenceRows(db, (key?.[0] as number | undefined) ?? 0, n)
        return { items: page.rows, nextKey: page.nextKey }
      },
      columns: erase(evidenceCsv),
      primaryKey: ['evidence_id', 'span'],
      tableOnly: true
    },
    { name: 'changes', title: 'The log of accepted writes', page: (n, key) => changes.page((key?.[0] as number | undefined) ?? 0, n), columns: erase(changeCsv), primaryKey: ['seq'] }
  ]
}

/** Every item of a collection, a page at a time, letting the event loop turn between pages. */
export async function * itemsOf(collection: Collection, pageSize = 500): AsyncGenerator<unknown[]> {
  let key: After
  do {
    const page = collection.page(pageSize, key)
    yield page.items
    key = page.nextKey ?? undefined
    if (key !== undefined) await new Promise((resolve) => setImmediate(resolve))
  } while (key !== undefined)
}
