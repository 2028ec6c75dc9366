// The committed OpenAPI document passes the two linters API tooling commonly runs, as
// configured at the project root (redocly.yaml, .spectral.yaml): no error and no warning.
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openapiFile } from '../openapi/generate.js'
import { projectRoot } from '../src/paths.js'

const require = createRequire(import.meta.url)
const bin = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file)

// Without these Redocly CLI phones home (telemetry, an update check); the tests have no network.
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }

/** Runs a CLI with node and gives back what it printed; its exit code says less than its JSON. */
function run(script: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd: projectRoot, env, maxBuffer: 64 * 2 ** 20 }, (_error, stdout, stderr) => resolve({ stdout, stderr }))
  })
}

interface RedoclyReport {
  totals: { errors: number; warnings: number }
  problems: { ruleId: string; severity: string; message: string; location: { pointer?: string }[] }[]
}
interface SpectralResult {
  code: string
  /** 0 error, 1 warning, 2 information, 3 hint. */
  severity: number
  message: string
  path: string[]
}

describe.concurrent('the OpenAPI document lints clean', () => {
  it('with Redocly CLI (recommended rules)', async () => {
    const { stdout, stderr } = await run(bin('@redocly/cli', 'bin/cli.js'), ['lint', openapiFile, '--format=json'])
    let report: RedoclyReport
    try {
      report = JSON.parse(stdout) as RedoclyReport
    } catch {
      throw new Error(`redocly lint gave no report: ${stdout}${stderr}`)
    }
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`)
    expect(problems).toEqual([])
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 })
  }, 60_000)

  it('with Spectral (spectral:oas)', async () => {
    const { stdout, stderr } = await run(bin('@stoplight/spectral-cli', 'dist/index.js'), ['lint', openapiFile, '--format=json', '--quiet'])
    let results: SpectralResult[]
    try {
      results = JSON.parse(stdout) as SpectralResult[]
    } catch {
      throw new Error(`spectral lint gave no report: ${stdout}${stderr}`)
    }
    const problems = results.filter((r) => r.severity <= 1).map((r) => `${r.severity === 0 ? 'error' : 'warning'} ${r.code} at ${r.path.join('.')}: ${r.message}`)
    expect(problems).toEqual([])
  }, 60_000)
})
