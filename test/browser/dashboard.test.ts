/// <reference lib="dom" />
// The dashboard in a real browser: Chromium (Debian's, or the one from npm: see chromium.ts)
// driven by playwright-core, against the real server process on 127.0.0.1. Every expected
// value is asked of the API the page itself uses.
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import { parse } from 'csv-parse/sync'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectRoot } from '../../src/paths.js'
import { grow } from '../../bench/grow.mjs'
import { tempDir } from '../helper.js'
import { startServer, type RunningServer } from '../server-process.js'
import { launchChromium } from './chromium.js'

const dir = tempDir()
let server: RunningServer
let browser: Browser
const foreignRequests: string[] = []

interface Span {
  start: number
  end: number
  text: string
}
interface Evidence {
  sourceId: string
  start: number | null
  end: number | null
  text: string | null
  spans?: Span[]
}
interface Dated {
  id: string
  title: string
  party?: string | null
  date: { earliest: string | null; latest: string | null; kind: string }
  evidence: Evidence[]
}
interface List<T> {
  data: T[]
  page: { total: number; nextCursor: string | null }
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${server.base}${path}`)
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** Every item of a list, page after page (or the first `max`), of the seed store's server or another. */
async function every<T>(path: string, base = server.base, max = Infinity): Promise<T[]> {
  const items: T[] = []
  let cursor: string | null = null
  do {
    const separator = path.includes('?') ? '&' : '?'
    const response = await fetch(`${base}${path}${separator}limit=100${cursor ? `&cursor=${cursor}` : ''}`)
    const page = (await response.json()) as List<T>
    items.push(...page.data)
    cursor = page.page.nextCursor
  } while (cursor && items.length < max)
  return items
}

async function openDashboard(query = '', width = 1280, height = 900, touch = false): Promise<Page> {
  // A context of its own (axe-core opens a page beside it), closed with the page.
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true, hasTouch: touch, isMobile: touch })
  const page = await context.newPage()
  // Closing it may race the browser's own closing at the end: that is no failure.
  page.on('close', () => {
    context.close().catch(() => {})
  })
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== server.base) foreignRequests.push(request.url())
  })
  await page.goto(`${server.base}/${query}`)
  await page.waitForSelector('body[data-ready]')
  expect(await page.evaluate(() => document.body.dataset.ready)).toBe('true')
  return page
}

/** The view's records have been drawn (after a filter, a search, back or forward). */
async function settled(page: Page, query: string) {
  await page.waitForURL(`${new URL(page.url()).origin}/${query}`)
  await page.waitForFunction((q) => document.querySelector('#summary')?.getAttribute('data-query') === q, query)
}

/** The article's highlighted characters, as merged [start, end) ranges. */
async function highlighted(page: Page): Promise<[number, number][]> {
  return page.locator('#article').evaluate((article) => {
    const ranges: [number, number][] = []
    let at = 0
    for (const node of Array.from(article.childNodes)) {
      const length = node.textContent?.length ?? 0
      if (node.nodeName === 'MARK') ranges.push([at, at + length])
      at += length
    }
    return ranges
  })
}

/** The ranges a set of evidence covers in one source, merged as the marks are. */
function covered(evidence: Evidence[], sourceId: string): [number, number][] {
  const spans = evidence
    .filter((e) => e.sourceId === sourceId)
    .flatMap((e) => e.spans ?? (e.start !== null && e.end !== null ? [{ start: e.start, end: e.end }] : []))
    .sort((a, b) => a.start - b.start)
  const merged: [number, number][] = []
  for (const { start, end } of spans) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

const articleId = async () => (await api<{ sources: { id: string; kind: string }[] }>('/v1')).sources.find((s) => s.kind === 'news_article')!.id

const ids = (items: { id: string }[]) => items.map((i) => i.id)

beforeAll(async () => {
  server = await startServer({ DATABASE_PATH: join(dir, 'browser.db') })
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the dashboard page', () => {
  it('has no serious or critical accessibility violation (axe-core), at desk and phone sizes, plain and with a view chosen', async () => {
    for (const query of ['', '?q=meeting&party=russia&select=issue:leaders_meeting:russia']) {
      for (const [width, height] of [
        [1280, 900],
        [390, 844]
      ] as const) {
        const page = await openDashboard(query, width, height)
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
        const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        expect(grave.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`), `${query} at ${width}×${height}`).toEqual([])
        await page.close()
      }
    }
  })

  it('draws the counts of /v1/stats, each chart with its numbers as text', async () => {
    const page = await openDashboard()
    const stats = await api<{ rounds: { byStatus: Record<string, number> }; statements: { byMode: Record<string, number> } }>('/v1/stats')
    const described = await page.locator('#stats svg').evaluateAll((svgs) => svgs.map((svg) => document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent ?? ''))
    expect(described).toHaveLength(6)
    expect(described[0]).toBe(`Rounds by status: ${Object.entries(stats.rounds.byStatus).map(([k, n]) => `${k} ${n}`).join(', ')}.`)
    expect(described.find((d) => d.startsWith('Statements by mode'))).toBe(`Statements by mode: ${Object.entries(stats.statements.byMode).map(([k, n]) => `${k} speech ${n}`).join(', ')}.`)
    // The same counts as a table, for those who do not see the charts.
    expect(await page.locator('#stats-table tbody tr').count()).toBeGreaterThan(20)
    await page.close()
  })

  it('draws every dated event on the timeline chart and lists the unscheduled apart', async () => {
    const page = await openDashboard()
    const timeline = await every<{ type: string; day: string | null }>('/v1/timeline')
    const dated = timeline.filter((e) => e.day !== null)
    const description = await page.locator('#timeline svg').first().evaluate((svg) => document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent ?? '')
    expect(description).toMatch(new RegExp(`^${dated.length} dated events from `))
    for (const [type, lane] of [['round', 'round'], ['proposal', 'position'], ['statement', 'statement'], ['publication', 'publication']]) {
      const n = dated.filter((e) => e.type === type).length
      expect(description).toContain(`${n} ${lane}${n === 1 ? '' : 's'}`)
    }
    const rounds = await every<Dated & { status: string }>('/v1/rounds')
    const unscheduled = rounds.filter((round) => round.date.earliest === null)
    expect(unscheduled.length).toBeGreaterThan(0)
    for (const [list, expected] of [['#rounds li', rounds.filter((r) => r.date.earliest !== null)], ['#rounds-unscheduled li', unscheduled]] as const) {
      const texts = await page.locator(list).allInnerTexts()
      expect(texts, list).toHaveLength(expected.length)
      expected.forEach((round, i) => {
        expect(texts[i]).toContain(round.title)
        expect(texts[i]).toContain(round.status)
      })
    }
    expect(await page.locator('#rounds-unscheduled li').first().innerText()).toContain('not scheduled')
    // A round held over days reads as its range; an ongoing one runs open to the chart's edge.
    const period = rounds.find((round) => round.date.kind === 'period')!
    const inWords = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))
    expect(await page.locator('#rounds li', { hasText: period.title }).innerText()).toContain(`${inWords(period.date.earliest!)} – ${inWords(period.date.latest!)}`)
    const ongoing = rounds.filter((r) => r.status === 'ongoing' && r.date.latest === null)
    expect(ongoing.length).toBeGreaterThan(0)
    expect(await page.locator('#timeline svg text', { hasText: 'ongoing →' }).count()).toBe(ongoing.length)
    await page.close()
  })

  it('opens the words of an event chosen on the timeline chart, a round span or a stacked mark, by mouse or by touch', async () => {
    const timeline = await every<{ type: string; day: string | null; ref: { type: string; id: string } }>('/v1/timeline')
    const dated = timeline.filter((e) => e.day !== null)
    const rounds = dated.filter((e) => e.type === 'round')
    const marks = dated.filter((e) => e.type !== 'round')
    for (const [width, height, touch] of [
      [1280, 900, false],
      [390, 844, true]
    ] as const) {
      const page = await openDashboard('', width, height, touch)
      await page.locator('#timeline').evaluate((chart) => window.scrollTo(0, chart.getBoundingClientRect().top + window.scrollY))
      // A round's span, then the top of the highest stack of marks.
      const tags = await page.locator('#timeline [data-datum]').evaluateAll((nodes) =>
        nodes.map((n) => ({ tag: n.getAttribute('data-datum') ?? '', ...JSON.parse(JSON.stringify(n.getBoundingClientRect())) as { x: number; y: number; width: number; height: number } }))
      )
      const span = tags.find((t) => t.tag === 'span:2')!
      const top = tags.filter((t) => t.tag.startsWith('mark:')).sort((a, b) => a.y - b.y)[0]!
      for (const [target, event] of [
        [span, rounds[2]!],
        [top, marks[Number(top.tag.split(':')[1])]!]
      ] as const) {
        const [x, y] = [target.x + target.width / 2, target.y + target.height / 2]
        if (touch) await page.touchscreen.tap(x, y)
        else await page.mouse.click(x, y)
        await settled(page, `?select=${event.ref.type}:${event.ref.id}`)
        expect(await page.locator(`button[data-key="${event.ref.type}:${event.ref.id}"]`).first().getAttribute('aria-pressed')).toBe('true')
      }
      await page.close()
    }
  })

  it('zooms the timeline to the dates dragged across, and back out', async () => {
    const page = await openDashboard()
    const chart = (await page.locator('#timeline svg').first().boundingBox())!
    await page.mouse.move(chart.x + chart.width * 0.3, chart.y + 40)
    await page.mouse.down()
    await page.mouse.move(chart.x + chart.width * 0.6, chart.y + 60, { steps: 5 })
    await page.mouse.up()
    await page.waitForURL(/from=.*&to=/)
    const url = new URL(page.url())
    const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!]
    expect(from < to).toBe(true)
    await settled(page, url.search)
    const inWindow = await every<{ id: string }>(`/v1/timeline?from=${from}&to=${to}`)
    expect(await page.locator('#summary').innerText()).toContain(`Showing ${inWindow.length} events`)
    expect(inWindow.length).toBeLessThan((await every('/v1/timeline')).length)
    await page.locator('#zoom-out').click()
    await settled(page, '')
    await page.close()
  })

  it('filters by party and round status, keeps the view in the URL, and steps back and forward through it', async () => {
    const page = await openDashboard()
    await page.selectOption('#party', 'ukraine')
    await settled(page, '?party=ukraine')
    const kyivRounds = await every<Dated>('/v1/rounds?party=ukraine')
    const kyivStatements = await every<Dated>('/v1/statements?party=ukraine')
    expect(await page.locator('#rounds li').count()).toBe(kyivRounds.filter((r) => r.date.earliest !== null).length)
    expect(await page.locator('#statements li').count()).toBe(kyivStatements.length)
    expect(kyivStatements.length).toBeLessThan((await every('/v1/statements')).length)
    expect(await page.locator('#positions-russia').count()).toBe(0)

    await page.selectOption('#status', 'ongoing')
    await settled(page, '?party=ukraine&status=ongoing')
    const ongoing = await every<Dated>('/v1/rounds?party=ukraine&status=ongoing')
    expect(await page.locator('#rounds li').allInnerTexts()).toEqual(ongoing.map((r) => expect.stringContaining(r.title)))

    await page.goBack()
    await settled(page, '?party=ukraine')
    expect(await page.locator('#status').inputValue()).toBe('')
    expect(await page.locator('#party').inputValue()).toBe('ukraine')
    await page.goForward()
    await settled(page, '?party=ukraine&status=ongoing')
    expect(await page.locator('#status').inputValue()).toBe('ongoing')

    // The link alone reproduces the view.
    const again = await openDashboard('?party=ukraine&status=ongoing')
    expect(await again.locator('#rounds li').allInnerTexts()).toEqual(await page.locator('#rounds li').allInnerTexts())
    expect(await again.locator('#summary').innerText()).toBe(await page.locator('#summary').innerText())
    await again.close()
    await page.close()
  })

  it('reads a party named by an alias as that party, and rewrites the link to its one address', async () => {
    const page = await openDashboard('?party=Kyiv')
    await settled(page, '?party=ukraine')
    expect(await page.locator('#party').inputValue()).toBe('ukraine')
    expect(await page.locator('#matrix thead th').allInnerTexts()).toEqual(['Issue', 'Ukraine'])
    // Another filter keeps the party.
    await page.selectOption('#status', 'held')
    await settled(page, '?party=ukraine&status=held')
    await page.close()
  })

  it('says so when the API refuses a view or a link names a record the view lacks, and shows none of the view before', async () => {
    const page = await openDashboard('?party=russia')
    await page.locator('#q').fill('"')
    await page.locator('#q').press('Enter')
    await page.waitForURL(/q=/)
    await page.locator('#error').waitFor()
    expect(await page.locator('#error').innerText()).toContain('The API refused this view')
    expect(await page.locator('#main').isHidden()).toBe(true)
    expect(await page.locator('#summary').innerText()).toBe('')
    await page.close()

    const missing = await openDashboard('?party=ukraine&select=issue:leaders_meeting:russia')
    expect(await missing.locator('#selection').innerText()).toContain('not among the records of this view')
    await missing.close()

    // A record the view's filters leave out is shown, and said to be outside the view.
    const kyiv = (await every<{ id: string }>('/v1/proposals?party=ukraine'))[0]!
    const outside = await openDashboard(`?party=russia&select=proposal:${kyiv.id}`)
    expect(await outside.locator('#selection').innerText()).toContain('not among the records shown in this view')
    expect(await outside.locator('#article mark').count()).toBeGreaterThan(0)
    await outside.close()
  })

  it('rides out a busy service: a 503 with Retry-After is asked again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    let refused = 0
    await page.route('**/v1/stats', async (route) => {
      if (refused++ === 0) return route.fulfill({ status: 503, headers: { 'retry-after': '1', 'content-type': 'application/problem+json' }, body: '{"title":"Service Unavailable","status":503}' })
      return route.continue()
    })
    await page.goto(`${server.base}/`)
    await page.waitForSelector('body[data-ready]')
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe('true')
    expect(refused).toBe(2)
    await context.close()
  })

  it('waits for a date typed digit by digit, making one entry in the history', async () => {
    const page = await openDashboard()
    const before = await page.evaluate(() => window.history.length)
    await page.locator('#from').focus()
    await page.keyboard.type('03012022')
    await settled(page, '?from=2022-03-01')
    expect(await page.evaluate(() => window.history.length)).toBe(before + 1)
    await page.close()
  })

  it('fits a search of any length on a phone', async () => {
    const page = await openDashboard(`?q=${'x'.repeat(300)}`, 390, 844)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    await page.close()
  })

  it('searches with /v1/search: the hits with their words highlighted, and only the records found', async () => {
    const page = await openDashboard()
    await page.locator('#q').fill('Istanbul')
    await page.locator('#q').press('Enter')
    await settled(page, '?q=Istanbul')
    const hits = await every<{ type: string; id: string; snippet: string }>('/v1/search?q=Istanbul')
    expect(hits.length).toBeGreaterThan(1)
    expect(await page.locator('#results li').count()).toBe(hits.length)
    const marked = hits.flatMap((h) => [...h.snippet.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]))
    expect(await page.locator('#results mark').allInnerTexts()).toEqual(marked)
    const rounds = hits.filter((h) => h.type === 'round').map((h) => h.id)
    const shown = await page.locator('#rounds button, #rounds-unscheduled button').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.key))
    expect(shown.sort()).toEqual(rounds.map((id) => `round:${id}`).sort())
    await page.close()
  })

  it('shows the position matrix; a cell highlights in the article the words of every position and statement in it', async () => {
    const page = await openDashboard()
    const issues = await every<{ id: string; label: string; positions: { party: string | null; counts: { proposals: number; statements: number } }[] }>('/v1/issues')
    expect(await page.locator('#matrix tbody tr').count()).toBe(issues.length)
    // The fullest cell: the one with most records.
    const [issue, position] = issues
      .flatMap((i) => i.positions.map((p) => [i, p] as const))
      .sort(([, a], [, b]) => b.counts.proposals + b.counts.statements - (a.counts.proposals + a.counts.statements))[0]!
    const party = position.party ?? 'none'
    const proposals = await every<Dated>(`/v1/proposals?category=${issue.id}${position.party ? `&party=${position.party}` : ''}`)
    const statements = (await every<Dated>(`/v1/statements?issue=${issue.id}`)).filter((s) => s.party === position.party)
    const records = [...proposals.filter((p) => p.party === position.party), ...statements]
    expect(records.length).toBe(position.counts.proposals + position.counts.statements)

    const key = `issue:${issue.id}:${party}`
    await page.locator(`#matrix button[data-key="${key}"]`).click()
    await page.waitForURL(`${server.base}/?select=${key}`)
    const expected = covered(
      records.flatMap((r) => r.evidence),
      await articleId()
    )
    expect(expected.length).toBeGreaterThan(1)
    expect(await highlighted(page)).toEqual(expected)
    expect(await page.locator('#selection-items li').count()).toBe(records.length)
    // The words themselves are the evidence's.
    const marks = await page.locator('#article mark').allInnerTexts()
    for (const record of records) {
      for (const e of record.evidence.filter((e) => e.text !== null)) expect(marks.some((m) => m.includes(e.text!.slice(0, 30))), e.text!).toBe(true)
    }
    // The link reproduces the selection.
    const again = await openDashboard(`?select=${key}`)
    expect(await highlighted(again)).toEqual(expected)
    await again.close()
    await page.close()
  })

  it('highlights the evidence of a chosen statement, by mouse or keyboard, without moving the window', async () => {
    const page = await openDashboard()
    const statements = await every<Dated & { text: string }>('/v1/statements')
    const source = await articleId()
    const target = statements.find((s) => s.text.includes('theoretical possibility'))!
    const button = page.locator('#statements button', { hasText: 'theoretical possibility' })
    await button.scrollIntoViewIfNeeded()
    const before = await page.evaluate(() => window.scrollY)
    await button.click()
    expect(await highlighted(page)).toEqual(covered(target.evidence, source))
    expect(await page.evaluate(() => window.scrollY)).toBe(before)
    // The article box scrolled to the words instead.
    const inBox = await page.locator('#article').evaluate((box) => {
      const mark = box.querySelector('mark')!.getBoundingClientRect()
      const frame = box.getBoundingClientRect()
      return mark.top >= frame.top && mark.bottom <= frame.bottom
    })
    expect(inBox).toBe(true)

    const other = statements.find((s) => s.text.includes('positive signals'))!
    const keyed = page.locator('#statements button', { hasText: 'positive signals' })
    await keyed.focus()
    await page.keyboard.press('Enter')
    expect(await highlighted(page)).toEqual(covered(other.evidence, source))
    expect(await keyed.getAttribute('aria-pressed')).toBe('true')
    await page.close()
  })

  it('on a phone, opens the words right under the card tapped, without a jump, with a way back', async () => {
    const page = await openDashboard('', 390, 844)
    const card = page.locator('#statements button', { hasText: 'theoretical possibility' })
    await card.scrollIntoViewIfNeeded()
    const before = { scroll: await page.evaluate(() => window.scrollY), top: (await card.boundingBox())!.y }
    await card.click()
    expect(await page.evaluate(() => window.scrollY)).toBe(before.scroll)
    expect(Math.abs((await card.boundingBox())!.y - before.top)).toBeLessThan(1)
    const key = await card.getAttribute('data-key')
    expect(await page.evaluate(() => (document.querySelector('#source')?.previousElementSibling as HTMLElement | null)?.dataset.key)).toBe(key)
    expect(await page.locator('#article mark').count()).toBeGreaterThan(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)

    // A second card, further up: the first one's panel leaves, and the new card stays put.
    const higher = page.locator('#statements button').first()
    await higher.scrollIntoViewIfNeeded()
    const top = (await higher.boundingBox())!.y
    await higher.click()
    expect(Math.abs((await higher.boundingBox())!.y - top)).toBeLessThan(1)

    // A cell of the matrix opens its words under its own row; a card chosen next stays put.
    const cell = page.locator('#matrix button').first()
    await cell.scrollIntoViewIfNeeded()
    const cellTop = (await cell.boundingBox())!.y
    await cell.click()
    expect(Math.abs((await cell.boundingBox())!.y - cellTop)).toBeLessThan(1)
    expect(await cell.evaluate((button) => button.closest('tr')?.nextElementSibling?.contains(document.querySelector('#source')))).toBe(true)
    const round = page.locator('#rounds button').first()
    await round.scrollIntoViewIfNeeded()
    const roundTop = (await round.boundingBox())!.y
    await round.click()
    expect(Math.abs((await round.boundingBox())!.y - roundTop)).toBeLessThan(1)
    expect(await page.locator('#matrix tr.panel-row').count()).toBe(0)

    await higher.click()
    await page.locator('#close-source').click()
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(await higher.getAttribute('data-key'))
    expect(await page.evaluate(() => document.querySelector('#source')?.parentElement?.id)).toBe('source-home')
    expect(new URL(page.url()).searchParams.has('select')).toBe(false)
    // Back opens it again where it was.
    await page.goBack()
    await page.waitForFunction(() => document.querySelector('#source')?.classList.contains('inline'))
    await page.close()
  })

  it('on a phone, keeps working when a filter redraws the list the open words sit in', async () => {
    const page = await openDashboard('', 390, 844)
    await page.locator('#statements button').first().click()
    await page.selectOption('#party', 'russia')
    await settled(page, '?party=russia')
    expect(await page.locator('#error').isHidden()).toBe(true)
    await page.locator('#statements button').first().click()
    expect(await page.locator('#source').evaluate((panel) => panel.isConnected && panel.classList.contains('inline'))).toBe(true)
    expect(await page.locator('#article mark').count()).toBeGreaterThan(0)
    // Escape in the search box is the box's; outside it, Escape closes the words.
    await page.locator('#q').focus()
    await page.keyboard.press('Escape')
    expect(new URL(page.url()).searchParams.has('select')).toBe(true)
    await page.locator('#statements button').first().focus()
    await page.keyboard.press('Escape')
    await page.waitForURL(`${server.base}/?party=russia`)
    await page.close()
  })

  it('fits phone, desk and wide screens without sideways scrolling', async () => {
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
      [1920, 1080]
    ] as const) {
      const page = await openDashboard('?select=issue:leaders_meeting:russia', width, height)
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width}`).toBeLessThanOrEqual(0)
      await page.close()
    }
  })

  it('downloads every record of the view, not a first page, named after the view', async () => {
    const page = await openDashboard()
    const version = (await api<{ version: number }>('/v1')).version
    const take = async (text: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#downloads a', { hasText: text }).click()])
      const bytes = readFileSync((await download.path())!)
      return { name: download.suggestedFilename(), bytes, body: bytes.toString('utf8') }
    }
    // The whole timeline is more than a page of the API's default 20: the CSV is the API's own, every page.
    const timeline = await take('Timeline: CSV')
    const apiCsv = Buffer.from(await (await fetch(`${server.base}/v1/timeline?format=csv&limit=100&bom=true`)).arrayBuffer())
    expect(timeline.name).toBe(`negotiation-timeline-timeline-all-v${version}.csv`)
    expect(timeline.bytes.equals(apiCsv)).toBe(true)
    expect((parse(timeline.body, { bom: true, columns: true }) as unknown[]).length).toBe((await every('/v1/timeline')).length)
    expect((await every('/v1/timeline')).length).toBeGreaterThan(20)

    await page.selectOption('#party', 'ukraine')
    await page.locator('input[name="type"][value="proposal"]').uncheck()
    await settled(page, '?party=ukraine&type=round,statement,publication')
    const statements = await take('Statements: CSV')
    expect(statements.name).toBe(`negotiation-timeline-statements-party-ukraine_round-statement-publication-v${version}.csv`)
    expect(ids(parse(statements.body, { bom: true, columns: true }) as { id: string }[])).toEqual(ids(await every('/v1/statements?party=ukraine')))
    const view = await take('Everything in this view: JSON')
    expect(view.name).toBe(`negotiation-timeline-view-party-ukraine_round-statement-publication-v${version}.json`)
    const document = JSON.parse(view.body) as { version: number; citation: string; timeline: { id: string }[]; rounds: unknown[]; proposals: unknown[]; statements: unknown[] }
    expect(document.version).toBe(version)
    expect(document.rounds).toEqual(await every('/v1/rounds?party=ukraine'))
    expect(document.proposals).toEqual([])
    expect(ids(document.timeline)).toEqual(ids(await every('/v1/timeline?party=ukraine&type=round,statement,publication')))
    await page.close()
  })

  it('offers the whole dataset for download, and says how to cite this version and under which licence', async () => {
    const page = await openDashboard()
    const dataset = await api<{ version: number; citation: string; licence: { data: { identifier: string } } }>('/v1')
    expect(await page.locator('#citation').innerText()).toBe(dataset.citation)
    expect(await page.locator('#licence').innerText()).toContain(dataset.licence.data.identifier)
    const links = await page.locator('header nav a[download]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))
    expect(links.length).toBe(3)
    for (const link of links) {
      expect(new URL(link).pathname).toBe('/v1/export')
      const response = await fetch(link)
      expect(response.status, link).toBe(200)
      expect(response.headers.get('content-disposition'), link).toContain(`negotiation-timeline-v${dataset.version}`)
    }
    await page.close()
  })

  it('reads a date known only by its last day as "by" that day', async () => {
    const page = await openDashboard()
    const statements = await every<Dated & { text: string }>('/v1/statements')
    const target = statements.find((s) => s.text.includes('theoretical possibility'))!
    expect(target.date).toMatchObject({ latest: '2022-04-07', kind: 'within' })
    const meta = await page.locator('#statements button', { hasText: 'theoretical possibility' }).locator('.meta').innerText()
    expect(meta).toContain('by 7 Apr 2022')
    expect(meta).not.toContain('29 Mar 2022')
    await page.close()
  })

  it('heads each statement with its title: the speaker and the gist, not a bare fragment of a quote', async () => {
    const page = await openDashboard()
    const statements = await every<{ title: string; text: string; mode: string }>('/v1/statements')
    for (const statement of statements.filter((s) => s.mode === 'partial')) {
      const shown = await page.locator('#statements button', { hasText: statement.text.slice(0, 40) }).first().locator('strong').innerText()
      expect(shown).toBe(statement.title)
    }
    await page.close()
  })

  it("shows Kyiv's five commitments beside Moscow's position", async () => {
    const page = await openDashboard()
    const kyiv = await page.locator('#positions-ukraine li').allInnerTexts()
    expect(kyiv).toHaveLength(5)
    for (const words of ['North Atlantic Treaty Organisation', 'foreign military bases and troops', 'non-bloc state', 'renounce nuclear weapons', 'other weapons of mass destruction']) {
      expect(kyiv.some((text) => text.includes(words)), words).toBe(true)
    }
    const moscow = await page.locator('#positions-russia li').allInnerTexts()
    expect(moscow.some((text) => text.includes('clear draft treaty'))).toBe(true)
    await page.close()
  })

  it('works offline: it asks nothing of any other origin, loading or used', async () => {
    const page = await openDashboard('?q=Istanbul', 390, 844)
    await page.locator('#results button').first().click()
    await page.locator('#downloads a').first().hover()
    await page.close()
    // Every page the tests opened, this one included.
    expect(foreignRequests).toEqual([])
  })

  it('follows every page of every list: with pages of 5, the view is the same', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const small = await context.newPage()
    let pagesAsked = 0
    await small.route(/\/v1\/.*limit=100/, (route) => {
      pagesAsked++
      return route.continue({ url: route.request().url().replace('limit=100', 'limit=5') })
    })
    await small.goto(`${server.base}/?party=ukraine`)
    await small.waitForSelector('body[data-ready]')
    const page = await openDashboard('?party=ukraine')
    for (const list of ['#rounds li', '#positions li', '#statements li', '#matrix td']) {
      expect(await small.locator(list).allInnerTexts(), list).toEqual(await page.locator(list).allInnerTexts())
    }
    expect(await small.locator('#summary').innerText()).toBe(await page.locator('#summary').innerText())
    // More pages than lists: cursors were followed.
    expect(pagesAsked).toBeGreaterThan(7)
    await context.close()
    await page.close()
  })

  it('can be photographed for the README (npm run screenshot), at desk and phone sizes', async () => {
    for (const [name, width, height, query] of [
      ['dashboard.png', 1280, 900, '?select=issue:leaders_meeting:russia'],
      ['dashboard-phone.png', 390, 844, '?select=issue:leaders_meeting:russia']
    ] as const) {
      const page = await openDashboard(query, width, height)
      // On a phone the chosen cell's words open under the matrix: that is the picture.
      if (width < 800) await page.locator('#matrix-heading').evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 8))
      const file = process.env.SCREENSHOT ? join(projectRoot, 'docs', name) : join(dir, name)
      mkdirSync(dirname(file), { recursive: true })
      const png = await page.screenshot({ path: file })
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
      await page.close()
    }
  })
})

describe('the dashboard on a store longer than it shows at once', () => {
  let grown: RunningServer
  beforeAll(async () => {
    const file = join(dir, 'grown.db')
    grow(file, { rounds: 30, proposals: 30, statements: 1200, quiet: true })
    grown = await startServer({ DATABASE_PATH: file })
  }, 60_000)
  afterAll(async () => {
    await grown?.stop()
  })

  it('shows a hundred cards of a long list at a time, says how many there are, and downloads them all', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${grown.base}/`)
    await page.waitForSelector('body[data-ready]')
    const total = ((await (await fetch(`${grown.base}/v1/statements?limit=1`)).json()) as List<unknown>).page.total
    expect(total).toBeGreaterThan(1000)
    expect(await page.locator('#statements li').count()).toBe(100)
    expect(await page.locator('#statements-more').innerText()).toContain(`Showing 100 of ${total.toLocaleString('en')}`)
    expect(await page.locator('#summary').innerText()).toContain(`${total.toLocaleString('en')} statements`)
    await page.locator('#statements-more button').click()
    expect(await page.locator('#statements li').count()).toBe(200)
    // The chart draws what was loaded, and says so.
    expect(await page.locator('#timeline-note').innerText()).toMatch(/^The chart shows the first 1,000 of [\d,]+ events/)
    // The download is every statement, asked for page by page when it is followed.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#downloads a', { hasText: 'Statements: CSV' }).click()])
    const rows = parse(readFileSync((await download.path())!), { bom: true, columns: true }) as { id: string }[]
    expect(rows.length).toBe(total)
    expect(new Set(rows.map((r) => r.id)).size).toBe(total)
    await context.close()
  })

  it('chooses a mark of the chart whose card is not shown yet, and lets a failed whole download be tried again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${grown.base}/`)
    await page.waitForSelector('body[data-ready]')
    const shownKeys = new Set(await page.locator('#statements button').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.key)))
    // The marks, in the chart's order: the first dated events that are not rounds, as loaded.
    const loaded = await every<{ day: string | null; type: string; ref: { type: string; id: string } }>('/v1/timeline', grown.base, 1000)
    const marks = loaded.filter((e) => e.day !== null && e.type !== 'round')
    const candidates = marks.flatMap((e, i) => (e.type === 'statement' && !shownKeys.has(`statement:${e.ref.id}`) ? [i] : []))
    expect(candidates.length).toBeGreaterThan(0)
    // The first of them drawn where a pointer can reach it (a crowded day's stack is clipped to its lane).
    const hit = await page.locator('#timeline').evaluate((chart, indexes) => {
      for (const i of indexes) {
        const node = chart.querySelector(`[data-datum="mark:${i}"]`)
        if (!node) continue
        node.scrollIntoView({ block: 'center' })
        const r = node.getBoundingClientRect()
        const [x, y] = [r.x + r.width / 2, r.y + r.height / 2]
        if (document.elementFromPoint(x, y) === node) return { i, x, y }
      }
      return null
    }, candidates)
    expect(hit).not.toBeNull()
    const target = marks[hit!.i]!
    await page.mouse.click(hit!.x, hit!.y)
    await settled(page, `?select=statement:${target.ref.id}`)
    expect(await page.locator('#selection').innerText()).toContain('highlighted in the article')

    // The first whole download fails on a later page; the link says so, and works when followed again.
    let failed = 0
    await page.route(/\/v1\/statements\?.*cursor=/, (route) => (failed++ === 0 ? route.fulfill({ status: 500, contentType: 'application/problem+json', body: '{"title":"Internal Server Error","status":500}' }) : route.continue()))
    const link = page.locator('#downloads a', { hasText: 'Statements: CSV' })
    await link.click()
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#downloads a')).some((a) => a.textContent?.includes('could not get every record')))
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const total = ((await (await fetch(`${grown.base}/v1/statements?limit=1`)).json()) as List<unknown>).page.total
    expect((parse(readFileSync((await download.path())!), { bom: true, columns: true }) as unknown[]).length).toBe(total)
    await context.close()
  })

  it('on a phone, shows more cards without losing the open words, and moves the focus to the first new card', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${grown.base}/`)
    await page.waitForSelector('body[data-ready]')
    await page.locator('#statements button').first().click()
    const before = new Set(await page.locator('#statements button').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.key)))
    await page.locator('#statements-more button').click()
    expect(await page.locator('#statements li').count()).toBe(200)
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)
    expect(focused && !before.has(focused)).toBe(true)
    expect(await page.locator('#source').evaluate((panel) => panel.isConnected)).toBe(true)
    await page.locator('#statements button').nth(150).click()
    expect(await page.locator('#source').evaluate((panel) => panel.classList.contains('inline'))).toBe(true)
    await context.close()
  })
})
