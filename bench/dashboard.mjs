// npm run bench:dashboard: the dashboard page in Chromium against the service as `npm start`
// runs it, on the seed store and on a grown store, one right after the other, in rounds; prints
// the medians and the grown store's ratios to the seed's, measured in the same run.
//   node bench/dashboard.mjs [--rounds 3] [--smoke]
import sparticuz from '@sparticuz/chromium'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { grow } from './grow.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, smoke: { type: 'boolean', default: false } } })
const rounds = values.smoke ? 1 : Number(values.rounds)
const work = mkdtempSync(join(tmpdir(), 'negotiation-bench-dashboard-'))
const log = (...args) => console.error(...args)

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address()
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** The service as `npm start` starts it (its flags, its defaults), on a store of its own. */
async function start(databasePath) {
  const port = await freePort()
  const child = spawn(process.execPath, ['--max-semi-space-size=2', '--heap-growing-percent=50', join(root, 'dist', 'src', 'server.js')], {
    env: { PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: databasePath, LOG_LEVEL: 'warn' },
    stdio: 'ignore'
  })
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 600; i++) {
    if ((await fetch(`${base}/readyz`).catch(() => null))?.ok) return { child, base }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill()
  throw new Error(`the service on ${databasePath} did not become ready`)
}

// Debian's Chromium when the machine has it, otherwise the one in @sparticuz/chromium (as the browser tests do).
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const browser = existsSync('/usr/bin/chromium')
  ? await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags })
  : await chromium.launch({ executablePath: await sparticuz.executablePath(), args: [...sparticuz.args.filter((a) => a !== '--single-process'), ...flags] })

/** One visit: the first load, a filter, a choice. */
async function visit(base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  let requests = 0
  page.on('request', (request) => {
    if (request.url().startsWith(base)) requests++
  })
  const cdp = await context.newCDPSession(page)
  const t0 = performance.now()
  await page.goto(`${base}/`)
  await page.waitForSelector('body[data-ready]', { timeout: 300_000 })
  const loadMs = performance.now() - t0
  if ((await page.evaluate(() => document.body.dataset.ready)) !== 'true') throw new Error(`the page did not load: ${await page.locator('#error').innerText()}`)
  const loadRequests = requests
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length)
  await cdp.send('HeapProfiler.collectGarbage')
  const heapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20
  const t1 = performance.now()
  await page.selectOption('#party', 'ukraine')
  await page.waitForFunction(() => document.querySelector('#summary')?.dataset.query === '?party=ukraine', null, { timeout: 300_000 })
  const filterMs = performance.now() - t1
  const filterRequests = requests - loadRequests
  const t2 = performance.now()
  await page.locator('#statements button, #positions button').first().click()
  const chooseMs = performance.now() - t2
  await context.close()
  return { loadMs, loadRequests, elements, heapMB, filterMs, filterRequests, chooseMs }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

try {
  const grownFile = join(work, 'grown.db')
  log('growing a store…')
  grow(grownFile, values.smoke ? { rounds: 200, statements: 2000, proposals: 200, quiet: true } : { quiet: true })
  const seed = await start(join(work, 'seed.db'))
  const grown = await start(grownFile)
  const runs = { seed: [], grown: [] }
  for (let round = 1; round <= rounds; round++) {
    for (const [name, server] of [['seed', seed], ['grown', grown]]) {
      runs[name].push(await visit(server.base))
      log(`round ${round}/${rounds} ${name}: ready in ${runs[name].at(-1).loadMs.toFixed(0)} ms`)
    }
  }
  seed.child.kill()
  grown.child.kill()
  const rows = ['loadMs', 'loadRequests', 'elements', 'heapMB', 'filterMs', 'filterRequests', 'chooseMs'].map((key) => {
    const [s, g] = [median(runs.seed.map((r) => r[key])), median(runs.grown.map((r) => r[key]))]
    return { measure: key, seed: +s.toFixed(1), grown: +g.toFixed(1), ratio: +(g / s).toFixed(2) }
  })
  console.table(rows)
} finally {
  await browser.close()
  rmSync(work, { recursive: true, force: true })
}
