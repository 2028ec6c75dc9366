// Dates as the API gives them, read for people: a period, a day, "by" a day, "since" a day.
import type { DateRange } from '../src/client/index.js'

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
export const day = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`))

/** `kind` tells a period from one day known only "by" its end. */
export type ApiDate = Pick<DateRange, 'earliest' | 'latest' | 'kind' | 'text'>

export function describeDate(date: ApiDate): string {
  let when: string
  if (date.earliest === null) when = 'not scheduled'
  else if (date.kind === 'within' && date.latest !== null) when = `by ${day(date.latest)}`
  else if (date.latest === null) when = `since ${day(date.earliest)}`
  else if (date.latest === date.earliest) when = day(date.earliest)
  else when = `${day(date.earliest)} – ${day(date.latest)}`
  return date.text ? `${when} (“${date.text}”)` : when
}
