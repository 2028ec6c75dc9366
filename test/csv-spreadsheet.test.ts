import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { createTokensRepository } from '../src/auth/tokens.js'
import { toCsv, type CsvColumns } from '../src/http/csv.js'
import { json, useApp, type ListBody } from './helper.js'

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
