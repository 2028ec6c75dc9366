// The dashboard: every round on a date axis, Kyiv's and Moscow's positions side by side,
// who said what, and the source text with the words behind any record highlighted. It uses
// only the public API, through the typed client.
import { createNegotiationClient, type DateRange, type Evidence, type Proposal, type Round, type SourceDetail, type Statement } from '../src/client/index.js'

const api = createNegotiationClient(window.location.origin)

interface Page<T> {
  data: T[]
  page: { nextCursor: string | null }
}

/** Follows nextCursor to the end of a list. */
async function all<T>(fetchPage: (cursor: string | undefined) => Promise<{ data?: Page<T>; error?: unknown }>): Promise<T[]> {
  const items: T[] = []
  let cursor: string | undefined
  do {
    const { data, error } = await fetchPage(cursor)
    if (!data) throw new Error(`the API answered with a problem: ${JSON.stringify(error)}`)
    items.push(...data.data)
    cursor = data.page.nextCursor ?? undefined
  } while (cursor !== undefined)
  return items
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag)
  if (props.className) node.className = props.className
  if (props.text !== undefined) node.textContent = props.text
  node.append(...children)
  return node
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id)
  if (!node) throw new Error(`#${id} is missing from the page`)
  return node as T
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const day = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`))

/** A date as the API gives it: `kind` tells a period from one day known only "by" its end. */
type ApiDate = Pick<DateRange, 'earliest' | 'latest' | 'kind' | 'text'>

function describeDate(date: ApiDate): string {
  let when: string
  if (date.earliest === null) when = 'not scheduled'
  else if (date.kind === 'within' && date.latest !== null) when = `by ${day(date.latest)}`
  else if (date.latest === null) when = `since ${day(date.earliest)}`
  else if (date.latest === date.earliest) when = day(date.earliest)
  else when = `${day(date.earliest)} – ${day(date.latest)}`
  return date.text ? `${when} (“${date.text}”)` : when
}

/** The day a date is placed on, as the timeline places it; null for an unscheduled event. */
const placedOn = (date: ApiDate): string | null => (date.kind === 'within' ? date.latest : date.earliest)

const formatNames: Record<Round['format'], string> = {
  in_person: 'in person',
  video: 'video',
  ministerial: 'ministerial',
  summit: 'summit',
  unknown: 'format unknown'
}
const formatShapes: Record<Round['format'], string> = { in_person: '●', video: '■', ministerial: '◆', summit: '★', unknown: '○' }

interface Selectable {
  label: string
  evidence: Evidence[]
}

let article: SourceDetail | undefined
let pressed: HTMLButtonElement | undefined

/** Shows the article with the record's evidence highlighted, and any reference notes. */
function select(button: HTMLButtonElement, record: Selectable) {
  pressed?.setAttribute('aria-pressed', 'false')
  button.setAttribute('aria-pressed', 'true')
  pressed = button
  const articleNode = byId('article')
  const notes = byId('notes')
  notes.replaceChildren()
  // The spans, not a passage: an item of several spans marks only the fact's own words.
  const spans = record.evidence
    .filter((e) => article !== undefined && e.sourceId === article.id)
    .flatMap((e) => e.spans ?? (e.start !== null && e.end !== null ? [{ start: e.start, end: e.end }] : []))
    .sort((a, b) => a.start - b.start)
  const text = article?.text ?? ''
  const pieces: Node[] = []
  let at = 0
  for (const span of spans) {
    const start = Math.max(span.start, at)
    if (span.end <= start) continue
    pieces.push(document.createTextNode(text.slice(at, start)), el('mark', { text: text.slice(start, span.end) }))
    at = span.end
  }
  pieces.push(document.createTextNode(text.slice(at)))
  articleNode.replaceChildren(...pieces)
  for (const e of record.evidence.filter((e) => e.note !== null)) {
    notes.append(el('p', { className: 'note' }, el('strong', { text: `Reference timeline (${e.sourceId}): ` }), e.note ?? ''))
  }
  const found = spans.length > 0 ? `${spans.length} passage${spans.length > 1 ? 's' : ''} highlighted in the article` : 'not in the article text'
  byId('selection').textContent = `${record.label}: ${found}.`
  const first = articleNode.querySelector('mark')
  if (first) {
    first.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }
}

function card(className: string, record: Selectable, ...content: (Node | string)[]): HTMLButtonElement {
  const button = el('button', { className: `card ${className}` }, ...content)
  button.type = 'button'
  button.setAttribute('aria-pressed', 'false')
  button.addEventListener('click', () => select(button, record))
  return button
}

/** Only rounds with a day: an unscheduled one is never plotted. */
function renderAxis(rounds: Round[]) {
  const axis = byId('axis')
  const placed = rounds.map((round) => ({ round, on: placedOn(round.date) })).filter((r): r is { round: Round; on: string } => r.on !== null)
  const days = placed.flatMap(({ round, on }) => [on, round.date.latest ?? on]).map((d) => Date.parse(d))
  const first = Math.min(...days)
  const last = Math.max(...days)
  const x = (iso: string) => (last === first ? 50 : ((Date.parse(iso) - first) / (last - first)) * 100)
  for (const { round, on } of placed) {
    // A period is drawn as a bar; a day known only "by" its end is not a period.
    if (round.date.latest !== null && round.date.latest !== on) {
      const span = el('span', { className: `span ${round.status}-c` })
      span.style.left = `${x(on)}%`
      span.style.width = `${x(round.date.latest) - x(on)}%`
      span.style.background = 'currentColor'
      axis.append(span)
    }
    const marker = el('span', { className: `marker ${round.status}-c`, text: formatShapes[round.format] })
    marker.style.left = `${x(on)}%`
    marker.title = `${round.title}: ${describeDate(round.date)}`
    axis.append(marker)
  }
  for (const [edge, iso] of [['first', placed[0]?.on], ['last', placed[placed.length - 1]?.on]] as const) {
    if (!iso) continue
    const tick = el('span', { className: `tick ${edge}`, text: day(iso) })
    tick.style.left = `${x(iso)}%`
    axis.append(tick)
  }
}

function roundItem(round: Round): HTMLLIElement {
  return el(
    'li',
    { className: 'round' },
    card(
      `round ${round.status}`,
      { label: round.title, evidence: round.evidence },
      el('strong', { text: round.title }),
      el(
        'span',
        { className: 'meta' },
        `${describeDate(round.date)} · `,
        el('span', { className: `badge ${round.status}`, text: round.status }),
        ' ',
        el('span', { className: 'badge format', text: `${formatShapes[round.format]} ${formatNames[round.format]}` }),
        round.location ? ` · ${[round.location.city, round.location.region, round.location.country].filter(Boolean).join(', ')}` : ''
      )
    )
  )
}

/** Dated rounds in date order, then the unscheduled ones apart: they have no day. */
function renderRounds(rounds: Round[]) {
  renderAxis(rounds)
  const unscheduled = rounds.filter((round) => placedOn(round.date) === null)
  byId('rounds').replaceChildren(...rounds.filter((round) => placedOn(round.date) !== null).map(roundItem))
  byId('rounds-unscheduled').replaceChildren(...unscheduled.map(roundItem))
  byId('unscheduled').hidden = unscheduled.length === 0
}

function renderPositions(party: 'ukraine' | 'russia', proposals: Proposal[]) {
  byId(`positions-${party}`).replaceChildren(
    ...proposals.map((proposal) =>
      el(
        'li',
        { className: 'proposal' },
        card(
          `proposal ${party}`,
          { label: proposal.title, evidence: proposal.evidence },
          el('strong', { text: proposal.title }),
          el('span', { className: 'meta', text: `${proposal.type} · ${proposal.category.replaceAll('_', ' ')} · ${describeDate(proposal.date)}` }),
          el('q', { text: proposal.text })
        )
      )
    )
  )
}

function renderStatements(actors: { id: string; name: string; roles: { text: string }[] }[], statements: Statement[]) {
  byId('statements').replaceChildren(
    ...actors.map((actor) => {
      const said = statements.filter((s) => s.actor === actor.id)
      return el(
        'section',
        { className: 'actor' },
        el('h3', {}, actor.name, ' ', el('span', { className: 'role', text: actor.roles.map((r) => r.text).join('; ') })),
        el(
          'ul',
          { className: 'cards' },
          ...said.map((statement) =>
            el(
              'li',
              { className: 'statement' },
              card(
                `statement ${statement.party ?? ''}`,
                { label: statement.title, evidence: statement.evidence },
                el('strong', { text: statement.title }),
                el('blockquote', { text: statement.text }),
                el('span', { className: 'meta', text: `${statement.mode} speech · ${describeDate(statement.date)}` })
              )
            )
          )
        )
      )
    })
  )
}

async function main() {
  const { data: dataset, error } = await api.GET('/v1')
  if (!dataset) throw new Error(`the API answered with a problem: ${JSON.stringify(error)}`)
  byId('dataset').textContent = `${dataset.counts.rounds} rounds, ${dataset.counts.proposals} positions, ${dataset.counts.statements} statements from ${dataset.counts.sources} sources · dataset version ${dataset.version}`
  byId('citation').textContent = dataset.citation
  // The files to take away are of the version cited, even if a write lands meanwhile.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[download]')) {
    const url = new URL(link.href)
    url.searchParams.set('version', String(dataset.version))
    link.href = url.pathname + url.search
  }
  byId('licence').textContent = `Data: ${dataset.licence.data.name} (${dataset.licence.data.identifier}). Code: ${dataset.licence.code.identifier}. ${dataset.licence.quotedText}`
  byId('citations').textContent = dataset.sources.map((s) => s.citation).join(' · ')

  const [rounds, ukraine, russia, actors, statements] = await Promise.all([
    all((cursor) => api.GET('/v1/rounds', { params: { query: { limit: 100, cursor } } })),
    all((cursor) => api.GET('/v1/parties/{id}/proposals', { params: { path: { id: 'ukraine' }, query: { limit: 100, cursor } } })),
    all((cursor) => api.GET('/v1/parties/{id}/proposals', { params: { path: { id: 'russia' }, query: { limit: 100, cursor } } })),
    all((cursor) => api.GET('/v1/actors', { params: { query: { quoted: 'true', limit: 100, cursor } } })),
    all((cursor) => api.GET('/v1/statements', { params: { query: { limit: 100, cursor } } }))
  ])

  const articleSource = dataset.sources.find((s) => s.kind === 'news_article')
  if (articleSource) {
    const { data } = await api.GET('/v1/sources/{id}', { params: { path: { id: articleSource.id } } })
    article = data
    byId('source-meta').textContent = data ? `${data.publisher}, “${data.title}”, published ${describeDate(data.published)}` : ''
    byId('article').textContent = data?.text ?? ''
  }

  renderRounds(rounds)
  renderPositions('ukraine', ukraine)
  renderPositions('russia', russia)
  renderStatements(actors, statements)
  document.body.dataset.ready = 'true'
}

main().catch((error: unknown) => {
  const node = byId('error')
  node.hidden = false
  node.textContent = `The dashboard could not load its data: ${error instanceof Error ? error.message : String(error)}`
  document.body.dataset.ready = 'error'
})
