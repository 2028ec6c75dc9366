import Database from 'better-sqlite3'
import { Package } from 'datapackage'
import { unzipSync } from 'fflate'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { createTokensRepository } from '../src/auth/tokens.js'
import { expectProblem, json, tempDir, useApp, walk, type ListBody } from './helper.js'

const ctx = useApp()
const dir = tempDir()
const collections = ['rounds', 'proposals', 'parties', 'actors', 'statements', 'sources', 'issues', 'changes'] as const
const formats = ['json', 'jsonl', 'zip', 'sqlite'] as const

interface ExportDocument {
  dataset: { version: number; citation: string; licence: { data: { identifier: string } }; counts: Record<string, number> }
  [collection: string]: unknown
}
interface Version {
  version: number
  madeBy: string
  token: string | null
  counts: Record<string, number>
  changes: number
  links: { export: string; changes: string }
}

let writer = ''
const auth = () => {
  if (writer === '') writer = createTokensRepository(ctx.app.db).create('export test', 'write').token
  return { authorization: `Bearer ${writer}` }
}
const get = (url: string, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'GET', url, headers })
const exportOf = async (format: string, version?: number) => {
  const response = await get(`/v1/export?format=${format}${version === undefined ? '' : `&version=${version}`}`)
  expect(response.statusCode, response.body).toBe(200)
  return response.rawPayload
}
const currentVersion = async () => json<{ version: number }>(await get('/v1')).version

describe('GET /v1/export', () => {
  it('holds every item of every collection, each as its list gives it, and counts equal to /v1/stats', async () => {
    const document = json<ExportDocument>(await get('/v1/export'))
    const stats = json<Record<string, { total: number }>>(await get('/v1/stats'))
    for (const collection of ['rounds', 'proposals', 'statements']) {
      expect((document[collection] as unknown[]).length, collection).toBe(stats[collection]!.total)
    }
    for (const collection of collections) {
      const listed = (await walk<{ id?: string }>(ctx.app, `/v1/${collection}?limit=100`)).items
      const exported = document[collection] as { id?: string }[]
      if (collection === 'sources') {
        // With its text, which the list leaves to /v1/sources/{id}.
        for (const source of exported) expect(source).toEqual(json(await get(`/v1/sources/${source.id}`)))
        expect(exported.map((s) => s.id)).toEqual(listed.map((s) => s.id))
      } else {
        expect(exported, collection).toEqual(listed)
      }
      if (collection !== 'changes') expect(document.dataset.counts[collection], collection).toBe(listed.length)
    }
    expect(document.dataset.licence.data.identifier).toBe('CC-BY-4.0')
    expect(document.dataset.citation).toContain(`dataset version ${document.dataset.version}`)
  })

  it('gives JSON Lines: the dataset first, then one line per item', async () => {
    const lines = (await exportOf('jsonl')).toString('utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { collection: string; item: unknown })
    const document = json<ExportDocument>(await get('/v1/export'))
    expect(lines[0]).toEqual({ collection: 'dataset', item: document.dataset })
    for (const collection of collections) {
      expect(lines.filter((l) => l.collection === collection).map((l) => l.item)).toEqual(document[collection])
    }
  })

  it('gives a ZIP of one CSV per collection with a datapackage.json that validates as a Frictionless Tabular Data Package', async () => {
    const files = unzipSync(new Uint8Array(await exportOf('zip')))
    expect(Object.keys(files).sort()).toEqual(['datapackage.json', 'evidence.csv', ...collections.map((c) => `${c}.csv`)].sort())
    const folder = join(dir, 'package')
    mkdirSync(folder)
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes)
    const descriptor = JSON.parse(Buffer.from(files['datapackage.json']!).toString('utf8'))
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0')

    const dataPackage = await Package.load(join(folder, 'datapackage.json'))
    expect(dataPackage.errors.map(String)).toEqual([])
    expect(dataPackage.valid).toBe(true)
    const document = json<ExportDocument>(await get('/v1/export'))
    for (const resource of dataPackage.resources.filter((r) => r.name !== 'evidence')) {
      // Read with every cell cast to its declared type: a wrong type in the descriptor fails here.
      const rows = (await resource.read({ keyed: true, cast: true })) as Record<string, unknown>[]
      const items = document[resource.name] as { positions?: unknown[] }[]
      const expected = resource.name === 'issues' ? items.reduce((n, issue) => n + issue.positions!.length, 0) : items.length
      expect(rows.length, resource.name).toBe(expected)
    }
    // Every span's words, found again in its source's text from the package alone.
    const texts = new Map(((await dataPackage.getResource('sources').read({ keyed: true, cast: true })) as { id: string; text: string }[]).map((s) => [s.id, s.text]))
    const spans = (await dataPackage.getResource('evidence').read({ keyed: true, cast: true })) as { evidence_id: number; source_id: string; start: number | null; end: number | null; text: string | null }[]
    expect(new Set(spans.map((s) => s.evidence_id)).size).toBe(document.dataset.counts.evidence)
    const offsets = spans.filter((s) => s.start !== null)
    expect(offsets.length).toBeGreaterThan(0)
    for (const span of offsets) expect(texts.get(span.source_id)!.slice(span.start!, span.end!)).toBe(span.text)

    const proposals = dataPackage.getResource('proposals')
    const fields = Object.fromEntries(proposals.schema.fields.map((f: { name: string; type: string }) => [f.name, f.type]))
    expect(fields.date_earliest).toBe('date')
    expect(proposals.schema.primaryKey).toEqual(['id'])
  })

  it('gives a SQLite database of the dataset, without tokens, and Accept chooses the format', async () => {
    const response = await get('/v1/export', { accept: 'application/vnd.sqlite3' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('application/vnd.sqlite3')
    const version = await currentVersion()
    expect(response.headers['content-disposition']).toBe(`attachment; filename="negotiation-timeline-v${version}.sqlite"`)
    const file = join(dir, 'snapshot.sqlite')
    writeFileSync(file, response.rawPayload)
    const snapshot = new Database(file, { readonly: true })
    try {
      const tables = (snapshot.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name)
      expect(tables).not.toContain('api_tokens')
      expect(tables).not.toContain('history')
      const document = json<ExportDocument>(await get('/v1/export'))
      for (const collection of ['rounds', 'proposals', 'statements', 'actors', 'parties', 'sources', 'issues', 'evidence']) {
        expect((snapshot.prepare(`SELECT count(*) AS n FROM ${collection}`).get() as { n: number }).n, collection).toBe(document.dataset.counts[collection])
      }
    } finally {
      snapshot.close()
    }
    expect((await get('/v1/export', { accept: 'application/x-ndjson' })).headers['content-type']).toBe('application/x-ndjson')
    expect((await get('/v1/export', { accept: 'application/zip' })).headers['content-type']).toBe('application/zip')
    expectProblem(await get('/v1/export', { accept: 'text/html' }), 406)
  })

  it('gives every row of one collection as CSV, with the columns of its list, for a spreadsheet', async () => {
    const document = json<ExportDocument>(await get('/v1/export'))
    const response = await get('/v1/export?collection=statements', { accept: 'text/csv' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present')
    expect(response.headers['content-disposition']).toBe(`attachment; filename="negotiation-timeline-v${document.dataset.version}-statements.csv"`)
    const [header, ...rows] = response.body.trimEnd().split('\r\n')
    expect(header).toBe((await get('/v1/statements?format=csv')).body.split('\r\n')[0])
    // A statement's text holds no line break, so each is one line.
    expect(rows.length).toBe((document.statements as unknown[]).length)
    expectProblem(await get('/v1/export?format=csv'), 400)
    expectProblem(await get('/v1/export?format=json&collection=rounds'), 400)
    expectProblem(await get('/v1/export?format=csv&collection=timeline'), 400)
  })

  it('cites the address it was asked at, or PUBLIC_URL, and never puts a malformed Host into a citation', async () => {
    const at = async (host: string) => json<ExportDocument>(await get('/v1/export', { host })).dataset.citation
    expect(await at('data.example.org:8080')).toContain('http://data.example.org:8080/v1/export?version=')
    expect(await at('a"b')).toContain('http://localhost/v1/export?version=')
    expect(await at('DATA.Example.org')).toContain('http://data.example.org/v1/export?version=')
    expect(await at('data.example.org:99999')).toContain('http://localhost/v1/export?version=')
    expect(await at('api.example.org, evil.example')).toContain('http://localhost/v1/export?version=')
    // Two addresses, two files: their tags differ too.
    const tags = await Promise.all(['one.example', 'two.example'].map(async (host) => (await get('/v1/export', { host })).headers.etag))
    expect(tags[0]).not.toBe(tags[1])
  })

  it('answers 304 to If-None-Match with its ETag, and refuses an unknown format or version', async () => {
    const first = await get('/v1/export?format=zip')
    const etag = first.headers.etag as string
    expect(etag).toMatch(new RegExp(`^"export-${await currentVersion()}-zip-[0-9a-f]{8}"$`))
    expect((await get('/v1/export?format=zip', { 'if-none-match': etag })).statusCode).toBe(304)
    expect((await get('/v1/export?format=json', { 'if-none-match': etag })).statusCode).toBe(200)
    expectProblem(await get('/v1/export?format=xml'), 400)
    expectProblem(await get('/v1/export?version=0'), 400)
    expectProblem(await get('/v1/export?version=two'), 400)
    expectProblem(await get(`/v1/export?version=${(await currentVersion()) + 1}`), 404)
    // A list asked for an earlier version says where to find it.
    const list = await get('/v1/rounds?version=1')
    expectProblem(list, 400)
    expect(list.json().errors[0].message).toContain('/v1/export?version=N')
  })
})

describe('the files made', () => {
  it('are made again when removed from under the service, and a killed process\'s folder is swept at start, a running one\'s never', async () => {
    const first = await get('/v1/export?format=jsonl')
    const folders = readdirSync(tmpdir()).filter((name) => name.startsWith(`negotiation-timeline-export-${process.pid}-`))
    const files = folders.flatMap((folder) => readdirSync(join(tmpdir(), folder)).map((made) => join(tmpdir(), folder, made, 'export.jsonl'))).filter((file) => existsSync(file))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) rmSync(file)
    const again = await get('/v1/export?format=jsonl')
    expect(again.statusCode).toBe(200)
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true)

    // No process has a pid this large; the test runner's parent is running.
    const dead = join(tmpdir(), 'negotiation-timeline-export-4294967294-test')
    const alive = join(tmpdir(), `negotiation-timeline-export-${process.ppid}-test`)
    for (const folder of [dead, alive]) mkdirSync(folder, { recursive: true })
    const other = await buildApp({ databasePath: join(dir, 'sweep.db'), seedOnStart: true, logLevel: 'silent' })
    await other.ready()
    await other.close()
    expect(existsSync(dead)).toBe(false)
    expect(existsSync(alive)).toBe(true)
    rmSync(alive, { recursive: true, force: true })
  })
})

describe('versions', () => {
  it('gives the same bytes for a version after later writes, in every format, and lists each version', async () => {
    const before = await currentVersion()
    const earlier = Object.fromEntries(await Promise.all(formats.map(async (f) => [f, await exportOf(f, before)] as const)))
    // The current version, asked for without `version`, is the same file.
    for (const format of formats) expect((await exportOf(format)).equals(earlier[format]!), format).toBe(true)

    // A create, an update (of a record with links and evidence) and a cascading delete.
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements',
      headers: auth(),
      payload: {
        actor: 'vladimir-zharikhin',
        party: null,
        round: 'istanbul-2022-03-29',
        mode: 'indirect',
        text: 'the latest round of negotiations was just one stage of the process',
        date: { earliest: '2022-03-29', latest: '2022-04-07' },
        evidence: [{ sourceId: 'xinhua-2022-04-ease-tensions', quote: 'the latest round of negotiations was just one stage of the process' }]
      }
    })
    expect(created.statusCode, created.body).toBe(201)
    const patched = await ctx.app.inject({ method: 'PATCH', url: '/v1/rounds/istanbul-2022-03-29', headers: auth(), payload: { summary: '=Changed by the export test.' } })
    expect(patched.statusCode, patched.body).toBe(200)
    const deleted = await ctx.app.inject({ method: 'DELETE', url: '/v1/actors/vladimir-zharikhin?cascade=true', headers: auth() })
    expect(deleted.statusCode, deleted.body).toBe(200)
    expect(await currentVersion()).toBe(before + 3)

    for (const format of formats) {
      expect((await exportOf(format, before)).equals(earlier[format]!), `${format} at version ${before}`).toBe(true)
      expect((await exportOf(format)).equals(earlier[format]!), `${format} now`).toBe(false)
    }
    // Each version in between is kept too, and a past one is fixed for good.
    const middle = json<ExportDocument>(await get(`/v1/export?version=${before + 1}`))
    expect((middle.statements as { text: string }[]).some((s) => s.text === 'the latest round of negotiations was just one stage of the process')).toBe(true)
    expect((middle.rounds as { summary: string }[]).some((r) => r.summary === '=Changed by the export test.')).toBe(false)
    // The package's cells are exactly as stored, where a list's CSV guards a spreadsheet.
    const roundsCsv = Buffer.from(unzipSync(new Uint8Array(await exportOf('zip')))['rounds.csv']!).toString('utf8')
    expect(roundsCsv).toContain(',=Changed by the export test.')
    expect((await get('/v1/rounds?format=csv&limit=100')).body).toContain(",'=Changed by the export test.")
    // One collection's CSV is for a spreadsheet, and guards it as the lists do.
    const spreadsheet = await get('/v1/export?format=csv&collection=rounds&bom=true')
    expect(spreadsheet.statusCode).toBe(200)
    expect(spreadsheet.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true)
    expect(spreadsheet.body).toContain(",'=Changed by the export test.")

    const versions = json<ListBody<Version>>(await get('/v1/versions'))
    expect(versions.data.map((v) => v.version).slice(0, 4)).toEqual([before + 3, before + 2, before + 1, before])
    const [deletion, update, creation] = versions.data
    expect(creation).toMatchObject({ madeBy: 'write', token: 'export test', changes: 1 })
    expect(update).toMatchObject({ madeBy: 'write', token: 'export test', changes: 1 })
    // One write, one version, however many records its cascade changed.
    expect(deletion!.changes).toBeGreaterThan(1)
    expect(deletion!.counts.actors).toBe(creation!.counts.actors! - 1)
    const document = json<ExportDocument>(await get(deletion!.links.export))
    expect(document.dataset.counts).toEqual(deletion!.counts)
    const log = json<ListBody<{ version: number | null }>>(await get(deletion!.links.changes))
    expect(log.data.map((c) => c.version)).toEqual(Array(deletion!.changes).fill(before + 3))
  })
})
