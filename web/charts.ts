// The charts, drawn with Observable Plot as SVG: the dataset's counts as small bar charts, and
// the timeline with every dated event of the view. Each chart carries its numbers as an
// accessible description; the page's lists and the counts table hold the same facts as text.
import * as Plot from '@observablehq/plot'
import type { Round, Stats, TimelineEvent } from '../src/client/index.js'
import { day, describeDate } from './dates.js'
import { el, plural } from './dom.js'

/** The page's colours (styles.css has the same), each with at least 4.5:1 contrast on white. */
export const colours = {
  ukraine: '#1f5fa8',
  russia: '#a8321f',
  other: '#5b6470',
  held: '#2e7d4f',
  ongoing: '#9a5b00',
  proposed: '#6b4fa8'
} as const

const partyColour = (party: string | null | undefined) => (party === 'ukraine' || party === 'russia' ? colours[party] : colours.other)

interface Bar {
  label: string
  count: number
  colour: string
}

let described = 0

/**
 * A chart is one image to assistive technology: its name, and every number it draws in a
 * description (a hidden paragraph: aria-describedby is read where aria-description is not
 * yet). Plot labels each mark's group too, which ARIA does not allow on a plain `g`.
 */
function asImage(chart: SVGSVGElement | HTMLElement, name: string, description: string): HTMLElement {
  chart.setAttribute('role', 'img')
  chart.setAttribute('aria-label', name)
  for (const group of chart.querySelectorAll('g[aria-label]')) group.removeAttribute('aria-label')
  const text = el('p', { className: 'visually-hidden', text: description })
  text.id = `chart-description-${++described}`
  chart.setAttribute('aria-describedby', text.id)
  return el('div', { className: 'described' }, chart, text)
}

/** One bar a row, its label above it: no label is cut, however narrow the chart. */
function barChart(title: string, bars: Bar[], width: number): HTMLElement {
  const chart = Plot.plot({
    width,
    height: bars.length * 30 + 4,
    marginLeft: 0,
    marginRight: 28,
    marginTop: 4,
    marginBottom: 0,
    style: { fontSize: '12px', color: '#1d232a', background: 'transparent' },
    x: { axis: null },
    y: { axis: null, domain: bars.map((b) => b.label) },
    marks: [
      Plot.barX(bars, { y: 'label', x: 'count', fill: 'colour', insetTop: 15, insetBottom: 3 }),
      Plot.text(bars, { y: 'label', x: 0, text: 'label', textAnchor: 'start', dy: -6, fill: '#1d232a' }),
      Plot.text(bars, { y: 'label', x: 'count', text: (b: Bar) => String(b.count), textAnchor: 'start', dx: 4, dy: 6, fill: '#1d232a' })
    ],
  })
  return asImage(chart, title, `${title}: ${bars.map((b) => `${b.label} ${b.count}`).join(', ')}.`)
}

/** A long tail (hundreds of speakers) as its largest bars and one for all the others. */
function mostFirst(bars: Bar[], kept: number): Bar[] {
  if (bars.length <= kept) return bars
  const sorted = [...bars].sort((a, b) => b.count - a.count)
  const others = sorted.slice(kept - 1)
  return [...sorted.slice(0, kept - 1), { label: `${others.length} others`, count: others.reduce((sum, b) => sum + b.count, 0), colour: colours.other }]
}

/** The counts of /v1/stats, chart by chart; `names` turns an actor's id into their name. */
export function statsCounts(stats: Stats, names: (actorId: string) => string): { title: string; bars: Bar[] }[] {
  const bars = (counts: Record<string, number>, label: (key: string) => string, colour: (key: string) => string) =>
    Object.entries(counts).map(([key, count]) => ({ label: label(key), count, colour: colour(key) }))
  const plain = (key: string) => key.replaceAll('_', ' ')
  const grey = () => colours.other
  return [
    { title: 'Rounds by status', bars: bars(stats.rounds.byStatus, plain, (k) => colours[k as Round['status']] ?? colours.other) },
    { title: 'Rounds by format', bars: bars(stats.rounds.byFormat, plain, grey) },
    { title: 'Positions by party', bars: bars(stats.proposals.byParty, (k) => k.charAt(0).toUpperCase() + k.slice(1), partyColour) },
    { title: 'Positions by type', bars: bars(stats.proposals.byType, plain, grey) },
    { title: 'Statements by mode', bars: bars(stats.statements.byMode, (k) => `${k} speech`, grey) },
    { title: 'Statements by speaker', bars: mostFirst(bars(stats.statements.byActor, names, grey), 10) }
  ]
}

export function statsCharts(charts: { title: string; bars: Bar[] }[], width: number): HTMLElement[] {
  return charts.map(({ title, bars }) => {
    const figure = document.createElement('figure')
    const caption = document.createElement('figcaption')
    caption.textContent = title
    figure.append(caption, barChart(title, bars, width))
    return figure
  })
}

const lanes = { round: 'Rounds', proposal: 'Positions', statement: 'Statements', publication: 'Publications' } as const
const dayMs = 86_400_000
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`)
const isoOf = (date: Date) => date.toISOString().slice(0, 10)

interface Placed {
  event: TimelineEvent
  lane: string
  at: Date
  colour: string
  label: string
}

interface Span extends Placed {
  x1: Date
  x2: Date
  open: boolean
}

export interface TimelineOptions {
  width: number
  /** The zoom: the view's date range, when it has one. */
  from: string | null
  to: string | null
  rounds: Map<string, Round>
  onZoom: (from: string, to: string) => void
  onChoose: (event: TimelineEvent) => void
}

/**
 * Rounds as spans (an ongoing one runs open to the right edge), the other events as marks on
 * their day, one lane per kind; the unscheduled are left to the caller. Dragging across the
 * chart zooms to the dates dragged over; a click chooses the event under the pointer.
 */
export function timelineChart(events: TimelineEvent[], options: TimelineOptions): HTMLElement {
  const dated = events.filter((e) => e.day !== null)
  // A loop, not Math.min(...all): spread over a hundred thousand events overflows the stack.
  let [first, last] = [Infinity, -Infinity]
  for (const e of dated) {
    first = Math.min(first, utc(e.date.earliest ?? e.day ?? '').getTime())
    last = Math.max(last, utc(e.date.latest ?? e.day ?? '').getTime())
  }
  const start = options.from ? utc(options.from) : new Date(first - dayMs)
  const end = options.to ? new Date(utc(options.to).getTime() + dayMs) : new Date(last + 2 * dayMs)
  const placed: Placed[] = dated.map((event) => {
    const round = event.ref.type === 'round' ? options.rounds.get(event.ref.id) : undefined
    const colour = round ? colours[round.status] : partyColour(event.parties.find((p) => p === 'ukraine' || p === 'russia'))
    const status = round ? ` · ${round.status}` : ''
    return { event, lane: lanes[event.type], at: utc(event.day ?? ''), colour, label: `${event.title}\n${describeDate(event.date)}${status}` }
  })
  const spans: Span[] = placed
    .filter((p) => p.event.type === 'round')
    .map((p) => {
      const open = p.event.date.latest === null
      const x2 = open ? end : new Date(utc(p.event.date.latest ?? '').getTime() + dayMs)
      return { ...p, x1: utc(p.event.date.earliest ?? ''), x2, open }
    })
  const marks = placed.filter((p) => p.event.type !== 'round')
  // The days a mark may fall on, drawn when the zoom caught its range but not the day it is
  // placed on: the chart still shows why the event is in the view.
  const ranges: Span[] = marks
    .filter((p) => p.at < start || p.at >= end)
    .map((p) => ({ ...p, x1: utc(p.event.date.earliest ?? ''), x2: p.event.date.latest === null ? end : new Date(utc(p.event.date.latest).getTime() + dayMs), open: p.event.date.latest === null }))
  const shownLanes = Object.values(lanes).filter((lane) => placed.some((p) => p.lane === lane))
  const dots = { x: 'at', fy: 'lane', r: 3.5, padding: 0.5, anchor: 'middle' } as const
  // A lane tall enough for the most events that share a day in it, stacked.
  const stacks = new Map<string, number>()
  for (const m of marks) stacks.set(`${m.lane} ${m.event.day}`, (stacks.get(`${m.lane} ${m.event.day}`) ?? 0) + 1)
  let highest = 0
  for (const n of stacks.values()) highest = Math.max(highest, n)
  // At most 20 marks high: a day with hundreds (a grown store) is clipped to its lane.
  const laneHeight = Math.max(56, 28 + Math.min(highest, 20) * 8)
  // Each lane is a facet band: the lanes' height less Plot's padding between bands (10%).
  const band = ((shownLanes.length * laneHeight) / (shownLanes.length + 0.1)) * 0.9
  const counts = shownLanes.map((lane) => plural(placed.filter((p) => p.lane === lane).length, lane.toLowerCase().replace(/s$/, '')))
  const middle = (s: Span) => new Date((s.x1.getTime() + Math.min(s.x2.getTime(), end.getTime())) / 2)
  // A short range is read in days: the automatic ticks of one day are hours.
  const days = (end.getTime() - start.getTime()) / dayMs
  const chart = Plot.plot({
    width: options.width,
    height: 8 + 30 + shownLanes.length * laneHeight,
    marginLeft: 24,
    marginRight: 16,
    marginTop: 8,
    marginBottom: 30,
    style: { fontSize: '12px', color: '#1d232a', background: 'transparent' },
    x: { type: 'utc', domain: [start, end], grid: true, label: null, ticks: days <= 10 ? 'day' : Math.max(2, Math.floor(options.width / 110)) },
    fy: { domain: shownLanes, label: null, axis: null, padding: 0.1 },
    marks: [
      Plot.frame({ stroke: '#d9dde3' }),
      Plot.text(shownLanes, { fy: (d: string) => d, frameAnchor: 'top-left', dx: 4, dy: 4, text: (d: string) => d, fill: '#5b6470' }),
      Plot.barX(spans, { x1: 'x1', x2: 'x2', fy: 'lane', fill: 'colour', insetTop: band / 2 - 4, insetBottom: band / 2 - 12, clip: true, render: tagged('span') }),
      Plot.text(
        spans.filter((s) => s.open),
        { x: () => end, fy: 'lane', text: (s: Span) => (options.rounds.get(s.event.ref.id)?.status === 'ongoing' ? 'ongoing →' : 'open →'), textAnchor: 'end', dy: -14, dx: -2, fill: 'colour' }
      ),
      Plot.barX(ranges, { x1: 'x1', x2: 'x2', fy: 'lane', fill: 'colour', fillOpacity: 0.6, insetTop: band - 7, insetBottom: 2, clip: true }),
      Plot.dot(marks, Plot.dodgeY({ ...dots, fill: 'colour', clip: true, render: tagged('mark') })),
      Plot.tip(marks, Plot.pointer(Plot.dodgeY({ ...dots, title: 'label' }))),
      Plot.tip(spans, Plot.pointerX({ x: middle, fy: 'lane', title: 'label' }))
    ],
  })
  const description = `${plural(placed.length, 'dated event')} from ${day(isoOf(start))} to ${day(isoOf(new Date(end.getTime() - dayMs)))}: ${counts.join(', ')}. Each is listed below.`
  return zoomable(asImage(chart, 'Timeline of the events shown', description), (kind, i) => (kind === 'span' ? spans[i] : marks[i])?.event, options)
}

/**
 * Names each drawn element after its datum (`mark:3`), so a click or a tap finds the event
 * under it from the drawing itself, stacked dots included.
 */
function tagged(kind: 'span' | 'mark'): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next?.(index, scales, values, dimensions, context) ?? null
    // One shape a datum, in the index's order; a clipped mark also has its clip's rect.
    const shapes = [...(group?.querySelectorAll('circle, rect') ?? [])].filter((node) => node.closest('clipPath') === null)
    shapes.forEach((node, j) => node.setAttribute('data-datum', `${kind}:${index[j]}`))
    return group
  }
}

/**
 * Drag to zoom, click or tap to choose: one pointer gesture, told apart by how far it moved.
 * The listeners catch the gesture on its way down to the chart (capture), before Plot's own
 * pointer handling, which stops it on a mark.
 */
function zoomable(image: HTMLElement, datum: (kind: string, index: number) => TimelineEvent | undefined, options: TimelineOptions): HTMLElement {
  const plot = image.firstElementChild as (SVGSVGElement | HTMLElement) & Plot.Plot
  const box = document.createElement('div')
  box.className = 'zoomable'
  const band = document.createElement('div')
  band.className = 'band'
  band.hidden = true
  box.append(image, band)
  const x = plot.scale('x')
  let down: number | null = null
  const local = (event: PointerEvent) => event.clientX - box.getBoundingClientRect().left
  /** The event drawn nearest the pointer, within a fingertip (14 px). */
  const nearest = (event: PointerEvent): TimelineEvent | undefined => {
    let best: { d: number; tag: string } | undefined
    for (const node of box.querySelectorAll('[data-datum]')) {
      const r = node.getBoundingClientRect()
      const d = Math.hypot(Math.max(r.left - event.clientX, 0, event.clientX - r.right), Math.max(r.top - event.clientY, 0, event.clientY - r.bottom))
      if (d <= 14 && (!best || d < best.d)) best = { d, tag: node.getAttribute('data-datum') ?? '' }
    }
    const [kind = '', i = ''] = best?.tag.split(':') ?? []
    return best ? datum(kind, Number(i)) : undefined
  }
  const options_ = { capture: true }
  box.addEventListener(
    'pointerdown',
    (event) => {
      down = local(event)
      box.setPointerCapture(event.pointerId)
    },
    options_
  )
  box.addEventListener(
    'pointermove',
    (event) => {
      if (down === null) return
      const now = local(event)
      band.hidden = Math.abs(now - down) < 6
      band.style.left = `${Math.min(now, down)}px`
      band.style.width = `${Math.abs(now - down)}px`
    },
    options_
  )
  box.addEventListener(
    'pointerup',
    (event) => {
      if (down === null) return
      const [a, b] = [down, local(event)].sort((p, q) => p - q) as [number, number]
      down = null
      band.hidden = true
      if (b - a < 6) {
        const chosen = nearest(event)
        if (chosen) options.onChoose(chosen)
        return
      }
      if (!x?.invert) return
      // The SVG is drawn at the box's width, so a CSS pixel is a unit of the scale's range.
      options.onZoom(isoOf(x.invert(a) as Date), isoOf(x.invert(b) as Date))
    },
    options_
  )
  box.addEventListener('pointercancel', () => {
    down = null
    band.hidden = true
  })
  return box
}
