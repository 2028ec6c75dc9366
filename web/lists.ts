// The view's records as lists of cards: rounds, each party's positions, who said what, and
// the search's hits. Every card is a button that shows the words its record rests on.
import type { Actor, Party, Proposal, Round, SearchHit, Statement } from '../src/client/index.js'
import { describeDate } from './dates.js'
import { el, snippetNodes } from './dom.js'
import type { Selectable } from './evidence.js'

export type Button = (className: string, record: Selectable, ...content: (Node | string)[]) => HTMLButtonElement

const formatNames: Record<Round['format'], string> = { in_person: 'in person', video: 'video', ministerial: 'ministerial', summit: 'summit', unknown: 'format unknown' }

export const roundRecord = (round: Round): Selectable => ({ key: `round:${round.id}`, label: round.title, evidence: round.evidence })
export const proposalRecord = (proposal: Proposal): Selectable => ({ key: `proposal:${proposal.id}`, label: proposal.title, evidence: proposal.evidence })
export const statementRecord = (statement: Statement): Selectable => ({ key: `statement:${statement.id}`, label: statement.title, evidence: statement.evidence })

export function roundItem(round: Round, button: Button): HTMLLIElement {
  const place = round.location ? ` · ${[round.location.city, round.location.region, round.location.country].filter(Boolean).join(', ')}` : ''
  return el(
    'li',
    {},
    button(
      `round ${round.status}`,
      roundRecord(round),
      el('strong', { text: round.title }),
      el(
        'span',
        { className: 'meta' },
        `${describeDate(round.date)} · `,
        el('span', { className: `badge ${round.status}`, text: round.status }),
        ' ',
        el('span', { className: 'badge format', text: formatNames[round.format] }),
        place
      )
    )
  )
}

export function proposalItem(proposal: Proposal, button: Button): HTMLLIElement {
  return el(
    'li',
    {},
    button(
      `proposal ${proposal.party}`,
      proposalRecord(proposal),
      el('strong', { text: proposal.title }),
      el('span', { className: 'meta', text: `${proposal.type} · ${proposal.category.replaceAll('_', ' ')} · ${describeDate(proposal.date)}` }),
      el('q', { text: proposal.text })
    )
  )
}

/** One column per party with positions in the view. */
export function renderPositions(container: HTMLElement, parties: Party[], proposals: Proposal[], button: Button) {
  const columns = parties
    .map((party) => ({ party, tabled: proposals.filter((p) => p.party === party.id) }))
    .filter(({ tabled }) => tabled.length > 0)
    .map(({ party, tabled }) => {
      const list = el('ul', { className: 'cards' }, ...tabled.map((p) => proposalItem(p, button)))
      list.id = `positions-${party.id}`
      list.setAttribute('aria-label', `${party.name}: positions`)
      return el('div', {}, el('h3', { text: party.name }), list)
    })
  container.replaceChildren(...(columns.length > 0 ? columns : [el('p', { className: 'muted', text: 'No position matches this view.' })]))
}

export function renderStatements(container: HTMLElement, actors: Actor[], statements: Statement[], button: Button) {
  const speakers = actors.filter((actor) => statements.some((s) => s.actor === actor.id))
  container.replaceChildren(
    ...speakers.map((actor) =>
      el(
        'section',
        { className: 'actor' },
        el('h3', {}, actor.name, ' ', el('span', { className: 'role', text: actor.roles.map((r) => r.text).join('; ') })),
        el(
          'ul',
          { className: 'cards' },
          ...statements
            .filter((s) => s.actor === actor.id)
            .map((statement) =>
              el(
                'li',
                {},
                button(
                  `statement ${statement.party ?? ''}`,
                  statementRecord(statement),
                  el('strong', { text: statement.title }),
                  el('span', { className: 'quote', text: statement.text }),
                  el('span', { className: 'meta', text: `${statement.mode} speech · ${describeDate(statement.date)}` })
                )
              )
            )
        )
      )
    ),
    ...(speakers.length > 0 ? [] : [el('p', { className: 'muted', text: 'No statement matches this view.' })])
  )
}

/**
 * The hits in the order of the search, each with its snippet. A hit whose record the view
 * shows can be chosen; a speaker's hit shows the words of everything they said in the view.
 */
export function renderHits(
  container: HTMLElement,
  hits: SearchHit[],
  records: Map<string, Selectable>,
  context: { statements: Statement[]; actors: Actor[]; articleId: string | undefined; complete: boolean },
  button: Button
) {
  const { statements, actors } = context
  container.replaceChildren(
    ...hits.map((hit) => {
      const content = [el('span', { className: 'badge format', text: hit.type }), ' ', el('strong', { text: hit.title }), el('span', { className: 'snippet' }, ...snippetNodes(hit.snippet))]
      let record = records.get(`${hit.type}:${hit.id}`)
      if (hit.type === 'actor') {
        const said = statements.filter((s) => s.actor === hit.id)
        const name = actors.find((a) => a.id === hit.id)?.name ?? hit.title
        const empty = said.length === 0 ? 'nothing they said is among the records of this view' : undefined
        record = { key: `actor:${hit.id}`, label: `What ${name} said`, evidence: said.flatMap((s) => s.evidence), items: said.map((s) => s.title), empty }
      } else if (hit.type === 'source') {
        record = { key: `source:${hit.id}`, label: hit.title, evidence: [], empty: hit.id === context.articleId ? 'the article itself, below' : undefined }
      }
      if (record) return el('li', {}, button('hit', record, ...content))
      // Found, but not among the records loaded: outside the view's other filters, or beyond
      // the first records of a long view. Its words are asked for when it is chosen.
      const where = context.complete ? 'Outside the other filters of this view.' : 'Not among the first records of this view loaded.'
      return el('li', {}, button('hit', { key: `${hit.type}:${hit.id}`, label: hit.title, evidence: [], lazy: true }, ...content, el('span', { className: 'meta', text: where })))
    }),
    ...(hits.length > 0 ? [] : [el('li', { className: 'muted', text: 'Nothing matches this search.' })])
  )
}
