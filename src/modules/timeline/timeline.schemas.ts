import { z } from 'zod'
import { fromToParams, listParam } from '../../http/filters.js'
import { pageParams } from '../../http/pagination.js'
import { DateRange } from '../../http/schemas.js'
import { partyFilterParam } from '../parties/parties.schemas.js'

export const eventTypes = ['round', 'proposal', 'statement', 'publication'] as const
export const refTypes = ['round', 'proposal', 'statement', 'source'] as const

export const TimelineEvent = z
  .object({
    id: z.string().describe('Stable event id: `<type>:<record id>`.'),
    type: z.enum(eventTypes).describe('`round` (a session of talks), `proposal` (a position tabled), `statement` (something said), `publication` (a source published).'),
    date: DateRange.describe(
      'When it happened. The feed places the event on its first day, or on its last for a `within` range (read "by `latest`"); an `unscheduled` event has null days and comes after every dated one.'
    ),
    day: z.iso
      .date()
      .nullable()
      .describe('The day the feed places the event on, for a chart: `date.latest` for a `within` range, else `date.earliest`; null for an `unscheduled` event.'),
    title: z
      .string()
      .describe("A one-line label for a chart or a feed: a round's title, `Party: title` for a proposal, a statement's own title (the speaker and the gist), `Publisher: title` for a publication."),
    parties: z.array(z.string()).describe('The parties involved: a round\'s participants and hosts, the party that tabled a proposal or spoke.'),
    ref: z
      .object({
        type: z.enum(refTypes),
        id: z.string(),
        href: z.string().describe('The full record.')
      })
      .describe('The record the event stands for.')
  })
  .meta({
    id: 'TimelineEvent',
    description:
      'One event of the feed, placed on a day: the first of its date range, or the last for a `within` range (shown as "by <latest>"). An `unscheduled` event (`date.kind` `unscheduled`, `earliest` and `latest` null) has no day: it is listed after every dated event and matches no `from`/`to` window.',
    examples: [
      {
        id: 'round:istanbul-2022-03-29',
        type: 'round',
        date: {
          earliest: '2022-03-29',
          latest: '2022-03-29',
          kind: 'exact',
          text: 'last week',
          note: "The reference timeline dates the round 2022-03-29; the article, published 2022-04-04 to 2022-04-07, calls it 'last week'."
        },
        day: '2022-03-29',
        title: 'Face-to-face negotiations in Istanbul',
        parties: ['russia', 'ukraine', 'turkey'],
        ref: { type: 'round', id: 'istanbul-2022-03-29', href: '/v1/rounds/istanbul-2022-03-29' }
      }
    ]
  })
export type TimelineEvent = z.infer<typeof TimelineEvent>

export const timelineQuery = z.strictObject({
  ...fromToParams,
  type: listParam(eventTypes, 'Only these kinds of event: `round`, `proposal`, `statement`, `publication`; repeat the parameter or separate with commas.'),
  party: partyFilterParam,
  ...pageParams
})
