// The view to take away: every record that matches it, as the lists gave them (every page
// followed), named after the view. The CSV columns and the spreadsheet safety are the API's
// own (the same column lists and writer), so a file from here reads like one from /v1.
import { toCsv, type CsvColumns } from '../src/http/csv.js'
import { proposalCsv } from '../src/modules/proposals/proposals.csv.js'
import { roundCsv } from '../src/modules/rounds/rounds.csv.js'
import { statementCsv } from '../src/modules/statements/statements.csv.js'
import { timelineCsv } from '../src/modules/timeline/timeline.csv.js'
import type { Dataset } from '../src/client/index.js'
import { fetchRecords, type Records } from './data.js'
import { el } from './dom.js'
import { viewQuery, viewSlug, type View } from './view.js'

/** The files made for the view shown, let go when another view replaces it. */
const made: string[] = []

/**
 * A link that makes its file when it is about to be used: nothing is built for a view no one
 * downloads. The records shown make the file at once, so the link can also be saved or copied;
 * a view longer than the page shows asks the API for every record first.
 */
function fileLink(text: string, name: string, type: string, body: () => string | Promise<string>, ready: boolean): HTMLAnchorElement {
  const link = el('a', { text })
  link.download = name
  link.href = '#'
  const keep = (content: string) => {
    link.href = URL.createObjectURL(new Blob([content], { type }))
    made.push(link.href)
  }
  const prepare = () => {
    if (link.href.startsWith('blob:')) return
    const content = body()
    if (typeof content === 'string') keep(content)
  }
  // Pointing at a link of a long view must not ask for all of it: only following it does.
  if (ready) for (const event of ['contextmenu', 'focus', 'pointerenter']) link.addEventListener(event, prepare)
  link.addEventListener('click', (event) => {
    if (link.href.startsWith('blob:')) return
    const content = body()
    if (typeof content === 'string') return keep(content)
    event.preventDefault()
    link.textContent = `${text} (asking for every record…)`
    content.then(
      (whole) => {
        link.textContent = text
        keep(whole)
        link.click()
      },
      (problem: unknown) => {
        link.textContent = `${text} (could not get every record: ${problem instanceof Error ? problem.message : String(problem)}; follow the link to try again)`
      }
    )
  })
  return link
}

export function renderDownloads(list: HTMLElement, records: Records, view: View, dataset: Dataset) {
  for (const url of made.splice(0)) URL.revokeObjectURL(url)
  const slug = viewSlug({ ...view, select: null })
  const name = (what: string, extension: string) => `negotiation-timeline-${what}-${slug}-v${dataset.version}.${extension}`
  let whole: Promise<Records> | undefined
  /** The records shown when they are all of the view's; otherwise every one, asked for once (again after a failure). */
  const every = <T>(make: (r: Records) => T): T | Promise<T> => {
    if (records.complete) return make(records)
    whole ??= fetchRecords(view, Infinity)
    whole.catch(() => (whole = undefined))
    return whole.then(make)
  }
  // A search in a long view is counted when every record is in: not before.
  const rows = (n: number) => (!records.complete && records.hits ? ' (every matching row)' : ` (${n.toLocaleString('en')} ${n === 1 ? 'row' : 'rows'})`)
  const csv = <T>(what: string, title: string, pick: (r: Records) => T[], columns: CsvColumns<T>, total: number) =>
    el(
      'li',
      {},
      // A byte-order mark, as the API's bom=true gives: spreadsheets then read the text as UTF-8.
      fileLink(`${title}: CSV`, name(what, 'csv'), 'text/csv;charset=utf-8', () => every((r) => toCsv(pick(r), columns, { bom: true })), records.complete),
      rows(records.complete ? pick(records).length : total)
    )
  const viewDocument = (r: Records) =>
    JSON.stringify(
      {
        title: `${dataset.name}: a view`,
        view: `${window.location.origin}/${viewQuery({ ...view, select: null })}`,
        version: dataset.version,
        citation: dataset.citation,
        licence: dataset.licence,
        filters: { ...view, select: undefined },
        counts: { timeline: r.timeline.length, rounds: r.rounds.length, proposals: r.proposals.length, statements: r.statements.length },
        timeline: r.timeline,
        rounds: r.rounds,
        proposals: r.proposals,
        statements: r.statements,
        ...(r.hits ? { search: r.hits } : {})
      },
      null,
      2
    )
  list.replaceChildren(
    el('li', {}, fileLink('Everything in this view: JSON', name('view', 'json'), 'application/json', () => every(viewDocument), records.complete), ' (timeline, rounds, positions and statements in one document)'),
    csv('timeline', 'Timeline', (r) => r.timeline, timelineCsv, records.totals.timeline),
    csv('rounds', 'Rounds', (r) => r.rounds, roundCsv, records.totals.rounds),
    csv('proposals', 'Positions', (r) => r.proposals, proposalCsv, records.totals.proposals),
    csv('statements', 'Statements', (r) => r.statements, statementCsv, records.totals.statements)
  )
}
