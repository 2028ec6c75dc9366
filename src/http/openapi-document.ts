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

type Operation = { operationId?: string; description?: string; parameters?: { name?: string; in?: string }[]; responses?: { [status: string]: { content?: Doc } } }

// Said on every operation that answers CSV, where a reader deciding how to fetch looks.
const wholeDataset = 'For the whole dataset in one download, use `GET /v1/export`: JSON, a ZIP of CSVs, or a SQLite snapshot.'
const pagedCsv = `CSV is paged like JSON: \`limit\` items a page (20 by default, at most 100), the next page in the \`Link: rel="next"\` header, the number of every match in \`X-Total-Count\`. ${wholeDataset}`

/**
 * Error answers are `application/problem+json`, and the zod registry emits an "…Input"
 * twin of every named schema whether or not a request uses it: say the first, drop the
 * unused twins.
 */
export function finishDocument<T extends object>(document: T, csvColumns: ReadonlyMap<string, string[]> = new Map()): T {
  const doc = document as unknown as Doc
  const paths = (doc.paths ?? {}) as { [path: string]: { [method: string]: Operation } }
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) {
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
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (Number(status) >= 400 && response.content?.['application/json'] !== undefined) {
          response.content = { 'application/problem+json': response.content['application/json'] }
        }
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
