import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, describe, expect, it } from 'vitest'
import { generateIngestSchema, ingestSchemaFile } from '../openapi/generate.js'
import { projectRoot } from '../src/paths.js'
import { buildApp } from '../src/app.js'
import { tempDir } from './helper.js'
import { startServer, type RunningServer } from './server-process.js'

const dir = tempDir()
const example = join(projectRoot, 'examples', 'ingest')
const running: RunningServer[] = []
afterAll(async () => {
  for (const server of running) await server.stop()
})

const cli = (script: string, args: string[], databasePath: string) =>
  spawnSync(process.execPath, [join(projectRoot, 'dist', script), ...args], { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: 'utf8' })

describe('the ingest format', () => {
  it('is published as a JSON Schema that matches the code, and the example follows it', () => {
    expect(readFileSync(ingestSchemaFile, 'utf8')).toBe(generateIngestSchema())
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    const validate = ajv.compile(JSON.parse(readFileSync(ingestSchemaFile, 'utf8')))
    const sample = JSON.parse(readFileSync(join(example, 'desk-note.json'), 'utf8'))
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true)
    expect(validate({ ...sample, source: { ...sample.source, kind: 'rumour' } })).toBe(false)
  })
})

describe('npm run ingest', () => {
  it('adds an article and its facts through the write path; they are then served like any other', async () => {
    const databasePath = join(dir, 'ingest.db')
    expect(cli('seed/cli.js', [], databasePath).status).toBe(0)
    const result = cli('src/cli/ingest.js', ['--source', join(example, 'desk-note.txt'), '--annotations', join(example, 'desk-note.json')], databasePath)
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/added source example-desk-note with 1 actor, 0 rounds, 0 proposals, 1 statement/)

    const app = await buildApp({ databasePath, seedOnStart: false, logLevel: 'silent' })
    try {
      const statement = (await app.inject('/v1/statements/example-desk-keeps-watching')).json()
      const source = (await app.inject('/v1/sources/example-desk-note')).json()
      expect(source.text.startsWith('This is an invented sample')).toBe(true)
      expect(source.text.slice(statement.evidence[0].start, statement.evidence[0].end)).toBe(statement.text)
      const changes = (await app.inject('/v1/changes')).json()
      expect(changes.data.map((c: { token: string }) => c.token)).toEqual(['ingest', 'ingest', 'ingest'])
      expect((await app.inject('/v1/search?q=%22keep%20watching%22')).json().page.total).toBeGreaterThan(0)
    } finally {
      await app.close()
    }

    const again = cli('src/cli/ingest.js', ['--source', join(example, 'desk-note.txt'), '--annotations', join(example, 'desk-note.json')], databasePath)
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/nothing was added: A source with the id "example-desk-note" exists already/)
  })

  it('adds nothing when any fact fails, and names it', () => {
    const databasePath = join(dir, 'ingest-fail.db')
    expect(cli('seed/cli.js', [], databasePath).status).toBe(0)
    const sample = JSON.parse(readFileSync(join(example, 'desk-note.json'), 'utf8'))
    sample.statements[0].evidence[0].quote = 'words the note does not have'
    const annotations = join(dir, 'bad.json')
    writeFileSync(annotations, JSON.stringify(sample))
    const result = cli('src/cli/ingest.js', ['--source', join(example, 'desk-note.txt'), '--annotations', annotations], databasePath)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/statements\[0\]\.evidence\.0: evidence not found/)
    // The rules of the write endpoints, with the record's place in the file.
    sample.statements[0].evidence = JSON.parse(readFileSync(join(example, 'desk-note.json'), 'utf8')).statements[0].evidence
    sample.statements[0].issues = ['leaders_meeting', 'weather']
    sample.statements[0].relatedRounds = ['geneva-1954']
    writeFileSync(annotations, JSON.stringify(sample))
    const links = cli('src/cli/ingest.js', ['--source', join(example, 'desk-note.txt'), '--annotations', annotations], databasePath)
    expect(links.status).toBe(1)
    expect(links.stderr).toMatch(/statements\[0\]\.issues\.1: unknown issue "weather"/)
    expect(links.stderr).toMatch(/statements\[0\]\.relatedRounds\.0: unknown round "geneva-1954"/)
    const sqlite = new Database(databasePath, { readonly: true })
    try {
      expect(sqlite.prepare("SELECT count(*) AS n FROM sources WHERE id = 'example-desk-note'").get()).toEqual({ n: 0 })
      expect(sqlite.prepare("SELECT count(*) AS n FROM actors WHERE id = 'example-desk'").get()).toEqual({ n: 0 })
    } finally {
      sqlite.close()
    }
  })

  it('says in one line, without a stack trace, when the capture does not start with its headline', () => {
    const databasePath = join(dir, 'ingest-headline.db')
    const capture = join(dir, 'no-headline.txt')
    writeFileSync(capture, readFileSync(join(example, 'desk-note.txt'), 'utf8').split('\n').slice(2).join('\n'))
    const result = cli('src/cli/ingest.js', ['--source', capture, '--annotations', join(example, 'desk-note.json')], databasePath)
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^nothing was added: .*no-headline\.txt: the capture does not start with its headline "Example Desk: a note on the online talks"$/)])
    expect(result.stdout).toBe('')
  })
})

describe('npm run db:backup', () => {
  it('takes a consistent copy while the server runs and serves', async () => {
    const databasePath = join(dir, 'live.db')
    const server = await startServer({ DATABASE_PATH: databasePath })
    running.push(server)
    const reads = Array.from({ length: 30 }, () => fetch(`${server.base}/v1/timeline?limit=100`).then((r) => r.status))
    const backupFile = join(dir, 'copy.db')
    const result = cli('src/cli/backup.js', [backupFile], databasePath)
    expect(result.status, result.stderr).toBe(0)
    expect((await Promise.all(reads)).every((s) => s === 200)).toBe(true)
    const copy = new Database(backupFile, { readonly: true })
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
      const counts = (await (await fetch(`${server.base}/v1`)).json()) as { counts: { rounds: number; statements: number } }
      expect(copy.prepare('SELECT count(*) AS n FROM rounds').get()).toEqual({ n: counts.counts.rounds })
      expect(copy.prepare('SELECT count(*) AS n FROM statements').get()).toEqual({ n: counts.counts.statements })
    } finally {
      copy.close()
    }
    expect(cli('src/cli/backup.js', [backupFile], databasePath).status).toBe(1)
  })
})
