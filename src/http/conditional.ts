// Validators and conditional requests (RFC 9110 §8.8.3, §13.1.2).

/**
 * The strong ETag of one content coding of an answer. @fastify/etag hashes the body before
 * compression; the gzip and br forms are other representations, so each gets a validator
 * of its own: the same hash with the coding after it ("hash.gzip"). Base64 never holds a
 * dot, so a tag already qualified is left as it is.
 */
export function etagForCoding(etag: string, coding: string | undefined): string {
  if (coding === undefined || coding === 'identity' || !etag.startsWith('"') || etag.includes('.')) return etag
  return `${etag.slice(0, -1)}.${coding}"`
}

/** If-None-Match, by weak comparison: `*` matches any current answer, a list any of its tags. */
export function noneMatch(header: string, etag: string): boolean {
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag
  for (const candidate of header.split(',')) {
    const tag = candidate.trim()
    if (tag === '*' || (tag.startsWith('W/') ? tag.slice(2) : tag) === opaque) return true
  }
  return false
}

/** Adds request headers to Vary, once each, keeping those already named (CORS's Origin). */
export function varyOn(current: unknown, names: readonly string[]): string {
  const listed = typeof current === 'string' && current !== '' ? current.split(',').map((name) => name.trim()) : []
  const lower = new Set(listed.map((name) => name.toLowerCase()))
  return [...listed, ...names.filter((name) => !lower.has(name.toLowerCase()))].join(', ')
}

/** The ETag of the answer before content coding: what If-Match compares with the record. */
export function uncodedEtag(tag: string): string {
  return tag.replace(/\.[\w-]+"$/, '"')
}
