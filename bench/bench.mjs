// npm run bench: measures the service against a same-bytes bare Fastify baseline and
// json-server 0.17, each started alone on 127.0.0.1, with autocannon; prints a table of
// ratios, writes the numbers as JSON, and exits non-zero when any run had errors or the
// overload run did not end with the service answering.
//   node bench/bench.mjs [--duration 10] [--connections 50] [--rounds 3] [--grown] [--smoke] [--no-pin] [--export-only] [--out FILE]
// A machine shared with others runs faster and slower by the minute, so the service, the
// baseline and json-server are measured one right after the other, in several rounds; the
// table shows the medians of the rounds, and each ratio is the median of the rounds' ratios.
import autocannon from 'autocannon'
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { encodeCursor } from '../dist/src/http/pagination.js'
import { grow } from './grow.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    grown: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    'no-pin': { type: 'boolean', default: false },
    'export-only': { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'bench', 'results.json') }
  }
})
const smoke = values.smoke
const duration = smoke ? 1 : Number(values.duration)
const connections = smoke ? 4 : Number(values.connections)
const rounds = smoke ? 1 : Number(values.rounds)
const warmup = smoke ? 0.2 : 2
const work = mkdtempSync(join(tmpdir(), 'negotiation-bench-'))
const log = (...args) => console.error(...args)

// The load generator (autocannon, in this process) and the server under test each get cores
// of their own: on two cores they would otherwise take turns on both, and each run would
// measure the scheduler's luck as much as the server. The server gets every core but the
// last, this process the last. Off with --no-pin, or where taskset is missing.
const pin = (() => {
  const last = cpus().length - 1
  if (values['no-pin'] || last < 1 || process.platform !== 'linux') return null
  const set = spawnSync('taskset', ['-cp', String(last), String(process.pid)], { stdio: 'ignore' })
  return set.status === 0 ? { server: `0-${last - 1}`, load: String(last), all: `0-${last}` } : null
})()

const endpoints = [
  { name: 'rounds', path: '/v1/rounds', jsonServer: '/rounds', target: 0.7 },
  { name: 'kyiv proposals', path: '/v1/parties/ukraine/proposals', jsonServer: '/proposals?party=ukraine', target: 0.7 },
  { name: 'timeline', path: '/v1/timeline', jsonServer: '/timeline', target: 0.7 },
  { name: 'one round', path: '/v1/rounds/istanbul-2022-03-29', jsonServer: '/rounds/istanbul-2022-03-29', target: 0.7 },
  { name: 'search nato', path: '/v1/search?q=nato', jsonServer: null, target: 0.5 },
  { name: 'stats', path: '/v1/stats', jsonServer: null, target: 0.5 }
]

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address()
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function start(command, args, env, readyPath, pinned = true) {
  const port = await freePort()
  const started = performance.now()
  const argv = args(port)
  // A child inherits this process's core: an unpinned start is given every core explicitly.
  const [file, ...rest] = pin ? ['taskset', '-c', pinned ? pin.server : pin.all, command, ...argv] : [command, ...argv]
  const child = spawn(file, rest, { env: { ...process.env, ...env(port) }, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${command} exited: ${stderr}`)
    try {
      if ((await fetch(base + readyPath)).ok) return { child, base, startupMs: performance.now() - started }
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`${command} did not start: ${stderr}`)
}

async function stop(server) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return
  server.child.kill('SIGTERM')
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 5000)
  await once(server.child, 'exit')
  clearTimeout(timer)
}

function rss(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))
    return Number(line.split(/\s+/)[1]) * 1024
  } catch {
    return 0
  }
}

// The JIT compiles the hot path during the first thousands of requests: not measured.
async function warm(server, path) {
  await autocannon({ url: server.base + path, connections, duration: warmup, pipelining: 1 })
}

async function measure(server, path, conns = connections) {
  let peak = rss(server.child.pid)
  const sampler = setInterval(() => (peak = Math.max(peak, rss(server.child.pid))), 100)
  const result = await autocannon({ url: server.base + path, connections: conns, duration, pipelining: 1 })
  clearInterval(sampler)
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    peakRss: peak
  }
}

// The whole dataset in each format: the first download (the file is made, in a worker
// thread) and the median of `times` more (the file made is kept), against the baseline of the
// same run: every item of the same collections walked page by page (100 a page) through the
// lists, as a client had to without the export. Peak RSS is sampled throughout, and how long
// /healthz takes to answer while the first file is made: the event loop must stay free.
const exportFormats = ['json', 'jsonl', 'zip', 'sqlite']
const collections = ['rounds', 'proposals', 'parties', 'actors', 'statements', 'sources', 'issues', 'changes']
async function exportRuns(server, store, times) {
  const download = async (format) => {
    const response = await fetch(`${server.base}/v1/export?format=${format}`)
    if (!response.ok) throw new Error(`export ${format}: ${response.status}`)
    return (await response.arrayBuffer()).byteLength
  }
  const walkAll = async () => {
    for (const collection of collections) {
      let next = `/v1/${collection}?limit=100`
      while (next) {
        const response = await fetch(server.base + next)
        // Overload protection may refuse a heavy page of a cold store: asked again, as a client would.
        if (response.status === 503) {
          await response.arrayBuffer()
          await new Promise((resolve) => setTimeout(resolve, 1000 * Number(response.headers.get('retry-after') ?? 1)))
          continue
        }
        if (!response.ok) throw new Error(`${next}: ${response.status} ${await response.text()}`)
        const body = await response.json()
        next = body.page.nextCursor ? `/v1/${collection}?limit=100&cursor=${body.page.nextCursor}` : null
      }
    }
  }
  const ms = async (work) => {
    const began = performance.now()
    await work()
    return performance.now() - began
  }
  const idleRss = rss(server.child.pid)
  await walkAll()
  const walks = []
  for (let i = 0; i < Math.max(1, Math.min(times, 3)); i++) walks.push(await ms(walkAll))
  const walkMs = median(walks)
  for (const format of exportFormats) {
    let peak = rss(server.child.pid)
    const sampler = setInterval(() => (peak = Math.max(peak, rss(server.child.pid))), 50)
    // Health probes one after the other while the file is made: the slowest is the stall.
    const making = { done: false }
    let healthMaxMs = 0
    const probes = (async () => {
      while (!making.done) healthMaxMs = Math.max(healthMaxMs, await ms(() => fetch(`${server.base}/healthz`).then((r) => r.arrayBuffer())))
    })()
    let bytes = 0
    const firstMs = await ms(async () => (bytes = await download(format)))
    making.done = true
    await probes
    const again = []
    for (let i = 0; i < times; i++) again.push(await ms(() => download(format)))
    clearInterval(sampler)
    const run = { store, format, bytes, firstMs, againMs: median(again), walkMs, healthMaxMs, peakRss: peak, idleRss }
    results.export.push(run)
    log(`export ${store} ${format}: first ${firstMs.toFixed(0)} ms, again ${run.againMs.toFixed(1)} ms, ${bytes} bytes (walking the lists: ${walkMs.toFixed(0)} ms), /healthz at worst ${healthMaxMs.toFixed(0)} ms, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`)
  }
}

// Drafting (POST /v1/drafts) on an article of about 1,000 words, one after the other, with
// /healthz probed meanwhile: how long a draft takes, and how long the server stalls others.
async function draftRuns(server, databasePath, times) {
  const token = spawnSync(process.execPath, [join(root, 'dist/src/cli/token.js'), 'create', '--name', 'bench drafts', '--scope', 'write'], { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: 'utf8' }).stdout.trim().split(/\s+/).at(-1)
  const articles = join(root, 'eval', 'articles')
  let text = ''
  for (const name of readdirSync(articles).filter((f) => f.startsWith('dev-') && f.endsWith('.txt')).sort()) {
    if (text.split(/\s+/).length >= 1000) break
    text += `${readFileSync(join(articles, name), 'utf8').split('\n').slice(1).join('\n')}\n\n`
  }
  const words = text.split(/\s+/).filter(Boolean).length
  const post = async () => {
    const response = await fetch(`${server.base}/v1/drafts`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ text, publisher: 'bench', published: { earliest: '2031-05-15' } }) })
    if (!response.ok) throw new Error(`draft: ${response.status} ${await response.text()}`)
    await response.arrayBuffer()
  }
  const ms = async (work) => {
    const began = performance.now()
    await work()
    return performance.now() - began
  }
  const idle = []
  for (let i = 0; i < 20; i++) idle.push(await ms(() => fetch(`${server.base}/healthz`).then((r) => r.arrayBuffer())))
  await post()
  const drafting = { done: false }
  let healthMaxMs = 0
  const probes = (async () => {
    while (!drafting.done) healthMaxMs = Math.max(healthMaxMs, await ms(() => fetch(`${server.base}/healthz`).then((r) => r.arrayBuffer())))
  })()
  const each = []
  for (let i = 0; i < times; i++) each.push(await ms(post))
  drafting.done = true
  await probes
  results.drafts = { words, draftMs: median(each), healthIdleMs: median(idle), healthMaxMs }
  log(`drafts: a ${words}-word article in ${results.drafts.draftMs.toFixed(0)} ms (median of ${times}); /healthz at worst ${healthMaxMs.toFixed(0)} ms meanwhile, ${results.drafts.healthIdleMs.toFixed(1)} ms idle`)
}

const service = (databasePath) => ({
  command: process.execPath,
  // What `npm start` runs, flags included, without npm in between.
  args: () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start.split(' ').slice(1).map((arg) => (arg.endsWith('.js') ? join(root, arg) : arg)),
  // The defaults `npm start` runs with (request logging on, to stdout), but for where and which store.
  env: (port) => ({ PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: databasePath })
})

const results = { machine: { cpus: cpus().length, pinned: pin, model: cpus()[0]?.model, memory: totalmem(), node: process.version }, duration, connections, rounds, endpoints: [], startup: {}, grown: null, grownUncached: null, overload: null, export: [] }
let failed = false
const check = (label, run) => {
  if (run.errors > 0 || run.non2xx > 0) {
    failed = true
    log(`!! ${label}: ${run.errors} errors, ${run.non2xx} non-2xx answers`)
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
// One number per endpoint from the rounds: the median req/s and p99, the worst of the rest.
const summarise = (runs) => ({
  rps: median(runs.map((r) => r.rps)),
  p99: median(runs.map((r) => r.p99)),
  errors: runs.reduce((n, r) => n + r.errors, 0),
  non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
  peakRss: Math.max(...runs.map((r) => r.peakRss)),
  rounds: runs.map((r) => Math.round(r.rps))
})

// The server running now, if any: stopped on the way out, whatever happened.
let server
try {
  const seeded = join(work, 'seed.db')
  const s = service(seeded)
  // The bytes the baseline serves, captured from the service once.
  server = await start(s.command, s.args, s.env, '/readyz')
  const answers = []
  for (const e of endpoints) {
    const response = await fetch(server.base + e.path)
    answers.push({ url: e.path, contentType: response.headers.get('content-type'), body: await response.text() })
  }
  // json-server's db.json, made from the store: every item of each collection.
  const all = async (base, path) => {
    const items = []
    let next = `${path}${path.includes('?') ? '&' : '?'}limit=100`
    while (next) {
      const response = await fetch(base + next)
      if (!response.ok) throw new Error(`${next}: ${response.status} ${await response.text()}`)
      const body = await response.json()
      items.push(...body.data)
      next = body.page.nextCursor ? `${path}${path.includes('?') ? '&' : '?'}limit=100&cursor=${body.page.nextCursor}` : null
    }
    return items
  }
  const db = {
    rounds: await all(server.base, '/v1/rounds'),
    proposals: await all(server.base, '/v1/proposals'),
    statements: await all(server.base, '/v1/statements'),
    timeline: await all(server.base, '/v1/timeline')
  }
  await stop(server)
  const answersFile = join(work, 'answers.json')
  writeFileSync(answersFile, JSON.stringify(answers))
  const dbFile = join(work, 'db.json')
  writeFileSync(dbFile, JSON.stringify(db))
  const jsonServerBin = join(root, 'node_modules', 'json-server', 'lib', 'cli', 'bin.js')

  const exportOnly = values['export-only']
  if (!exportOnly) {
  // 1–3. The service, the same-bytes bare Fastify baseline and json-server 0.17 on the same
  // data, endpoint by endpoint, each started afresh and warmed up, one after the other, in
  // rounds: the runs of a round are seconds apart, so a slower minute of the machine slows
  // them all, and each ratio is the median of the rounds' ratios. Every other round runs
  // them in the opposite order (A B C, C B A), so that a machine slowing down or speeding up
  // across a round does not favour whichever runs first.
    const runs = endpoints.map(() => ({ service: [], baseline: [], jsonServer: [] }))
    const servers = {
      service: () => start(s.command, s.args, s.env, '/readyz'),
      baseline: () => start(process.execPath, (port) => [join(root, 'bench', 'baseline.mjs'), answersFile, String(port)], () => ({}), endpoints[0].path),
      jsonServer: () => start(process.execPath, (port) => [jsonServerBin, dbFile, '--port', String(port), '--quiet'], () => ({}), '/rounds')
    }
    for (let round = 1; round <= rounds; round++) {
      for (const [i, e] of endpoints.entries()) {
        const kinds = e.jsonServer ? ['service', 'baseline', 'jsonServer'] : ['service', 'baseline']
        for (const kind of round % 2 === 1 ? kinds : kinds.reverse()) {
          const path = kind === 'jsonServer' ? e.jsonServer : e.path
          server = await servers[kind]()
          await warm(server, path)
          const run = await measure(server, path)
          await stop(server)
          check(`${kind} ${path}`, run)
          runs[i][kind].push(run)
          log(`round ${round} ${kind.padEnd(10)} ${path}: ${run.rps.toFixed(0)} req/s, p99 ${run.p99} ms`)
        }
      }
    }
    for (const [i, e] of endpoints.entries()) {
      const ratios = (other) => runs[i].service.map((run, r) => run.rps / runs[i][other][r].rps)
      results.endpoints.push({
        ...e,
        service: summarise(runs[i].service),
        baseline: summarise(runs[i].baseline),
        ratio: median(ratios('baseline')),
        ratios: ratios('baseline'),
        ...(e.jsonServer ? { jsonServerRun: summarise(runs[i].jsonServer), jsonServerRatio: median(ratios('jsonServer')), jsonServerRatios: ratios('jsonServer') } : {})
      })
    }

    // Start-up to /readyz on an existing store (the code cache was written by the runs above),
    // on every core: no load runs beside a start.
    const startups = []
    for (let i = 0; i < (smoke ? 1 : 7); i++) {
      server = await start(s.command, s.args, s.env, '/readyz', false)
      startups.push(server.startupMs)
      await stop(server)
    }
    results.startup = { medianMs: median(startups), runsMs: startups.map(Math.round) }
  }

  // 5. The whole dataset in one download, at the defaults, against walking every list.
  server = await start(s.command, s.args, s.env, '/readyz')
  await exportRuns(server, 'seed', smoke ? 2 : 10)
  await draftRuns(server, seeded, smoke ? 2 : 10)
  await stop(server)

  // Search URLs that are all different (word, kinds, limit, format): answers the cache
  // cannot have, for the uncached and the overload runs.
  const words = ['talks', 'divergences', 'meeting', 'format', 'rounds', 'peace', 'resolved', 'highest', 'online', 'level', 'nato', 'kyiv']
  const kinds = ['round', 'proposal', 'statement', 'actor', 'source']
  let n = 0
  const fresh = () => {
    n += 1
    const word = words[n % words.length]
    const rest = Math.floor(n / words.length)
    const only = kinds.filter((_, bit) => (rest >> bit) & 1)
    const limit = 1 + (Math.floor(rest / 32) % 100)
    const format = ['', '&format=json', '&format=csv'][Math.floor(rest / 3200) % 3]
    return `/v1/search?q=${word}&limit=${limit}${only.length > 0 ? `&type=${only.join(',')}` : ''}${format}`
  }
  // A run whose every request has a URL of its own.
  const uncached = (next) => [{ method: 'GET', setupRequest: (request) => ({ ...request, path: next() }) }]

  // 4. A grown store: 10,000 rounds, 100,000 statements, 20,000 proposals.
  let store = s
  if (values.grown) {
    const grownFile = join(work, 'grown.db')
    log('growing the store…')
    grow(grownFile, smoke ? { rounds: 200, statements: 1000, proposals: 200 } : {})
    const g = service(grownFile)
    store = g
    server = await start(g.command, g.args, g.env, '/readyz')
    const deep = encodeCursor({ sort: 'date', key: ['2025-12-31', 1] })
    const grownPaths = [
      ['rounds', '/v1/rounds'],
      ['statements', '/v1/statements'],
      ['statements, deep page', `/v1/statements?cursor=${deep}`],
      ['timeline', '/v1/timeline'],
      ['timeline, from 2025', '/v1/timeline?from=2025-06-01'],
      ['search', '/v1/search?q=divergences'],
      ['stats', '/v1/stats'],
      ['issues', '/v1/issues']
    ]
    results.grown = []
    for (const [name, path] of exportOnly ? [] : grownPaths) {
      // The first answer is made from the database (a miss); the runs after it repeat the URL.
      const began = performance.now()
      await (await fetch(server.base + path)).arrayBuffer()
      const firstMs = performance.now() - began
      await warm(server, path)
      const run = await measure(server, path, 10)
      check(`grown ${path}`, run)
      const seedRun = results.endpoints.find((e) => e.path === path)?.service
      results.grown.push({ name, path, firstMs, ...run, seedRps: seedRun?.rps ?? null })
      log(`grown     ${path}: ${run.rps.toFixed(0)} req/s, p99 ${run.p99} ms`)
    }
    // The same reads with every URL new (a page at a cursor of its own): what a query costs
    // when the cache cannot answer, first pages and deep ones alike.
    let k = 0
    const someDay = () => new Date(Date.UTC(2022, 1, 28) + (k % 1400) * 86_400_000).toISOString().slice(0, 10)
    const page = (list, sort, key) => () => {
      k += 1
      return `${list}?limit=${1 + (k % 50)}&cursor=${encodeCursor({ sort, key: key() })}`
    }
    const missPaths = [
      ['rounds', page('/v1/rounds', 'date', () => [someDay(), k])],
      ['statements', page('/v1/statements', 'date', () => [someDay(), k])],
      ['timeline', page('/v1/timeline', 'timeline:', () => [someDay(), k % 4, k])],
      ['search', fresh]
    ]
    results.grownUncached = []
    for (const [name, next] of exportOnly ? [] : missPaths) {
      // Warmed up as the other runs are (its URLs are new too): the JIT, and for search the
      // ranking each word's matches are given once per state of the data.
      await autocannon({ url: server.base, connections: 10, duration: warmup, requests: uncached(next) })
      let peak = rss(server.child.pid)
      const sampler = setInterval(() => (peak = Math.max(peak, rss(server.child.pid))), 100)
      const result = await autocannon({ url: server.base, connections: 10, duration, requests: uncached(next) })
      clearInterval(sampler)
      const run = { name, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx, peakRss: peak }
      check(`grown uncached ${name}`, run)
      results.grownUncached.push(run)
      log(`uncached  ${name}: ${run.rps.toFixed(0)} req/s, p99 ${run.p99} ms`)
    }
    await exportRuns(server, 'grown', smoke ? 1 : 3)
    await stop(server)
  }

  // 5. Twice the sustainable load, of reads the cache cannot answer (every URL is new), on
  // the grown store when there is one: the service should refuse the excess quickly (503
  // with Retry-After) and go on answering, not time out or fall over.
  if (!exportOnly) {
    server = await start(store.command, store.args, store.env, '/readyz')
    const requests = uncached(fresh)
    await autocannon({ url: server.base, connections: 10, duration: warmup, requests })
    const sustained = await autocannon({ url: server.base, connections: 10, duration, requests })
    const offered = Math.max(1, Math.round(2 * sustained.requests.average))
    let peak = rss(server.child.pid)
    const sampler = setInterval(() => (peak = Math.max(peak, rss(server.child.pid))), 100)
    const over = await autocannon({ url: server.base, connections: 200, duration, overallRate: offered, requests })
    clearInterval(sampler)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const readyAfter = server.child.exitCode === null && (await fetch(server.base + '/readyz').then((r) => r.status, () => 0)) === 200
    await stop(server)
    const counts = Object.fromEntries(Object.entries(over.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count]))
    const refused = counts['503'] ?? 0
    const otherNon2xx = Object.entries(counts).filter(([code]) => code !== '503' && !code.startsWith('2')).reduce((sum, [, count]) => sum + count, 0)
    results.overload = {
      sustainedRps: sustained.requests.average,
      offeredRps: offered,
      answeredRps: over.requests.average,
      ok: Object.entries(counts).filter(([code]) => code.startsWith('2')).reduce((sum, [, count]) => sum + count, 0),
      refused,
      otherNon2xx,
      errors: over.errors + over.timeouts,
      p99: over.latency.p99,
      peakRss: peak,
      readyAfter
    }
    log(`overload  offered ${offered} req/s: ${JSON.stringify(results.overload)}`)
    if (results.overload.errors > 0 || otherNon2xx > 0 || !readyAfter || sustained.errors + sustained.timeouts > 0) {
      failed = true
      log('!! overload: the service did not degrade by refusing work')
    }
  }
} finally {
  if (server) await stop(server)
  rmSync(work, { recursive: true, force: true })
}

// The table.
const pct = (x) => `${(x * 100).toFixed(0)}%`
const lines = [
  `Machine: ${results.machine.cpus} × ${results.machine.model}, ${(results.machine.memory / 2 ** 30).toFixed(0)} GiB, Node ${results.machine.node}; ${connections} connections, ${duration} s each, median of ${rounds} rounds (service, baseline and json-server one after the other)${pin ? `; servers on CPU ${pin.server}, load generator on CPU ${pin.load}` : ''}`,
  '',
  '| endpoint | service req/s | baseline req/s | ratio (target) | json-server req/s | × json-server | p99 ms (baseline) | peak RSS MB |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
]
for (const e of results.endpoints) {
  const ratio = e.ratio
  const js = e.jsonServerRun ? e.jsonServerRun.rps : null
  lines.push(
    `| \`${e.path}\` | ${e.service.rps.toFixed(0)} | ${e.baseline.rps.toFixed(0)} | ${pct(ratio)} (≥ ${pct(e.target)}) | ${js === null ? '–' : js.toFixed(0)} | ${js === null ? '–' : `${e.jsonServerRatio.toFixed(1)}× (≥ 8×)`} | ${e.service.p99} (${e.baseline.p99}) | ${(e.service.peakRss / 2 ** 20).toFixed(0)} |`
  )
}
if (results.startup.medianMs !== undefined) lines.push('', `Start-up to /readyz 200 on an existing store: ${results.startup.medianMs.toFixed(0)} ms (median of ${results.startup.runsMs.length}: ${results.startup.runsMs.join(', ')})`)
lines.push(
  '',
  '| whole dataset | format | MB | first download ms (made) | again ms (kept) | walking every list ms | first / walk | /healthz at worst meanwhile ms | peak RSS MB (idle) |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
)
for (const e of results.export) {
  lines.push(
    `| ${e.store} store | ${e.format} | ${(e.bytes / 2 ** 20).toFixed(2)} | ${e.firstMs.toFixed(0)} | ${e.againMs.toFixed(1)} | ${e.walkMs.toFixed(0)} | ${pct(e.firstMs / e.walkMs)} | ${e.healthMaxMs.toFixed(0)} | ${(e.peakRss / 2 ** 20).toFixed(0)} (${(e.idleRss / 2 ** 20).toFixed(0)}) |`
  )
}
if (results.drafts) {
  const d = results.drafts
  lines.push('', `Drafting (POST /v1/drafts), a ${d.words}-word article: ${d.draftMs.toFixed(0)} ms each (median); /healthz at worst ${d.healthMaxMs.toFixed(0)} ms meanwhile, against ${d.healthIdleMs.toFixed(1)} ms idle (${(d.healthMaxMs / d.healthIdleMs).toFixed(0)}×)`)
}
if (results.grown) {
  lines.push('', '| grown store (10 connections) | first answer ms | req/s | vs seed store | p99 ms | peak RSS MB |', '| --- | ---: | ---: | ---: | ---: | ---: |')
  for (const g of results.grown) {
    const versus = g.seedRps === null ? '–' : `${((g.rps / g.seedRps) * 100).toFixed(0)}%`
    lines.push(`| ${g.name}: \`${g.path.slice(0, 60)}\` | ${g.firstMs.toFixed(0)} | ${g.rps.toFixed(0)} | ${versus} | ${g.p99} | ${(g.peakRss / 2 ** 20).toFixed(0)} |`)
  }
}
if (results.grownUncached) {
  lines.push('', '| grown store, every URL new (10 connections) | req/s | p99 ms | peak RSS MB |', '| --- | ---: | ---: | ---: |')
  for (const g of results.grownUncached) lines.push(`| ${g.name} | ${g.rps.toFixed(0)} | ${g.p99} | ${(g.peakRss / 2 ** 20).toFixed(0)} |`)
}
const o = results.overload
if (o) {
  lines.push(
    '',
  `Overload (${results.grown ? 'grown' : 'seed'} store, every URL new): sustained ${o.sustainedRps.toFixed(0)} req/s at 10 connections; offered ${o.offeredRps} req/s (2×) on 200 connections: ` +
    `${o.ok} answered 2xx, ${o.refused} refused with 503, ${o.otherNon2xx} other non-2xx, ${o.errors} errors or timeouts, p99 ${o.p99} ms, peak RSS ${(o.peakRss / 2 ** 20).toFixed(0)} MB, ready afterwards: ${o.readyAfter ? 'yes' : 'NO'}`
  )
}
console.log(lines.join('\n'))
mkdirSync(dirname(values.out), { recursive: true })
writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`)
if (failed) {
  log('some runs had errors or non-2xx answers')
  process.exit(1)
}
