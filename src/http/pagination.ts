// Opaque keyset cursors. A cursor carries the sort it was made for and the sort key of the
// last item served, so following nextCursor yields every item once, however the store
// grows, and costs the same on page 1000 as on page 1.
import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { answersCsv, sendCsv } from './csv-reply.js'
import { badParameter } from './errors.js'

export const limitParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(100)
  .default(20)
  .describe('How many items a page holds, 1 to 100.')
  .meta({ examples: [20] })

export const cursorParam = z
  .string()
  .min(1)
  .max(512)
  .optional()
  .describe('The `nextCursor` of the previous page. Opaque: pass it back as it was received.')

export const formatParam = z
  .enum(['json', 'csv'])
  .optional()
  .describe('`csv` for RFC 4180 CSV (same as `Accept: text/csv`), `json` for JSON whatever the Accept header says.')

export const bomParam = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true')
  .describe(
    '`true`: the CSV begins with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 (without it "Russia’s" shows as "Russiaâ€™s"). Ignored on a JSON answer.'
  )

/** What every route that also answers CSV takes: which representation, and Excel's BOM. */
export const representationParams = { format: formatParam, bom: bomParam }

export const pageParams = { limit: limitParam, cursor: cursorParam, ...representationParams }

export type SortKey = (string | number | null)[]

export interface Cursor {
  sort: string
  key: SortKey
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key])).toString('base64url')
}

const cursorShape = z.tuple([z.string(), z.array(z.union([z.string(), z.number(), z.null()])).max(8)])

/** Decodes a cursor for the given sort, or answers 400: never trusts what a client sends. */
export function decodeCursor<K extends SortKey>(raw: string | undefined, sort: string, keyShape: z.ZodType<K>): K | undefined {
  if (raw === undefined) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
  } catch {
    throw badParameter('cursor', 'not a cursor this service issued')
  }
  const shape = cursorShape.safeParse(parsed)
  if (!shape.success) throw badParameter('cursor', 'not a cursor this service issued')
  const [cursorSort, key] = shape.data
  if (cursorSort !== sort) {
    throw badParameter('cursor', `this cursor was made for sort "${cursorSort}"; pass the same sort as the first page`)
  }
  const checked = keyShape.safeParse(key)
  if (!checked.success) throw badParameter('cursor', 'not a cursor this service issued')
  return checked.data
}

export interface PageResult<T> {
  items: T[]
  total: number
  nextKey: SortKey | null
}

export interface ListBody<T> {
  data: T[]
  page: { limit: number; total: number; nextCursor: string | null }
}

/**
 * Answers a list page: JSON `{ data, page }`, or CSV rows when the client asked for CSV
 * and the route declares columns (one row per item, or the rows its `csvRows` makes of
 * each). Either way the next page is in the `Link: rel="next"` header and the match count
 * (of items, not rows) in `X-Total-Count`.
 */
export function sendPage<T>(request: FastifyRequest, reply: FastifyReply, sort: string, limit: number, result: PageResult<T>): ListBody<T> {
  const nextCursor = result.nextKey === null ? null : encodeCursor({ sort, key: result.nextKey })
  if (nextCursor !== null) {
    const url = new URL(request.url, 'http://x')
    url.searchParams.set('cursor', nextCursor)
    url.searchParams.set('limit', String(limit))
    reply.header('link', `<${url.pathname}${url.search}>; rel="next"`)
  }
  reply.header('x-total-count', String(result.total))
  if (answersCsv(request)) return sendCsv(request, reply, result.items)
  return { data: result.items, page: { limit, total: result.total, nextCursor } }
}

/** Sort keys of the lists: (day, insertion order) for dated records, insertion order otherwise. */
/** A day, or '~': the place of an unscheduled event, after every day (schema.ts, sortDay). */
export const sortDay = z.union([z.iso.date(), z.literal('~')])
export const dateKey = z.tuple([sortDay, z.number().int()])
export const orderKey = z.tuple([z.number().int()])
