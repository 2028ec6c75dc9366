// The source panel: the article with the words behind the chosen record highlighted. On a
// desk it stands beside the lists; on a phone it opens right under what was tapped, so the
// reader never leaves their place, and Close (or the browser's back) puts it away. Only the
// article box scrolls to the words: the window never moves.
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
}

const narrow = window.matchMedia('(max-width: 800px)')

export function createSourcePanel(article: SourceDetail | undefined, onClose: () => void) {
  const panel = byId('source')
  const home = byId('source-home')
  const box = byId('article')
  const close = byId<HTMLButtonElement>('close-source')
  const idle = byId('selection').textContent ?? ''
  let anchor: HTMLElement | null = null
  close.addEventListener('click', onClose)
  byId('source-meta').textContent = article ? `${article.publisher}, “${article.title}”, published ${describeDate(article.published)}` : ''
  box.textContent = article?.text ?? ''

  /** Beside the lists on a desk; under the tapped element on a phone, keeping that element where it was on screen. */
  function place() {
    const target = narrow.matches && anchor?.isConnected ? (anchor.closest<HTMLElement>('[data-panel-after]') ?? anchor) : null
    const before = anchor?.getBoundingClientRect().top
    if (target) target.after(panel)
    else if (panel.parentElement !== home) home.append(panel)
    panel.classList.toggle('inline', target !== null)
    // Moving the panel from above the tapped element would pull that element up the screen.
    const after = anchor?.getBoundingClientRect().top
    if (before !== undefined && after !== undefined && after !== before) window.scrollBy(0, after - before)
  }
  narrow.addEventListener('change', place)

  function highlight(record: Selectable) {
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
    box.replaceChildren(...pieces)
    return spans.length
  }

  return {
    /** Shows a record's words (null: none chosen); `from` is the control that chose it. */
    show(record: Selectable | null, from: HTMLElement | null) {
      anchor = record ? from : null
      const notes = byId('notes')
      notes.replaceChildren()
      byId('selection-items').replaceChildren(...(record?.items ?? []).map((line) => el('li', { text: line })))
      close.hidden = record === null
      if (record === null) {
        box.textContent = article?.text ?? ''
        byId('selection').textContent = idle
        place()
        return
      }
      const found = highlight(record)
      for (const e of record.evidence.filter((e) => e.note !== null)) {
        notes.append(el('p', { className: 'note' }, el('strong', { text: `Reference timeline (${e.sourceId}): ` }), e.note ?? ''))
      }
      const words = found > 0 ? `${found} passage${found > 1 ? 's' : ''} highlighted in the article` : 'not in the article text'
      byId('selection').textContent = `${record.label}: ${words}.`
      place()
      const first = box.querySelector('mark')
      box.scrollTop = first ? box.scrollTop + first.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3 : 0
    }
  }
}

export type SourcePanel = ReturnType<typeof createSourcePanel>
