import type { OutgoingHttpHeaders } from 'node:http'

/** One answer as it was sent: every header but the per-request ones, and the body's bytes. */
export interface KeptAnswer {
  headers: OutgoingHttpHeaders
  body: Buffer
}

// A crawler walking every page of a big store must not grow the process: at most this many
// answers, and at most `maxBytes` of bodies, oldest out first.
const MAX_ENTRIES = 5000

/** Answers kept by key until the data changes (`clear`), bounded in count and bytes. */
export function createKeptAnswers(maxBytes: number) {
  const entries = new Map<string, KeptAnswer>()
  let bytes = 0
  let hits = 0
  return {
    get(key: string): KeptAnswer | undefined {
      const found = entries.get(key)
      if (found !== undefined) hits += 1
      return found
    },
    set(key: string, answer: KeptAnswer) {
      if (answer.body.length > maxBytes || entries.has(key)) return
      entries.set(key, answer)
      bytes += answer.body.length
      for (const [oldest, old] of entries) {
        if (entries.size <= MAX_ENTRIES && bytes <= maxBytes) break
        entries.delete(oldest)
        bytes -= old.body.length
      }
    },
    clear() {
      entries.clear()
      bytes = 0
    },
    stats: () => ({ entries: entries.size, bytes, hits })
  }
}
