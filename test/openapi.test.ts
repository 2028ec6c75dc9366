import SwaggerParser from '@apidevtools/swagger-parser'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateOpenapi, openapiFile } from '../openapi/generate.js'
import { useApp } from './helper.js'
import { listOperations, type OpenapiPaths } from './openapi-lists.js'

interface Operation {
  operationId?: string
  summary?: string
  description?: string
  tags?: string[]
  parameters?: { name: string; in: string; description?: string; example?: unknown; schema?: { example?: unknown; examples?: unknown[] } }[]
  security?: Record<string, string[]>[]
  responses: Record<string, { content?: Record<string, unknown> }>
}
type Document = {
  openapi: string
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, { examples?: { id?: string }[] }> }
}

// @fastify/swagger puts a parameter's example on the parameter or in its schema.
const exampleOf = (p: NonNullable<Operation['parameters']>[number]) => p.example ?? p.schema?.example ?? p.schema?.examples?.[0]

const ctx = useApp()

describe('OpenAPI', () => {
  it('serves at /openapi.json exactly what is committed in openapi/openapi.json (run `npm run openapi` after a schema change)', async () => {
    const served = (await ctx.app.inject('/openapi.json')).json()
    const committed = JSON.parse(readFileSync(openapiFile, 'utf8'))
    expect(served).toEqual(committed)
    expect(await generateOpenapi()).toBe(readFileSync(openapiFile, 'utf8'))
  })

  it('is a valid OpenAPI 3.1 document', async () => {
    const document = JSON.parse(readFileSync(openapiFile, 'utf8'))
    expect(document.openapi).toBe('3.1.0')
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeTruthy()
  })

  it('describes every operation: id, summary, description, tags, described parameters, problem answers', () => {
    const document = JSON.parse(readFileSync(openapiFile, 'utf8')) as Document
    const operations = Object.entries(document.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })))
    expect(operations.length).toBeGreaterThanOrEqual(17)
    const ids = new Set<string>()
    for (const { path, method, op } of operations) {
      const where = `${method.toUpperCase()} ${path}`
      expect(op.operationId, where).toBeTruthy()
      ids.add(op.operationId!)
      expect(op.summary, where).toBeTruthy()
      expect(op.description, where).toBeTruthy()
      expect(op.tags?.length, where).toBeGreaterThan(0)
      for (const parameter of op.parameters ?? []) expect(parameter.description, `${where} ${parameter.name}`).toBeTruthy()
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) >= 400) expect(Object.keys(response.content ?? {}), `${where} ${status}`).toEqual(['application/problem+json'])
      }
      // A POST creates (201), but a draft is an answer, not a record: nothing is stored.
      if (path.startsWith('/v1')) expect(Object.keys(op.responses), where).toEqual(expect.arrayContaining([method === 'post' && path !== '/v1/drafts' ? '201' : '200', '400', '500']))
      if (method !== 'get') expect(Object.keys(op.responses), where).toEqual(expect.arrayContaining(['401', '403', ...(path === '/v1/drafts' ? [] : ['422'])]))
      // Every operation says how it fails, the probes and pages too.
      expect(Object.keys(op.responses).filter((status) => status.startsWith('4')), where).not.toEqual([])
      expect(Object.keys(op.responses), where).toContain('500')
      // Reads are public; a write needs a bearer token.
      expect(op.security, where).toEqual(method === 'get' ? [] : [{ bearerAuth: [] }])
    }
    expect(ids.size).toBe(operations.length)
    for (const name of ['Round', 'RoundDetail', 'Proposal', 'Party', 'Actor', 'Statement', 'Source', 'Evidence', 'DateRange', 'Problem']) {
      expect(document.components.schemas, name).toHaveProperty(name)
    }
  })

  it('gives examples that are the real data: each entity example equals what its endpoint returns', async () => {
    const document = JSON.parse(readFileSync(openapiFile, 'utf8')) as Document
    const endpoints: Record<string, (id?: string) => string> = {
      Round: (id) => `/v1/rounds/${id}`,
      Proposal: (id) => `/v1/proposals/${id}`,
      Party: (id) => `/v1/parties/${id}`,
      Actor: (id) => `/v1/actors/${id}`,
      Statement: (id) => `/v1/statements/${id}`,
      Source: (id) => `/v1/sources/${id}`,
      SourceDetail: (id) => `/v1/sources/${id}`,
      Issue: (id) => `/v1/issues/${id}`,
      Dataset: () => '/v1'
    }
    for (const [schema, url] of Object.entries(endpoints)) {
      const examples = document.components.schemas[schema]?.examples ?? []
      expect(examples.length, schema).toBeGreaterThan(0)
      for (const example of examples) {
        const actual = (await ctx.app.inject(url(example.id))).json()
        // When the store's version was made, and the citation that dates it, are this store's own.
        const dated = schema === 'Dataset' ? ['versionAt', 'citation'] : []
        for (const key of Object.keys(example).filter((k) => !dated.includes(k))) expect(actual[key], `${schema} ${example.id} ${key}`).toEqual((example as Record<string, unknown>)[key])
      }
    }
    const paramExamples = Object.values(document.paths).flatMap((ops) =>
      Object.values(ops).flatMap((op) => (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => ({ op, example: exampleOf(p) })))
    )
    expect(paramExamples.length).toBeGreaterThan(0)
    for (const { op, example } of paramExamples) {
      expect(example, op.operationId).toBeTruthy()
    }
  })

  it('fills in examples that find data together: "Try it out" in /docs shows items on every list', async () => {
    const lists = listOperations(JSON.parse(readFileSync(openapiFile, 'utf8')) as OpenapiPaths)
    expect(lists.length).toBeGreaterThanOrEqual(12)
    for (const { operationId, url } of lists) {
      // The log of writes is empty until something is written (test/browser/docs.test.ts writes first).
      if (operationId === 'listChanges') continue
      const response = await ctx.app.inject(url)
      expect(response.statusCode, url).toBe(200)
      expect(response.json().data.length, url).toBeGreaterThan(0)
    }
  })

  it('path examples name records that exist', async () => {
    const document = JSON.parse(readFileSync(openapiFile, 'utf8')) as Document
    for (const [path, ops] of Object.entries(document.paths)) {
      for (const op of Object.values(ops)) {
        const parameter = op.parameters?.find((p) => p.in === 'path' && p.name === 'id')
        const id = parameter && exampleOf(parameter)
        if (typeof id !== 'string') continue
        const response = await ctx.app.inject(path.replace('{id}', encodeURIComponent(id)))
        expect(response.statusCode, `${path} with ${id}`).toBe(200)
      }
    }
  })
})
