import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { migrateDb, openDb } from '../src/db/open.js'
import { projectRoot, seedFolder } from '../src/paths.js'
import { buildSeed, readAnnotations, SeedError, seedDatabase, type SeedRows } from '../seed/seeder.js'
import type { Annotations } from '../seed/annotations.schema.js'
import { tempDir } from './helper.js'

const dir = tempDir()
const readSource = (file: string) => readFileSync(join(seedFolder, file), 'utf8')
const annotations = () => readAnnotations()

function problemsOf(mutate: (a: Annotations) => void): string[] {
  const a = structuredClone(annotations())
  mutate(a)
  try {
    buildSeed(a, readSource)
  } catch (error) {
    if (error instanceof SeedError) return error.problems
    throw error
  }
  return []
}

describe('the seeder', () => {
  it('builds the seed from the committed annotations without a problem', () => {
    const rows: SeedRows = buildSeed(annotations(), readSource)
    expect(rows.proposals.length).toBeGreaterThanOrEqual(6)
    expect(rows.evidence.every((e) => e.note !== null || (e.start !== null && e.end !== null))).toBe(true)
  })

  it('refuses evidence that is not in the article, naming it', () => {
    const problems = problemsOf((a) => {
      a.proposals[0]!.evidence = [{ source: 'xinhua-2022-04-ease-tensions', quote: 'Kiev handing Moscow its proposals, which contained' }]
    })
    expect(problems.join('\n')).toMatch(/evidence not found.*Kiev handing Moscow its proposals, which contained/)
  })

  it('refuses a paraphrase passed off as a quotation', () => {
    const problems = problemsOf((a) => {
      const statement = a.statements.find((s) => s.mode === 'direct')!
      statement.quote = 'There is a theoretical possibility of a meeting'
    })
    expect(problems.join('\n')).toMatch(/not the words inside quotation marks/)
  })

  it('refuses ambiguous evidence unless the occurrence is given', () => {
    const ambiguous = problemsOf((a) => {
      a.actors[0]!.evidence = [{ source: 'xinhua-2022-04-ease-tensions', quote: 'Zelensky' }]
    })
    expect(ambiguous.join('\n')).toMatch(/ambiguous.*occurs more than once/)
    expect(
      problemsOf((a) => {
        a.actors[0]!.evidence = [{ source: 'xinhua-2022-04-ease-tensions', quote: 'Ukrainian President, Volodymyr Zelensky', occurrence: 1 }]
      })
    ).toEqual([])
  })

  it('refuses unknown references, proposal words outside their evidence, and notes standing in for article words', () => {
    const problems = problemsOf((a) => {
      a.statements[0]!.actor = 'nobody'
      a.proposals[1]!.text = 'refusal to host foreign troops'
      a.rounds[6]!.evidence.push({ source: 'xinhua-2022-04-ease-tensions', note: 'the article says so' })
    }).join('\n')
    expect(problems).toMatch(/unknown actor "nobody"/)
    expect(problems).toMatch(/its text "refusal to host foreign troops" is not within its evidence/)
    expect(problems).toMatch(/must quote its words, not a note/)
  })

  it('refuses two proposals of one party and round that share words, unless the shared words and why are declared', () => {
    const bases = (a: Annotations) => a.proposals.find((p) => p.id === 'ukraine-no-foreign-bases-or-troops')!
    expect(problemsOf((a) => delete bases(a).overlaps).join('\n')).toMatch(
      /proposal ukraine-no-foreign-bases-or-troops: its text shares "its refusal to" with proposal ukraine-no-nato-membership/
    )
    // A declaration covers only the words it names.
    expect(problemsOf((a) => (bases(a).overlaps![0]!.words = 'its')).join('\n')).toMatch(/ukraine-no-foreign-bases-or-troops: its text shares "its refusal to"/)
    // The old, contiguous text held the NATO item whole.
    const whole = problemsOf((a) => {
      bases(a).text = 'its refusal to join the North Atlantic Treaty Organisation and deploy foreign military bases and troops on its territory'
      bases(a).evidence[0] = { source: 'xinhua-2022-04-ease-tensions', quote: bases(a).text }
    }).join('\n')
    expect(whole).toMatch(/shares "its refusal to join the North Atlantic Treaty Organisation" with proposal ukraine-no-nato-membership/)
  })

  it('refuses a proposal whose evidence does not name its party or anyone speaking for it', () => {
    const problems = problemsOf((a) => {
      const item = a.proposals.find((p) => p.id === 'ukraine-non-bloc-status')!
      item.evidence = item.evidence.slice(0, 1)
    })
    expect(problems).toEqual([expect.stringMatching(/^proposal ukraine-non-bloc-status: no evidence item says it is ukraine's/)])
    // Russia's words about Ukraine do not make a proposal Ukraine's.
    const misfiled = problemsOf((a) => {
      a.proposals.find((p) => p.id === 'russia-draft-not-sufficient-for-leaders-meeting')!.party = 'ukraine'
    })
    expect(misfiled).toEqual([expect.stringMatching(/^proposal russia-draft-not-sufficient-for-leaders-meeting: no evidence item says it is ukraine's/)])
  })

  it('refuses spans out of order, and a date whose kind does not fit its bounds', () => {
    const problems = problemsOf((a) => {
      const wmd = a.proposals.find((p) => p.id === 'ukraine-renounce-other-wmd')!
      const first = wmd.evidence[0]!
      if ('spans' in first) first.spans.reverse()
      a.rounds.find((r) => r.id === 'istanbul-2022-03-29')!.date.kind = 'unscheduled'
      a.rounds.find((r) => r.id === 'video-2022-03-14')!.date.kind = 'exact'
      a.statements[0]!.date = { earliest: null as unknown as string, latest: null, text: null, note: null }
    }).join('\n')
    expect(problems).toMatch(/proposal ukraine-renounce-other-wmd: the spans of one evidence item must be in source order/)
    expect(problems).toMatch(/round istanbul-2022-03-29: a date of kind "unscheduled" needs no earliest and no latest day/)
    expect(problems).toMatch(/round istanbul-2022-03-29: only a proposed round may be unscheduled/)
    expect(problems).toMatch(/round video-2022-03-14: a date of kind "exact" needs earliest and latest the same day/)
    expect(problems).toMatch(/statement russia-delegation-foundation-for-de-escalation: only a proposed round may be unscheduled/)
  })

  it("refuses a quote that keeps the sentence's punctuation, a title quoting words not said, and an unknown issue", () => {
    const problems = problemsOf((a) => {
      const medinsky = a.statements.find((s) => s.id === 'medinsky-readiness-first-time-in-years')!
      medinsky.quote = 'for the first time in years.'
      a.statements.find((s) => s.id === 'timofeev-theoretical-possibility')!.title = 'Timofeev: “a meeting is possible”'
      // A paraphrase dressed as a quotation: the words are the sentence's, but no one is quoted saying them.
      a.statements.find((s) => s.id === 'zelensky-positive-signals')!.title = 'Zelensky: “positive signals”'
      a.proposals[0]!.category = 'sanctions'
    }).join('\n')
    expect(problems).toMatch(/statement medinsky-readiness-first-time-in-years: its quote "for the first time in years\." ends with the sentence's punctuation/)
    expect(problems).toMatch(/statement timofeev-theoretical-possibility: its title quotes "a meeting is possible"/)
    expect(problems).toMatch(/statement zelensky-positive-signals: its title quotes "positive signals", which are not words the source puts in quotation marks \(the statement has no quote\)/)
    expect(problems).toMatch(/proposal ukraine-no-nato-membership: unknown issue "sanctions"/)
  })

  it('writes nothing when a fact fails: all or nothing', () => {
    const bad = structuredClone(annotations())
    bad.statements[2]!.evidence = [{ source: 'xinhua-2022-04-ease-tensions', quote: 'words the article never had' }]
    const file = join(dir, 'bad-annotations.json')
    writeFileSync(file, JSON.stringify(bad))
    const db = openDb(join(dir, 'all-or-nothing.db'))
    try {
      migrateDb(db)
      expect(() => seedDatabase(db, { annotationsFile: file })).toThrow(SeedError)
      expect(db.$client.prepare('SELECT count(*) AS n FROM rounds').get()).toEqual({ n: 0 })
    } finally {
      db.$client.close()
    }
  })
})

describe('seeding and restarting', () => {
  it('seeds again a store of an earlier seed that was never written to, and leaves one with curated writes as it is, saying so', () => {
    // An earlier seed: the same facts, one title different.
    const earlier = structuredClone(annotations())
    earlier.proposals[0]!.title = 'An earlier title'
    const earlierFile = join(dir, 'earlier-annotations.json')
    writeFileSync(earlierFile, JSON.stringify(earlier))
    const titleOf = (db: ReturnType<typeof openDb>) => (db.$client.prepare('SELECT title FROM proposals WHERE id = ?').get(earlier.proposals[0]!.id) as { title: string }).title
    for (const curated of [false, true]) {
      const db = openDb(join(dir, `earlier-${curated}.db`))
      try {
        migrateDb(db)
        expect(seedDatabase(db, { annotationsFile: earlierFile }).seeded).toBe(true)
        if (curated) {
          db.$client.prepare("INSERT INTO changes (at, token_name, operation, resource_type, resource_id, fields) VALUES ('2022-04-08T00:00:00Z', 'desk', 'update', 'proposal', ?, '[\"title\"]')").run(earlier.proposals[0]!.id)
        }
        const result = seedDatabase(db)
        expect({ seeded: result.seeded, refreshed: result.refreshed, outdated: result.outdated }).toEqual(
          curated ? { seeded: false, refreshed: false, outdated: true } : { seeded: true, refreshed: true, outdated: false }
        )
        expect(titleOf(db)).toBe(curated ? 'An earlier title' : annotations().proposals[0]!.title)
        // The same seed again writes nothing.
        if (!curated) expect(seedDatabase(db).seeded).toBe(false)
      } finally {
        db.$client.close()
      }
    }
  })

  it('seeds on first start and never again: a restart keeps the data and duplicates nothing', async () => {
    const file = join(dir, 'restart.db')
    const snapshot = async () => {
      const app = await buildApp({ databasePath: file, seedOnStart: true, logLevel: 'silent' })
      try {
        const dataset = (await app.inject('/v1')).json() as { version: number; counts: Record<string, number> }
        const rounds = (await app.inject('/v1/rounds?limit=100')).body
        return { dataset, rounds }
      } finally {
        await app.close()
      }
    }
    const first = await snapshot()
    const second = await snapshot()
    expect(first.dataset.counts.rounds).toBeGreaterThan(0)
    expect(second).toEqual(first)
  })

  it('`npm run db:seed -- --reset` rebuilds the data; without --reset it writes nothing', () => {
    const env = { ...process.env, DATABASE_PATH: join(dir, 'cli.db') }
    const seed = (...args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'dist', 'seed', 'cli.js'), ...args], { env, encoding: 'utf8' })
    const first = seed()
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/^seeded .*cli\.db: 2 sources, 4 parties/)
    const again = seed()
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(/already seeded; nothing written/)
    const db = openDb(env.DATABASE_PATH)
    db.$client.prepare("DELETE FROM statements WHERE id = 'zelensky-positive-signals'").run()
    db.$client.close()
    const reset = seed('--reset')
    expect(reset.status, reset.stderr).toBe(0)
    const after = openDb(env.DATABASE_PATH)
    try {
      expect(after.$client.prepare("SELECT count(*) AS n FROM statements WHERE id = 'zelensky-positive-signals'").get()).toEqual({ n: 1 })
      expect(after.$client.prepare('SELECT count(*) AS n FROM rounds').get()).toEqual({ n: buildSeed(annotations(), readSource).rounds.length })
    } finally {
      after.$client.close()
    }
  })
})
