// The one way a route answers CSV, list or not: the rows, Excel's byte-order mark when
// asked, and a file name for the download.
import type { FastifyReply, FastifyRequest } from 'fastify'
import { readVersion } from '../db/version.js'
import { toCsv, type CsvColumns } from './csv.js'
import { wantsCsv } from './negotiate.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on list routes: they also answer text/csv, with these columns. */
    csv?: CsvColumns<never>
    /** Set where one item is several CSV rows (an issue: one row per party): an item's rows. */
    csvRows?: (item: never) => unknown[]
  }
}

/** True when the route declares CSV columns and the client asked for CSV. */
export function answersCsv(request: FastifyRequest): boolean {
  return request.routeOptions.config.csv !== undefined && wantsCsv(request)
}

// Only characters that need no quoting or encoding in a file name: a path parameter is
// whatever the client typed (an alias in Cyrillic), and then simply left out.
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9_]+/g, '-').replace(/^-+|-+$/g, '')

/**
 * `negotiation-timeline-<path>-v<version>.csv`: what the file holds (the path after /v1,
 * parameters as given: `parties-kyiv-proposals`) and which dataset version, which every
 * write moves; a page after the first adds `-page`. Filters are not in the name.
 */
export function csvFileName(request: FastifyRequest, version: number): string {
  const params = request.params as Record<string, string | undefined>
  const parts = (request.routeOptions.url ?? '')
    .replace(/^\/v1\/?/, '')
    .split('/')
    .map((part) => slug(part.startsWith(':') ? (params[part.slice(1)] ?? '') : part))
    .filter((part) => part !== '')
  const cursor = (request.query as { cursor?: unknown } | undefined)?.cursor
  return `negotiation-timeline-${parts.join('-')}-v${version}${cursor === undefined ? '' : '-page'}.csv`
}

/**
 * Sends `items` as CSV with the route's columns (each item one row, or the rows its
 * `csvRows` makes of it). The name in Content-Disposition holds the version, so a kept
 * answer stays right: every write empties the kept answers.
 */
export function sendCsv(request: FastifyRequest, reply: FastifyReply, items: unknown[]): never {
  const { csv: columns = [], csvRows } = request.routeOptions.config
  const rows = csvRows === undefined ? items : items.flatMap((item) => csvRows(item as never))
  const bom = (request.query as { bom?: unknown } | undefined)?.bom === true
  reply.type('text/csv; charset=utf-8; header=present')
  reply.header('content-disposition', `attachment; filename="${csvFileName(request, readVersion(request.server.db))}"`)
  // A string body is sent as it is: the JSON response schema does not apply to it.
  return reply.send(toCsv(rows as never[], columns, { bom })) as never
}
