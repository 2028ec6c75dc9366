import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll } from 'vitest'
import { seedDatabase } from '../seed/seeder.js'
import { buildApp, type App, type BuildOptions } from '../src/app.js'
import { createTokensRepository } from '../src/auth/tokens.js'
import { migrateDb, openDb } from '../src/db/open.js'

/** A fresh temporary directory, removed after the file's tests. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'negotiation-timeline-test-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * A store file migrated and seeded by the real seeder, as a server process started on it will
 * find it, with a write token (so a test can write through that server): returns the token.
 */
export function seededStore(file: string, tokenName: string): string {
  const db = openDb(file)
  migrateDb(db)
  seedDatabase(db)
  const { token } = createTokensRepository(db).create(tokenName, 'write')
  db.$client.close()
  return token
}

/**
 * Builds the app for one test file: on a fresh database file, seeded by the real seeder, with
 * logging off; `options` go over those defaults (a rate limit, a database of the test's own...).
 */
export function useApp(options: Partial<BuildOptions> = {}): { app: App; databasePath: string } {
  const holder = { databasePath: options.databasePath ?? join(tempDir(), 'test.db') } as { app: App; databasePath: string }
  beforeAll(async () => {
    holder.app = await buildApp({ seedOnStart: true, logLevel: 'silent', ...options, databasePath: holder.databasePath })
    await holder.app.ready()
  })
  afterAll(async () => {
    await holder.app?.close()
  })
  return holder
}

export interface ListBody<T> {
  data: T[]
  page: { limit: number; total: number; nextCursor: string | null }
}

export function json<T>(response: LightMyRequestResponse): T {
  return response.json() as T
}

/** Follows nextCursor from `url` to the end; returns every item and how many pages it took. */
export async function walk<T>(app: App, url: string): Promise<{ items: T[]; pages: number; totals: number[] }> {
  const items: T[] = []
  const totals: number[] = []
  let next: string | null = url
  let pages = 0
  while (next !== null) {
    const response = await app.inject({ method: 'GET', url: next })
    if (response.statusCode !== 200) throw new Error(`GET ${next} answered ${response.statusCode}: ${response.body}`)
    const body = json<ListBody<T>>(response)
    items.push(...body.data)
    totals.push(body.page.total)
    pages += 1
    if (pages > 1000) throw new Error('pagination does not end')
    const cursor: string | null = body.page.nextCursor
    if (cursor !== null) {
      const link = response.headers.link
      if (typeof link !== 'string' || !link.includes('rel="next"')) throw new Error(`no Link header on ${next}`)
      const target: URL = new URL(next, 'http://x')
      target.searchParams.set('cursor', cursor)
      next = target.pathname + target.search
    } else {
      if (response.headers.link !== undefined) throw new Error(`a Link header on the last page of ${url}`)
      next = null
    }
  }
  return { items, pages, totals }
}

export function expectProblem(response: LightMyRequestResponse, status: number) {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`)
  const type = String(response.headers['content-type'])
  if (!type.startsWith('application/problem+json')) throw new Error(`expected application/problem+json, got ${type}`)
  const body = response.json() as { type: string; title: string; status: number; detail: string; instance: string; requestId?: string; errors?: { path: string; message: string }[] }
  if (body.status !== status || typeof body.title !== 'string' || typeof body.detail !== 'string' || typeof body.instance !== 'string') {
    throw new Error(`not a problem document: ${response.body}`)
  }
  return body
}
