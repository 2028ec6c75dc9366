// Schemas shared by every resource: date ranges, evidence, problem answers, list pages.
import { z } from 'zod'
import { dateKinds } from '../db/vocabulary.js'

export const DateRange = z
  .object({
    earliest: z.iso.date().nullable().describe('First day the fact may fall on (ISO 8601); null only for an `unscheduled` event, which has no day.'),
    latest: z.iso.date().nullable().describe('Last day the fact may fall on; null when open-ended (`since`) or `unscheduled`.'),
    kind: z
      .enum(dateKinds)
      .describe(
        'What kind of date this is. `exact`: one known day (earliest == latest). `period`: the fact lasted from earliest to latest (a round held over days). `within`: it happened within the range, on a day or days the sources do not give (said once, or "repeatedly"): read it as "by `latest`"; feeds place it on `latest`. `since`: on or after earliest, with no end (talks still going on, a page published then or later; latest null). `unscheduled`: proposed, with no day (earliest and latest null); feeds list it after every dated event.'
      ),
    text: z.string().nullable().describe("The source's own wording of the date, e.g. \"last week\"; null when it gives none."),
    note: z.string().nullable().describe('How the range was worked out from the sources, where it had to be.')
  })
  .meta({
    id: 'DateRange',
    description: 'A date that sources may give only roughly, as the range of days it can fall on, and what kind of date that range is.',
    examples: [{ earliest: '2022-04-01', latest: null, kind: 'since', text: 'since Friday', note: null }]
  })
export type DateRange = z.infer<typeof DateRange>

export const Span = z
  .object({
    start: z.number().int().describe('Offset of the first character in the source text (JavaScript string index).'),
    end: z.number().int().describe('Offset just past the last character (end exclusive).'),
    text: z.string().describe('Exactly `source.text.slice(start, end)`.')
  })
  .meta({ id: 'Span', description: 'One verbatim slice of a source text.' })

export const Evidence = z
  .object({
    sourceId: z.string().describe('The source the support comes from (`/v1/sources/{sourceId}`).'),
    start: z
      .number()
      .int()
      .nullable()
      .describe('Offset of the first character in the source text (JavaScript string index); null for a reference timeline, and for an item of several spans (see `spans`).'),
    end: z.number().int().nullable().describe('Offset just past the last character (end exclusive); null as `start` is.'),
    text: z.string().nullable().describe('Exactly `source.text.slice(start, end)`; null as `start` is.'),
    note: z.string().nullable().describe('For a reference timeline, which of its facts supports this one.'),
    spans: z
      .array(Span)
      .optional()
      .describe(
        'Only on an item of several spans: the words the source separates ("its refusal to … deploy foreign military bases"), in source order, each verbatim, which the item holds instead of start, end and text (those are then null). Absent on an item of one span and on a note.'
      )
  })
  .meta({
    id: 'Evidence',
    description:
      'The support for a fact: the exact words of a news article, one span or several of one source, or a dated fact of a reference timeline.',
    examples: [
      {
        sourceId: 'xinhua-2022-04-ease-tensions',
        start: null,
        end: null,
        text: null,
        note: null,
        spans: [
          { start: 547, end: 561, text: 'its refusal to' },
          { start: 610, end: 667, text: 'deploy foreign military bases and troops on its territory' }
        ]
      }
    ]
  })
export type Evidence = z.infer<typeof Evidence>

export const Problem = z
  .object({
    type: z.string().describe('A URI reference naming the kind of problem; about:blank when the status says it all.'),
    title: z.string().describe('The short name of the kind of problem.'),
    status: z.number().int().describe('The HTTP status code.'),
    detail: z.string().describe('What went wrong with this request, for a person to read.'),
    instance: z.string().describe('The request path (and query) the problem arose at.'),
    requestId: z.string().optional().describe('The request id, as in the X-Request-Id header: quote it when reporting a problem.'),
    errors: z
      .array(
        z.object({
          path: z.string().describe('Where the bad value is: `query.limit`, `params.id`, `body.title`…'),
          message: z.string()
        })
      )
      .optional()
      .describe('For invalid requests, each value that was wrong.')
  })
  .meta({
    id: 'Problem',
    description: 'An RFC 9457 problem answer (`application/problem+json`).',
    examples: [
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'Invalid request at query.limit: see errors.',
        instance: '/v1/rounds?limit=banana',
        errors: [{ path: 'query.limit', message: 'Invalid input: expected number, received NaN' }]
      }
    ]
  })
export type Problem = z.infer<typeof Problem>

export const Page = z
  .object({
    limit: z.number().int().describe('The page size used.'),
    total: z.number().int().describe('How many items match the filters, over all pages.'),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.')
  })
  .meta({ id: 'Page', description: 'Where a list page stands.' })

export function listOf<T extends z.ZodType>(item: T, description: string) {
  return z.object({ data: z.array(item), page: Page }).describe(description)
}

/**
 * The error answers any route may give, the probes and pages too: a read limit
 * (READ_RATE_LIMIT, off by default) and overload protection (MAX_EVENT_LOOP_DELAY, on by
 * default) refuse a request before its route runs.
 */
export const serviceProblems = {
  429: Problem.describe('Too many requests (READ_RATE_LIMIT); retry after `Retry-After` seconds.'),
  500: Problem.describe('An unexpected error; the detail is hidden, the request id is logged.'),
  503: Problem.describe('The service is overloaded (MAX_EVENT_LOOP_DELAY); retry after `Retry-After` seconds.')
}

/** The error answers every data operation may give, documented once. */
export const problemResponses = {
  400: Problem.describe('A parameter, cursor or body is invalid.'),
  406: Problem.describe('The Accept header asks for a representation this endpoint cannot give.'),
  ...serviceProblems
}
export const notFoundResponse = { 404: Problem.describe('No record has this id.') }
