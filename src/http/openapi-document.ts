// Finishing touches on the generated OpenAPI document, applied after the zod transform.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Doc = { [key: string]: Json }

function collectRefs(node: Json, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into)
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') into.add(value.replace('#/components/schemas/', ''))
      else collectRefs(value, into)
    }
  }
}

type Operation = {
  operationId?: string
  description?: string
  security?: Json
  parameters?: { name?: string; in?: string }[]
  responses?: { [status: string]: { content?: Doc } }
}

// Said on every operation that answers CSV, where a reader deciding how to fetch looks.
const wholeDataset = 'For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.'
const pagedCsv = `CSV is paged like JSON: \`limit\` items a page (20 by default, at most 100), the next page in the \`Link: rel="next"\` header, the number of every match in \`X-Total-Count\`. ${wholeDataset}`

export interface FinishOptions {
  /** The CSV columns of each list that answers CSV, by operationId. */
  csvColumns?: ReadonlyMap<string, string[]>
  /** The media types an operation answers besides JSON, by operationId: files, as bytes. */
  otherTypes?: ReadonlyMap<string, string[]>
  /** The security scheme a write needs (reads are public). */
  writeScheme?: string
}

const writeMethods = new Set(['post', 'put', 'patch', 'delete'])

/**
 * What the zod transform leaves unsaid: error answers are `application/problem+json`; reads
 * need no token and writes need one (said on every operation, since a document-wide default
 * would be wrong for one or the other); and the zod registry emits an "…Input" twin of every
 * named schema whether or not a request uses it, so the unused twins are dropped.
 */
export function finishDocument<T extends object>(document: T, options: FinishOptions = {}): T {
  const { csvColumns = new Map<string, string[]>(), otherTypes = new Map<string, string[]>(), writeScheme } = options
  const doc = document as unknown as Doc
  const paths = (doc.paths ?? {}) as { [path: string]: { [method: string]: Operation } }
  for (const operations of Object.values(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      // A route that says who may call it is left as it says.
      if (writeScheme !== undefined && operation.security === undefined) {
        operation.security = writeMethods.has(method) ? [{ [writeScheme]: [] }] : []
      }
      const columns = operation.operationId === undefined ? undefined : csvColumns.get(operation.operationId)
      const ok = operation.responses?.['200']
      if (columns !== undefined && ok?.content !== undefined) {
        const paged = operation.parameters?.some((p) => p.in === 'query' && p.name === 'cursor') === true
        operation.description = `${operation.description ?? ''}\n\n${paged ? pagedCsv : wholeDataset}`.trim()
        ok.content['text/csv'] = {
          schema: {
            type: 'string',
            description: `RFC 4180 CSV (with \`Accept: text/csv\` or \`?format=csv\`): a header row, then one row per item unless the description says otherwise. Columns: ${columns.join(', ')}. Several values in one cell are separated by " | ". A text cell that begins with =, +, -, @, a tab or a carriage return begins with an apostrophe (\`'\`) so that a spreadsheet shows it instead of running it as a formula; numbers and dates are never changed. \`?bom=true\` puts a UTF-8 byte-order mark first, for Excel. \`Content-Disposition: attachment; filename="negotiation-timeline-<path>-v<version>.csv"\` names the download: the path after /v1 and the dataset version, with \`-page\` for a page after the first.`
          }
        }
      }
      for (const type of (operation.operationId === undefined ? undefined : otherTypes.get(operation.operationId)) ?? []) {
        if (ok?.content !== undefined) ok.content[type] = { schema: { type: 'string', contentMediaType: type } }
      }
      // @fastify/swagger gives every answer the route's media type (`produces`), which for the
      // pages is HTML or text; their errors are problem documents like every other.
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const media = Object.values(response.content ?? {})[0]
        if (Number(status) >= 400 && media !== undefined) response.content = { 'application/problem+json': media }
      }
    }
  }
  const components = doc.components as { schemas?: { [name: string]: Json } } | undefined
  const schemas = components?.schemas
  if (schemas) {
    const used = new Set<string>()
    collectRefs(doc.paths ?? null, used)
    // Follow references between components until nothing new is reached.
    for (let size = -1; size !== used.size;) {
      size = used.size
      for (const name of [...used]) collectRefs(schemas[name] ?? null, used)
    }
    components.schemas = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)))
  }
  return document
}
