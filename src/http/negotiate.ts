import type { FastifyRequest } from 'fastify'
import Negotiator from 'negotiator'

export const JSON_TYPE = 'application/json'
export const CSV_TYPE = 'text/csv'
const BOTH = [JSON_TYPE, CSV_TYPE] as const

// `format=csv|json` picks the representation. On /v1/rounds `format` is also the round
// format filter (`video`…); those values are left to the route.
function formatOf(request: FastifyRequest): 'csv' | 'json' | undefined {
  const format = (request.query as Record<string, unknown> | undefined)?.format
  return format === 'csv' || format === 'json' ? format : undefined
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on a route that answers other types than JSON and CSV (the export): all it answers. */
    types?: readonly string[]
  }
}

/** The representations a route can give: its own list, or JSON, and CSV where it has columns. */
export function servedTypes(request: FastifyRequest): readonly string[] {
  const config = request.routeOptions.config
  if (config?.types !== undefined) return config.types
  return config?.csv === undefined ? [JSON_TYPE] : [JSON_TYPE, CSV_TYPE]
}

// Media-type parameters other than q (`application/json; charset=utf-8`, `;v=1`) do not
// change what we can send, but a strict matcher would refuse them: keep only q.
function normalisedAccept(accept: string): string {
  return accept
    .split(',')
    .map((range) => {
      const [type = '', ...params] = range.split(';').map((part) => part.trim())
      const q = params.find((p) => /^q=/i.test(p))
      return q ? `${type};${q}` : type
    })
    .join(', ')
}

/** The best of `types` for an Accept header; undefined when it allows none. */
export function preferredType(accept: string | undefined, types: readonly string[]): string | undefined {
  if (accept === undefined || accept.trim() === '') return types[0]
  return new Negotiator({ headers: { accept: normalisedAccept(accept) } }).mediaType(types)
}

/** `?format=` decides; otherwise the Accept header, JSON when it allows both equally. */
export function wantsCsv(request: FastifyRequest): boolean {
  const format = formatOf(request)
  if (format !== undefined) return format === 'csv'
  return preferredType(request.headers.accept, BOTH) === CSV_TYPE
}

/** True when the client rules out every representation the route can give. */
export function notAcceptable(request: FastifyRequest): boolean {
  // `?format=` decides over Accept; on a route of its own types any value the route checks.
  if (formatOf(request) !== undefined) return false
  if (request.routeOptions.config?.types !== undefined && (request.query as Record<string, unknown> | undefined)?.format !== undefined) return false
  return preferredType(request.headers.accept, servedTypes(request)) === undefined
}
