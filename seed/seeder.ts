// Turns seed/annotations.json into rows, checking every fact against its source, and writes
// them in one transaction. Fails loudly, listing every problem at once, rather than storing
// anything that is not supported by the exact words of a source.
import { createHash } from 'node:crypto'
import { aliasKey } from '../src/modules/parties/parties.repository.js'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import type { Db } from '../src/db/open.js'
import * as t from '../src/db/schema.js'
import { dateColumns, kindOf, roundColumns, sourceColumns, type DateShape } from '../src/db/columns.js'
import { articleBody } from '../src/provenance/article.js'
import { checkEvidence, type EvidenceClaim, type EvidenceRow, type SourceText } from '../src/provenance/evidence.js'
import { attributedTo, dateProblems, ownRanges, quoteProblems, sharedRanges, titleProblems, withinEvidence, type SourceRange } from '../src/provenance/rules.js'
import { seedFolder } from '../src/paths.js'
import { newVersion } from '../src/db/version.js'
import { annotations as annotationsSchema, type AnnotatedEvidence, type Annotations } from './annotations.schema.js'

export const defaultAnnotationsFile = join(seedFolder, 'annotations.json')

export class SeedError extends Error {
  override name = 'SeedError'
  constructor(readonly problems: string[]) {
    super(`the seed was not written; ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

export function readAnnotations(file = defaultAnnotationsFile): Annotations {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new SeedError([`${file}: ${(error as Error).message}`])
  }
  const parsed = annotationsSchema.safeParse(json)
  if (!parsed.success) {
    throw new SeedError(parsed.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`))
  }
  return parsed.data
}

export interface SeedRows {
  sources: (typeof t.sources.$inferInsert)[]
  parties: (typeof t.parties.$inferInsert)[]
  partyAliases: (typeof t.partyAliases.$inferInsert)[]
  issues: (typeof t.issues.$inferInsert)[]
  actors: (typeof t.actors.$inferInsert)[]
  rounds: (typeof t.rounds.$inferInsert)[]
  roundParties: (typeof t.roundParties.$inferInsert)[]
  proposals: (typeof t.proposals.$inferInsert)[]
  statements: (typeof t.statements.$inferInsert)[]
  statementIssues: (typeof t.statementIssues.$inferInsert)[]
  statementRounds: (typeof t.statementRounds.$inferInsert)[]
  evidence: (typeof t.evidence.$inferInsert)[]
}

type Subject = { roundId: string } | { proposalId: string } | { statementId: string } | { actorId: string }

// The annotations name a source `source`; quotes are located in it, offsets never typed.
const claimOf = (item: AnnotatedEvidence): EvidenceClaim => {
  if ('quote' in item) return { sourceId: item.source, quote: item.quote, occurrence: item.occurrence }
  if ('spans' in item) return { sourceId: item.source, spans: item.spans }
  return { sourceId: item.source, note: item.note }
}

/** Checks every fact and returns the rows to insert; reads article captures with `readSource`. */
export function buildSeed(a: Annotations, readSource: (file: string) => string): SeedRows {
  const problems: string[] = []
  const rows: SeedRows = {
    sources: [],
    parties: [],
    partyAliases: [],
    issues: [],
    actors: [],
    rounds: [],
    roundParties: [],
    proposals: [],
    statements: [],
    statementIssues: [],
    statementRounds: [],
    evidence: []
  }

  const ids = (kind: string, list: { id: string }[]): Set<string> => {
    const seen = new Set<string>()
    for (const { id } of list) {
      if (seen.has(id)) problems.push(`${kind} ${id} is defined twice`)
      seen.add(id)
    }
    return seen
  }
  const partyIds = ids('party', a.parties)
  const actorIds = ids('actor', a.actors)
  const roundIds = ids('round', a.rounds)
  ids('source', a.sources)
  const issueIds = ids('issue', a.issues)
  ids('proposal', a.proposals)
  ids('statement', a.statements)
  const refer = (where: string, kind: string, known: Set<string>, id: string | null) => {
    if (id !== null && !known.has(id)) problems.push(`${where}: unknown ${kind} ${JSON.stringify(id)}`)
  }

  const sourceTexts = new Map<string, SourceText>()
  a.sources.forEach((s, i) => {
    let text: string | null = null
    if (s.kind === 'news_article') {
      try {
        text = articleBody(readSource(s.file), { headline: s.headline, furniture: s.furniture })
      } catch (error) {
        problems.push(`source ${s.id}: ${(error as Error).message}`)
      }
    }
    sourceTexts.set(s.id, { kind: s.kind, text })
    rows.sources.push({ id: s.id, ...sourceColumns(s, text), listOrder: i + 1 })
  })

  // Returns the located words of each item, so callers can check that a fact's words lie inside.
  const addEvidence = (where: string, subject: Subject, list: AnnotatedEvidence[]): string[] => checkedEvidence(where, subject, list).spans
  const checkedEvidence = (where: string, subject: Subject, list: AnnotatedEvidence[]): { spans: string[]; rows: EvidenceRow[] } => {
    const checked = checkEvidence(list.map(claimOf), (id) => sourceTexts.get(id))
    rows.evidence.push(...checked.rows.map((row) => ({ ...row, ...subject })))
    problems.push(...checked.problems.map((p) => `${where}: ${p.message}`))
    return checked
  }
  const dated = (where: string, date: DateShape, range: 'period' | 'within', mayBeUnscheduled: boolean) => {
    for (const problem of dateProblems({ ...date, kind: kindOf(date, range) }, mayBeUnscheduled)) problems.push(`${where}: ${problem}`)
  }
  // The seed's proposals and statements are the article's own words, so they need a located
  // span to lie within; other facts only when they have one.
  const inside = (where: string, what: string, words: string, spans: string[], required: boolean) => {
    if ((required && spans.length === 0) || !withinEvidence(words, spans)) {
      problems.push(`${where}: its ${what} ${JSON.stringify(words)} is not within its evidence`)
    }
  }

  const aliasOwners = new Map<string, string>()
  a.parties.forEach((p, i) => {
    rows.parties.push({ id: p.id, name: p.name, role: p.role, listOrder: i + 1 })
    for (const alias of new Set([p.id, p.name, ...p.aliases])) {
      const key = aliasKey(alias)
      const owner = aliasOwners.get(key)
      if (owner === p.id) continue
      if (owner) problems.push(`party ${p.id}: alias ${JSON.stringify(alias)} already belongs to ${owner}`)
      aliasOwners.set(key, p.id)
      rows.partyAliases.push({ key, alias, partyId: p.id })
    }
  })

  a.issues.forEach((issue, i) => rows.issues.push({ ...issue, listOrder: i + 1 }))

  // The names each party's words may use: its own, and those of the people and bodies speaking for it.
  const partyNames = new Map(
    a.parties.map((p) => [
      p.id,
      [p.id, p.name, ...p.aliases, ...a.actors.filter((actor) => actor.party === p.id).flatMap((actor) => [actor.name, ...actor.aliases])]
    ])
  )

  a.actors.forEach((actor, i) => {
    const where = `actor ${actor.id}`
    refer(where, 'party', partyIds, actor.party)
    rows.actors.push({
      id: actor.id,
      name: actor.name,
      type: actor.type,
      partyId: actor.party,
      aliases: actor.aliases,
      roles: actor.roles,
      listOrder: i + 1
    })
    const spans = addEvidence(where, { actorId: actor.id }, actor.evidence)
    for (const role of actor.roles) inside(where, 'role', role.text, spans, false)
  })

  a.rounds.forEach((r, i) => {
    const where = `round ${r.id}`
    rows.rounds.push({ id: r.id, ...roundColumns(r), listOrder: i + 1 })
    for (const p of r.parties) {
      refer(where, 'party', partyIds, p.party)
      rows.roundParties.push({ roundId: r.id, partyId: p.party, role: p.role })
    }
    const spans = addEvidence(where, { roundId: r.id }, r.evidence)
    if (r.date.text !== null) inside(where, 'date wording', r.date.text, spans, false)
    dated(where, r.date, 'period', r.status === 'proposed')
  })

  // A party's proposals at one round, with the source ranges of their words, for the overlap rule.
  const tabled: { id: string; key: string; ranges: SourceRange[]; overlaps: Map<string, string> }[] = []
  a.proposals.forEach((p, i) => {
    const where = `proposal ${p.id}`
    refer(where, 'party', partyIds, p.party)
    refer(where, 'round', roundIds, p.round)
    refer(where, 'issue', issueIds, p.category)
    dated(where, p.date, 'within', false)
    rows.proposals.push({
      id: p.id,
      partyId: p.party,
      roundId: p.round,
      type: p.type,
      category: p.category,
      title: p.title,
      text: p.text,
      ...dateColumns(p.date),
      listOrder: i + 1
    })
    const checked = checkedEvidence(where, { proposalId: p.id }, p.evidence)
    inside(where, 'text', p.text, checked.spans, true)
    const said = [...checked.spans, ...p.evidence.flatMap((e) => ('note' in e ? [e.note] : []))]
    if (!attributedTo(said, p.party, partyNames)) {
      problems.push(`${where}: no evidence item says it is ${p.party}'s (names ${p.party} or anyone speaking for it before any other party); add the words that make it ${p.party}'s`)
    }
    tabled.push({ id: p.id, key: `${p.party} ${p.round}`, ranges: ownRanges(p.text, checked.rows), overlaps: new Map((p.overlaps ?? []).map((o) => [o.proposal, o.words])) })
  })
  // No two proposals of one party at one round share words, unless one says why: a reader
  // counting a party's commitments by their texts must count each once.
  tabled.forEach((x, i) => {
    for (const y of tabled.slice(i + 1)) {
      if (x.key !== y.key) continue
      const declared = y.overlaps.get(x.id) ?? x.overlaps.get(y.id)
      for (const shared of sharedRanges(x.ranges, y.ranges)) {
        const words = sourceTexts.get(shared.sourceId)?.text?.slice(shared.start, shared.end) ?? ''
        if (declared !== undefined && declared.includes(words)) continue
        problems.push(
          `proposal ${y.id}: its text shares ${JSON.stringify(words)} with proposal ${x.id} of the same party and round; give each its own words, or declare the shared words and why in "overlaps"`
        )
      }
    }
  })

  a.statements.forEach((s, i) => {
    const where = `statement ${s.id}`
    refer(where, 'actor', actorIds, s.actor)
    refer(where, 'party', partyIds, s.party)
    refer(where, 'round', roundIds, s.round)
    dated(where, s.date, 'within', false)
    for (const round of s.relatedRounds ?? []) {
      refer(where, 'round', roundIds, round)
      if (round !== s.round) rows.statementRounds.push({ statementId: s.id, roundId: round })
    }
    for (const issue of s.issues ?? []) {
      refer(where, 'issue', issueIds, issue)
      rows.statementIssues.push({ statementId: s.id, issueId: issue })
    }
    for (const problem of quoteProblems(s.mode, s.text, s.quote)) problems.push(`${where}: ${problem}`)
    for (const problem of titleProblems(s.title, s.quote)) problems.push(`${where}: ${problem}`)
    rows.statements.push({
      id: s.id,
      actorId: s.actor,
      partyId: s.party,
      roundId: s.round,
      mode: s.mode,
      title: s.title,
      text: s.text,
      quote: s.quote,
      ...dateColumns(s.date),
      listOrder: i + 1
    })
    const spans = addEvidence(where, { statementId: s.id }, s.evidence)
    inside(where, 'text', s.text, spans, true)
  })

  if (problems.length > 0) throw new SeedError(problems)
  return rows
}

export interface SeedOptions {
  annotationsFile?: string
  /** Delete every record first and seed again. */
  reset?: boolean
}

export interface SeedResult {
  /** The seed's records were written (a first seeding, a reset, or a refresh). */
  seeded: boolean
  /** A store seeded from an earlier seed, and never written to since, was seeded again. */
  refreshed: boolean
  /**
   * The store was seeded from an earlier seed but holds curated writes, so the seed's new
   * facts were not applied: `npm run db:seed -- --reset` would delete those writes.
   */
  outdated: boolean
  counts: Record<keyof SeedRows, number>
}

const SEEDED_KEY = 'seeded_at'
const SEED_KEY = 'seed_sha256'

/** What the seed is made of: the annotations file and every capture beside it, hashed. */
function seedFingerprint(file: string): string {
  const hash = createHash('sha256').update(readFileSync(file))
  const captures = join(seedFolder, 'sources')
  for (const name of readdirSync(captures).sort()) hash.update(name).update(readFileSync(join(captures, name)))
  return hash.digest('hex')
}

/**
 * Seeds the store unless it was seeded from this very seed; all or nothing. A store seeded
 * from an earlier seed is seeded again only if no write was ever accepted into it (its
 * changes log is empty): everything in it came from the seed, so nothing acknowledged is
 * lost. One with curated writes is left as it is and reported `outdated`.
 */
export function seedDatabase(db: Db, options: SeedOptions = {}): SeedResult {
  const file = options.annotationsFile ?? defaultAnnotationsFile
  const meta = (key: string) => db.select().from(t.meta).where(sql`${t.meta.key} = ${key}`).get()?.value
  const fingerprint = seedFingerprint(file)
  const none = { seeded: false, refreshed: false, outdated: false, counts: {} as SeedResult['counts'] }
  const wasSeeded = meta(SEEDED_KEY) !== undefined
  if (!options.reset && wasSeeded && meta(SEED_KEY) === fingerprint) return none
  const curated = () => db.select({ seq: t.changes.seq }).from(t.changes).limit(1).get() !== undefined
  if (!options.reset && wasSeeded && curated()) return { ...none, outdated: true }
  const rows = buildSeed(readAnnotations(file), (name) => readFileSync(join(seedFolder, name), 'utf8'))
  const counts = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length])) as SeedResult['counts']
  const written = db.transaction((tx) => {
    // Decided again inside the transaction: another process may have seeded or written since.
    const seededNow = tx.select().from(t.meta).where(sql`${t.meta.key} = ${SEEDED_KEY}`).get() !== undefined
    const current = tx.select().from(t.meta).where(sql`${t.meta.key} = ${SEED_KEY}`).get()?.value === fingerprint
    const reset = options.reset === true || (seededNow && !current && tx.select({ seq: t.changes.seq }).from(t.changes).limit(1).get() === undefined)
    if (seededNow && !reset) return false
    if (reset) {
      for (const table of [
        t.evidence,
        t.statementIssues,
        t.statementRounds,
        t.statements,
        t.proposals,
        t.roundParties,
        t.rounds,
        t.actors,
        t.issues,
        t.partyAliases,
        t.parties,
        t.sources
      ]) {
        tx.delete(table).run()
      }
    }
    // Insert in dependency order; chunks stay under SQLite's bound-parameter limit.
    const insert = <T extends (typeof t)[keyof typeof t]>(table: T, values: unknown[]) => {
      for (let i = 0; i < values.length; i += 200) {
        tx.insert(table as any).values(values.slice(i, i + 200) as any).run()
      }
    }
    insert(t.sources, rows.sources)
    insert(t.parties, rows.parties)
    insert(t.partyAliases, rows.partyAliases)
    insert(t.issues, rows.issues)
    insert(t.actors, rows.actors)
    insert(t.rounds, rows.rounds)
    insert(t.roundParties, rows.roundParties)
    insert(t.proposals, rows.proposals)
    insert(t.statements, rows.statements)
    insert(t.statementIssues, rows.statementIssues)
    insert(t.statementRounds, rows.statementRounds)
    insert(t.evidence, rows.evidence)
    const now = new Date().toISOString()
    for (const [key, value] of [
      [SEEDED_KEY, now],
      [SEED_KEY, fingerprint]
    ] as const) {
      tx.insert(t.meta).values({ key, value }).onConflictDoUpdate({ target: t.meta.key, set: { value } }).run()
    }
    const version = newVersion(tx, 'seed', null)
    // A first seed has no earlier version to rebuild: what it inserted need not be kept.
    if (!seededNow) tx.delete(t.history).where(sql`${t.history.version} = ${version}`).run()
    return true
  })
  return { seeded: written, refreshed: written && wasSeeded && options.reset !== true, outdated: false, counts }
}

/** What a start-up's seeding did, for its log. */
export function seedingReport(result: SeedResult): { level: 'info' | 'warn'; message: string } {
  if (result.outdated) {
    return {
      level: 'warn',
      message:
        'the store was seeded from an earlier seed and has curated writes since, so the seed\'s corrections were not applied; `npm run db:seed -- --reset` applies them but deletes every record, curated ones included (back up first: npm run db:backup)'
    }
  }
  if (result.refreshed) return { level: 'info', message: 'seeded again: the store held an earlier seed and no curated write' }
  return { level: 'info', message: result.seeded ? 'seeded an empty store' : 'store already seeded' }
}
