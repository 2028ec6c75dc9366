// The position matrix: issues as rows (from /v1/issues), parties as columns, each cell the
// positions and statements of the view on that issue by that party, grouped as the issue's
// own links group them (`/v1/proposals?category=…&party=…`, `/v1/statements?issue=…&party=…`).
import type { Issue, Party, Proposal, Statement } from '../src/client/index.js'
import { el, plural } from './dom.js'
import type { Selectable } from './evidence.js'

export interface Cell extends Selectable {
  proposals: Proposal[]
  statements: Statement[]
}

/** The columns: every party with a position on some issue, then those who speak for none. */
export function matrixColumns(issues: Issue[], parties: Party[], only: string | null): { id: string | null; name: string }[] {
  const used = new Set(issues.flatMap((issue) => issue.positions.map((p) => p.party)))
  const columns: { id: string | null; name: string }[] = parties.filter((p) => used.has(p.id)).map((p) => ({ id: p.id, name: p.name }))
  if (used.has(null)) columns.push({ id: null, name: 'No party' })
  return only === null ? columns : columns.filter((c) => c.id === only)
}

export function cellOf(issue: Issue, column: { id: string | null; name: string }, proposals: Proposal[], statements: Statement[]): Cell {
  const inCell = {
    proposals: proposals.filter((p) => p.category === issue.id && p.party === column.id),
    statements: statements.filter((s) => s.issues.includes(issue.id) && s.party === column.id)
  }
  return {
    key: `issue:${issue.id}:${column.id ?? 'none'}`,
    label: `${issue.label}, ${column.name}`,
    evidence: [...inCell.proposals, ...inCell.statements].flatMap((r) => r.evidence),
    items: [...inCell.proposals.map((p) => `Position: ${p.title}`), ...inCell.statements.map((s) => `Statement: ${s.title}`)],
    ...inCell
  }
}

export function renderMatrix(
  container: HTMLElement,
  issues: Issue[],
  columns: { id: string | null; name: string }[],
  records: { proposals: Proposal[]; statements: Statement[] },
  /** Said when the records are not all of the view's. */
  partial: string | null,
  button: (record: Selectable, ...content: (Node | string)[]) => HTMLButtonElement
) {
  const head = el('tr', {}, el('th', { text: 'Issue' }), ...columns.map((c) => el('th', { text: c.name })))
  for (const th of head.children) th.setAttribute('scope', 'col')
  const rows = issues.map((issue) => {
    const heading = el('th', {}, el('span', { text: issue.label }))
    heading.setAttribute('scope', 'row')
    // The description as a tooltip for a mouse, and as text for a screen reader.
    heading.title = issue.description
    heading.append(el('span', { className: 'visually-hidden', text: `: ${issue.description}` }))
    const cells = columns.map((column) => {
      const cell = cellOf(issue, column, records.proposals, records.statements)
      if (cell.proposals.length + cell.statements.length === 0) {
        const dash = el('span', { className: 'muted', text: '–' })
        dash.setAttribute('aria-hidden', 'true')
        return el('td', { className: 'empty' }, dash, el('span', { className: 'visually-hidden', text: 'none' }))
      }
      const parts = [cell.proposals.length > 0 ? plural(cell.proposals.length, 'position') : '', cell.statements.length > 0 ? plural(cell.statements.length, 'statement') : ''].filter(Boolean)
      const chosen = button(cell, ...parts.flatMap((text, i) => [...(i > 0 ? [' '] : []), el('span', { text })]))
      // Heard in a list of buttons, "1 position" alone says nothing: the cell names its row and column.
      chosen.setAttribute('aria-label', `${issue.label}, ${column.name}: ${parts.join(' ')}`)
      return el('td', {}, chosen)
    })
    return el('tr', {}, heading, ...cells)
  })
  const caption = `What each party tabled or said on each issue, in the records of this view${partial ? `, ${partial}` : ''}.`
  const table = el('table', {}, el('caption', { className: 'muted small', text: caption }), el('thead', {}, head), el('tbody', {}, ...rows))
  container.replaceChildren(table)
}
