import type { FastifyRequest } from 'fastify'

export const JSON_TYPES = ['application/json', 'application/problem+json']
export const CSV_TYPE = 'text/csv'

// `format=csv|json` picks the representation. On /v1/rounds `format` is also the round
// format filter (`video`…); those values are left to the route.
function formatOf(request: FastifyRequest): 'csv' | 'json' | undefined {
  const format = (request.query as Record<string, unknown> | undefined)?.format
  return format === 'csv' || format === 'json' ? format : undefined
}

/** The representations a route can give: JSON always, CSV where the route has columns. */
export function servedTypes(request: FastifyRequest): string[] {
  return request.routeOptions.config?.csv === undefined ? JSON_TYPES : [...JSON_TYPES, CSV_TYPE]
}

/** `?format=` decides; otherwise the Accept header, JSON when it allows both equally. */
export function wantsCsv(request: FastifyRequest): boolean {
  const format = formatOf(request)
  if (format !== undefined) return format === 'csv'
  if (request.headers.accept === undefined) return false
  return request.accepts().type(['application/json', CSV_TYPE]) === CSV_TYPE
}

/** True when the client rules out every representation the route can give. */
export function notAcceptable(request: FastifyRequest): boolean {
  if (request.headers.accept === undefined || formatOf(request) !== undefined) return false
  return request.accepts().type(servedTypes(request)) === false
}
