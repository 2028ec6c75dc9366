import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { createTokensRepository } from '../src/auth/tokens.js'
import { toCsv, type CsvColumns } from '../src/http/csv.js'
import { expectProblem, json, useApp, type ListBody } from './helper.js'

// Writes happen here, so this file has an app of its own.
const ctx = useApp()
let token = ''
const auth = () => {
  if (token === '') token = createTokensRepository(ctx.app.db).create('csv curator', 'write').token
  return { authorization: `Bearer ${token}` }
}

function parseCsv(body: string): string[][] {
  return parse(body, { relax_column_count: false }) as string[][]
}

describe('formulas in CSV', () => {
  it('escapes a curated text that a spreadsheet would run, and leaves the JSON as it was written', async () => {
    const url = '/v1/rounds/round-5-2022-03-21'
    const payload = { title: '=SUM(1,2)', summary: '@cmd /c calc' }
    const patched = await ctx.app.inject({ method: 'PATCH', url, payload, headers: auth() })
    expect(patched.statusCode, patched.body).toBe(200)

    const record = json<{ title: string; summary: string }>(await ctx.app.inject(url))
    expect(record).toMatchObject(payload)
    const listed = json<ListBody<{ id: string; title: string }>>(await ctx.app.inject('/v1/rounds?limit=100')).data.find((r) => r.id === 'round-5-2022-03-21')
    expect(listed?.title).toBe('=SUM(1,2)')

    const [header, ...rows] = parseCsv((await ctx.app.inject('/v1/rounds?limit=100&format=csv')).body)
    const row = rows.find((r) => r[0] === 'round-5-2022-03-21')!
    expect(row[header!.indexOf('title')]).toBe("'=SUM(1,2)")
    expect(row[header!.indexOf('summary')]).toBe("'@cmd /c calc")
    // Numbers and ISO dates of the same row are as they were.
    expect(row[header!.indexOf('date_earliest')]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('Excel\'s byte-order mark', () => {
  const BOM = [0xef, 0xbb, 0xbf]
  const firstBytes = (payload: Buffer) => [...payload.subarray(0, 3)]

  it('begins the CSV with a UTF-8 BOM with bom=true, and only then', async () => {
    for (const url of ['/v1/proposals?format=csv&bom=true', '/v1/rounds?format=video&bom=true', '/v1/search?q=nato&bom=true']) {
      const response = await ctx.app.inject({ url, headers: { accept: 'text/csv' } })
      expect(response.headers['content-type'], url).toBe('text/csv; charset=utf-8; header=present')
      expect(firstBytes(response.rawPayload), url).toEqual(BOM)
      const plain = await ctx.app.inject({ url: url.replace('bom=true', 'bom=false'), headers: { accept: 'text/csv' } })
      expect(firstBytes(plain.rawPayload), url).not.toEqual(BOM)
      expect(response.rawPayload.subarray(3)).toEqual(plain.rawPayload)
    }
    const unasked = await ctx.app.inject('/v1/proposals?format=csv')
    expect(unasked.body.startsWith('id,')).toBe(true)
  })

  it('is ignored on a JSON answer', async () => {
    const response = await ctx.app.inject('/v1/proposals?bom=true')
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    expect(response.body).toBe((await ctx.app.inject('/v1/proposals')).body)
  })

  it('takes true or false, nothing else (400)', async () => {
    for (const url of ['/v1/proposals?format=csv&bom=maybe', '/v1/rounds?bom=1', '/v1/search?q=nato&bom=yes', '/v1/statements?bom=']) {
      const problem = expectProblem(await ctx.app.inject(url), 400)
      expect(problem.errors?.map((e) => e.path), url).toEqual(['query.bom'])
    }
  })
})

describe('the file name of a CSV answer', () => {
  const version = async () => json<{ version: number }>(await ctx.app.inject('/v1')).version
  const fileName = (response: { headers: Record<string, unknown> }) => /^attachment; filename="([^"]+)"$/.exec(String(response.headers['content-disposition']))?.[1]

  it('names the resource and the dataset version, and says when it is a later page', async () => {
    const v = await version()
    expect(fileName(await ctx.app.inject('/v1/proposals?format=csv'))).toBe(`negotiation-timeline-proposals-v${v}.csv`)
    expect(fileName(await ctx.app.inject({ url: '/v1/parties/Kyiv/proposals', headers: { accept: 'text/csv' } }))).toBe(`negotiation-timeline-parties-kyiv-proposals-v${v}.csv`)
    const first = await ctx.app.inject('/v1/statements?format=csv&limit=2')
    const next = /<([^>]+)>; rel="next"/.exec(String(first.headers.link))![1]!
    expect(fileName(await ctx.app.inject(next))).toBe(`negotiation-timeline-statements-v${v}-page.csv`)
    expect((await ctx.app.inject('/v1/proposals')).headers['content-disposition']).toBeUndefined()
  })

  it('moves with the version after a write, kept answers included', async () => {
    const url = '/v1/actors?format=csv&bom=true'
    const before = await version()
    const name = fileName(await ctx.app.inject(url))
    const hits = ctx.app.responseCache.stats().hits
    expect(fileName(await ctx.app.inject(url))).toBe(name)
    expect(ctx.app.responseCache.stats().hits).toBe(hits + 1)
    const patched = await ctx.app.inject({ method: 'PATCH', url: '/v1/actors/nato', payload: { aliases: ['NATO', 'OTAN'] }, headers: auth() })
    expect(patched.statusCode, patched.body).toBe(200)
    const after = await version()
    expect(after).toBeGreaterThan(before)
    expect(name).toBe(`negotiation-timeline-actors-v${before}.csv`)
    expect(fileName(await ctx.app.inject(url))).toBe(`negotiation-timeline-actors-v${after}.csv`)
  })
})

describe('the OpenAPI description of CSV', () => {
  it('says on every operation that answers CSV how it is paged, and where the whole dataset is', async () => {
    type Operation = { description: string; parameters?: { name: string }[]; responses: Record<string, { content?: Record<string, { schema: { description: string } }> }> }
    const paths = (await ctx.app.inject('/openapi.json')).json().paths as Record<string, Record<string, Operation>>
    // Every one but the export, which is the whole dataset and answers a collection's CSV whole.
    const csvOperations = Object.entries(paths)
      .filter(([path]) => path !== '/v1/export')
      .flatMap(([path, ops]) => Object.values(ops).filter((op) => op.responses['200']?.content?.['text/csv']).map((op) => ({ path, op })))
    expect(csvOperations.map((o) => o.path)).toEqual(expect.arrayContaining(['/v1/rounds', '/v1/parties/{id}/proposals', '/v1/stats']))
    for (const { path, op } of csvOperations) {
      expect(op.description, path).toContain('`GET /v1/export`')
      const paged = op.parameters?.some((p) => p.name === 'cursor') === true
      expect(op.description.includes('CSV is paged like JSON'), path).toBe(paged)
      expect(op.parameters?.map((p) => p.name), path).toContain('bom')
      expect(op.responses['200']!.content!['text/csv']!.schema.description, path).toMatch(/byte-order mark.*Content-Disposition/)
    }
  })
})

describe('toCsv', () => {
  const columns: CsvColumns<{ text: string; n: number | null; day: string }> = [
    { header: 'text', value: (r) => r.text },
    { header: 'n', value: (r) => r.n },
    { header: 'day', value: (r) => r.day }
  ]
  const rows = [
    { text: '+1 more', n: -3, day: '2022-03-29' },
    { text: '-minus', n: -0.5, day: '2022-04-07' },
    { text: 'plain', n: null, day: '2022-02-28' }
  ]

  it('escapes text cells only: a negative number and an ISO date are left alone', () => {
    expect(toCsv(rows, columns)).toBe("text,n,day\r\n'+1 more,-3,2022-03-29\r\n'-minus,-0.5,2022-04-07\r\nplain,,2022-02-28\r\n")
  })

  it('writes the header row and no byte-order mark unless told otherwise', () => {
    expect(toCsv(rows.slice(2), columns, { header: false })).toBe('plain,,2022-02-28\r\n')
    expect(toCsv(rows.slice(2), columns, { bom: true })).toBe('\uFEFFtext,n,day\r\nplain,,2022-02-28\r\n')
    expect(toCsv([], columns)).toBe('text,n,day\r\n')
  })
})
