// The view to take away: every record that matches it, as the lists gave them (every page
// followed), named after the view. The CSV columns and the spreadsheet safety are the API's
// own (the same column lists and writer), so a file from here reads like one from /v1.
import { toCsv, type CsvColumns } from '../src/http/csv.js'
import { proposalCsv } from '../src/modules/proposals/proposals.csv.js'
import { roundCsv } from '../src/modules/rounds/rounds.csv.js'
import { statementCsv } from '../src/modules/statements/statements.csv.js'
import { timelineCsv } from '../src/modules/timeline/timeline.csv.js'
import type { Dataset } from '../src/client/index.js'
import type { Records } from './data.js'
import { el } from './dom.js'
import { viewQuery, viewSlug, type View } from './view.js'

/** The files made for the view shown, let go when another view replaces it. */
const made: string[] = []

/** A link that makes its file when followed: nothing is built for a view no one downloads. */
function fileLink(text: string, name: string, type: string, body: () => string): HTMLAnchorElement {
  const link = el('a', { text })
  link.download = name
  link.href = '#'
  // Made as the link is about to be used: clicked, or its menu opened to save or copy it.
  const prepare = () => {
    if (link.href.startsWith('blob:')) return
    link.href = URL.createObjectURL(new Blob([body()], { type }))
    made.push(link.href)
  }
  for (const event of ['click', 'contextmenu', 'focus', 'pointerenter']) link.addEventListener(event, prepare)
  return link
}

export function renderDownloads(list: HTMLElement, records: Records, view: View, dataset: Dataset) {
  for (const url of made.splice(0)) URL.revokeObjectURL(url)
  const slug = viewSlug({ ...view, select: null })
  const name = (what: string, extension: string) => `negotiation-timeline-${what}-${slug}-v${dataset.version}.${extension}`
  const csv = <T>(what: string, title: string, items: T[], columns: CsvColumns<T>) =>
    el(
      'li',
      {},
      // A byte-order mark, as the API's bom=true gives: spreadsheets then read the text as UTF-8.
      fileLink(`${title}: CSV`, name(what, 'csv'), 'text/csv;charset=utf-8', () => toCsv(items, columns, { bom: true })),
      ` (${items.length} ${items.length === 1 ? 'row' : 'rows'})`
    )
  const document = () =>
    JSON.stringify(
      {
        title: `${dataset.name}: a view`,
        view: `${window.location.origin}/${viewQuery({ ...view, select: null })}`,
        version: dataset.version,
        citation: dataset.citation,
        licence: dataset.licence,
        filters: { ...view, select: undefined },
        counts: { timeline: records.timeline.length, rounds: records.rounds.length, proposals: records.proposals.length, statements: records.statements.length },
        timeline: records.timeline,
        rounds: records.rounds,
        proposals: records.proposals,
        statements: records.statements,
        ...(records.hits ? { search: records.hits } : {})
      },
      null,
      2
    )
  list.replaceChildren(
    el('li', {}, fileLink('Everything in this view: JSON', name('view', 'json'), 'application/json', document), ' (timeline, rounds, positions and statements in one document)'),
    csv('timeline', 'Timeline', records.timeline, timelineCsv),
    csv('rounds', 'Rounds', records.rounds, roundCsv),
    csv('proposals', 'Positions', records.proposals, proposalCsv),
    csv('statements', 'Statements', records.statements, statementCsv)
  )
}
