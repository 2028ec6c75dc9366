import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { expectProblem, json, useApp, type ListBody } from './helper.js'

const ctx = useApp()

const lists = [
  '/v1/rounds',
  '/v1/rounds?status=held&sort=-date',
  '/v1/proposals',
  '/v1/parties',
  '/v1/parties/kyiv/proposals',
  '/v1/actors?quoted=true',
  '/v1/actors/vladimir-medinsky/statements',
  '/v1/statements',
  '/v1/sources'
]

function withParam(url: string, param: string): string {
  return url + (url.includes('?') ? '&' : '?') + param
}

function parseCsv(body: string): string[][] {
  return parse(body, { relax_column_count: false }) as string[][]
}

describe('CSV', () => {
  it('answers every list with RFC 4180 CSV, one row per JSON item, by Accept or ?format=csv', async () => {
    for (const url of lists) {
      const items = json<ListBody<{ id: string }>>(await ctx.app.inject(withParam(url, 'limit=100'))).data
      const byAccept = await ctx.app.inject({ url: withParam(url, 'limit=100'), headers: { accept: 'text/csv' } })
      const byFormat = await ctx.app.inject(withParam(url, 'limit=100&format=csv'))
      for (const response of [byAccept, byFormat]) {
        expect(response.statusCode, url).toBe(200)
        expect(response.headers['content-type'], url).toMatch(/^text\/csv; charset=utf-8/)
        expect(response.body, url).toMatch(/\r\n$/)
        const [header, ...rows] = parseCsv(response.body)
        expect(header![0], url).toBe('id')
        expect(rows.length, url).toBe(items.length)
        expect(rows.map((r) => r[0]), url).toEqual(items.map((i) => i.id))
      }
    }
  })

  it('keeps the verbatim text: quotes, commas, curly quotes and line-free cells survive a round trip', async () => {
    const response = await ctx.app.inject('/v1/statements?mode=direct&format=csv')
    const [header, row] = parseCsv(response.body)
    const statement = json<ListBody<{ text: string; quote: string }>>(await ctx.app.inject('/v1/statements?mode=direct')).data[0]!
    expect(row![header!.indexOf('text')]).toBe(statement.text)
    expect(row![header!.indexOf('quote')]).toBe(statement.quote)
  })

  it('flattens nested values into the documented columns', async () => {
    const [header, ...rows] = parseCsv((await ctx.app.inject('/v1/rounds?format=csv&limit=100')).body)
    expect(header).toEqual(expect.arrayContaining(['date_earliest', 'date_latest', 'date_text', 'parties', 'evidence_sources', 'evidence_offsets', 'evidence_text']))
    const istanbul = rows.find((r) => r[0] === 'istanbul-2022-03-29')!
    expect(istanbul[header!.indexOf('parties')]).toBe('russia:participant | ukraine:participant | turkey:host')
    expect(istanbul[header!.indexOf('evidence_sources')]).toBe('lcil-negotiation-news | xinhua-2022-04-ease-tensions')
    expect(header).toContain('date_kind')
    const meeting = rows.find((r) => r[0] === 'zelensky-putin-meeting')!
    expect([meeting[header!.indexOf('date_earliest')], meeting[header!.indexOf('date_kind')]]).toEqual(['', 'unscheduled'])
    const documented = (await ctx.app.inject('/openapi.json')).json().paths['/v1/rounds'].get.responses['200'].content['text/csv'].schema.description
    for (const column of header!) expect(documented).toContain(column)
  })

  it('gives an evidence item of several spans as each span\'s offsets and its words joined by " … "', async () => {
    const [header, row] = parseCsv((await ctx.app.inject('/v1/proposals?category=wmd&format=csv')).body)
    const proposal = json<ListBody<{ text: string; evidence: { spans: { start: number; end: number }[] }[] }>>(await ctx.app.inject('/v1/proposals?category=wmd')).data[0]!
    const spans = proposal.evidence[0]!.spans
    expect(spans.length).toBeGreaterThan(1)
    expect(row![header!.indexOf('evidence_offsets')]!.split(' | ')[0]).toBe(spans.map((s) => `${s.start}-${s.end}`).join(','))
    expect(row![header!.indexOf('evidence_text')]!.split(' | ')[0]).toBe(proposal.text)
  })

  it('pages CSV like JSON: Link header to the next page, every row once', async () => {
    let next: string | null = '/v1/statements?limit=2&format=csv'
    const ids: string[] = []
    while (next) {
      const response = await ctx.app.inject(next)
      const [, ...rows] = parseCsv(response.body)
      ids.push(...rows.map((r) => r[0]!))
      const link = response.headers.link as string | undefined
      next = link ? /<([^>]+)>; rel="next"/.exec(link)![1]! : null
    }
    const all = json<ListBody<{ id: string }>>(await ctx.app.inject('/v1/statements?limit=100')).data.map((s) => s.id)
    expect(ids).toEqual(all)
  })

  it('filters rounds by format while answering CSV through Accept', async () => {
    const [, ...rows] = parseCsv((await ctx.app.inject({ url: '/v1/rounds?format=video', headers: { accept: 'text/csv' } })).body)
    expect(rows.map((r) => r[0])).toEqual(['video-2022-03-14', 'online-2022-04-01'])
  })

  it('answers 406 where CSV is not served, and for Accept types nothing serves', async () => {
    expectProblem(await ctx.app.inject({ url: '/v1/rounds/istanbul-2022-03-29', headers: { accept: 'text/csv' } }), 406)
    expectProblem(await ctx.app.inject({ url: '/v1/rounds', headers: { accept: 'image/png' } }), 406)
    expectProblem(await ctx.app.inject('/v1/rounds/istanbul-2022-03-29?format=csv'), 400)
    expectProblem(await ctx.app.inject('/v1/proposals?format=xml'), 400)
  })
})
