// Opaque keyset cursors. A cursor carries the sort it was made for and the sort key of the
// last item served, so following nextCursor yields every item once, however the store
// grows, and costs the same on page 1000 as on page 1.
import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
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

export const pageParams = { limit: limitParam, cursor: cursorParam }

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
export function decodeCursor(raw: string | undefined, sort: string, keyShape: z.ZodType<SortKey>): SortKey | undefined {
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

/** Builds the list body and sets the `Link: rel="next"` header. */
export function sendPage<T>(request: FastifyRequest, reply: FastifyReply, sort: string, limit: number, result: PageResult<T>) {
  const nextCursor = result.nextKey === null ? null : encodeCursor({ sort, key: result.nextKey })
  if (nextCursor !== null) {
    const url = new URL(request.url, 'http://x')
    url.searchParams.set('cursor', nextCursor)
    url.searchParams.set('limit', String(limit))
    reply.header('link', `<${url.pathname}${url.search}>; rel="next"`)
  }
  return { data: result.items, page: { limit, total: result.total, nextCursor } }
}

/** Sort keys of the lists: (day, insertion order) for dated records, insertion order otherwise. */
export const dateKey = z.tuple([z.iso.date(), z.number().int()])
export const orderKey = z.tuple([z.number().int()])
