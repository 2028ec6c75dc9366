// npm run bench:grow -- [--seed N] [--rounds 10000] [--statements 100000] [--proposals 20000] [--out FILE]
// Makes a grown store deterministically from a seed number, through the same write path
// as curation (each record's writer: its checks, the changes log), with a progress bar.
import { copyFileSync, existsSync, rmSync } from 'node:fs'
import { parseArgs } from 'node:util'
import cliProgress from 'cli-progress'
import { createWrites } from '../dist/src/curation/writes.js'
import { migrateDb, openDb } from '../dist/src/db/open.js'
import { proposalWriter } from '../dist/src/modules/proposals/proposals.writes.js'
import { roundWriter } from '../dist/src/modules/rounds/rounds.writes.js'
import { statementWriter } from '../dist/src/modules/statements/statements.writes.js'
import { seedDatabase } from '../dist/seed/seeder.js'

export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ARTICLE = 'xinhua-2022-04-ease-tensions'
const quotes = ['Moscow and Kiev have conducted several rounds of peace talks', 'key divergences have yet to be resolved', 'continuing talks in an online format since Friday', 'a meeting at the highest level']
const day = (n) => new Date(Date.UTC(2022, 1, 28) + n * 86_400_000).toISOString().slice(0, 10)

export function grow(file, { seed = 1, rounds = 10_000, statements = 100_000, proposals = 20_000, quiet = false } = {}) {
  if (existsSync(file)) rmSync(file)
  const db = openDb(file)
  migrateDb(db)
  seedDatabase(db)
  // Bulk generation commits in batches; durability per write is not what is measured here.
  db.$client.pragma('synchronous = NORMAL')
  const curation = createWrites(db)
  const random = mulberry32(seed)
  const pick = (list) => list[Math.floor(random() * list.length)]
  const ctx = { tokenName: 'bench:grow' }
  const bar = quiet ? null : new cliProgress.SingleBar({ format: 'growing {bar} {value}/{total} {kind}' }, cliProgress.Presets.shades_classic)
  const total = rounds + proposals + statements
  bar?.start(total, 0, { kind: '' })
  let done = 0
  const batched = (count, kind, make) => {
    for (let start = 0; start < count; start += 1000) {
      curation.batch(() => {
        for (let i = start; i < Math.min(count, start + 1000); i++) make(i)
      })
      done += Math.min(1000, count - start)
      bar?.update(done, { kind })
    }
  }
  const roundIds = []
  batched(rounds, 'rounds', (i) => {
    const start = Math.floor(random() * 1500)
    roundIds.push(
      curation.create(roundWriter, {
        id: `grown-round-${i}`,
        title: `Generated round ${i}`,
        sequence: null,
        format: pick(['in_person', 'video', 'ministerial', 'summit', 'unknown']),
        location: null,
        date: { earliest: day(start), latest: day(start + Math.floor(random() * 3)), text: null, note: 'generated' },
        status: pick(['held', 'held', 'held', 'ongoing', 'proposed']),
        summary: `A generated round for benchmarks, number ${i}.`,
        parties: [{ id: 'russia', role: 'participant' }, { id: 'ukraine', role: 'participant' }],
        evidence: [{ sourceId: ARTICLE, quote: pick(quotes) }]
      }, ctx)
    )
  })
  // Words that name each party first, as the attribution rule asks.
  const wordsOf = { russia: 'Moscow and Kiev have conducted several rounds of peace talks', ukraine: 'Kiev handing Moscow its proposals' }
  batched(proposals, 'proposals', (i) => {
    const party = pick(['russia', 'ukraine'])
    curation.create(proposalWriter, {
      id: `grown-proposal-${i}`,
      party,
      round: pick(roundIds),
      type: pick(['proposal', 'condition', 'demand']),
      category: pick(['alliance', 'neutrality', 'nuclear_weapons', 'wmd', 'leaders_meeting']),
      title: `Generated proposal ${i}`,
      text: wordsOf[party],
      date: { earliest: day(Math.floor(random() * 1500)), latest: null, text: null, note: 'generated' },
      evidence: [{ sourceId: ARTICLE, quote: wordsOf[party] }]
    }, ctx)
  })
  const actors = ['volodymyr-zelensky', 'vladimir-medinsky', 'david-arakhamia', 'ivan-timofeev', 'vladimir-zharikhin']
  batched(statements, 'statements', (i) => {
    const start = Math.floor(random() * 1500)
    curation.create(statementWriter, {
      id: `grown-statement-${i}`,
      actor: pick(actors),
      party: null,
      round: pick(roundIds),
      relatedRounds: [],
      issues: [],
      mode: 'indirect',
      text: 'key divergences have yet to be resolved',
      quote: null,
      date: { earliest: day(start), latest: day(start + 7), text: null, note: 'generated' },
      evidence: [{ sourceId: ARTICLE, quote: 'key divergences have yet to be resolved' }]
    }, ctx)
  })
  bar?.stop()
  db.$client.pragma('wal_checkpoint(TRUNCATE)')
  db.$client.close()
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      rounds: { type: 'string', default: '10000' },
      statements: { type: 'string', default: '100000' },
      proposals: { type: 'string', default: '20000' },
      out: { type: 'string', default: 'data/bench-grown.db' }
    }
  })
  const started = Date.now()
  grow(values.out, { seed: Number(values.seed), rounds: Number(values.rounds), statements: Number(values.statements), proposals: Number(values.proposals) })
  console.log(`grew ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  void copyFileSync
}
