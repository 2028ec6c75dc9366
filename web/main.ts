// The dashboard: the dataset's counts, a zoomable timeline, filters and search kept in the
// URL, the position matrix, the records as lists, and the source text with the words behind
// any record highlighted. It uses only the public API, through the typed client.
import type { Round, TimelineEvent } from '../src/client/index.js'
import { statsCharts, statsCounts, timelineChart } from './charts.js'
import { ApiProblem, api, loadBasics, one, recordsOf, shownAtMost, type Basics, type Records } from './data.js'
import { day } from './dates.js'
import { byId, el, plural } from './dom.js'
import { renderDownloads } from './downloads.js'
import { createSourcePanel, type Selectable, type SourcePanel } from './evidence.js'
import { matrixColumns, renderMatrix } from './matrix.js'
import { proposalRecord, renderHits, renderPositions, renderStatements, roundItem, roundRecord, statementRecord, type Button } from './lists.js'
import { eventTypes, isFiltered, readView, shows, viewQuery, type EventType, type View } from './view.js'

let basics: Basics
let panel: SourcePanel
let view: View = readView(window.location.search)
let records: Records | undefined
/** Every record a button of the page can show, by key. */
let shown = new Map<string, Selectable>()

const form = byId<HTMLFormElement>('filters')
const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T

// --- The view in the URL -----------------------------------------------------------------

function writeForm(v: View) {
  field<HTMLInputElement>('q').value = v.q ?? ''
  for (const name of ['party', 'status', 'format', 'from', 'to'] as const) field<HTMLInputElement>(name).value = v[name] ?? ''
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="type"]')) box.checked = shows(v, box.value as EventType)
  byId('zoom-out').hidden = !v.from && !v.to
}

function readForm(): View {
  const data = new FormData(form)
  const text = (name: string) => String(data.get(name) ?? '').trim() || null
  const types = eventTypes.filter((t) => data.getAll('type').includes(t))
  // Dates entered the wrong way round still name a range: the API would refuse them.
  const [from, to] = [text('from'), text('to')].sort((a, b) => (a && b ? a.localeCompare(b) : 0))
  return {
    q: text('q'),
    party: text('party'),
    status: text('status') as View['status'],
    format: text('format') as View['format'],
    // Every kind ticked, or none: no filter.
    types: types.length === eventTypes.length ? [] : types,
    from: from ?? null,
    to: to ?? null,
    select: view.select
  }
}

/** A new view, as a new entry in the browser's history. */
async function go(next: View) {
  const query = viewQuery(next)
  if (query !== window.location.search) window.history.pushState(null, '', `/${query}`)
  await show(next)
}

/**
 * A view as the page writes it: a party named by an alias (`kyiv`) becomes its id, and the
 * address is rewritten in place (no new history entry) to the one address of the view.
 */
function canonical(v: View): View {
  const named = v.party?.toLowerCase()
  const party = basics.parties.find((p) => p.id === named || p.aliases.some((a) => a.toLowerCase() === named))
  const next = party ? { ...v, party: party.id } : v
  const query = viewQuery(next)
  if (query !== window.location.search) window.history.replaceState(null, '', `/${query}`)
  return next
}

// --- Choosing a record -----------------------------------------------------------------

const button: Button = (className, record, ...content) => {
  shown.set(record.key, record)
  const node = el('button', { className: `card ${className}` }, ...content)
  node.type = 'button'
  node.dataset.key = record.key
  node.setAttribute('aria-pressed', String(record.key === view.select))
  node.addEventListener('click', () => choose(record.key === view.select ? null : record.key, node))
  return node
}

/** The first card of a record on the page. */
const cardOf = (key: string | null) => (key ? document.querySelector<HTMLElement>(`button[data-key="${CSS.escape(key)}"]`) : null)

function pressKeys() {
  for (const node of document.querySelectorAll<HTMLButtonElement>('button[data-key]')) node.setAttribute('aria-pressed', String(node.dataset.key === view.select))
}

function choose(key: string | null, from: HTMLElement | null) {
  view = { ...view, select: key }
  window.history.pushState(null, '', `/${viewQuery(view)}`)
  pressKeys()
  const known = key === null ? null : shown.get(key)
  if (known && !known.lazy) {
    panel.show(known, from)
    drawn()
  } else void showSelection(from).then(drawn)
}

/** Says which view the page shows now, for whoever waits for it (the browser tests). */
const drawn = () => {
  byId('summary').dataset.query = viewQuery(view)
}

/**
 * The record a key names: the view's own, or asked of the API when the view does not hold it
 * (a link's `select`, a mark of the chart or a hit beyond the cards shown).
 */
async function resolve(key: string): Promise<Selectable | null> {
  const found = shown.get(key)
  if (found && !found.lazy) return found
  const [type, id = ''] = key.split(/:(.*)/s)
  const path = { params: { path: { id } } }
  if (type === 'round') return roundRecord(await one(() => api.GET('/v1/rounds/{id}', path)))
  if (type === 'proposal') return proposalRecord(await one(() => api.GET('/v1/proposals/{id}', path)))
  if (type === 'statement') return statementRecord(await one(() => api.GET('/v1/statements/{id}', path)))
  return null
}

/** Shows the words of the view's `select`, from the control that chose it or its card. */
async function showSelection(from: HTMLElement | null = null) {
  const key = view.select
  const record = key ? await resolve(key).catch(() => null) : null
  if (key !== view.select) return
  if (key && !record) return panel.missing(key)
  const inView = key !== null && records !== undefined && inRecords(records, key)
  panel.show(record, from ?? cardOf(key), key !== null && !inView && !key.startsWith('issue:') && !key.startsWith('actor:') && !key.startsWith('source:'))
}

/** Whether the view's records (all of them loaded, not only the cards shown) hold a record. */
function inRecords(r: Records, key: string): boolean {
  const [type, id] = key.split(/:(.*)/s)
  const list = type === 'round' ? r.rounds : type === 'proposal' ? r.proposals : type === 'statement' ? r.statements : []
  return list.some((record) => record.id === id)
}

// --- Drawing the view ------------------------------------------------------------------

let drawnWidth = 0
const actorName = (id: string) => basics.actors.find((a) => a.id === id)?.name ?? id

/** The counts of the whole dataset: drawn once, and again when the page's width changes. */
function drawStats() {
  const stats = byId('stats')
  // As many columns as fit charts 170 px wide; each chart drawn at its figure's inner width.
  const columns = Math.max(1, Math.min(3, Math.floor(stats.clientWidth / 170)))
  stats.style.gridTemplateColumns = `repeat(${columns}, minmax(0, 1fr))`
  const width = Math.floor((stats.clientWidth - (columns - 1) * 16) / columns) - 18
  stats.replaceChildren(...statsCharts(statsCounts(basics.stats, actorName), width))
}

function drawTimeline(r: Records) {
  const box = byId('timeline')
  const rounds = new Map<string, Round>(r.rounds.map((round) => [round.id, round]))
  const dated = r.timeline.filter((e) => e.day !== null)
  const total = totalOf(r, 'timeline')
  const last = dated[dated.length - 1]?.day
  byId('timeline-note').textContent =
    dated.length < r.timeline.length || r.timeline.length >= total || !last
      ? ''
      : `The chart shows the first ${r.timeline.length.toLocaleString('en')} of ${total.toLocaleString('en')} events, up to ${day(last)}: zoom or filter to see the others.`
  box.replaceChildren(
    dated.length === 0
      ? el('p', { className: 'muted', text: 'No dated event matches this view.' })
      : timelineChart(dated, {
        width: box.clientWidth,
        from: view.from,
        to: view.to,
        rounds,
        onZoom: (from, to) => void go({ ...view, from, to }),
        onChoose: (event: TimelineEvent) => {
          if (event.ref.type === 'source') return
          const key = `${event.ref.type}:${event.ref.id}`
          choose(key, cardOf(key))
        }
      })
  )
}

function drawCharts() {
  // Not laid out yet (or hidden): the resize observer draws them once there is room.
  if (byId('timeline').clientWidth === 0 || byId('stats').clientWidth === 0) return
  drawnWidth = byId('timeline').clientWidth
  drawStats()
  if (records) drawTimeline(records)
}

const typeNames: Record<EventType, string> = { round: 'rounds', proposal: 'positions', statement: 'statements', publication: 'publications' }

/** How many records of a list match the view: the API's count, or what a search kept. */
const totalOf = (r: Records, list: 'timeline' | 'rounds' | 'proposals' | 'statements') => (r.hits ? r[list].length : r.totals[list])

function describeView(v: View, r: Records): string {
  const counted = [plural(totalOf(r, 'rounds'), 'round'), plural(totalOf(r, 'proposals'), 'position'), plural(totalOf(r, 'statements'), 'statement')]
  const by = [
    v.q ? `matching “${v.q}”` : '',
    v.party ? `involving ${basics.parties.find((p) => p.id === v.party)?.name ?? v.party}` : '',
    v.status ? `rounds ${v.status}` : '',
    v.format ? `rounds ${v.format.replace('_', ' ')}` : '',
    v.types.length > 0 ? `only ${v.types.map((t) => typeNames[t]).join(' and ')}` : '',
    v.from && v.to ? `from ${day(v.from)} to ${day(v.to)}` : v.from ? `from ${day(v.from)} on` : v.to ? `up to ${day(v.to)}` : ''
  ].filter(Boolean)
  const counts = `${plural(totalOf(r, 'timeline'), 'event')} (${counted.join(', ')})`
  // A search keeps the records it found among those loaded: in a long view, not all of them.
  const partly = r.hits && !r.complete ? ` Counted in the first ${shownAtMost.toLocaleString('en')} records of each list: the search found ${plural(r.totals.hits, 'record')} in all.` : ''
  return `${isFiltered(v) ? 'Showing' : 'All of the dataset:'} ${counts}${by.length > 0 ? `, ${by.join(', ')}` : ''}.${partly}`
}

// A list shows a hundred cards at first, and a hundred more at a time: a long one stays quick.
const step = 100
let limits = { rounds: step, proposals: step, statements: step }

/** Under a list: how much of it is shown, a way to show more, and where the rest is. */
function more(list: keyof typeof limits, container: string, loaded: number, total: number, draw: () => void) {
  const shownNow = Math.min(limits[list], loaded)
  const parts: (Node | string)[] = shownNow < total ? [`Showing ${shownNow.toLocaleString('en')} of ${total.toLocaleString('en')}. `] : []
  if (shownNow < loaded) {
    const next = el('button', { className: 'link', text: `Show ${Math.min(step, loaded - shownNow)} more` })
    next.type = 'button'
    next.addEventListener('click', () => {
      const before = new Set([...byId(container).querySelectorAll<HTMLElement>('button[data-key]')].map((b) => b.dataset.key))
      limits[list] += step
      panel.park()
      draw()
      void showSelection()
      // On to the first card that was not there before (the cards are grouped: not the 101st).
      ;[...byId(container).querySelectorAll<HTMLElement>('button[data-key]')].find((b) => !before.has(b.dataset.key))?.focus()
    })
    parts.push(next)
  } else if (loaded < total) parts.push('Filter the view (a party, dates) to see the others here, or download them below.')
  byId(`${list}-more`).replaceChildren(...parts)
}

function drawRounds(r: Records) {
  const dated = r.rounds.filter((round) => round.date.earliest !== null)
  const unscheduled = r.rounds.filter((round) => round.date.earliest === null)
  const none = unscheduled.length > 0 ? 'No dated round matches this view (see “Not scheduled” under the timeline).' : 'No round matches this view.'
  const shownRounds = dated.slice(0, limits.rounds)
  byId('rounds').replaceChildren(...(dated.length > 0 ? shownRounds.map((round) => roundItem(round, button)) : [el('li', { className: 'muted', text: none })]))
  byId('rounds-unscheduled').replaceChildren(...unscheduled.map((round) => roundItem(round, button)))
  byId('unscheduled').hidden = unscheduled.length === 0
  more('rounds', 'rounds', dated.length, totalOf(r, 'rounds') - unscheduled.length, () => drawRounds(r))
}

function drawPositions(r: Records) {
  renderPositions(byId('positions'), basics.parties, r.proposals.slice(0, limits.proposals), button)
  more('proposals', 'positions', r.proposals.length, totalOf(r, 'proposals'), () => drawPositions(r))
}

function drawStatements(r: Records) {
  renderStatements(byId('statements'), basics.actors, r.statements.slice(0, limits.statements), button)
  more('statements', 'statements', r.statements.length, totalOf(r, 'statements'), () => drawStatements(r))
}

function render(r: Records) {
  panel.park()
  shown = new Map()
  limits = { rounds: step, proposals: step, statements: step }
  drawRounds(r)
  drawPositions(r)
  drawStatements(r)
  for (const [type, section] of [['round', 'rounds-section'], ['proposal', 'positions-section'], ['statement', 'statements-section']] as const) byId(section).hidden = !shows(view, type)
  const partial = r.complete ? null : `counted in the first ${shownAtMost.toLocaleString('en')} positions and statements of the view`
  renderMatrix(byId('matrix'), basics.issues, matrixColumns(basics.issues, basics.parties, view.party), r, partial, (record, ...content) => button('cell', record, ...content))
  byId('results-section').hidden = r.hits === null
  if (r.hits) renderHits(byId('results'), r.hits, shown, { statements: r.statements, actors: basics.actors, articleId: basics.article?.id, complete: r.complete }, button)
  renderDownloads(byId('downloads'), r, view, basics.dataset)
  byId('summary').textContent = describeView(view, r)
  if (byId('timeline').clientWidth > 0) drawTimeline(r)
}

let showing = 0

async function show(wanted: View) {
  const ticket = ++showing
  const next = canonical(wanted)
  view = next
  writeForm(view)
  const error = byId('error')
  try {
    const r = await recordsOf(next)
    if (ticket !== showing) return
    error.hidden = true
    byId('main').hidden = false
    // Only the selection changed (back or forward over a choice): the lists stay as they are.
    if (r !== records) {
      const focused = document.activeElement
      records = r
      render(r)
      // The focus was on a card the lists no longer hold: it goes to the summary of the view.
      if (focused && focused !== document.body && !focused.isConnected) byId('summary').focus()
    } else pressKeys()
    await showSelection()
    drawn()
  } catch (problem) {
    if (ticket !== showing) return
    // The records of the view before would pass for this one's: they go.
    records = undefined
    byId('main').hidden = true
    byId('summary').textContent = ''
    error.hidden = false
    error.textContent =
      problem instanceof ApiProblem && problem.status < 500
        ? `The API refused this view: ${problem.message}`
        : `The dashboard could not load this view, try again in a moment: ${problem instanceof Error ? problem.message : String(problem)}`
    drawn()
  }
}

// --- Start -----------------------------------------------------------------------------

function fillBasics() {
  const { dataset, stats } = basics
  byId('dataset').textContent = `${dataset.counts.rounds} rounds, ${dataset.counts.proposals} positions, ${dataset.counts.statements} statements from ${dataset.counts.sources} sources · dataset version ${dataset.version}`
  byId('citation').textContent = dataset.citation
  // The files to take away are of the version cited, even if a write lands meanwhile.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('header a[download]')) {
    const url = new URL(link.href)
    url.searchParams.set('version', String(dataset.version))
    link.href = url.pathname + url.search
  }
  byId('licence').textContent = `Data: ${dataset.licence.data.name} (${dataset.licence.data.identifier}). Code: ${dataset.licence.code.identifier}. ${dataset.licence.quotedText}`
  byId('citations').textContent = dataset.sources.map((s) => s.citation).join(' · ')
  field<HTMLSelectElement>('party').append(...basics.parties.map((p) => Object.assign(el('option', { text: p.name }), { value: p.id })))
  byId('stats-table')
    .querySelector('tbody')
    ?.replaceChildren(...statsCounts(stats, actorName).flatMap(({ title, bars }) => bars.map((b) => el('tr', {}, el('td', { text: title }), el('td', { text: b.label }), el('td', { text: String(b.count) })))))
}

function closeSource() {
  const back = cardOf(view.select)
  choose(null, null)
  // Chosen on the chart or by a link, a record may have no card: the summary takes the focus.
  ;(back ?? byId('summary')).focus()
}

async function main() {
  // Whatever happens to the data, the form never submits itself: the page reads it.
  let typing: number | undefined
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    window.clearTimeout(typing)
    if (basics) void go({ ...readForm(), select: null })
  })
  basics = await loadBasics()
  fillBasics()
  panel = createSourcePanel(basics.article, closeSource)
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement
    window.clearTimeout(typing)
    // The search box waits for Enter (or its button). A date typed digit by digit is
    // complete at every year (0002, 0020, 0202, 2022): it waits for a pause.
    if (target.type === 'date') typing = window.setTimeout(() => void go({ ...readForm(), select: null }), 700)
    else if (target.id !== 'q') void go({ ...readForm(), select: null })
  })
  document.addEventListener('keydown', (event) => {
    // In a field, Escape is the field's (a search box clears itself with it).
    if (event.key === 'Escape' && view.select && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement)) closeSource()
  })
  byId('reset').addEventListener('click', (event) => {
    event.preventDefault()
    void go(readView(''))
  })
  byId('zoom-out').addEventListener('click', () => void go({ ...view, from: null, to: null }))
  window.addEventListener('popstate', () => void show(readView(window.location.search)))
  new ResizeObserver(() => {
    if (Math.abs(byId('timeline').clientWidth - drawnWidth) > 24) drawCharts()
  }).observe(byId('timeline'))
  await show(view)
  document.body.dataset.ready = byId('error').hidden ? 'true' : 'error'
}

main().catch((error: unknown) => {
  const node = byId('error')
  node.hidden = false
  node.textContent = `The dashboard could not load its data: ${error instanceof Error ? error.message : String(error)}`
  document.body.dataset.ready = 'error'
})
