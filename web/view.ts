// What the page shows, all of it in the URL's query: a link reproduces the view, and the
// browser's back and forward step through the views a reader went through.
import type { Round } from '../src/client/index.js'

export const eventTypes = ['round', 'proposal', 'statement', 'publication'] as const
export type EventType = (typeof eventTypes)[number]
const statuses: readonly Round['status'][] = ['held', 'ongoing', 'proposed']
const formats: readonly Round['format'][] = ['in_person', 'video', 'ministerial', 'summit', 'unknown']

export interface View {
  q: string | null
  party: string | null
  status: Round['status'] | null
  format: Round['format'] | null
  /** The kinds of event shown; every kind when none is named. */
  types: EventType[]
  from: string | null
  to: string | null
  /** The record whose words are shown: `round:<id>`, `proposal:<id>`, `statement:<id>`, `issue:<id>:<party|none>`… */
  select: string | null
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null => (values.includes(value as T) ? (value as T) : null)

/** The view a query names; a value the page cannot use is left out (the server has already said so to a direct visit). */
export function readView(search: string): View {
  const query = new URLSearchParams(search)
  const text = (name: string) => query.get(name)?.trim() || null
  const date = (name: string) => (isoDay.test(query.get(name) ?? '') ? query.get(name) : null)
  const types = query.getAll('type').flatMap((t) => t.split(','))
  return {
    q: text('q'),
    party: text('party'),
    status: oneOf(statuses, query.get('status')),
    format: oneOf(formats, query.get('format')),
    types: eventTypes.filter((t) => types.includes(t)),
    from: date('from'),
    to: date('to'),
    select: text('select')
  }
}

/** The query of a view, its parameters in one order, so one view has one address. */
export function viewQuery(view: View): string {
  const query = new URLSearchParams()
  for (const name of ['q', 'party', 'status', 'format'] as const) if (view[name]) query.set(name, view[name])
  if (view.types.length > 0 && view.types.length < eventTypes.length) query.set('type', view.types.join(','))
  if (view.from) query.set('from', view.from)
  if (view.to) query.set('to', view.to)
  if (view.select) query.set('select', view.select)
  // Commas and colons need no escaping in a query: links read as they were written.
  const text = query.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')
  return text ? `?${text}` : ''
}

export const shows = (view: View, type: EventType) => view.types.length === 0 || view.types.includes(type)

/** Whether anything narrows the records (the selection does not). */
export const isFiltered = (view: View) => viewQuery({ ...view, select: null }) !== ''

/** A file name's part for the view: `party-ukraine_held_2022-03-01-to-2022-03-31`, or `all`. */
export function viewSlug(view: View): string {
  const clean = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFC')
      // Letters of any script: a search in Cyrillic names its own file.
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40)
  const parts = [
    view.party ? `party-${clean(view.party)}` : '',
    view.status ?? '',
    view.format ? clean(view.format) : '',
    view.types.length > 0 && view.types.length < eventTypes.length ? view.types.join('-') : '',
    view.from || view.to ? `${view.from ?? 'start'}-to-${view.to ?? 'end'}` : '',
    view.q ? ['search', clean(view.q)].filter(Boolean).join('-') : ''
  ].filter(Boolean)
  return parts.length > 0 ? parts.join('_') : 'all'
}
