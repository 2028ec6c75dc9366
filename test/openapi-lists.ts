// The list operations of the OpenAPI document (those whose answer is a page), and the request
// Swagger UI's "Try it out" at /docs makes of each: every parameter it fills in, sent at once.

interface Parameter {
  name: string
  in: string
  example?: unknown
  examples?: Record<string, { value?: unknown }>
  default?: unknown
  schema?: { example?: unknown; default?: unknown }
}
interface Operation {
  operationId?: string
  tags?: string[]
  parameters?: Parameter[]
  responses: Record<string, { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> }>
}
export interface OpenapiPaths {
  paths: Record<string, Record<string, Operation>>
}

/** The value Swagger UI fills a parameter in with, in the order its parameter row looks. */
const prefilled = (p: Parameter) => Object.values(p.examples ?? {})[0]?.value ?? p.example ?? p.schema?.example ?? p.schema?.default ?? p.default

export interface ListOperation {
  path: string
  operationId: string
  /** Its first tag: Swagger UI shows it under that one, as `#operations-<tag>-<operationId>`. */
  tag: string | undefined
  /** The path and query "Try it out" requests. */
  url: string
}

export function listOperations(document: OpenapiPaths): ListOperation[] {
  return Object.entries(document.paths).flatMap(([path, ops]) => {
    const op = ops.get
    const answer = op?.responses['200']?.content?.['application/json']?.schema?.properties
    if (op?.operationId === undefined || answer?.data === undefined || answer.page === undefined) return []
    const query = new URLSearchParams()
    let url = path
    for (const parameter of op.parameters ?? []) {
      const value = prefilled(parameter)
      if (value === undefined) continue
      if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, encodeURIComponent(String(value)))
      else if (parameter.in === 'query') query.append(parameter.name, String(value))
    }
    return [{ path, operationId: op.operationId, tag: op.tags?.[0], url: `${url}?${query}` }]
  })
}
