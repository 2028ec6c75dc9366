// API tokens: random, shown once, stored only as a SHA-256 hash, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/open.js'
import { apiTokens } from '../db/schema.js'

export type Scope = 'read' | 'write'

export interface TokenInfo {
  id: string
  name: string
  scope: Scope
  createdAt: string
  revokedAt: string | null
}

const PREFIX = 'ntk'
const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest()

export function createTokensRepository(db: Db) {
  return {
    /** Makes a token; returns it in clear, the only time it is ever seen. */
    create(name: string, scope: Scope): { token: string; info: TokenInfo } {
      const id = randomBytes(6).toString('hex')
      const token = `${PREFIX}_${id}_${randomBytes(32).toString('base64url')}`
      const info: TokenInfo = { id, name, scope, createdAt: new Date().toISOString(), revokedAt: null }
      db.insert(apiTokens).values({ ...info, tokenHash: hash(token).toString('hex') }).run()
      return { token, info }
    },

    list(): TokenInfo[] {
      return db
        .select({ id: apiTokens.id, name: apiTokens.name, scope: apiTokens.scope, createdAt: apiTokens.createdAt, revokedAt: apiTokens.revokedAt })
        .from(apiTokens)
        .orderBy(asc(apiTokens.createdAt))
        .all()
    },

    /** Revokes a token; false when there is no such token. Takes effect on the next request. */
    revoke(id: string): boolean {
      return db.update(apiTokens).set({ revokedAt: new Date().toISOString() }).where(eq(apiTokens.id, id)).run().changes > 0
    },

    /** The live token this bearer string is, if any. */
    verify(presented: string): TokenInfo | undefined {
      const match = /^ntk_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/.exec(presented)
      if (!match) return undefined
      const row = db.select().from(apiTokens).where(eq(apiTokens.id, match[1]!)).get()
      if (!row || row.revokedAt !== null) return undefined
      const expected = Buffer.from(row.tokenHash, 'hex')
      const actual = hash(presented)
      if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined
      return { id: row.id, name: row.name, scope: row.scope, createdAt: row.createdAt, revokedAt: row.revokedAt }
    }
  }
}
