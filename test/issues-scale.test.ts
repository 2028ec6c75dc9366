// The position matrix stays a summary however much is filed on an issue: each position
// embeds at most 20 of each kind, oldest first, counts every one, and links the full lists.
import { describe, expect, it } from 'vitest'
import { json, useApp, walk } from './helper.js'

const ctx = useApp()

interface Position {
  party: string | null
  proposals: { id: string }[]
  statements: { id: string }[]
  counts: { proposals: number; statements: number }
  links: { proposals: string | null; statements: string }
}

describe('an issue with many positions', () => {
  it('embeds at most 20 proposals of a party, oldest first, with the count of all and a link to them', async () => {
    // Thirty more of Ukraine's proposals on nuclear weapons, filed before anything is read
    // (set up through the store; everything asserted is read through HTTP).
    const insert = ctx.app.db.$client.prepare(
      `INSERT INTO proposals (id, party_id, round_id, type, category, title, text, date_earliest, date_latest, date_kind, list_order)
       VALUES (?, 'ukraine', NULL, 'proposal', 'nuclear_weapons', ?, 'willingness to renounce nuclear weapons', ?, ?, 'exact', ?)`
    )
    const evidence = ctx.app.db.$client.prepare(
      "INSERT INTO evidence (source_id, proposal_id, start, end, text) SELECT source_id, ?, start, end, text FROM evidence WHERE proposal_id = 'ukraine-renounce-nuclear-weapons'"
    )
    const base = (ctx.app.db.$client.prepare('SELECT max(list_order) AS n FROM proposals').get() as { n: number }).n
    for (let i = 1; i <= 30; i++) {
      const day = `2022-05-${String(i).padStart(2, '0')}`
      insert.run(`filed-${i}`, `Filed ${i}`, day, day, base + i)
      evidence.run(`filed-${i}`)
    }
    const issue = json<{ counts: { proposals: number }; positions: Position[] }>(await ctx.app.inject('/v1/issues/nuclear_weapons'))
    const ukraine = issue.positions.find((p) => p.party === 'ukraine')!
    const all = await walk<{ id: string }>(ctx.app, ukraine.links.proposals!)
    expect(all.items).toHaveLength(31)
    expect(ukraine.counts.proposals).toBe(31)
    expect(issue.counts.proposals).toBe(31)
    expect(ukraine.proposals.map((p) => p.id)).toEqual(all.items.slice(0, 20).map((p) => p.id))
    expect(json<{ data: { id: string }[] }>(await ctx.app.inject(ukraine.links.statements)).data.map((s) => s.id)).toEqual(ukraine.statements.map((s) => s.id))
    // The CSV row counts every one too.
    const csv = (await ctx.app.inject('/v1/issues?format=csv')).body.split('\r\n').find((line) => line.startsWith('nuclear_weapons,'))!
    expect(csv.split(',')[3]).toBe('31')
  })
})
