import type { FastifyRequest } from 'fastify'

/** Options of the routes whose answers cite this service's address. */
export interface CitingOptions {
  /** PUBLIC_URL, without a trailing slash. */
  publicUrl?: string
}

// A host name, an IPv4 or a bracketed IPv6 address, with an optional port: anything else in a
// Host header (quotes, a comma-separated list) is not put into a citation.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i

/** The address a citation names: PUBLIC_URL when it is set, else the one the request came to. */
export function originOf(request: FastifyRequest, { publicUrl }: CitingOptions): string {
  if (publicUrl !== undefined) return publicUrl
  // Lower case, and a port a TCP port can be: one address, one name.
  const host = request.host.toLowerCase()
  const port = Number(/:(\d+)$/.exec(host)?.[1] ?? 0)
  return `${request.protocol}://${HOST.test(host) && port <= 65_535 ? host : 'localhost'}`
}
