// A body's facts are checked against the store all at once, so that one 422 names every
// fact that does not hold rather than the first.
import { eq } from 'drizzle-orm'
import { kindOf, type DateShape } from '../db/columns.js'
import * as t from '../db/schema.js'
import { UnprocessableError, type FieldError } from '../http/errors.js'
import { checkEvidence, type EvidenceClaim, type EvidenceRow } from '../provenance/evidence.js'
import { dateProblems } from '../provenance/rules.js'
import type { ResourceType } from './curation.schemas.js'
import type { RecordTable, Tx } from './writer.js'

export class FactCheck {
  private readonly errors: FieldError[] = []

  constructor(private readonly tx: Tx) {}

  fail(path: string, message: string): void {
    this.errors.push({ path, message })
  }

  /**
   * A party named by its id or an alias, as its id. An unknown one fails, and comes back as
   * given: it is never stored, because `assert` throws first.
   */
  party(path: string, alias: string): string {
    return this.partyOf(path, alias) ?? alias
  }

  /** A party named by its id or an alias, as its id; undefined (and a failure) when unknown. */
  partyOf(path: string, alias: string): string | undefined {
    const found = this.tx.select({ id: t.partyAliases.partyId }).from(t.partyAliases).where(eq(t.partyAliases.key, alias.toLowerCase())).get()
    if (found === undefined) this.fail(path, `unknown party "${alias}"`)
    return found?.id
  }

  /** A reference to another record: it must exist (null refers to nothing). */
  known(path: string, type: ResourceType, table: RecordTable, id: string | null): void {
    if (id !== null && this.tx.select({ id: table.id }).from(table).where(eq(table.id, id)).get() === undefined) {
      this.fail(path, `unknown ${type} "${id}"`)
    }
  }

  /** An issue of the talks, by id: it must exist. */
  issue(path: string, id: string): void {
    if (this.tx.select({ id: t.issues.id }).from(t.issues).where(eq(t.issues.id, id)).get() === undefined) this.fail(path, `unknown issue "${id}"`)
  }

  /**
   * The date's kind (stated, or the one its bounds imply) agrees with its bounds; only what
   * may have no day (a proposed round) may be unscheduled.
   */
  date(path: string, date: DateShape, range: 'period' | 'within', mayBeUnscheduled: boolean): void {
    for (const message of dateProblems({ ...date, kind: kindOf(date, range) }, mayBeUnscheduled)) this.fail(path, message)
  }

  /**
   * The names each party's words may go by: its id, name and aliases, and the names and
   * aliases of the people and bodies speaking for it.
   */
  partyNames(): Map<string, string[]> {
    const names = new Map<string, string[]>()
    const add = (party: string, ...more: string[]) => names.set(party, [...(names.get(party) ?? []), ...more])
    for (const p of this.tx.select({ id: t.parties.id, name: t.parties.name }).from(t.parties).all()) add(p.id, p.id, p.name)
    for (const a of this.tx.select().from(t.partyAliases).all()) add(a.partyId, a.alias)
    for (const a of this.tx.select({ party: t.actors.partyId, name: t.actors.name, aliases: t.actors.aliases }).from(t.actors).all()) {
      if (a.party !== null) add(a.party, a.name, ...a.aliases)
    }
    return names
  }

  /**
   * Checks the body's evidence against its sources: the rows to store, the located words,
   * and whether every item held. Words that must lie within the evidence are checked only
   * when it all held: an item that failed has no words to find them in, and its own error
   * says what to fix.
   */
  evidence(claims: readonly EvidenceClaim[]): { rows: EvidenceRow[]; spans: string[]; held: boolean } {
    const sourceOf = (id: string) => this.tx.select({ kind: t.sources.kind, text: t.sources.text }).from(t.sources).where(eq(t.sources.id, id)).get()
    const { rows, spans, problems } = checkEvidence(claims, sourceOf)
    for (const p of problems) this.fail(`body.evidence.${p.index}${p.field ? `.${p.field}` : ''}`, p.message)
    return { rows, spans, held: problems.length === 0 }
  }

  /** Throws 422 naming every fact that failed; nothing has been written yet. */
  assert(): void {
    const n = this.errors.length
    if (n > 0) throw new UnprocessableError(`The ${n === 1 ? 'fact does' : 'facts do'} not hold: ${this.errors.map((e) => e.message).join('; ')}`, this.errors)
  }
}
