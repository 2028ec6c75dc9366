import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import Database from 'better-sqlite3'

export interface RateCount {
  /** Requests counted in the key's current window, this one included. */
  count: number
  /** Milliseconds until the window ends. */
  ttl: number
}

export interface SharedRateCounter {
  increment(key: string, windowMs: number): RateCount
  close(): void
}

/**
 * Rate-limit counts kept in the store's file (table `rate_limits`), so that the processes of
 * WORKERS=N share them: a token gets its write limit once, not once per process. Fixed
 * windows, as @fastify/rate-limit's own in-memory store counts.
 *
 * A connection of its own, with synchronous=NORMAL rather than the store's FULL: in WAL
 * mode that leaves out the fsync of each commit (a count is written before every write
 * request), and a crash or power loss can at worst lose the last counts, which only gives
 * a client a fresh window. The file stays consistent (WAL), and the store's own commits,
 * made on the FULL connection, are still synced before they are acknowledged.
 */
export function openSharedRateCounter(file: string): SharedRateCounter {
  const sqlite = new Database(file, { fileMustExist: true })
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('busy_timeout = 2000')
  // One statement: a new key starts at 1, a live window counts on, an ended one starts over.
  const increment = sqlite.prepare<[{ key: string; now: number; window: number }], { count: number; window_ends_ms: number }>(`
    INSERT INTO rate_limits (key, count, window_ends_ms) VALUES (@key, 1, @now + @window)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN window_ends_ms <= @now THEN 1 ELSE count + 1 END,
      window_ends_ms = CASE WHEN window_ends_ms <= @now THEN @now + @window ELSE window_ends_ms END
    RETURNING count, window_ends_ms`)
  const sweep = sqlite.prepare<[number]>('DELETE FROM rate_limits WHERE window_ends_ms <= ?')
  let nextSweep = 0
  return {
    increment(key, windowMs) {
      const now = Date.now()
      // Ended windows are deleted once a window, so the table holds only live clients.
      if (now >= nextSweep) {
        sweep.run(now)
        nextSweep = now + windowMs
      }
      const row = increment.get({ key, now, window: windowMs })!
      return { count: row.count, ttl: row.window_ends_ms - now }
    },
    close() {
      sqlite.close()
    }
  }
}

/**
 * @fastify/rate-limit's `store` over a shared counter. A route with a limit of its own counts
 * apart from the others (its child store), as the plugin's in-memory store does.
 */
export function rateLimitStore(counter: SharedRateCounter): FastifyRateLimitStoreCtor {
  return class SharedRateLimitStore implements FastifyRateLimitStore {
    readonly #windowMs: number
    readonly #scope: string

    constructor(options: FastifyRateLimitOptions & { timeWindow?: unknown }, scope = '') {
      // The plugin hands its store the window in milliseconds, and each request's window too.
      this.#windowMs = typeof options.timeWindow === 'number' ? options.timeWindow : 60_000
      this.#scope = scope
    }

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, windowMs = this.#windowMs): void {
      let counted: RateCount
      try {
        counted = counter.increment(this.#scope + key, windowMs)
      } catch (error) {
        return callback(error as Error)
      }
      callback(null, { current: counted.count, ttl: counted.ttl })
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0] & { routeInfo?: { method?: unknown; url?: string } }): FastifyRateLimitStore {
      const route = routeOptions.routeInfo
      return new SharedRateLimitStore(routeOptions as FastifyRateLimitOptions, `${this.#scope}${String(route?.method ?? '')} ${route?.url ?? ''}|`)
    }
  }
}
