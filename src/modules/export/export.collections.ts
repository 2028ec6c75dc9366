// What the export holds: every collection, read page by page through its own repository,
// so each item is exactly what its list answers, and written as its list's CSV columns.
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
import { proposalCsv } from '../proposals/proposals.schemas.js'
import { createRoundsRepository } from '../rounds/rounds.repository.js'
import { roundCsv } from '../rounds/rounds.schemas.js'
import { createSourcesRepository } from '../sources/sources.repository.js'
import { sourceCsv, type SourceDetail } from '../sources/sources.schemas.js'
import { createStatementsRepository } from '../statements/statements.repository.js'
import { statementCsv } from '../statements/statements.schemas.js'

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
}

const erase = <T>(columns: CsvColumns<T>) => columns as unknown as CsvColumns<never>
const after = (key: After) => key as (string | number | null)[] | undefined

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
