import { spawnSync } from 'node:child_process'
import { cpSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrateDb, openDb, isMigrated } from '../src/db/open.js'
import { migrationsFolder, projectRoot } from '../src/paths.js'
import { tempDir } from './helper.js'

const dir = tempDir()

function listAll(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()
}

describe('migrations', () => {
  it('match the drizzle schema: drizzle-kit generate finds nothing new to write', () => {
    const out = join(dir, 'migrations')
    cpSync(migrationsFolder, out, { recursive: true })
    const before = listAll(out)
    const run = spawnSync(
      join(projectRoot, 'node_modules', '.bin', 'drizzle-kit'),
      ['generate', '--dialect', 'sqlite', '--schema', './src/db/schema.ts', '--out', relative(projectRoot, out)], // drizzle-kit wants a relative --out
      { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
    )
    const printed = `${run.stdout}${run.stderr}`
    expect(run.status, printed).toBe(0)
    expect(listAll(out), printed).toEqual(before)
    expect(printed).toMatch(/No schema changes/)
  })

  it('apply to an empty database and leave foreign keys on and WAL mode', () => {
    const db = openDb(join(dir, 'fresh.db'))
    try {
      expect(isMigrated(db)).toBe(false)
      migrateDb(db)
      expect(isMigrated(db)).toBe(true)
      expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(() => db.$client.prepare("INSERT INTO proposals (id, party_id, type, category, title, text, date_earliest, list_order) VALUES ('x', 'nowhere', 'proposal', 'c', 't', 't', '2022-01-01', 1)").run()).toThrow(/FOREIGN KEY/)
    } finally {
      db.$client.close()
    }
  })
})
