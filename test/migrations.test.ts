import { spawnSync } from 'node:child_process'
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
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

  it('carry a store of the last release forward: the rounds table rebuilt, nothing that points at it lost, search kept', () => {
    // The migrations up to the one before the rebuild of rounds, as a store of the last release has them.
    const old = join(dir, 'old-migrations')
    cpSync(migrationsFolder, old, { recursive: true })
    const journalFile = join(old, 'meta', '_journal.json')
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number; tag: string }[] }
    const rebuild = journal.entries.findIndex((e) => e.tag.endsWith('_citable'))
    for (const e of journal.entries.slice(rebuild)) rmSync(join(old, `${e.tag}.sql`))
    journal.entries = journal.entries.slice(0, rebuild)
    writeFileSync(journalFile, JSON.stringify(journal))
    const db = openDb(join(dir, 'old.db'))
    try {
      migrate(db, { migrationsFolder: old })
      const run = (sql: string) => db.$client.exec(sql)
      run(`INSERT INTO sources (id, kind, title, publisher, published_earliest, language, licence, citation, list_order)
             VALUES ('ref', 'reference_timeline', 'T', 'P', '2022-03-29', 'en', 'L', 'C', 1);
           INSERT INTO parties (id, name, role, list_order) VALUES ('russia', 'Russia', 'belligerent', 1), ('ukraine', 'Ukraine', 'belligerent', 2);
           INSERT INTO actors (id, name, type, party_id, aliases, roles, list_order) VALUES ('a', 'Someone', 'person', 'russia', '[]', '[]', 1);
           INSERT INTO rounds (id, title, format, date_earliest, date_latest, status, summary, list_order) VALUES
             ('held', 'Held round', 'video', '2022-03-14', '2022-03-17', 'held', 'Held over four days', 1),
             ('meeting', 'Leaders meeting', 'summit', '2022-04-04', NULL, 'proposed', 'Proposed', 2);
           INSERT INTO round_parties (round_id, party_id, role) VALUES ('held', 'russia', 'participant'), ('meeting', 'ukraine', 'participant');
           INSERT INTO proposals (id, party_id, round_id, type, category, title, text, date_earliest, date_latest, list_order)
             VALUES ('p', 'russia', 'meeting', 'condition', 'summit_precondition', 'T', 'words', '2022-02-28', '2022-04-07', 1);
           INSERT INTO statements (id, actor_id, party_id, round_id, mode, text, quote, date_earliest, date_latest, list_order)
             VALUES ('s', 'a', 'russia', 'held', 'indirect', 'said so', NULL, '2022-03-14', '2022-03-14', 1);
           INSERT INTO evidence (source_id, round_id, note) VALUES ('ref', 'held', 'n'), ('ref', 'meeting', 'n');
           INSERT INTO evidence (source_id, proposal_id, note) VALUES ('ref', 'p', 'n');`)
      migrateDb(db)
      const count = (table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
      expect([count('rounds'), count('round_parties'), count('evidence'), count('proposals'), count('statements')]).toEqual([2, 2, 3, 1, 1])
      expect(db.$client.prepare('SELECT round_id FROM proposals').get()).toEqual({ round_id: 'meeting' })
      const rounds = db.$client.prepare('SELECT id, date_earliest, date_latest, date_kind FROM rounds ORDER BY id').all()
      expect(rounds).toEqual([
        { id: 'held', date_earliest: '2022-03-14', date_latest: '2022-03-17', date_kind: 'period' },
        // A proposed event with no end was stored from a "not before" day: it has none now.
        { id: 'meeting', date_earliest: null, date_latest: null, date_kind: 'unscheduled' }
      ])
      expect(db.$client.prepare('SELECT date_kind, title FROM statements').get()).toEqual({ date_kind: 'exact', title: 'Someone: said so' })
      expect(db.$client.prepare('SELECT id, label FROM issues').all()).toEqual([{ id: 'summit_precondition', label: 'Summit precondition' }])
      // The search triggers of the rebuilt table are back: a change to a round is searchable.
      run("UPDATE rounds SET summary = 'Renamed marmalade' WHERE id = 'held'")
      expect(db.$client.prepare("SELECT d.ref_id FROM search_index JOIN search_docs d ON d.doc_id = search_index.rowid WHERE search_index MATCH 'marmalade'").all()).toEqual([{ ref_id: 'held' }])
      expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(db.$client.pragma('foreign_key_check')).toEqual([])
    } finally {
      db.$client.close()
    }
  })
})
