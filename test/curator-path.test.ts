// The curator's whole path as the README shows it, with the README's own files.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTokensRepository } from '../src/auth/tokens.js'
import { projectRoot } from '../src/paths.js'
import { json, useApp, type ListBody } from './helper.js'

const ctx = useApp()
const file = (name: string) => readFileSync(join(projectRoot, 'examples', 'curation', name), 'utf8')

describe("the README's curator path", () => {
  it('adds a source, a round, an actor and a statement with evidence; they show on the timeline and in the changes feed', async () => {
    const { token } = createTokensRepository(ctx.app.db).create('desk curator', 'write')
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
    const locations: string[] = []
    for (const name of ['1-source.json', '2-round.json', '3-actor.json', '4-statement.json']) {
      const response = await ctx.app.inject({ method: 'POST', url: `/v1/${name.slice(2, -5)}s`, headers, payload: file(name) })
      expect(response.statusCode, `${name}: ${response.body}`).toBe(201)
      locations.push(response.headers.location as string)
    }
    const timeline = json<ListBody<{ id: string }>>(await ctx.app.inject('/v1/timeline?from=2022-04-02&type=round,statement&limit=100'))
    expect(timeline.data.map((e) => e.id)).toEqual(expect.arrayContaining(['round:example-online-talks-after-1-april', `statement:${locations[3]!.split('/').pop()}`]))
    const changes = json<ListBody<{ operation: string; resource: { href: string } }>>(await ctx.app.inject('/v1/changes?since=0'))
    expect(changes.data.map((c) => c.resource.href)).toEqual(locations)
    const round = json<{ statements: { id: string }[] }>(await ctx.app.inject(locations[1]!))
    expect(round.statements).toHaveLength(1)
  })
})
