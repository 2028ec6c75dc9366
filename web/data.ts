// The records a view shows, asked of the public API through the typed client. The API does
// the filtering it offers (party, round status and format, dates, event types); the page only
// joins the answers: the timeline keeps the events whose records the lists kept, and a search
// keeps the records it found.
import {
  createNegotiationClient,
  type Actor,
  type Dataset,
  type Issue,
  type Party,
  type Proposal,
  type Round,
  type SearchHit,
  type SourceDetail,
  type Statement,
  type Stats,
  type TimelineEvent
} from '../src/client/index.js'
import { shows, viewQuery, type View } from './view.js'

export const api = createNegotiationClient(window.location.origin)

interface Page<T> {
  data: T[]
  page: { nextCursor: string | null; total: number }
}

/** What went wrong, in the API's words (its problem document's detail), and its status. */
export class ApiProblem extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

function problemText(error: unknown): string {
  if (error && typeof error === 'object') {
    const problem = error as { title?: string; detail?: string; errors?: { path: string; message: string }[] }
    const details = problem.errors?.map((e) => `${e.path}: ${e.message}`).join('; ')
    return [problem.title, details ?? problem.detail].filter(Boolean).join(': ')
  }
  return String(error)
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * One answer of the API. A busy service (503, or 429 when rate-limited) says when to come
 * back in Retry-After: the request is made again then, up to three times, waiting at most 5 s.
 */
export async function one<T>(request: () => Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const { data, error, response } = await request()
    if (data !== undefined) return data
    if (attempt < 4 && (response.status === 503 || response.status === 429)) {
      await pause(Math.min(5, Number(response.headers.get('retry-after')) || 1) * 1000)
      continue
    }
    throw new ApiProblem(problemText(error), response.status)
  }
}

type PageFetch<T> = (cursor: string | undefined) => Promise<{ data?: Page<T>; error?: unknown; response: Response }>

/** Follows nextCursor to the end of a list, or until `max` items: with how many match in all. */
export async function pages<T>(fetchPage: PageFetch<T>, max = Infinity): Promise<{ items: T[]; total: number }> {
  const items: T[] = []
  let total = 0
  let cursor: string | undefined
  do {
    const page = await one(() => fetchPage(cursor))
    items.push(...page.data)
    total = page.page.total
    cursor = page.page.nextCursor ?? undefined
  } while (cursor !== undefined && items.length < max)
  return { items, total }
}

/** Every item of a list, page after page. */
export const all = async <T>(fetchPage: PageFetch<T>): Promise<T[]> => (await pages(fetchPage)).items

/** What every view shares: read once. */
export interface Basics {
  dataset: Dataset
  stats: Stats
  parties: Party[]
  actors: Actor[]
  issues: Issue[]
  article: SourceDetail | undefined
}

export async function loadBasics(): Promise<Basics> {
  const dataset = await one(() => api.GET('/v1'))
  const articleSource = dataset.sources.find((s) => s.kind === 'news_article')
  const [stats, parties, actors, issues, article] = await Promise.all([
    one(() => api.GET('/v1/stats')),
    all((cursor) => api.GET('/v1/parties', { params: { query: { limit: 100, cursor } } })),
    all((cursor) => api.GET('/v1/actors', { params: { query: { limit: 100, cursor } } })),
    all((cursor) => api.GET('/v1/issues', { params: { query: { limit: 100, cursor } } })),
    articleSource ? one(() => api.GET('/v1/sources/{id}', { params: { path: { id: articleSource.id } } })) : Promise.resolve(undefined)
  ])
  return { dataset, stats, parties, actors, issues, article }
}

/**
 * How many records of each list the page loads to show (ten pages). A grown store has a
 * hundred thousand statements: drawn all at once they froze the tab for half a minute. A
 * view that matches more says so, and its downloads still fetch every record.
 */
export const shownAtMost = 1000

/** The records of one view: every one, or the first `shownAtMost` of each list. */
export interface Records {
  timeline: TimelineEvent[]
  rounds: Round[]
  proposals: Proposal[]
  statements: Statement[]
  /** The search's hits, best first; null without a search. */
  hits: SearchHit[] | null
  /** How many records match, list by list, as the API counts them (before a search narrows the lists). */
  totals: Record<'timeline' | 'rounds' | 'proposals' | 'statements' | 'hits', number>
  /** Whether every matching record of every list is here. */
  complete: boolean
}

/** The records of a view, at most `max` of each list. */
export async function fetchRecords(view: View, max: number): Promise<Records> {
  const limit = 100
  const party = view.party ?? undefined
  const dates = { from: view.from ?? undefined, to: view.to ?? undefined }
  const none = Promise.resolve({ items: [], total: 0 })
  const [timeline, rounds, proposals, statements, found] = await Promise.all([
    pages((cursor) => api.GET('/v1/timeline', { params: { query: { ...dates, party, type: view.types.length > 0 ? view.types.join(',') : undefined, limit, cursor } } }), max),
    shows(view, 'round')
      ? pages((cursor) => api.GET('/v1/rounds', { params: { query: { ...dates, party, status: view.status ?? undefined, format: view.format ?? undefined, limit, cursor } } }), max)
      : none,
    shows(view, 'proposal') ? pages((cursor) => api.GET('/v1/proposals', { params: { query: { ...dates, party, limit, cursor } } }), max) : none,
    shows(view, 'statement') ? pages((cursor) => api.GET('/v1/statements', { params: { query: { ...dates, party, limit, cursor } } }), max) : none,
    view.q ? pages((cursor) => api.GET('/v1/search', { params: { query: { q: view.q ?? '', limit, cursor } } }), max) : Promise.resolve(null)
  ])
  const lists = { timeline, rounds, proposals, statements, hits: found ?? { items: [], total: 0 } }
  const totals = { timeline: timeline.total, rounds: rounds.total, proposals: proposals.total, statements: statements.total, hits: found?.total ?? 0 }
  const complete = Object.values(lists).every((list) => list.items.length >= list.total)
  return { ...joined(view, timeline.items, rounds.items, proposals.items, statements.items, found?.items ?? null), totals, complete }
}

function joined(view: View, timeline: TimelineEvent[], rounds: Round[], proposals: Proposal[], statements: Statement[], hits: SearchHit[] | null): Omit<Records, 'totals' | 'complete'> {
  if (hits !== null) {
    const found = (type: SearchHit['type']) => new Set(hits.filter((h) => h.type === type).map((h) => h.id))
    const [foundRounds, foundProposals, foundStatements, foundActors] = [found('round'), found('proposal'), found('statement'), found('actor')]
    // A speaker found by name brings what they said.
    const kept = {
      rounds: rounds.filter((r) => foundRounds.has(r.id)),
      proposals: proposals.filter((p) => foundProposals.has(p.id)),
      statements: statements.filter((s) => foundStatements.has(s.id) || foundActors.has(s.actor))
    }
    return { ...join(timeline, kept, found('source')), ...kept, hits }
  }
  // Only a filter of rounds (status, format) leaves timeline events out: without one, every
  // event stays, even when the lists hold only the first of their records.
  if (!view.status && !view.format) return { timeline, rounds, proposals, statements, hits }
  return { ...join(timeline, { rounds, proposals, statements }, null), rounds, proposals, statements, hits }
}

/** The timeline's events whose records the lists kept (a round the status filter left out goes too). */
function join(timeline: TimelineEvent[], lists: Pick<Records, 'rounds' | 'proposals' | 'statements'>, sources: Set<string> | null): Pick<Records, 'timeline'> {
  const kept = {
    round: new Set(lists.rounds.map((r) => r.id)),
    proposal: new Set(lists.proposals.map((p) => p.id)),
    statement: new Set(lists.statements.map((s) => s.id)),
    source: sources
  }
  return { timeline: timeline.filter((e) => kept[e.ref.type]?.has(e.ref.id) ?? true) }
}

// The records of the view shown: a change of the selection alone (a choice, or back and
// forward over one) asks nothing again. Another view is asked anew; the service's answers
// carry ETags and it keeps them, so a view seen before is quick to ask again.
let current: { key: string; records: Promise<Records> } | undefined

export function recordsOf(view: View): Promise<Records> {
  const key = viewQuery({ ...view, select: null })
  if (current?.key !== key) {
    const records = fetchRecords(view, shownAtMost)
    current = { key, records }
    records.catch(() => {
      if (current?.records === records) current = undefined
    })
  }
  return current.records
}
