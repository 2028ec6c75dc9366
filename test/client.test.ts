import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { createNegotiationClient, type Proposal } from '../src/client/index.js'
import { clientTypesFile, generateClientTypes, openapiFile } from '../openapi/generate.js'
import { useApp } from './helper.js'

const ctx = useApp()
let baseUrl = ''

beforeAll(async () => {
  // useApp closes the app, and with it the server, after the file's tests.
  baseUrl = await ctx.app.listen({ port: 0, host: '127.0.0.1' })
})

describe('the typed client', () => {
  it('has types generated from the committed OpenAPI (run `npm run openapi` after a schema change)', async () => {
    expect(await generateClientTypes(readFileSync(openapiFile, 'utf8'))).toBe(readFileSync(clientTypesFile, 'utf8'))
  })

  it("fetches Kyiv's proposals from a real server", async () => {
    const client = createNegotiationClient(baseUrl)
    const { data, error, response } = await client.GET('/v1/parties/{id}/proposals', { params: { path: { id: 'kyiv' }, query: { limit: 10 } } })
    expect(error).toBeUndefined()
    expect(response.status).toBe(200)
    const proposals: Proposal[] = data!.data
    expect(proposals.map((p) => p.category).sort()).toEqual(['alliance', 'foreign_military_presence', 'neutrality', 'nuclear_weapons', 'wmd'])
  })

  it('gives the problem document on an error', async () => {
    const client = createNegotiationClient(baseUrl)
    const { data, error, response } = await client.GET('/v1/rounds/{id}', { params: { path: { id: 'nowhere' } } })
    expect(data).toBeUndefined()
    expect(response.status).toBe(404)
    expect(error).toMatchObject({ status: 404, title: 'Not Found' })
  })
})
