// A short run of `npm run bench`, so the benchmark cannot rot. The numbers it prints are not
// asserted: speed is measured by the benchmark itself, not by tests.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../src/paths.js'
import { tempDir } from './helper.js'

const dir = tempDir()

describe('npm run bench (smoke run)', () => {
  it('measures the service, the same-bytes baseline and json-server, and a grown store, without errors', () => {
    const out = join(dir, 'bench.json')
    const run = spawnSync(process.execPath, [join(projectRoot, 'bench', 'bench.mjs'), '--smoke', '--grown', '--out', out], { encoding: 'utf8', timeout: 170_000 })
    expect(run.status, run.stderr.slice(-2000)).toBe(0)
    expect(run.stdout).toMatch(/\| `\/v1\/rounds` \|/)
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      endpoints: { service: { rps: number }; baseline: { rps: number }; jsonServer: string | null; jsonServerRun?: { rps: number }; jsonServerRatio?: number }[]
      grown: unknown[]
    }
    expect(result.endpoints).toHaveLength(6)
    for (const e of result.endpoints) {
      expect(e.service.rps).toBeGreaterThan(0)
      expect(e.baseline.rps).toBeGreaterThan(0)
      if (e.jsonServer) expect(e.jsonServerRatio).toBeCloseTo(e.service.rps / e.jsonServerRun!.rps, 5)
    }
    expect(result.endpoints.filter((e) => e.jsonServer)).toHaveLength(4)
    expect(result.grown.length).toBeGreaterThan(0)
  }, 180_000)
})
