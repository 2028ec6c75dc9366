// The source panel: the article with the words behind the chosen record highlighted. On a
// desk it stands beside the lists; on a phone it opens right under what was tapped (under
// its row, for a cell of the matrix), so the reader never leaves their place, and Close,
// Escape or the browser's back puts it away. Only the article box scrolls to the words: the
// window never moves, and what was tapped stays where it was on the screen.
import type { Evidence, SourceDetail } from '../src/client/index.js'
import { describeDate } from './dates.js'
import { byId, el } from './dom.js'

export interface Selectable {
  /** The record's key in the view's `select`. */
  key: string
  label: string
  evidence: Evidence[]
  /** For a group (a cell of the matrix): what it holds, one line each. */
  items?: string[]
  /** What to say when none of its words are in the article. */
  empty?: string
  /** Only its key and label are known here: its words are asked of the API when it is chosen. */
  lazy?: boolean
}

const narrow = window.matchMedia('(max-width: 800px)')

export function createSourcePanel(article: SourceDetail | undefined, onClose: () => void) {
  // Held, not looked up: on a phone the panel sits inside a list, and a list redrawn under
  // it takes it out of the page for a moment.
  const panel = byId('source')
  const home = byId('source-home')
  const box = byId('article')
  const close = byId<HTMLButtonElement>('close-source')
  const selection = byId('selection')
  const announce = byId('announce')
  const notes = byId('notes')
  const items = byId('selection-items')
  const idle = selection.textContent ?? ''

  /**
   * What was chosen, in the panel and in a live region that never moves: a screen reader may
   * not announce a region that was just moved in the page, as the panel is on a phone.
   */
  const say = (text: string) => {
    selection.textContent = text
    announce.textContent = text
  }
  let anchor: HTMLElement | null = null
  close.addEventListener('click', onClose)
  byId('source-meta').textContent = article ? `${article.publisher}, “${article.title}”, published ${describeDate(article.published)}` : ''
  box.textContent = article?.text ?? ''

  /** The row of the matrix that holds the panel on a phone, under the chosen cell's row. */
  function rowUnder(row: HTMLTableRowElement): HTMLElement {
    const next = row.nextElementSibling
    if (next?.classList.contains('panel-row')) return next.firstElementChild as HTMLElement
    const cell = el('td')
    cell.colSpan = row.cells.length
    row.after(el('tr', { className: 'panel-row' }, cell))
    return cell
  }

  /**
   * Beside the lists on a desk; under the tapped element on a phone. `before` is where that
   * element was on the screen before anything changed: the window is scrolled back by as
   * much as it moved (the panel leaving a place above it, or its words changing there).
   */
  function place(before: number | undefined) {
    const target = narrow.matches && anchor?.isConnected ? anchor : null
    const row = target?.closest('tr')
    if (row) rowUnder(row).append(panel)
    else if (target) target.after(panel)
    else if (panel.parentElement !== home) home.append(panel)
    for (const empty of document.querySelectorAll('tr.panel-row')) if (!empty.contains(panel)) empty.remove()
    panel.classList.toggle('inline', target !== null)
    const after = anchor?.getBoundingClientRect().top
    if (before !== undefined && after !== undefined && after !== before) window.scrollBy(0, after - before)
  }
  /** The article box scrolled to the first highlighted words, a third of the way down. */
  function toFirstMark() {
    const first = box.querySelector('mark')
    box.scrollTop = first ? box.scrollTop + first.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3 : 0
  }

  narrow.addEventListener('change', () => {
    place(anchor?.getBoundingClientRect().top)
    toFirstMark()
  })

  /** Marks the record's spans in the article; returns how many marks it made. */
  function highlight(record: Selectable): number {
    // The spans, not a passage: an item of several spans marks only the fact's own words.
    const spans = record.evidence
      .filter((e) => article !== undefined && e.sourceId === article.id)
      .flatMap((e) => e.spans ?? (e.start !== null && e.end !== null ? [{ start: e.start, end: e.end }] : []))
      .sort((a, b) => a.start - b.start)
    const text = article?.text ?? ''
    const pieces: Node[] = []
    let at = 0
    let marks = 0
    for (const span of spans) {
      const start = Math.max(span.start, at)
      if (span.end <= start) continue
      // Spans that touch or overlap become one mark.
      const last = pieces[pieces.length - 1]
      if (start === at && last instanceof HTMLElement) last.textContent += text.slice(start, span.end)
      else {
        pieces.push(document.createTextNode(text.slice(at, start)), el('mark', { text: text.slice(start, span.end) }))
        marks++
      }
      at = span.end
    }
    pieces.push(document.createTextNode(text.slice(at)))
    box.replaceChildren(...pieces)
    return marks
  }

  function reset(record: Selectable | null, from: HTMLElement | null, message: string) {
    const before = from?.getBoundingClientRect().top
    anchor = record ? from : null
    notes.replaceChildren()
    items.replaceChildren(...(record?.items ?? []).map((line) => el('li', { text: line })))
    close.hidden = record === null
    say(message)
    return before
  }

  return {
    /**
     * Shows a record's words (null: none chosen); `from` is the control that chose it. A record
     * from outside the view (a link's, or one not loaded) says so.
     */
    show(record: Selectable | null, from: HTMLElement | null, outside = false) {
      if (record === null) {
        const before = reset(null, null, idle)
        box.textContent = article?.text ?? ''
        place(before)
        return
      }
      const before = reset(record, from, '')
      const found = highlight(record)
      for (const e of record.evidence.filter((e) => e.note !== null)) {
        notes.append(el('p', { className: 'note' }, el('strong', { text: `Reference timeline (${e.sourceId}): ` }), e.note ?? ''))
      }
      const words = found > 0 ? `${found} passage${found > 1 ? 's' : ''} highlighted in the article` : (record.empty ?? 'not in the article text')
      say(`${record.label}: ${words}.${outside ? ' It is not among the records shown in this view.' : ''}`)
      place(before)
      toFirstMark()
    },

    /** Back beside the lists before they are redrawn: a list redrawn under it would take it away. */
    park() {
      if (panel.parentElement !== home) home.append(panel)
      for (const row of document.querySelectorAll('tr.panel-row')) row.remove()
    },

    /** A link chose a record this view does not show. */
    missing(key: string) {
      this.show(null, null)
      say(`This link chose “${key}”, which is not among the records of this view.`)
    }
  }
}

export type SourcePanel = ReturnType<typeof createSourcePanel>
