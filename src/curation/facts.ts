// A body's facts are checked against the store all at once, so that one 422 names every
// fact that does not hold rather than the first.
import { eq } from 'drizzle-orm'
import * as t from '../db/schema.js'
import { UnprocessableError, type FieldError } from '../http/errors.js'
import { checkEvidence, type EvidenceClaim, type EvidenceRow } from '../provenance/evidence.js'
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
    const found = this.tx.select({ id: t.partyAliases.partyId }).from(t.partyAliases).where(eq(t.partyAliases.key, alias.toLowerCase())).get()
    if (found === undefined) this.fail(path, `unknown party "${alias}"`)
    return found?.id ?? alias
  }

  /** A reference to another record: it must exist (null refers to nothing). */
  known(path: string, type: ResourceType, table: RecordTable, id: string | null): void {
    if (id !== null && this.tx.select({ id: table.id }).from(table).where(eq(table.id, id)).get() === undefined) {
      this.fail(path, `unknown ${type} "${id}"`)
    }
  }

  /** Checks the body's evidence against its sources: the rows to store, and the located words. */
  evidence(claims: readonly EvidenceClaim[]): { rows: EvidenceRow[]; spans: string[] } {
    const sourceOf = (id: string) => this.tx.select({ kind: t.sources.kind, text: t.sources.text }).from(t.sources).where(eq(t.sources.id, id)).get()
    const { rows, spans, problems } = checkEvidence(claims, sourceOf)
    for (const p of problems) this.fail(`body.evidence.${p.index}${p.field ? `.${p.field}` : ''}`, p.message)
    return { rows, spans }
  }

  /** Throws 422 naming every fact that failed; nothing has been written yet. */
  assert(): void {
    const n = this.errors.length
    if (n > 0) throw new UnprocessableError(`The ${n === 1 ? 'fact does' : 'facts do'} not hold: ${this.errors.map((e) => e.message).join('; ')}`, this.errors)
  }
}
